package engine

import (
	"encoding/json"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/b40-network/workspace/internal/nested"
	"github.com/b40-network/workspace/internal/readmodel"
)

// nestedPlans keeps each selection's nested statement (nil: the selection has none), so a query
// sent again is neither planned nor rendered to SQL again: on node(id) that was a tenth of the
// server's CPU. A plan depends on the document, the operation, the root field and the values of
// the variables it reads; node(id)'s id and city(slug)'s slug are not planned, they fill the statement's slots. A
// statement that fails in PostgreSQL is never kept: its selection is kept as one without a
// nested read (fail), so it fails once, not on every request.
type nestedPlans struct {
	cache *lru.Cache[planKey, *nestedPlan]
}

// nestedPlan is one selection's plan: its statement, nil when the planner declined it.
type nestedPlan struct {
	st     *nested.Statement
	key    planKey
	kept   bool        // in the cache under key
	failed atomic.Bool // its statement failed
}

type planKey struct{ query, operation, alias, variables, node string }

const (
	nestedPlanEntries = queryCacheEntries // the documents the query cache keeps
	// maxPlanVariables bounds the variables a key may carry; past it the plan is not kept.
	maxPlanVariables = 1 << 10
)

func newNestedPlans() nestedPlans {
	c, _ := lru.New[planKey, *nestedPlan](nestedPlanEntries) // fails only on a size < 1
	return nestedPlans{c}
}

// get returns the field's plan, planning it on first sight; fresh reports whether it was
// planned now.
func (p nestedPlans) get(oc *graphql.OperationContext, f graphql.CollectedField) (plan *nestedPlan, fresh bool) {
	return p.getFor(oc, f, "")
}

// getFor is get for node(id) of an id of type typ: the type is part of the plan (its id is not).
func (p nestedPlans) getFor(oc *graphql.OperationContext, f graphql.CollectedField, typ string) (plan *nestedPlan, fresh bool) {
	key, ok := planKeyOf(oc, f)
	key.node = typ
	if !ok {
		return &nestedPlan{st: planNested(oc, f, typ)}, true
	}
	if plan, found := p.cache.Get(key); found {
		return plan, false
	}
	plan = &nestedPlan{st: planNested(oc, f, typ), key: key, kept: true}
	if first, found, _ := p.cache.PeekOrAdd(key, plan); found {
		return first, false // planned at the same time by another request: one plan per key
	}
	return plan, true
}

// fail drops plan's failed statement: its selection is kept as one without a nested read, so
// the resolvers answer it from now on. It reports whether this was the first failure of the
// plan (requests that read it at once all fail; one reports it).
func (p nestedPlans) fail(plan *nestedPlan) bool {
	if !plan.failed.CompareAndSwap(false, true) {
		return false
	}
	if cur, ok := p.cache.Peek(plan.key); plan.kept && ok && cur == plan {
		p.cache.Add(plan.key, &nestedPlan{key: plan.key, kept: true})
	}
	return true
}

// planKeyOf is f's plan key; false when the plan should not be kept (a long query or long
// variables, which would crowd the cache).
func planKeyOf(oc *graphql.OperationContext, f graphql.CollectedField) (planKey, bool) {
	if len(oc.RawQuery) > maxCachedQuery {
		return planKey{}, false
	}
	key := planKey{query: oc.RawQuery, operation: oc.OperationName, alias: f.Alias}
	asked := askedIDVariable(f)
	vars := make(map[string]any, len(oc.Variables))
	for name, v := range oc.Variables {
		if name != asked {
			vars[name] = v
		}
	}
	if len(vars) > 0 {
		b, err := json.Marshal(vars) // map keys sorted: one text per set of values
		if err != nil || len(b) > maxPlanVariables {
			return planKey{}, false
		}
		key.variables = string(b)
	}
	return key, true
}

// askedIDVariable is the variable node(id: $v) takes its id from, or city(slug: $v) its slug
// (a declared Type.RootBy),
// or "": the value fills a slot of the statement, so it is no part of the plan.
func askedIDVariable(f graphql.CollectedField) string {
	arg := ""
	if f.Name == "node" {
		arg = "id"
	} else if t := readmodel.ByRootBy(f.Name); t != nil {
		arg = t.RootByColumn
	}
	if arg == "" {
		return ""
	}
	for _, a := range f.Arguments {
		if a.Name == arg && a.Value.Kind == ast.Variable {
			return a.Value.Raw
		}
	}
	return ""
}

package engine

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/b40-network/workspace/graph"
	"github.com/b40-network/workspace/internal/apperr"

	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/readmodel"
)

// Limits bound what one operation may ask for.
type Limits struct {
	// MaxTokens is the parser's token limit.
	MaxTokens int
	// MaxSelections bounds fields, fragment spreads and inline fragments in the document,
	// checked before validation: gqlparser's overlapping-fields rule is quadratic in them.
	MaxSelections int
	MaxDepth      int
	MaxComplexity int
	// Introspection allows __schema and __type; without it they are refused before execution.
	Introspection bool
	// schema tells the overlap check which type conditions are object types.
	schema *ast.Schema
	// passed holds the manifest's texts that passed MutateOperationParameters' checks when
	// the handler was built: the outcome depends on the text alone, so they skip that parse.
	passed map[string]bool
}

// DefaultLimits fit every query the single-page app and analytics clients send.
var DefaultLimits = Limits{MaxTokens: 10000, MaxSelections: 1000, MaxDepth: 12, MaxComplexity: 20000}

// unpagedListFactor is the assumed size of a list field without paging arguments.
const unpagedListFactor = 10

var (
	_ graphql.HandlerExtension          = Limits{}
	_ graphql.OperationParameterMutator = Limits{}
	_ graphql.OperationContextMutator   = Limits{}
)

func (Limits) ExtensionName() string                   { return "B40Limits" }
func (Limits) Validate(graphql.ExecutableSchema) error { return nil }

// Costs of what a field really does, beside the rows it returns.
const (
	// transactionCost: a root field runs its own scoped transaction (several round trips).
	transactionCost = 50
	// hashCost: a mutation that computes an argon2id hash (~25 ms of a core, 19 MiB).
	hashCost = 5000
	// overlapCheckFrom: shorter documents cannot hold enough conflicting fields to matter.
	overlapCheckFrom = 512
	// searchCost: a list searched by filter.search reads and compares every row the search
	// matches, not just its page (a practice search ranks every match); searchCountCost: its
	// totalCount runs the match over every row once more.
	searchCost      = 1000
	searchCountCost = 1000
	// MaxSearches bounds the searches one request runs: a search under a list runs once per
	// parent item and counts that many times.
	MaxSearches = 2
)

// hashingMutations compute a password hash; a request may run at most one of them.
var hashingMutations = map[string]bool{"login": true, "acceptInvitation": true, "changePassword": true}

// MutateOperationParameters counts selections and looks for conflicting response keys on a
// parse of its own, before the executor validates the document.
func (l Limits) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	if l.passed[p.Query] {
		return nil
	}
	// A selection takes at least two bytes ("a "), and a conflicting pair about eight: short
	// queries, the common case, skip this second parse.
	if len(p.Query) < overlapCheckFrom {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, l.MaxTokens)
	if err != nil {
		return nil // the executor reports the parse error itself
	}
	n := 0
	var count func(ast.SelectionSet)
	count = func(set ast.SelectionSet) {
		for _, sel := range set {
			n++
			switch s := sel.(type) {
			case *ast.Field:
				count(s.SelectionSet)
			case *ast.InlineFragment:
				count(s.SelectionSet)
			}
		}
	}
	for _, op := range doc.Operations {
		count(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		count(f.SelectionSet)
	}
	if n > l.MaxSelections {
		return codedError(codeComplexity, "the document has %d selections; the limit is %d", n, l.MaxSelections)
	}
	for _, op := range doc.Operations {
		c := overlapCheck{doc: doc, isObject: l.isObject, budget: max(l.MaxComplexity, l.MaxSelections)}
		if msg := c.check(op); msg != "" {
			return codedError(string(apperr.InvalidInput), "%s", msg)
		}
	}
	return nil
}

// precheck runs MutateOperationParameters' checks once on each of texts (the manifest's), and
// remembers those that pass.
func (l *Limits) precheck(texts map[string]bool) {
	l.passed = make(map[string]bool, len(texts))
	for text := range texts {
		if l.MutateOperationParameters(context.Background(), &graphql.RawParams{Query: text}) == nil {
			l.passed[text] = true
		}
	}
}

func (l Limits) isObject(name string) bool {
	if l.schema == nil {
		return false
	}
	t := l.schema.Types[name]
	return t != nil && t.Kind == ast.Object
}

// MutateOperationContext applies the depth and complexity limits to the validated operation.
// Each fragment is costed once and reused, so a chain of fragments costs its size, not its
// expansion.
func (l Limits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	w := walker{doc: oc.Doc, vars: oc.Variables, memo: map[string]measure{}}
	m := w.set(oc.Operation.SelectionSet)
	if w.introspects && !l.Introspection {
		return codedError(string(apperr.InvalidInput), "introspection is disabled on this server")
	}
	if m.depth > l.MaxDepth {
		return codedError(codeDepth, "the operation is %d levels deep; the limit is %d", m.depth, l.MaxDepth)
	}
	if w.hashes > 1 {
		return codedError(string(apperr.InvalidInput), "at most one of login, acceptInvitation and changePassword per request")
	}
	if m.searches > MaxSearches {
		return codedError(codeComplexity, "the operation runs %d searches (filter.search, counted once per item of the lists around it); the limit is %d per request", m.searches, MaxSearches)
	}
	if m.cost > l.MaxComplexity {
		return codedError(codeComplexity, "the operation costs %d; the limit is %d", m.cost, l.MaxComplexity)
	}
	return nil
}

// measure is what a selection costs: its depth, its complexity and the searches it runs.
type measure struct{ depth, cost, searches int }

type walker struct {
	introspects bool
	hashes      int // password-hashing mutations
	doc         *ast.QueryDocument
	vars        map[string]any
	memo        map[string]measure
	// counts remembers whether a fragment selects totalCount at its top level.
	counts map[string]bool
}

func (w *walker) set(set ast.SelectionSet) measure {
	var out measure
	for _, sel := range set {
		var m measure
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				w.introspects = true
				continue // introspection: bounded by gqlparser's own introspection depth rule
			}
			child := w.set(s.SelectionSet)
			n := factor(s, w.vars)
			m = measure{depth: child.depth + 1, cost: saturatingAdd(1+n*child.cost, w.ownCost(s)), searches: n * child.searches}
			if searches(s, w.vars) {
				m.searches = saturatingAdd(m.searches, 1)
				m.cost = saturatingAdd(m.cost, searchCost)
				if w.selectsCount(s.SelectionSet) {
					m.cost = saturatingAdd(m.cost, searchCountCost)
				}
			}
		case *ast.InlineFragment:
			m = w.set(s.SelectionSet)
		case *ast.FragmentSpread:
			m = w.fragment(s.Name)
		}
		out.depth = max(out.depth, m.depth)
		out.cost = saturatingAdd(out.cost, m.cost)
		out.searches = saturatingAdd(out.searches, m.searches)
	}
	return out
}

// searches reports whether f runs a search: a filter argument whose search is not blank.
func searches(f *ast.Field, vars map[string]any) bool {
	if f.Definition == nil || f.Definition.Arguments.ForName("filter") == nil {
		return false
	}
	filter, _ := f.ArgumentMap(vars)["filter"].(map[string]any)
	s, _ := filter["search"].(string)
	return strings.TrimSpace(s) != ""
}

// selectsCount reports whether a connection's selection asks for totalCount (through
// fragments too, each looked at once).
func (w *walker) selectsCount(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "totalCount" {
				return true
			}
		case *ast.InlineFragment:
			if w.selectsCount(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if w.counts == nil {
				w.counts = map[string]bool{}
			}
			n, seen := w.counts[s.Name]
			if !seen {
				w.counts[s.Name] = false // validation rejects cycles; this only guards the recursion
				if f := w.doc.Fragments.ForName(s.Name); f != nil {
					n = w.selectsCount(f.SelectionSet)
				}
				w.counts[s.Name] = n
			}
			if n {
				return true
			}
		}
	}
	return false
}

// ownCost is what a field costs beyond its rows: the transaction of a root field, a password
// hash, a transaction per id that no batch loader serves.
func (w *walker) ownCost(f *ast.Field) int {
	if f.ObjectDefinition == nil {
		return 0
	}
	switch f.ObjectDefinition.Name {
	case "Mutation":
		if hashingMutations[f.Name] {
			w.hashes++
			return hashCost
		}
		return transactionCost
	case "Query":
		if f.Name == "nodes" {
			ids, _ := f.ArgumentMap(w.vars)["ids"].([]any)
			return transactionCost + graph.UnbatchedNodes(ids)*transactionCost
		}
		return transactionCost
	}
	if d := readmodel.Lookup(f.ObjectDefinition.Name).Field(f.Name); d != nil {
		return d.Cost // what its declaration says it costs beyond its rows
	}
	return 0
}

func (w *walker) fragment(name string) measure {
	if m, ok := w.memo[name]; ok {
		return m
	}
	w.memo[name] = measure{} // validation rejects cycles; this only guards the recursion
	var m measure
	if f := w.doc.Fragments.ForName(name); f != nil {
		m = w.set(f.SelectionSet)
	}
	w.memo[name] = m
	return m
}

// factor is how many times a field's children are fetched: the page size of a connection,
// the number of ids of nodes(ids), a fixed estimate for other lists.
func factor(f *ast.Field, vars map[string]any) int {
	if f.Definition == nil {
		return 1
	}
	def := f.Definition
	if def.Arguments.ForName("first") != nil {
		args := f.ArgumentMap(vars)
		n := page.DefaultSize
		for _, name := range []string{"first", "last"} {
			if v, ok := toInt(args[name]); ok && v > 0 {
				n = min(v, page.MaxSize)
			}
		}
		return n
	}
	if f.Name == "nodes" {
		if ids, ok := f.ArgumentMap(vars)["ids"].([]any); ok {
			return max(1, min(len(ids), graph.MaxNodes))
		}
	}
	if def.Type.Elem != nil {
		if f.Name == "edges" && strings.HasSuffix(f.ObjectDefinition.Name, "Connection") {
			return 1 // the connection field above already multiplied by the page size
		}
		return unpagedListFactor
	}
	return 1
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), true
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

func saturatingAdd(a, b int) int {
	const ceiling = 1 << 40
	if a+b > ceiling {
		return ceiling
	}
	return a + b
}

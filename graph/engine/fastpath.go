package engine

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"golang.org/x/time/rate"

	"github.com/b40-network/workspace/graph"
	"github.com/b40-network/workspace/graph/scalar"
	"github.com/b40-network/workspace/internal/app"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/nested"
	"github.com/b40-network/workspace/internal/readmodel"
	"github.com/b40-network/workspace/internal/requestid"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

// Outcomes of a root field the nested reads consider (b40_nested_reads_total's outcome).
const (
	NestedHit      = "hit"      // one statement answered
	NestedFallback = "fallback" // the planner declined the selection: the resolvers answered
	NestedError    = "error"    // the statement failed: the resolvers answered
)

// NestedRootFields are the root fields the nested reads consider (b40_nested_reads_total's
// field label); any other root field goes to its resolver.
var NestedRootFields = slices.Sorted(slices.Values(append([]string{"cities", "implementations", "node", "practices", "proposals", "users"}, readmodel.Roots()...)))

// Bounds of what failed nested reads write to the log: a burst of lines, and each quoted text.
const (
	nestedLogBurst = 10
	nestedLogText  = 300
)

// nestedReader answers a root field in one statement when internal/nested can read its whole
// selection, PostgreSQL building the JSON under the caller's row-level security; anything it
// cannot read (another field, a cursor, a filter it does not know) goes to the resolvers, as
// does any error, so errors keep one shape. An operation's root fields that it can read are
// read together, in one statement (prefetch); each is answered from that statement's answer.
// A selection is planned once (nestedPlans) and its statement kept; a statement that fails is
// dropped at once (the resolvers answer its selection from then on) and logged once, in a line
// of bounded size. observe is told each considered field's outcome (NestedHit, NestedFallback,
// NestedError).
type nestedReader struct {
	svc      *app.Services
	log      *slog.Logger
	observe  func(field, outcome string)
	plans    nestedPlans
	combined *lru.Cache[string, *nested.Statement]
	// A failed plan is dropped, so each selection logs once; the limiter bounds the lines when
	// many distinct selections fail, and suppressed counts those left out.
	logs       *rate.Limiter
	suppressed atomic.Int64
}

func newNestedReader(svc *app.Services, log *slog.Logger, observe func(field, outcome string)) *nestedReader {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if observe == nil {
		observe = func(string, string) {}
	}
	combined, _ := lru.New[string, *nested.Statement](nestedPlanEntries) // fails only on a size < 1
	return &nestedReader{svc: svc, log: log, observe: observe, plans: newNestedPlans(), combined: combined,
		logs: rate.NewLimiter(rate.Every(time.Second), nestedLogBurst)}
}

func (n *nestedReader) failed(ctx context.Context, field string, st *nested.Statement, err error) {
	if !n.logs.Allow() {
		n.suppressed.Add(1)
		return
	}
	args := []any{"request_id", requestid.FromContext(ctx), "field", field, "error", clip(err.Error(), nestedLogText),
		"sql", clip(st.SQL(), nestedLogText), "sql_bytes", len(st.SQL())}
	if k := n.suppressed.Swap(0); k > 0 {
		args = append(args, "suppressed_before", k)
	}
	n.log.ErrorContext(ctx, "nested read failed; the resolvers answer this selection from now on", args...)
}

// rootInput is what a root field the nested reads consider gives its statement (node(id)'s id,
// city(slug)'s slug, the languages, the clock) and the type of node(id)'s id; false when the
// resolvers answer it (another field, a directive they run, an id of a type not declared).
func (n *nestedReader) rootInput(ctx context.Context, oc *graphql.OperationContext, f graphql.CollectedField) (typ string, in nested.Input, ok bool) {
	if !applied(f.Directives) || !slices.Contains(NestedRootFields, f.Name) {
		return "", in, false
	}
	if t := readmodel.ByRoot(f.Name); t != nil && t.RootGuard != nil && !t.RootGuard(ctx) {
		return "", in, false // the caller may not list it: the resolver's error
	}
	switch f.Name {
	case "users":
		// Only for those who may list people: the others' error is the resolver's.
		if v := auth.FromContext(ctx); v == nil || !auth.MayListUsers(v) {
			return "", in, false
		}
	case "node":
		asked, _ := f.ArgumentMap(oc.Variables)["id"].(string)
		var err error
		typ, in.Key, err = graph.DecodeNodeID(asked)
		if parts, _, ok := readmodel.Node(typ); err != nil || !ok || parts != len(in.Key) || readmodel.Lookup(typ).Fields == nil {
			return "", in, false // a type whose fields are not declared: the resolvers answer
		}
		in.ID = gid.Encode(typ, in.Key...)
	default:
		if t := readmodel.ByRootBy(f.Name); t != nil {
			if in.Value, ok = f.ArgumentMap(oc.Variables)[t.RootByColumn].(string); !ok {
				return "", in, false
			}
		}
	}
	in.Locales, in.Now = i18n.FromContext(ctx), n.svc.Now()
	in.Caller, in.Base = callerOf(auth.FromContext(ctx)), n.svc.Calendar.Base
	return typ, in, true
}

// callerOf is the viewer's facts the declared SQL mirrors of its rules read, each as the
// viewer's own method answers it.
func callerOf(v *auth.Viewer) nested.Caller {
	if v == nil {
		return nested.Caller{}
	}
	c := nested.Caller{UserID: v.UserID, Person: !v.APIToken, Lead: workinggroup.IsLead(v)}
	for _, m := range v.Memberships {
		if v.IsMember(m.CityID) {
			c.Cities = append(c.Cities, m.CityID)
		}
		if v.CanEdit(m.CityID) {
			c.Editing = append(c.Editing, m.CityID)
		}
	}
	return c
}

// readsNested reports whether a query operation has a root field the nested reads consider.
func readsNested(oc *graphql.OperationContext) bool {
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Query"}) {
		if slices.Contains(NestedRootFields, f.Name) {
			return true
		}
	}
	return false
}

// prefetchKey carries what prefetch did for an operation's root fields (*prefetched).
type prefetchKey struct{}

// soleRootFieldKey marks an operation of one root field (true): its nested read, when it has
// one, is the operation's last read.
type soleRootFieldKey struct{}

// prefetched is an operation's root fields as prefetch planned them, by alias, and, when they
// were read together, each one's JSON (nil: no row, null); rootField answers from it and plans
// nothing again.
type prefetched struct {
	plans   map[string]*nestedPlan
	inputs  map[string]nested.Input
	answers map[string]json.RawMessage
}

// prefetch reads a query operation's root fields that have a nested statement in one statement
// when there are two or more; each root field is then answered from it (rootField). An
// operation of one such root field is left to rootField alone (shape (a): nothing done twice).
func (n *nestedReader) prefetch(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	fields := graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Query"})
	candidates := 0
	for _, f := range fields {
		if slices.Contains(NestedRootFields, f.Name) {
			candidates++
		}
	}
	if candidates < 2 {
		if len(fields) == 1 {
			ctx = context.WithValue(ctx, soleRootFieldKey{}, true)
		}
		return next(ctx)
	}
	pre := &prefetched{plans: map[string]*nestedPlan{}, inputs: map[string]nested.Input{}}
	var aliases []string
	var plans []*nestedPlan
	var ins []nested.Input
	for _, f := range fields {
		typ, in, ok := n.rootInput(ctx, oc, f)
		if !ok {
			continue
		}
		plan, _ := n.plans.getFor(oc, f, typ)
		pre.plans[f.Alias], pre.inputs[f.Alias] = plan, in
		if plan.st != nil {
			aliases, plans, ins = append(aliases, f.Alias), append(plans, plan), append(ins, in)
		}
	}
	ctx = context.WithValue(ctx, prefetchKey{}, pre)
	if len(plans) < 2 {
		return next(ctx)
	}
	// The combined statement is kept by its parts' plan keys (a statement is a function of its
	// key, so the same keys make the same statement; a part whose plan failed has none and is no
	// part). A part whose plan is not kept (a long document) leaves it uncached.
	key, keep := combinedKey(plans)
	st, ok := n.combined.Get(key)
	if ok && st == nil {
		return next(ctx) // these parts failed together: each reads alone
	}
	if !keep || !ok {
		parts := make([]*nested.Statement, len(plans))
		for i, p := range plans {
			parts[i] = p.st
		}
		if st = nested.Combine(parts); st == nil {
			return next(ctx)
		}
		if keep {
			n.combined.Add(key, st)
		}
	}
	read := ctx
	if len(plans) == len(fields) {
		read = db.LastRead(ctx) // the statement answers the whole operation
	}
	raws, err := st.ReadAll(read, n.svc.Cities.DB, ins)
	if err != nil {
		// Each root field then reads alone, and a statement that fails there is dropped; a
		// failure not of the moment is not tried together again.
		if keep && ctx.Err() == nil && !db.IsMomentary(err) {
			n.combined.Add(key, nil)
		}
		return next(ctx)
	}
	pre.answers = make(map[string]json.RawMessage, len(aliases))
	for i, a := range aliases {
		pre.answers[a] = raws[i]
	}
	return next(ctx)
}

// combinedKey is the cache key of the statement combining plans: their plan keys in order;
// false when one is not kept.
func combinedKey(plans []*nestedPlan) (string, bool) {
	var b strings.Builder
	for i, p := range plans {
		if !p.kept {
			return "", false
		}
		if i == 0 {
			b.WriteString(p.key.query + "\x00" + p.key.operation)
		}
		b.WriteString("\x00" + p.key.alias + "\x00" + p.key.variables + "\x00" + p.key.node)
	}
	return b.String(), true
}

// rootField answers a root field from its operation's combined read, or reads it alone.
func (n *nestedReader) rootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	rf := graphql.GetRootFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if rf == nil || oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	field, alias := rf.Field.Name, rf.Field.Alias
	var plan *nestedPlan
	var in nested.Input
	fresh := false
	if pre, _ := ctx.Value(prefetchKey{}).(*prefetched); pre != nil && pre.plans[alias] != nil {
		if raw, ok := pre.answers[alias]; ok {
			n.observe(field, NestedHit)
			if raw == nil {
				return graphql.Null // missing or invisible: null, as node and city answer
			}
			return rawJSON(raw)
		}
		plan, in = pre.plans[alias], pre.inputs[alias]
	} else {
		typ, input, ok := n.rootInput(ctx, oc, rf.Field)
		if !ok {
			return next(ctx)
		}
		plan, fresh = n.plans.getFor(oc, rf.Field, typ)
		in = input
	}
	if plan.st == nil {
		if fresh {
			n.log.DebugContext(ctx, "nested read declined; the resolvers answer", "request_id", requestid.FromContext(ctx), "field", field)
		}
		n.observe(field, NestedFallback)
		return next(ctx)
	}
	read := ctx
	if sole, _ := ctx.Value(soleRootFieldKey{}).(bool); sole {
		read = db.LastRead(ctx) // the statement answers the whole operation
	}
	raw, err := plan.st.Read(read, n.svc.Cities.DB, in)
	switch {
	case err != nil:
		n.observe(field, NestedError)
		// A failure of the moment (the client gone, the database down) says nothing of the
		// statement; any other would repeat on every request, so the plan is dropped.
		if ctx.Err() == nil && !db.IsMomentary(err) && n.plans.fail(plan) {
			n.failed(ctx, field, plan.st, err)
		}
		return next(ctx)
	case raw == nil && (field == "node" || readmodel.ByRootBy(field) != nil || readmodel.ByRootOne(field) != nil):
		n.observe(field, NestedHit)
		return graphql.Null // missing or invisible: null, as node and city answer
	case len(raw) == 0:
		n.observe(field, NestedFallback)
		return next(ctx)
	}
	n.observe(field, NestedHit)
	return rawJSON(raw)
}

// applied reports whether a collected field's directives are all @include or @skip, which
// collecting the field has already applied (a field they leave out is not collected).
func applied(ds ast.DirectiveList) bool {
	for _, d := range ds {
		if d.Name != "include" && d.Name != "skip" {
			return false
		}
	}
	return true
}

// clip bounds a text for the log: its first n bytes (valid UTF-8), and how long it was.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// planNested plans a root field's nested read, or nil when it has none; typ is the type of
// node(id)'s id.
func planNested(oc *graphql.OperationContext, f graphql.CollectedField, typ string) *nested.Statement {
	switch f.Name {
	case "cities":
		args, ok := cityArgs(oc, f)
		if !ok {
			return nil
		}
		if args.Conn, ok = planConnection(oc, f, "City"); ok {
			return nested.CityPage(args)
		}
	case "implementations", "practices", "proposals":
		if term, desc, ok := searchArgs(oc, f); ok {
			if conn, ok := planConnection(oc, f, "Practice"); ok {
				return nested.Search(conn, term, desc)
			}
			return nil
		}
		ins, ok := workspaceArgs(oc, f)
		if !ok {
			return nil
		}
		// The lists' default orders, their ties broken by the key.
		typ, order := "Implementation", workspace.ImplementationOrder
		switch f.Name {
		case "proposals":
			typ, order = "Proposal", workspace.ProposalOrder
		case "practices": // without a search (workspace.Practices: PUBLISHED_AT, newest first)
			typ, order = "Practice", workspace.PracticeOrder
		}
		if conn, ok := planConnection(oc, f, typ); ok {
			return nested.Page(typ, conn, order, ins...)
		}
	case "node":
		if entries, ok := planNode(oc, f, typ, true); ok {
			return nested.ByKey(typ, entries)
		}
	case "users":
		ins, ok := userArgs(oc, f)
		if !ok {
			return nil
		}
		if conn, ok := planConnection(oc, f, gid.User); ok {
			return nested.KeyedPage(gid.User, conn, *readmodel.Lookup(gid.User).RootKey, ins...)
		}
	default:
		if t := readmodel.ByRootBy(f.Name); t != nil {
			if entries, ok := planNode(oc, f, t.Name, false); ok {
				return nested.ByColumn(t.Name, t.RootByColumn, entries)
			}
			return nil
		}
		if t := readmodel.ByRootOne(f.Name); t != nil {
			if len(f.Arguments) > 0 {
				return nil
			}
			if entries, ok := planNode(oc, f, t.Name, false); ok {
				return nested.Single(t.Name, entries)
			}
			return nil
		}
		// A declared type's root list: a first page in its listing's order, narrowed by the
		// filter entries it declares.
		t := readmodel.ByRoot(f.Name)
		if t == nil {
			return nil
		}
		ins, ok := rootFilterArgs(oc, f, t)
		if !ok {
			return nil
		}
		if conn, ok := planConnection(oc, f, t.Name); ok {
			return nested.KeyedPage(t.Name, conn, *t.RootKey, ins...)
		}
	}
	return nil
}

// rawJSON is a field's answer already written as JSON.
type rawJSON json.RawMessage

func (r rawJSON) MarshalGQL(w io.Writer) { _, _ = w.Write(r) }

// cityArgs reads cities' arguments: a first page (first, no cursor), in name order either way,
// filtered by ids, countries, statuses, join routes and search (as city.Filter applies them);
// anything else (a cursor, another order, dates) goes to the resolvers.
func cityArgs(oc *graphql.OperationContext, f graphql.CollectedField) (nested.CityArgs, bool) {
	var a nested.CityArgs
	for name, v := range f.ArgumentMap(oc.Variables) {
		if v == nil {
			continue
		}
		switch name {
		case "first":
		case "orderBy":
			o, _ := v.(map[string]any)
			if fld, _ := o["field"].(string); fld != "NAME" || len(o) > 2 {
				return a, false
			}
			switch d := o["direction"]; d {
			case nil, "ASC":
			case "DESC":
				a.Desc = true
			default:
				return a, false
			}
		case "filter":
			fl, _ := v.(map[string]any)
			for k, fv := range fl {
				if fv == nil {
					continue
				}
				var ok bool
				switch k {
				case "cityIds":
					a.IDs, ok = cityIDsArg(fv) // a bad ID: the resolvers answer the error
				case "countries":
					a.Countries, ok = stringList(fv)
				case "statuses":
					a.Statuses, ok = stringList(fv)
				case "joinRoutes":
					a.JoinRoutes, ok = stringList(fv)
				case "search":
					a.Search, ok = fv.(string)
				}
				if !ok {
					return a, false
				}
			}
		default:
			return a, false
		}
	}
	return a, true
}

// userArgs reads users' arguments: a first page of the people the caller manages, filtered by
// cities, statuses and a search as auth.Service.Users filters them; anything else (a cursor,
// roles) goes to the resolvers.
func userArgs(oc *graphql.OperationContext, f graphql.CollectedField) ([]nested.In, bool) {
	ins := []nested.In{{Cond: auth.ManagedUsers}}
	ok := filterArgs(oc, f, func(k string, fv any) bool {
		switch k {
		case "cityIds":
			ids, ok := cityIDsArg(fv)
			if ok && len(ids) > 0 {
				ins = append(ins, nested.In{Cond: auth.UsersInCities, Args: []any{ids}})
			}
			return ok
		case "statuses":
			list, ok := stringList(fv)
			ins = append(ins, nested.In{Column: "status", Values: list})
			return ok
		case "search":
			s, ok := fv.(string)
			if s = strings.TrimSpace(s); ok && s != "" {
				p := "%" + db.EscapeLike(s) + "%"
				ins = append(ins, nested.In{Cond: auth.UsersMatching, Args: []any{p, p}})
			}
			return ok
		}
		return false
	})
	return ins, ok
}

// rootFilterArgs reads a declared root list's filter: each entry one of its RootFilters, a
// list of values (global IDs decoded to their keys); anything else goes to the resolvers.
func rootFilterArgs(oc *graphql.OperationContext, f graphql.CollectedField, t *readmodel.Type) ([]nested.In, bool) {
	var ins []nested.In
	ok := filterArgs(oc, f, func(k string, fv any) bool {
		rf, known := t.RootFilters[k]
		list, isList := stringList(fv)
		if !known || !isList {
			return false
		}
		if len(list) == 0 {
			return true // no narrowing, as the services read an empty list
		}
		var values any = list
		if rf.IDs != "" {
			ids, err := graph.DecodeIDs(list, rf.IDs)
			if err != nil {
				return false // the resolvers answer the error
			}
			values = ids
		}
		if rf.Column != "" {
			ins = append(ins, nested.In{Column: rf.Column, Values: values})
		} else {
			ins = append(ins, nested.In{Cond: rf.Cond, Args: []any{values}})
		}
		return true
	})
	return ins, ok
}

// filterArgs reads a list's arguments of a first page: first, and filter, whose set entries
// each takes (false: the resolvers answer); any other argument goes to the resolvers.
func filterArgs(oc *graphql.OperationContext, f graphql.CollectedField, each func(key string, v any) bool) bool {
	for name, v := range f.ArgumentMap(oc.Variables) {
		if v == nil || name == "first" {
			continue
		}
		if name != "filter" {
			return false
		}
		fl, _ := v.(map[string]any)
		for k, fv := range fl {
			if fv != nil && !each(k, fv) {
				return false
			}
		}
	}
	return true
}

// cityIDsArg decodes a filter's cityIds (false: not a list of city IDs, which the resolvers
// answer with their error).
func cityIDsArg(v any) ([]int64, bool) {
	list, ok := stringList(v)
	if !ok {
		return nil, false
	}
	ids, err := graph.DecodeIDs(list, gid.City)
	return ids, err == nil
}

// searchArgs reads practices' arguments when they are a search alone (a filter of nothing else
// but its search, in relevance order or none): the search as workspace.SearchTerm cuts it and
// whether the order is descending (as graph's practiceFilter reads it: by default).
func searchArgs(oc *graphql.OperationContext, f graphql.CollectedField) (term string, desc bool, ok bool) {
	if f.Name != "practices" {
		return "", false, false
	}
	desc = true
	for name, v := range f.ArgumentMap(oc.Variables) {
		if v == nil {
			continue
		}
		switch name {
		case "first":
		case "filter":
			fl, _ := v.(map[string]any)
			for k, fv := range fl {
				if k == "search" {
					s, isText := fv.(string)
					if !isText {
						return "", false, false
					}
					term = workspace.SearchTerm(s)
					continue
				}
				if list, isList := fv.([]any); fv != nil && (!isList || len(list) > 0) {
					return "", false, false // another filter: the resolvers answer
				}
			}
		case "orderBy":
			o, _ := v.(map[string]any)
			if fld, _ := o["field"].(string); fld != "RELEVANCE" {
				return "", false, false
			}
			switch o["direction"] {
			case nil, "DESC":
			case "ASC":
				desc = false
			default:
				return "", false, false
			}
		default:
			return "", false, false
		}
	}
	return term, desc, term != ""
}

// workspaceArgs reads the arguments of implementations, practices or proposals: a first page in
// the default order, filtered by cities, statuses and visibilities (as workspace.Implementations,
// Practices and Proposals apply them); anything else (a search, an order) goes to the resolvers.
func workspaceArgs(oc *graphql.OperationContext, f graphql.CollectedField) ([]nested.In, bool) {
	var ins []nested.In
	ok := filterArgs(oc, f, func(k string, fv any) bool {
		if (k == "updatedFrom" || k == "updatedTo") && f.Name == "implementations" {
			// As workspace.Filter.between reads them: at or after from, before to.
			at, err := scalar.UnmarshalDateTime(fv)
			if err != nil {
				return false // the resolvers answer the error
			}
			in := nested.In{Column: "updated_at", From: &at}
			if k == "updatedTo" {
				in = nested.In{Column: "updated_at", To: &at}
			}
			ins = append(ins, in)
			return true
		}
		switch k {
		case "cityIds":
			ids, ok := cityIDsArg(fv)
			ins = append(ins, nested.In{Column: "city_id", Values: ids})
			return ok
		case "statuses":
			list, ok := stringList(fv)
			ins = append(ins, nested.In{Column: "status", Values: list})
			return ok
		case "visibilities":
			list, ok := stringList(fv)
			ins = append(ins, nested.In{Column: "visibility", Values: list})
			return ok
		}
		return false
	})
	return ins, ok
}

// stringList reads a list of strings of the arguments.
func stringList(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(list))
	for i, x := range list {
		if out[i], ok = x.(string); !ok {
			return nil, false
		}
	}
	return out, true
}

// planConnection plans a connection of the declared type typ.
func planConnection(oc *graphql.OperationContext, f graphql.CollectedField, typ string) (*nested.Connection, bool) {
	first, ok := graph.PageSize(oc, f)
	if !ok || !applied(f.Directives) {
		return nil, false
	}
	c := &nested.Connection{First: first}
	for _, cf := range graphql.CollectFields(oc, f.Selections, []string{typ + "Connection"}) {
		switch cf.Name {
		case "__typename":
			c.Entries = append(c.Entries, nested.Entry{Key: cf.Alias, Kind: nested.Const, Text: typ + "Connection"})
		case "edges":
			edges, ok := planEdges(oc, cf, typ)
			if !ok {
				return nil, false
			}
			c.Entries = append(c.Entries, nested.Entry{Key: cf.Alias, Kind: nested.Edges, Sub: edges})
		case "pageInfo":
			info, ok := planPageInfo(oc, cf)
			if !ok {
				return nil, false
			}
			c.Entries = append(c.Entries, nested.Entry{Key: cf.Alias, Kind: nested.PageInfo, Sub: info})
		case "totalCount":
			c.Entries = append(c.Entries, nested.Entry{Key: cf.Alias, Kind: nested.TotalCount})
		default:
			return nil, false
		}
	}
	return c, true
}

func planEdges(oc *graphql.OperationContext, f graphql.CollectedField, typ string) ([]nested.Entry, bool) {
	var out []nested.Entry
	for _, ef := range graphql.CollectFields(oc, f.Selections, []string{typ + "Edge"}) {
		switch ef.Name {
		case "__typename":
			out = append(out, nested.Entry{Key: ef.Alias, Kind: nested.Const, Text: typ + "Edge"})
		case "node":
			node, ok := planNode(oc, ef, typ, false)
			if !ok {
				return nil, false
			}
			out = append(out, nested.Entry{Key: ef.Alias, Kind: nested.Node, Sub: node})
		case "cursor":
			out = append(out, nested.Entry{Key: ef.Alias, Kind: nested.Cursor})
		default:
			return nil, false
		}
	}
	return out, true
}

// planNode plans the fields of a node of the declared type typ from its declaration: its inline
// columns, its ID, its connections and its relations to one; under node(id) (asked), the id
// field answers the id asked. A field declared resolved, or following the language, declines.
func planNode(oc *graphql.OperationContext, f graphql.CollectedField, typ string, asked bool) ([]nested.Entry, bool) {
	t := readmodel.Lookup(typ)
	if t == nil || t.Fields == nil {
		return nil, false
	}
	var out []nested.Entry
	for _, nf := range graphql.CollectFields(oc, f.Selections, []string{typ}) {
		if nf.Name == "__typename" {
			out = append(out, nested.Entry{Key: nf.Alias, Kind: nested.Const, Text: typ})
			continue
		}
		if !applied(nf.Directives) {
			return nil, false // a directive the resolvers run
		}
		d := t.Field(nf.Name)
		switch {
		case d == nil:
			return nil, false
		case d.Kind == readmodel.ID && asked:
			out = append(out, nested.Entry{Key: nf.Alias, Kind: nested.AskedID})
		case d.Kind == readmodel.ID:
			out = append(out, nested.Entry{Key: nf.Alias, Kind: nested.GlobalID, Text: typ})
		case d.Kind == readmodel.Column && d.Inline() && len(nf.Arguments) == 0:
			out = append(out, nested.Entry{Key: nf.Alias, Kind: nested.Column, Column: d.Column})
		case d.Kind == readmodel.Relation && d.Rel.Connection:
			conn, ok := planConnection(oc, nf, d.Rel.Type)
			if !ok {
				return nil, false
			}
			out = append(out, nested.Entry{Key: nf.Alias, Kind: nested.Many, Field: d.Name, Conn: conn})
		case d.Kind == readmodel.Relation && !d.Rel.Many && len(nf.Arguments) == 0:
			sub, ok := planNode(oc, nf, d.Rel.Type, false)
			if !ok {
				return nil, false
			}
			out = append(out, nested.Entry{Key: nf.Alias, Kind: nested.One, Field: d.Name, Sub: sub})
		case d.Kind == readmodel.Relation && d.Rel.Many && len(nf.Arguments) == 0:
			sub, ok := planNode(oc, nf, d.Rel.Type, false)
			if !ok {
				return nil, false
			}
			out = append(out, nested.Entry{Key: nf.Alias, Kind: nested.List, Field: d.Name, Sub: sub})
		case d.Kind == readmodel.Translated && len(nf.Arguments) == 0:
			sub, ok := planTranslated(oc, nf)
			if !ok {
				return nil, false
			}
			out = append(out, nested.Entry{Key: nf.Alias, Kind: nested.Translated, Field: d.Name, Sub: sub})
		default:
			return nil, false
		}
	}
	return out, true
}

func planPageInfo(oc *graphql.OperationContext, f graphql.CollectedField) ([]nested.Entry, bool) {
	return planFixed(oc, f, "PageInfo", map[string]nested.Kind{"hasNextPage": nested.HasNext, "hasPreviousPage": nested.HasPrevious,
		"startCursor": nested.StartCursor, "endCursor": nested.EndCursor})
}

// planFixed plans the selection of an object type typ whose every field has a fixed kind of
// entry (PageInfo, Translation); any other field, or a directive the resolvers run, declines.
func planFixed(oc *graphql.OperationContext, f graphql.CollectedField, typ string, kinds map[string]nested.Kind) ([]nested.Entry, bool) {
	var out []nested.Entry
	for _, sf := range graphql.CollectFields(oc, f.Selections, []string{typ}) {
		k, ok := kinds[sf.Name]
		switch {
		case sf.Name == "__typename":
			out = append(out, nested.Entry{Key: sf.Alias, Kind: nested.Const, Text: typ})
		case !ok || !applied(sf.Directives):
			return nil, false
		default:
			out = append(out, nested.Entry{Key: sf.Alias, Kind: k})
		}
	}
	return out, true
}

// planTranslated plans a TranslatedText's selection: its text (in the locale asked, a string
// the document or its variables give, else the request's languages), its locale and its
// translations.
func planTranslated(oc *graphql.OperationContext, f graphql.CollectedField) ([]nested.Entry, bool) {
	var out []nested.Entry
	for _, tf := range graphql.CollectFields(oc, f.Selections, []string{"TranslatedText"}) {
		if !applied(tf.Directives) {
			return nil, false
		}
		switch tf.Name {
		case "__typename":
			out = append(out, nested.Entry{Key: tf.Alias, Kind: nested.Const, Text: "TranslatedText"})
		case "text":
			e := nested.Entry{Key: tf.Alias, Kind: nested.TextIn}
			for name, v := range tf.ArgumentMap(oc.Variables) {
				locale, ok := v.(string)
				if name != "locale" || (v != nil && !ok) {
					return nil, false
				}
				e.Text = locale
			}
			out = append(out, e)
		case "locale":
			out = append(out, nested.Entry{Key: tf.Alias, Kind: nested.TextLocale})
		case "translations":
			sub, ok := planFixed(oc, tf, "Translation", map[string]nested.Kind{"locale": nested.TextLocale, "text": nested.TextText, "machine": nested.TextMachine})
			if !ok {
				return nil, false
			}
			out = append(out, nested.Entry{Key: tf.Alias, Kind: nested.Translations, Sub: sub})
		default:
			return nil, false
		}
	}
	return out, true
}

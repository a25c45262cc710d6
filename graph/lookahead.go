package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/readmodel"
	"github.com/b40-network/workspace/internal/workspace"
)

// selectedAt returns the fields the operation selects at path below the field being resolved
// (for a connection, "edges", "node": the fields of its nodes), fragments merged, for objects
// of type typ.
func selectedAt(ctx context.Context, typ string, path ...string) []graphql.CollectedField {
	oc := graphql.GetOperationContext(ctx)
	fields := graphql.CollectFieldsCtx(ctx, nil)
	for i, name := range path {
		var next []graphql.CollectedField
		for _, f := range fields {
			if f.Name != name {
				continue
			}
			var satisfies []string
			if i == len(path)-1 {
				satisfies = []string{typ}
			}
			next = append(next, graphql.CollectFields(oc, f.Selections, satisfies)...)
		}
		fields = next
	}
	return fields
}

// loaderOf is the batch loader the declaration of typ's field names (internal/readmodel): the
// lookahead primes what the declared relations of the selected fields load.
func loaderOf(typ, field string) string {
	if f := readmodel.Lookup(typ).Field(field); f != nil && f.Rel != nil {
		return f.Rel.Loader
	}
	return ""
}

// selects reports whether fields include one named name.
func selects(fields []graphql.CollectedField, name string) bool {
	for _, f := range fields {
		if f.Name == name {
			return true
		}
	}
	return false
}

// lookaheadCities primes the loaders the nodes of a page of cities are about to use, so the
// next level reads in one statement at once instead of after the batch window.
func (r *Resolver) lookaheadCities(ctx context.Context, conn *page.Connection[*city.City]) {
	if conn == nil {
		return
	}
	cities := conn.Nodes()
	if len(cities) == 0 {
		return
	}
	oc := graphql.GetOperationContext(ctx)
	l := r.loaders(ctx)
	for _, f := range selectedAt(ctx, "City", "edges", "node") {
		if loaderOf("City", f.Name) != "FirstPractices" {
			continue
		}
		// The batched first page (batchedPractices): only first, no cursor, filter or order.
		first, ok := PageSize(oc, f)
		if !ok {
			continue
		}
		body := selects(practiceNodes(oc, graphql.CollectFields(oc, f.Selections, nil)), "body")
		keys := make([]workspace.CityPage, len(cities))
		for i, c := range cities {
			keys[i] = workspace.CityPage{CityID: c.ID, First: first, Body: body}
		}
		l.FirstPractices.Prime(ctx, keys)
	}
}

// practiceNodes returns the fields selected on the nodes of a practices connection.
func practiceNodes(oc *graphql.OperationContext, conn []graphql.CollectedField) []graphql.CollectedField {
	var out []graphql.CollectedField
	for _, e := range conn {
		if e.Name != "edges" {
			continue
		}
		for _, n := range graphql.CollectFields(oc, e.Selections, nil) {
			if n.Name == "node" {
				out = append(out, graphql.CollectFields(oc, n.Selections, []string{"Practice"})...)
			}
		}
	}
	return out
}

// lookaheadPractices primes, for a page of practices, what their nodes are about to load: their
// adoptions, their working groups, and in one statement their cities and their adoptions'
// cities. The next levels then read at once, one statement per relation, instead of racing the
// batch window (under load one window can split in two).
func (r *Resolver) lookaheadPractices(ctx context.Context, conn *page.Connection[*workspace.Practice]) {
	if conn == nil {
		return
	}
	practices := conn.Nodes()
	if len(practices) == 0 {
		return
	}
	oc := graphql.GetOperationContext(ctx)
	l := r.loaders(ctx)
	keys := make([]workspace.Key, len(practices))
	var cities []int64
	for i, p := range practices {
		keys[i] = p.Key()
	}
	for _, f := range selectedAt(ctx, "Practice", "edges", "node") {
		switch loaderOf("Practice", f.Name) {
		case "City":
			for _, p := range practices {
				cities = append(cities, p.CityID)
			}
		case "AdoptionsByPractice":
			l.AdoptionsByPractice.Prime(ctx, keys)
			if !selects(graphql.CollectFields(oc, f.Selections, []string{"Implementation"}), "city") {
				continue
			}
			for _, k := range keys {
				adoptions, err := l.AdoptionsByPractice.Load(ctx, k)
				if err != nil {
					break
				}
				for _, a := range adoptions {
					cities = append(cities, a.CityID)
				}
			}
		case "GroupsByPractice":
			l.GroupsByPractice.Prime(ctx, keys)
			var groups []int64
			for _, k := range keys {
				links, err := l.GroupsByPractice.Load(ctx, k)
				if err != nil {
					break
				}
				for _, g := range links {
					groups = append(groups, g.WorkingGroupID)
				}
			}
			l.WorkingGroup.Prime(ctx, unique(groups))
		}
	}
	l.City.Prime(ctx, unique(cities))
}

// unique returns ids without repeats, in first-seen order.
func unique[K comparable](ids []K) []K {
	seen := make(map[K]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// lookaheadImplementations primes, for a page of implementations, what their nodes are about to
// load: their cities, recommendations, source practices and latest updates, one statement per
// relation, at once instead of after the batch window.
func (r *Resolver) lookaheadImplementations(ctx context.Context, conn *page.Connection[*workspace.Implementation]) {
	if conn == nil {
		return
	}
	items := conn.Nodes()
	if len(items) == 0 {
		return
	}
	l := r.loaders(ctx)
	for _, f := range selectedAt(ctx, "Implementation", "edges", "node") {
		switch loaderOf("Implementation", f.Name) {
		case "City":
			ids := make([]int64, len(items))
			for i, im := range items {
				ids[i] = im.CityID
			}
			l.City.Prime(ctx, unique(ids))
		case "Recommendation":
			var ids []int64
			for _, im := range items {
				if im.RecommendationID != nil {
					ids = append(ids, *im.RecommendationID)
				}
			}
			l.Recommendation.Prime(ctx, unique(ids))
		case "Practice":
			var keys []workspace.Key
			for _, im := range items {
				if im.SourcePracticeCityID != nil && im.SourcePracticeID != nil {
					keys = append(keys, workspace.Key{CityID: *im.SourcePracticeCityID, ID: *im.SourcePracticeID})
				}
			}
			l.Practice.Prime(ctx, unique(keys))
		case "LatestUpdate":
			keys := make([]workspace.Key, len(items))
			for i, im := range items {
				keys[i] = im.Key()
			}
			l.LatestUpdate.Prime(ctx, keys)
		}
	}
}

// PageSize reads a connection field's arguments: only first (1..100, default 20) qualifies.
func PageSize(oc *graphql.OperationContext, f graphql.CollectedField) (int, bool) {
	n := page.DefaultSize
	for name, v := range f.ArgumentMap(oc.Variables) {
		if v == nil {
			continue
		}
		if name != "first" {
			if f.ObjectDefinition != nil && f.ObjectDefinition.Name == "Query" {
				continue // a root field's other arguments: read by cityArgs, workspaceArgs
			}
			return 0, false
		}
		first, ok := v.(int)
		if !ok {
			if i64, ok64 := v.(int64); ok64 {
				first, ok = int(i64), true
			}
		}
		if !ok || first < 1 || first > page.MaxSize {
			return 0, false
		}
		n = first
	}
	return n, true
}

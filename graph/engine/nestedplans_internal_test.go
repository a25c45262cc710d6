package engine

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// The plan cache's key carries what a plan depends on and nothing else, and the cache stays
// bounded however many distinct selections arrive, four senders at once.
func TestNestedPlansKeysAndBound(t *testing.T) {
	node := graphql.CollectedField{Field: &ast.Field{Name: "node", Alias: "node",
		Arguments: ast.ArgumentList{{Name: "id", Value: &ast.Value{Kind: ast.Variable, Raw: "id"}}}}}
	oc := func(query string, vars map[string]any) *graphql.OperationContext {
		return &graphql.OperationContext{RawQuery: query, Variables: vars}
	}
	q := `query($id: ID!, $slug: Boolean!) { node(id: $id) { ... on City { name slug @include(if: $slug) } } }`
	a, okA := planKeyOf(oc(q, map[string]any{"id": "Q2l0eTox", "slug": true}), node)
	b, okB := planKeyOf(oc(q, map[string]any{"id": "Q2l0eToy", "slug": true}), node)
	c, _ := planKeyOf(oc(q, map[string]any{"id": "Q2l0eToy", "slug": false}), node)
	if !okA || !okB || a != b {
		t.Errorf("the asked id changed the key: %+v, %+v", a, b)
	}
	if a == c {
		t.Errorf("a variable the selection reads did not change the key: %+v", a)
	}
	if _, ok := planKeyOf(oc(q+strings.Repeat(" ", maxCachedQuery), nil), node); ok {
		t.Error("a query longer than the cache keeps was kept")
	}
	if _, ok := planKeyOf(oc(q, map[string]any{"slug": strings.Repeat("x", maxPlanVariables)}), node); ok {
		t.Error("variables longer than a key may carry were kept")
	}

	plans := newNestedPlans()
	other := graphql.CollectedField{Field: &ast.Field{Name: "indicators", Alias: "indicators"}} // no nested read: kept as none
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range nestedPlanEntries {
				if plan, _ := plans.get(oc("{ indicators { totalCount } } # "+strconv.Itoa(w)+"/"+strconv.Itoa(i), nil), other); plan.st != nil {
					t.Errorf("indicators planned a nested read")
					return
				}
			}
		})
	}
	wg.Wait()
	if n := plans.cache.Len(); n != nestedPlanEntries {
		t.Errorf("%d plans kept after %d distinct selections, want the bound %d", n, 4*nestedPlanEntries, nestedPlanEntries)
	}
}

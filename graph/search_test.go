package graph_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/b40-network/workspace/graph"
	"github.com/b40-network/workspace/internal/apitest"
)

// Issue 19: a search is priced by what it costs. At most graph.MaxSearches per request, each
// search under a list counted once per item of the list.
func TestSearchesPerRequestCapped(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	search := func(alias, term string) string {
		return alias + `: practices(first: 5, filter: {search: "` + term + `"}) { totalCount edges { node { title } } }`
	}
	for _, c := range []struct {
		name, query string
		vars        map[string]any
		refused     bool
	}{
		{"two searches", `{ ` + search("a", "heat") + search("b", "water") + ` }`, nil, false},
		{"three searches", `{ ` + search("a", "heat") + search("b", "water") + search("c", "bus") + ` }`, nil, true},
		{"blank searches are no search", `{ ` + search("a", "heat") + search("b", "water") + search("c", "  ") + ` }`, nil, false},
		{"a search under a list of two cities", `{ cities(first: 2) { edges { node { practices(filter: {search: "heat"}) { totalCount } } } } }`, nil, false},
		{"a search under a list of three cities", `{ cities(first: 3) { edges { node { practices(filter: {search: "heat"}) { totalCount } } } } }`, nil, true},
		{"a search under a list of the default page size", `{ summits { edges { node { hostCity { practices(filter: {search: "heat"}) { totalCount } } } } } }`, nil, true},
		{"searches in variables", `query($f: PracticeFilter) { a: practices(filter: $f) { totalCount } b: practices(filter: $f) { totalCount } c: practices(filter: $f) { totalCount } }`,
			map[string]any{"f": map[string]any{"search": "heat"}}, true},
		{"no search in the variables", `query($f: PracticeFilter) { a: practices(filter: $f) { totalCount } b: practices(filter: $f) { totalCount } c: practices(filter: $f) { totalCount } }`,
			map[string]any{"f": map[string]any{"sdgs": []int{11}}}, false},
		{"a search in a fragment spread three times", `{ a: city(slug: "tirana") { ...C } b: city(slug: "athens") { ...C } c: city(slug: "split") { ...C } }
			fragment C on City { practices(filter: {search: "heat"}) { totalCount } }`, nil, true},
		{"a search in a fragment spread twice", `{ a: city(slug: "tirana") { ...C } b: city(slug: "athens") { ...C } }
			fragment C on City { practices(filter: {search: "heat"}) { totalCount } }`, nil, false},
		{"other lists' searches count too", `{ ` + search("a", "heat") + ` cities(filter: {search: "ti"}) { totalCount } proposals(filter: {search: "x"}) { totalCount } }`, nil, true},
	} {
		r := api.Query(c.query, c.vars)
		switch {
		case c.refused && r.ErrorCode() != "COMPLEXITY_LIMIT_EXCEEDED":
			t.Errorf("%s: answered, want COMPLEXITY_LIMIT_EXCEEDED: %.300s", c.name, r.Body)
		case c.refused && !strings.Contains(r.Errors[0].Message, "searches"):
			t.Errorf("%s: the refusal does not say why: %s", c.name, r.Errors[0].Message)
		case !c.refused && len(r.Errors) > 0:
			t.Errorf("%s: refused: %.300s", c.name, r.Body)
		}
	}
}

var costRE = regexp.MustCompile(`costs (\d+);`)

// A search costs more complexity than the same list unsearched, and its totalCount, which
// runs the search again over every row, costs more than a plain list's count.
func TestSearchCostsMoreThanAList(t *testing.T) {
	t.Parallel()
	limits := graph.DefaultLimits
	limits.MaxComplexity = 1 // everything is refused, with its cost in the message
	api := apitest.New(t, apitest.Options{Limits: &limits})
	cost := func(query string) int {
		t.Helper()
		r := api.Query(query, nil)
		if r.ErrorCode() != "COMPLEXITY_LIMIT_EXCEEDED" {
			t.Fatalf("%s: %.300s", query, r.Body)
		}
		m := costRE.FindStringSubmatch(r.Errors[0].Message)
		if m == nil {
			t.Fatalf("no cost in %q", r.Errors[0].Message)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	list := cost(`{ practices(first: 20) { edges { node { id title } } } }`)
	searched := cost(`{ practices(first: 20, filter: {search: "heat"}) { edges { node { id title } } } }`)
	listCount := cost(`{ practices(first: 20) { totalCount edges { node { id title } } } }`)
	searchedCount := cost(`{ practices(first: 20, filter: {search: "heat"}) { ...Count edges { node { id title } } } } fragment Count on PracticeConnection { totalCount }`)
	if searched < 2*list {
		t.Errorf("a search costs %d, a plain list %d: want at least twice", searched, list)
	}
	if searchedCount-searched <= listCount-list {
		t.Errorf("totalCount costs %d under a search, %d under a plain list", searchedCount-searched, listCount-list)
	}
	// Under a list, the search is charged once per item.
	nested := cost(`{ cities(first: 2) { edges { node { practices(first: 20, filter: {search: "heat"}) { totalCount } } } } }`)
	plainNested := cost(`{ cities(first: 2) { edges { node { practices(first: 20) { totalCount } } } } }`)
	if nested-plainNested < 2*(searchedCount-listCount) {
		t.Errorf("two searches under a list cost %d more than the list, one at the root %d more", nested-plainNested, searchedCount-listCount)
	}
}

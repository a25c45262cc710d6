package graph_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// Nested reads answer exactly what the resolvers answer, for every viewer (row-level security
// decides both), in one statement; what they cannot read goes to the resolvers unchanged.
func TestNestedReadsAnswerAsTheResolversDo(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	perField := apitest.NewOn(t, api.DB, apitest.Options{PerFieldOnly: true})
	// Every kind of practice: a private one, a draft, a network one, in two cities.
	if _, err := api.DB.ExecContext(t.Context(), `INSERT INTO practice (city_id, title, summary, body, visibility, status, published_at)
		SELECT c.id, v || ' ' || s || ' practice of ' || c.slug || ' "quoted" \ back', CASE WHEN v = 'PUBLIC' THEN NULL ELSE 'a summary' END,
			'{"locale":"en","translations":[{"locale":"en","text":"x","machine":false}]}', v, s, CASE WHEN s = 'PUBLISHED' THEN now() END
		FROM city c, unnest(ARRAY['PRIVATE', 'NETWORK', 'PUBLIC']) v, unnest(ARRAY['DRAFT', 'PUBLISHED']) s
		WHERE c.slug IN ('athens', 'tirana') AND NOT (s = 'DRAFT' AND v <> 'PRIVATE')`); err != nil {
		t.Fatal(err)
	}
	viewers := map[string]string{"anonymous": ""}
	for _, who := range []string{seed.DemoEmail("editor", "athens"), seed.DemoEmail("viewer", "tirana"), "secretariat@b40.demo", "analyst@b40.demo"} {
		viewers[who] = api.Login(who)
	}
	queries := []struct {
		query  string
		nested bool // read in one statement
	}{
		{`{ cities(first: 30) { edges { node { name slug country population localName mayorName website status
			practices(first: 3) { edges { node { title summary } } pageInfo { hasNextPage hasPreviousPage } } } } pageInfo { hasNextPage } } }`, true},
		{`{ cities(first: 2) { __typename edges { __typename n: node { __typename name p: practices(first: 1) { __typename edges { node { title } } info: pageInfo { __typename hasNextPage } } } } } }`, true},
		{`{ cities(first: 25) { edges { node { id __typename name practices(first: 2) { edges { node { id __typename title } } } } } } }`, true},
		{`query($n: Int) { cities(first: $n) { edges { node { ...C } } } } fragment C on City { name practices { edges { node { title } } } }`, true},
		{`{ cities(first: 2) { edges { node { name practices(first: 1) @include(if: false) { edges { node { title } } } } } } }`, true},
		{`{ cities { totalCount edges { node { name } } } }`, false},
		{`{ cities(first: 3) { edges { cursor node { name } } } }`, false},
		{`{ cities(first: 3, orderBy: {field: POPULATION, direction: DESC}) { edges { node { name } } } }`, false},
		{`{ cities(first: 3) { edges { node { name practices(first: 2) { edges { node { title body { text } } } } } } } }`, false},
		{`{ cities(first: 0) { edges { node { name } } } }`, false},
		{`query($athens: ID!) { node(id: $athens) { __typename id ... on City { name slug country population status } } }`, true},
		{`query($athens: ID!) { a: node(id: $athens) { ... on City { n: name } ... on Summit { year } } }`, true},
		{`{ node(id: "Q2l0eTo5OTk5OTk") { id ... on City { name } } }`, true}, // no such city: null
		// A city's practices under node(id), ids and all (issue 19.6: they answered null).
		{`query($athens: ID!) { node(id: $athens) { id ... on City { name practices(first: 2) { __typename edges { node { id __typename title summary } }
			pageInfo { hasNextPage hasPreviousPage } } } } }`, true},
		{`query($athens: ID!) { node(id: $athens) { ... on City { p: practices { edges { n: node { title } } } q: practices(first: 1) { edges { node { id } } } } } }`, true},
		{`query($athens: ID!) { node(id: $athens) { ... on City { name countryName } } }`, false},
		{`query($summit: ID!) { node(id: $summit) { ... on Summit { year } } }`, false},
		{`{ node(id: "nonsense") { id } }`, false},
	}
	vars := `{"n":4,"athens":` + quote(apitest.ID("City", api.CityID("athens"))) + `,"summit":` + quote(apitest.ID("Summit", 1)) + `}`
	var wg sync.WaitGroup
	for who, token := range viewers {
		for _, q := range queries {
			wg.Go(func() {
				h := map[string]string{}
				if token != "" {
					h = apitest.Bearer(token)
				}
				var c *dbCount
				fast := api.Do(apitest.Request{Body: []byte(`{"query":` + quote(q.query) + `,"variables":` + vars + `}`), ContentType: "application/json", Header: h, Count: &c})
				slow := perField.Do(apitest.Request{Body: []byte(`{"query":` + quote(q.query) + `,"variables":` + vars + `}`), ContentType: "application/json", Header: h})
				if string(fast.Body) != string(slow.Body) {
					t.Errorf("%s, %s:\nnested    %s\nper field %s", who, q.query, fast.Body, slow.Body)
				}
				want := int64(1) // the nested read
				if token != "" {
					want++ // and the token's look-up
				}
				if q.nested && c.Data.Load() != want {
					t.Errorf("%s, %s: %d data statements, want %d", who, q.query, c.Data.Load(), want)
				}
			})
		}
	}
	wg.Wait()
}

// A selection is planned once and its statement kept: the same text with other variables (other
// ids, other page sizes, other @include conditions) must answer for those variables, four
// requests at a time, byte for byte as the resolvers do.
func TestNestedPlansFollowTheVariables(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	perField := apitest.NewOn(t, api.DB, apitest.Options{PerFieldOnly: true})
	node := `query($id: ID!, $slug: Boolean!) { node(id: $id) { id ... on City { name slug @include(if: $slug) } } }`
	cities := `query($n: Int, $slug: Boolean!) { cities(first: $n) { edges { node { name slug @skip(if: $slug) practices(first: $n) { edges { node { title } } } } } } }`
	type ask struct{ query, vars string }
	var asks []ask
	for _, id := range []string{apitest.ID("City", api.CityID("athens")), apitest.ID("City", api.CityID("tirana")), apitest.ID("City", 999999), apitest.ID("Summit", 1)} {
		for _, slug := range []string{"true", "false"} {
			asks = append(asks, ask{node, `{"id":` + quote(id) + `,"slug":` + slug + `}`})
		}
	}
	for _, n := range []string{"1", "3", "null"} {
		for _, slug := range []string{"true", "false"} {
			asks = append(asks, ask{cities, `{"n":` + n + `,"slug":` + slug + `}`})
		}
	}
	for round := range 3 { // the first round plans, the others read kept plans
		var wg sync.WaitGroup
		sem := make(chan struct{}, 4)
		for _, a := range asks {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				body := []byte(`{"query":` + quote(a.query) + `,"variables":` + a.vars + `}`)
				fast := api.Do(apitest.Request{Body: body, ContentType: "application/json"})
				slow := perField.Do(apitest.Request{Body: body, ContentType: "application/json"})
				if string(fast.Body) != string(slow.Body) || fast.Status != 200 {
					t.Errorf("round %d, %s:\nnested    %d %s\nper field %s", round, a.vars, fast.Status, fast.Body, slow.Body)
				}
			})
		}
		wg.Wait()
	}
}

// aliases selects n response keys, cycling through fields: "k0: name k1: slug …".
func aliases(prefix string, n int, fields ...string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s%d: %s ", prefix, i, fields[i%len(fields)])
	}
	return b.String()
}

// Issue 19.6: PostgreSQL's json_build_object takes at most 100 arguments, so an object of more
// than 50 keys failed on every request. Every object of a nested read (a page, its edges, their
// nodes, pageInfo, node(id)'s city) answers any number of keys in the selection's order, byte
// for byte as the resolvers do, in one statement, four requests at a time.
func TestNestedReadsOfMoreThanFiftyKeys(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	perField := apitest.NewOn(t, api.DB, apitest.Options{PerFieldOnly: true})
	city := []string{"name", "slug", "country", "population", "localName", "mayorName", "website", "status", "id", "__typename"}
	practice := []string{"title", "summary", "id", "__typename"}
	var queries []string
	for _, n := range []int{50, 51, 101, 160} {
		practices := `practices(first: 2) { ` + aliases("c", n, "__typename") + ` edges { ` + aliases("e", n, "__typename") + ` node { ` + aliases("p", n, practice...) + ` } }
			pageInfo { ` + aliases("i", n, "hasNextPage", "hasPreviousPage", "__typename") + ` } }`
		queries = append(queries,
			`{ cities(first: 3) { `+aliases("c", n, "__typename")+` edges { node { `+aliases("k", n, city...)+practices+` } } } }`,
			`query($id: ID!) { node(id: $id) { ... on City { `+aliases("k", n, city...)+practices+` } } }`)
	}
	vars := `{"id":` + quote(apitest.ID("City", api.CityID("athens"))) + `}`
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for round := range 2 { // the second round reads kept plans
		for _, q := range queries {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				body := []byte(`{"query":` + quote(q) + `,"variables":` + vars + `}`)
				var c *dbCount
				fast := api.Do(apitest.Request{Body: body, ContentType: "application/json", Count: &c})
				slow := perField.Do(apitest.Request{Body: body, ContentType: "application/json"})
				if fast.Status != 200 || len(fast.Errors) > 0 || string(fast.Body) != string(slow.Body) {
					t.Errorf("round %d, %.120s:\nnested    %d %.600s\nper field %.600s", round, q, fast.Status, fast.Body, slow.Body)
				}
				if n := c.Data.Load(); n != 1 {
					t.Errorf("round %d, %.120s: %d data statements, want the one nested read", round, q, n)
				}
			})
		}
		wg.Wait()
	}
}

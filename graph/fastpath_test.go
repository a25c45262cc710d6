package graph_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil/promlint"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/internal/testdb"
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
	for _, field := range []string{"cities", "node"} {
		hits := metric(t, api, `b40_nested_reads_total{field="`+field+`",outcome="hit"}`)
		errs := metric(t, api, `b40_nested_reads_total{field="`+field+`",outcome="error"}`)
		if hits != float64(len(queries)) || errs != 0 {
			t.Errorf("%s: %v hits, %v errors; want %d hits", field, hits, errs, len(queries))
		}
	}
}

// metric reads one series of the metrics listener's answer, and lints the whole answer.
func metric(t *testing.T, api *apitest.API, series string) float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	api.Metrics.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	problems, err := promlint.New(bytes.NewReader(rec.Body.Bytes())).Lint()
	if err != nil || len(problems) > 0 {
		t.Errorf("/metrics does not lint: %v %+v", err, problems)
	}
	for line := range strings.SplitSeq(rec.Body.String(), "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			return f
		}
	}
	t.Fatalf("/metrics has no %s", series)
	return 0
}

// Issue 19.6: a nested statement that fails in PostgreSQL is not kept. Its requests fall back to
// the resolvers (the answer is the same), the plan is dropped so the next requests go straight
// to the resolvers instead of failing again, the failure is logged once in a line of bounded
// size (the statement ran to 20 KB), and every read is counted by outcome; four requests at
// once, signed in (a shared read transaction) and not.
func TestFailingNestedPlansAreDroppedLoggedAndCounted(t *testing.T) {
	t.Parallel()
	d := testdb.NewAsSuperuser(t) // to take a function away from the request role
	if err := seed.DemoWithoutShowcase(t.Context(), d, seed.DefaultPassword); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	api := apitest.NewOn(t, d, apitest.Options{Log: &logs})
	perField := apitest.NewOn(t, d, apitest.Options{PerFieldOnly: true})
	viewers := []map[string]string{{}, apitest.Bearer(api.Login("analyst@b40.demo"))}
	// Only nested reads call json_build_object: without it their statements fail (42501).
	if _, err := d.ExecContext(t.Context(), `REVOKE EXECUTE ON FUNCTION json_build_object(VARIADIC "any") FROM PUBLIC`); err != nil {
		t.Fatal(err)
	}
	city := []string{"name", "slug", "country", "population", "localName", "mayorName", "website", "status", "id"}
	query := `{ cities(first: 5) { edges { node { ` + aliases("k", 60, city...) + ` practices(first: 3) { edges { node { ` +
		aliases("p", 60, "title", "summary", "id") + ` } } } } } } }`
	body := []byte(`{"query":` + quote(query) + `}`)
	series := func(outcome string) string { return `b40_nested_reads_total{field="cities",outcome="` + outcome + `"}` }
	for round := 1; round <= 2; round++ {
		var wg sync.WaitGroup
		for i := range 4 {
			wg.Go(func() {
				h := viewers[i%2]
				fast := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h})
				slow := perField.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h})
				if fast.Status != 200 || len(fast.Errors) > 0 || string(fast.Body) != string(slow.Body) {
					t.Errorf("round %d:\nnested    %d %.300s\nper field %.300s", round, fast.Status, fast.Body, slow.Body)
				}
			})
		}
		wg.Wait()
		errs, fallbacks, hits := metric(t, api, series("error")), metric(t, api, series("fallback")), metric(t, api, series("hit"))
		if errs < 1 || errs > 4 || errs+fallbacks != float64(4*round) || hits != 0 {
			t.Errorf("after round %d: %v errors, %v fallbacks, %v hits; want 1 to 4 errors, all else fallbacks", round, errs, fallbacks, hits)
		}
	}
	var failures []string
	for line := range strings.SplitSeq(logs.String(), "\n") {
		if strings.Contains(line, "nested read failed") {
			failures = append(failures, line)
		}
	}
	if len(failures) != 1 || len(failures[0]) > 1500 || !strings.Contains(failures[0], "42501") || !strings.Contains(failures[0], "sql_bytes=") {
		t.Errorf("%d failure lines, want one of at most 1,500 bytes naming the error:\n%s", len(failures), strings.Join(failures, "\n"))
	}
	// Another selection is planned afresh and fails once more: plans are dropped one by one.
	other := []byte(`{"query":` + quote(`{ cities(first: 2) { edges { node { name } } } }`) + `}`)
	if r := api.Do(apitest.Request{Body: other, ContentType: "application/json"}); r.Status != 200 || len(r.Errors) > 0 {
		t.Errorf("another selection: %s", r.Body)
	}
	if n := strings.Count(logs.String(), "nested read failed"); n != 2 {
		t.Errorf("%d failure lines after a second selection failed, want 2", n)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Root fields read together whose combined statement fails (json_build_object taken away) are
// each answered as the resolvers answer them, four requests at once; after the first failures
// neither the combination nor its parts are tried again: a request then costs what the
// resolvers' path costs.
func TestRootFieldsReadTogetherFailAlone(t *testing.T) {
	t.Parallel()
	d := testdb.NewAsSuperuser(t)
	if err := seed.DemoWithoutShowcase(t.Context(), d, seed.DefaultPassword); err != nil {
		t.Fatal(err)
	}
	api := apitest.NewOn(t, d, apitest.Options{})
	perField := apitest.NewOn(t, d, apitest.Options{PerFieldOnly: true})
	if _, err := d.ExecContext(t.Context(), `REVOKE EXECUTE ON FUNCTION json_build_object(VARIADIC "any") FROM PUBLIC`); err != nil {
		t.Fatal(err)
	}
	body := []byte(`{"query":` + quote(`{ cities(first: 3) { totalCount edges { node { name } } } network { name memberCount } summits(first: 2) { edges { node { year } } } }`) + `}`)
	var slowCount *dbCount
	slow := perField.Do(apitest.Request{Body: body, ContentType: "application/json", Count: &slowCount})
	for round := 1; round <= 2; round++ {
		var wg sync.WaitGroup
		counts := make([]*dbCount, 4)
		for i := range counts {
			wg.Go(func() {
				fast := api.Do(apitest.Request{Body: body, ContentType: "application/json", Count: &counts[i]})
				if fast.Status != 200 || len(fast.Errors) > 0 || string(fast.Body) != string(slow.Body) {
					t.Errorf("round %d:\nnested    %d %.300s\nper field %.300s", round, fast.Status, fast.Body, slow.Body)
				}
			})
		}
		wg.Wait()
		if round == 2 {
			for _, c := range counts {
				if n := c.Data.Load(); n != slowCount.Data.Load() {
					t.Errorf("round 2: %d data statements, the resolvers' path %d: a failed read was tried again", n, slowCount.Data.Load())
				}
			}
		}
	}
}

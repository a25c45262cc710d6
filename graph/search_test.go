package graph_test

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/b40-network/workspace/graph/engine"
	"github.com/b40-network/workspace/internal/apitest"
)

// Issue 19: a search is priced by what it costs. At most engine.MaxSearches per request, each
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
	limits := engine.DefaultLimits
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

// largeBody is practice i's body in bigPractices: 50,000 characters of a small vocabulary.
func largeBody(i int) string {
	vocabulary := strings.Fields("heat adaptation municipal transport greening tree shade water energy building retrofit citizen budget " +
		"participatory school bicycle lane district heating solar panel waste recycling compost river flood park market housing")
	var b strings.Builder
	for j := 0; b.Len() < 50000; j++ {
		b.WriteString(vocabulary[(j*7+i*3)%len(vocabulary)])
		b.WriteString(" w")
		b.WriteString(strconv.Itoa((j*104729 + i) % 5000))
		b.WriteByte(' ')
	}
	return b.String()[:50000]
}

// bigPractices inserts n PUBLIC practices of tirana, each with a body of 50,000 characters
// (words of a small vocabulary), behind the API's back: the data of issue 19. word(i, pos)
// may put a word at a character position of practice i's body.
func bigPractices(t testing.TB, api *apitest.API, n int, title func(i int) string, word func(i int) (string, int)) {
	t.Helper()
	city := api.CityID("tirana")
	for i := range n {
		body := largeBody(i)
		if w, pos := word(i); w != "" {
			body = body[:pos] + " " + w + " " + body[pos+len(w)+2:]
		}
		if _, err := api.DB.ExecContext(context.Background(), `INSERT INTO practice (city_id, title, summary, body, visibility, status, published_at)
			VALUES (?, ?, 'How a city keeps cool', jsonb_build_object('locale', 'en', 'translations', jsonb_build_array(jsonb_build_object('locale', 'en', 'text', ?::text))),
			'PUBLIC', 'PUBLISHED', now())`, city, title(i), body); err != nil {
			t.Fatal(err)
		}
	}
}

// Thirty public practices of 50,000 characters: a search still finds and ranks what it should,
// but it ranks a bounded document (title, summary, the body's first 4,000 characters, the
// results' first 1,000), so a word found only deep in a body is not found, and the stored
// document stays small whatever a practice holds.
func TestSearchRanksABoundedDocument(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	bigPractices(t, api, 30, func(i int) string {
		if i == 17 {
			return "Kestrel nesting boxes on schools"
		}
		return "Large practice " + strconv.Itoa(i)
	}, func(i int) (string, int) {
		switch i {
		case 3:
			return "kestrels", 1000 // early in the body: found, ranked below the title's match
		case 5:
			return "Muğla", 2500
		case 7:
			return "kestrel", 45000 // beyond the prefix: not searched
		case 9:
			return "quokka", 30000
		}
		return "", 0
	})
	const q = `query($q: String!) { practices(first: 100, filter: {search: $q}) { totalCount edges { node { title } } } }`
	find := func(term string) (int, []string) {
		var out struct {
			Practices struct {
				TotalCount int
				Edges      []struct{ Node struct{ Title string } }
			}
		}
		api.MustQuery(&out, q, map[string]any{"q": term})
		var titles []string
		for _, e := range out.Practices.Edges {
			titles = append(titles, e.Node.Title)
		}
		return out.Practices.TotalCount, titles
	}
	if n, titles := find("kestrel"); n != 2 || len(titles) != 2 || titles[0] != "Kestrel nesting boxes on schools" || titles[1] != "Large practice 3" {
		t.Errorf("kestrel: %d %q, want the title's match then practice 3's body (not practice 7's, beyond the prefix)", n, titles)
	}
	if n, titles := find("Mugla"); n != 1 || titles[0] != "Large practice 5" {
		t.Errorf("Mugla (accents never matter): %d %q", n, titles)
	}
	if n, titles := find("quokka"); n != 0 {
		t.Errorf("quokka, only at character 30,000 of a body, was found: %d %q", n, titles)
	}
	if n, titles := find("shade"); n != 30 || len(titles) != 30 {
		t.Errorf("shade, in every body's beginning: %d of 30, %d listed", n, len(titles))
	}
	// Twenty translations of 50,000 characters: each has its share of the document.
	var translations []map[string]any
	for i := range 20 {
		text := strings.Repeat("lorem ipsum dolor ", 50000/18)
		if i == 19 {
			text = "albatross " + text
		}
		translations = append(translations, map[string]any{"locale": "x-" + strconv.Itoa(i), "text": text})
	}
	if _, err := api.DB.ExecContext(context.Background(), `INSERT INTO practice (city_id, title, body, visibility, status, published_at)
		VALUES (?, 'Twenty languages', jsonb_build_object('locale', 'x-0', 'translations', ?::jsonb), 'PUBLIC', 'PUBLISHED', now())`,
		api.CityID("tirana"), string(mustJSON(translations))); err != nil {
		t.Fatal(err)
	}
	if n, titles := find("albatross"); n != 1 || titles[0] != "Twenty languages" {
		t.Errorf("albatross, at the start of the twentieth translation: %d %q", n, titles)
	}
	var longest, largest int
	if err := api.DB.NewRaw("SELECT max(length(search_text)), max(pg_column_size(search_vector)) FROM practice").Scan(context.Background(), &longest, &largest); err != nil {
		t.Fatal(err)
	}
	if longest > 500 || largest > 64<<10 {
		t.Errorf("stored search document: trigram text of %d characters, vector of %d bytes", longest, largest)
	}
}

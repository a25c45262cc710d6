package graph_test

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// manyPractices inserts n published PUBLIC practices of tirana behind the API's back, one in
// five about a "digital services portal", the others about other words, and analyzes the table.
func manyPractices(t *testing.T, api *apitest.API, n int) {
	t.Helper()
	ctx := context.Background()
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO practice (city_id, title, summary, body, visibility, status, published_at)
		SELECT ?, 'Practice ' || g || ' of the many', 'How a city handles topic ' || g,
		  jsonb_build_object('locale', 'en', 'translations', jsonb_build_array(jsonb_build_object('locale', 'en',
		    'text', (ARRAY['digital services portal', 'climate adaptation plan', 'migrant integration desk', 'local economy fund', 'heatwave early warning'])[1 + g % 5]))),
		  CASE WHEN g % 7 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END, 'PUBLISHED', now() - g * interval '1 minute'
		FROM generate_series(1, ?::int) g`, api.CityID("tirana"), n); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, "ANALYZE practice, practice_search_word"); err != nil {
		t.Fatal(err)
	}
}

// Issue 23: a search reads the practices it matches through the indexes, never all of them,
// whether the word is common (full text) or misspelt (trigrams), as the request role under
// row-level security: the counts of the table's scans in the searching transaction say so
// (pg_stat_xact_user_tables counts the scans the function makes too), and the plan of the
// service's statement joins the matches to practice by its key.
func TestSearchReadsThroughTheIndexes(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	manyPractices(t, api, 5000)
	ctx := context.Background()
	conn, err := api.DB.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// The public sees at least the 1,000 "digital services portal" practices less the 142
	// private ones (and whatever the demo data adds).
	const many = 858
	for _, c := range []struct {
		term string
		min  int
	}{{"digital", many}, {"digitl", many}, {"portal services", many}, {"servics", many}, {"quokka", 0}} {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback() //nolint:errcheck // a failure's way out; rolled back below
		// The anonymous public's scope, as internal/db sets it.
		if _, err := tx.ExecContext(ctx, `SELECT set_config('b40.user_id', '0', true), set_config('b40.city_ids', '{}', true),
			set_config('b40.editor_city_ids', '{}', true), set_config('b40.admin_city_ids', '{}', true),
			set_config('b40.network_role', '', true), set_config('b40.presidency', '', true), set_config('role', 'b40_app', true)`); err != nil {
			t.Fatal(err)
		}
		const search = `FROM practice pt JOIN b40_practice_search(lower(b40_unaccent(?)), true) AS s ON s.city_id = pt.city_id AND s.id = pt.id`
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) "+search, c.term).Scan(&n); err != nil {
			t.Fatal(err)
		}
		var plan []string
		rows, err := tx.QueryContext(ctx, "EXPLAIN SELECT pt.title "+search+" ORDER BY s.rank DESC, pt.city_id DESC, pt.id DESC LIMIT 51", c.term)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, line)
		}
		rows.Close()
		var practiceSeq, practiceIdx, wordSeq int64
		if err := tx.QueryRowContext(ctx, `SELECT
			coalesce(sum(seq_scan) FILTER (WHERE relname = 'practice'), 0), coalesce(sum(idx_scan) FILTER (WHERE relname = 'practice'), 0),
			coalesce(sum(seq_scan) FILTER (WHERE relname = 'practice_search_word'), 0)
			FROM pg_stat_xact_user_tables`).Scan(&practiceSeq, &practiceIdx, &wordSeq); err != nil {
			t.Fatal(err)
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		if n < c.min || (c.min == 0 && n != 0) {
			t.Errorf("%q: %d matches, want at least %d (and none when 0)", c.term, n, c.min)
		}
		if practiceSeq != 0 || wordSeq != 0 || practiceIdx == 0 {
			t.Errorf("%q: %d sequential scans of practice, %d of the vocabulary, %d index scans of practice", c.term, practiceSeq, wordSeq, practiceIdx)
		}
		joined := strings.Join(plan, "\n")
		if strings.Contains(joined, "Seq Scan") || !strings.Contains(joined, "practice_pkey") {
			t.Errorf("%q: the plan reads practice otherwise than by key:\n%s", c.term, joined)
		}
	}
}

// The vocabulary is shared by every writer: practices created at once, each with words the
// others bring too (in another order) and one of its own, all succeed (no deadlock between
// writers adding the same new words), every word is in the vocabulary exactly once, and each
// practice's own word, misspelt, finds it.
func TestSearchVocabularyUnderConcurrentWrites(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	shared := []string{"zanzibar", "yakutsk", "xochimilco", "wollongong"}
	const writers = 8
	tokens := make([]string, writers)
	slugs := seed.DemoSlugs()
	for i := range writers {
		tokens[i] = api.Login(seed.DemoEmail("editor", slugs[i%len(slugs)]))
	}
	own := func(i int) string { return "quetzal" + strings.Repeat("x", i) + "kingfisher" }
	var wg sync.WaitGroup
	results := make([]*apitest.Response, writers)
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			words := append([]string(nil), shared...)
			for j := range words { // each writer its own order
				k := (i + j) % len(words)
				words[j], words[k] = words[k], words[j]
			}
			in := map[string]any{"cityId": cityGID(api, slugs[i%len(slugs)]), "title": strings.Join(words, " ") + " " + own(i),
				"body": en("A practice of writer " + strconv.Itoa(i)), "visibility": "PUBLIC"}
			results[i] = api.As(tokens[i], createPractice, map[string]any{"in": in})
		}()
	}
	wg.Wait()
	for i, r := range results {
		if r.Status != 200 || len(r.Errors) > 0 || strings.Contains(string(r.Body), `"code"`) {
			t.Errorf("writer %d: %.300s", i, r.Body)
		}
	}
	var counts []int
	if err := api.DB.NewRaw(`SELECT count(*) FROM practice_search_word w, unnest(?::text[]) AS x(word) WHERE w.word = x.word GROUP BY x.word ORDER BY x.word`,
		"{"+strings.Join(shared, ",")+"}").Scan(context.Background(), &counts); err != nil {
		t.Fatal(err)
	}
	if len(counts) != len(shared) {
		t.Errorf("%d of the %d shared words in the vocabulary", len(counts), len(shared))
	}
	for i, n := range counts {
		if n != 1 {
			t.Errorf("a shared word is in the vocabulary %d times (word %d)", n, i)
		}
	}
	var ownWords int
	if err := api.DB.NewRaw(`SELECT count(*) FROM practice_search_word WHERE word LIKE 'quetzal%kingfisher'`).Scan(context.Background(), &ownWords); err != nil {
		t.Fatal(err)
	}
	if ownWords != writers {
		t.Errorf("%d writers' own words in the vocabulary, want %d", ownWords, writers)
	}
	// Drafts: their own city's editor finds each by a misspelling of its own word.
	for i := range writers {
		var out struct {
			Practices struct{ TotalCount int }
		}
		misspelt := strings.Replace(own(i), "kingfisher", "kingfishr", 1)
		api.As(tokens[i], `query($q: String!) { practices(filter: {search: $q}) { totalCount } }`, map[string]any{"q": misspelt}).Decode(t, &out)
		if out.Practices.TotalCount < 1 {
			t.Errorf("writer %d: %q finds nothing", i, misspelt)
		}
	}
}

// b40_practice_search applies the practice read policy itself, with the caller's scope read
// once: for every kind of caller it returns exactly the matches the policy lets the caller
// read, drafts and private practices of its own city included, nobody else's.
func TestSearchFunctionSeesWhatThePolicySees(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	manyPractices(t, api, 700)
	ctx := context.Background()
	// Drafts and private practices in two cities.
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO practice (city_id, title, body, visibility, status, published_at)
		SELECT c.id, 'Digital draft ' || v || ' of ' || c.slug, '{"locale": "en", "translations": []}', v, s, CASE WHEN s = 'PUBLISHED' THEN now() END
		FROM city c, unnest(ARRAY['PUBLIC', 'NETWORK', 'PRIVATE']) v, unnest(ARRAY['DRAFT', 'PUBLISHED']) s WHERE c.slug IN ('tirana', 'athens')`); err != nil {
		t.Fatal(err)
	}
	tirana, athens := api.CityID("tirana"), api.CityID("athens")
	scopes := map[string][5]string{ // user, cities, editor cities, network role, presidency
		"the public":       {"0", "{}", "{}", "", ""},
		"a tirana viewer":  {"1", "{" + strconv.FormatInt(tirana, 10) + "}", "{}", "", ""},
		"a tirana editor":  {"1", "{" + strconv.FormatInt(tirana, 10) + "}", "{" + strconv.FormatInt(tirana, 10) + "}", "", ""},
		"an athens editor": {"1", "{" + strconv.FormatInt(athens, 10) + "}", "{" + strconv.FormatInt(athens, 10) + "}", "", ""},
		"the analyst":      {"1", "{}", "{}", "ANALYST", ""},
		"the secretariat":  {"1", "{}", "{}", "SECRETARIAT", ""},
	}
	for who, s := range scopes {
		for _, term := range []string{"digital", "draft", "digitl"} {
			tx, err := api.DB.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback() //nolint:errcheck // a failure's way out; rolled back below
			if _, err := tx.ExecContext(ctx, `SELECT set_config('b40.user_id', ?, true), set_config('b40.city_ids', ?, true),
				set_config('b40.editor_city_ids', ?, true), set_config('b40.admin_city_ids', '{}', true),
				set_config('b40.network_role', ?, true), set_config('b40.presidency', ?, true), set_config('role', 'b40_app', true)`, s[0], s[1], s[2], s[3], s[4]); err != nil {
				t.Fatal(err)
			}
			var viaFunction, viaPolicy string
			const keys = `coalesce(string_agg(city_id || ':' || id, ',' ORDER BY city_id, id), '')`
			if err := tx.NewRaw(`SELECT `+keys+` FROM b40_practice_search(lower(b40_unaccent(?)), false)`, term).Scan(ctx, &viaFunction); err != nil {
				t.Fatal(err)
			}
			// The policy's answer: the same match, on the rows the caller may read.
			if err := tx.NewRaw(`SELECT `+keys+` FROM practice WHERE (city_id, id) IN
				(SELECT city_id, id FROM b40_practice_search(lower(b40_unaccent(?)), false)) OR search_vector @@ b40_search_query(lower(b40_unaccent(?)))`, term, term).Scan(ctx, &viaPolicy); err != nil {
				t.Fatal(err)
			}
			_ = tx.Rollback()
			if viaFunction != viaPolicy {
				t.Errorf("%s, %q: the function returns %d keys, the policy lets %d be read", who, term,
					len(strings.Split(viaFunction, ",")), len(strings.Split(viaPolicy, ",")))
			}
		}
	}
}

// A search's pages walk every match once, in relevance order, with the same totalCount on
// every page, whether the count comes with the page (a search alone) or from a statement of its
// own (a search with another filter).
func TestSearchPagesAndCounts(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	manyPractices(t, api, 400)
	const q = `query($f: PracticeFilter, $after: String) { practices(first: 50, after: $after, filter: $f, orderBy: {field: RELEVANCE, direction: DESC}) {
		totalCount pageInfo { endCursor hasNextPage } edges { node { id title } } } }`
	walk := func(filter map[string]any) (int, []string) {
		var ids []string
		total := -1
		var after any
		for range 20 {
			var out struct {
				Practices struct {
					TotalCount int
					PageInfo   struct {
						EndCursor   string
						HasNextPage bool
					}
					Edges []struct{ Node struct{ ID, Title string } }
				}
			}
			api.MustQuery(&out, q, map[string]any{"f": filter, "after": after})
			if total >= 0 && out.Practices.TotalCount != total {
				t.Errorf("%v: totalCount %d on a later page, %d on the first", filter, out.Practices.TotalCount, total)
			}
			total = out.Practices.TotalCount
			for _, e := range out.Practices.Edges {
				ids = append(ids, e.Node.ID)
			}
			if !out.Practices.PageInfo.HasNextPage {
				break
			}
			after = out.Practices.PageInfo.EndCursor
		}
		return total, ids
	}
	seen := func(ids []string) int {
		set := map[string]bool{}
		for _, id := range ids {
			set[id] = true
		}
		return len(set)
	}
	alone, ids := walk(map[string]any{"search": "digital"})
	if alone < 68 || len(ids) != alone || seen(ids) != alone { // 80 "digital" practices of 400, less 12 private
		t.Errorf("a search alone: totalCount %d, %d listed, %d distinct", alone, len(ids), seen(ids))
	}
	withCity, ids := walk(map[string]any{"search": "digital", "cityIds": []string{cityGID(api, "tirana")}})
	if withCity < 68 || withCity > alone || len(ids) != withCity || seen(ids) != withCity {
		t.Errorf("a search and a city: totalCount %d (alone %d), %d listed, %d distinct", withCity, alone, len(ids), seen(ids))
	}
	misspelt, ids := walk(map[string]any{"search": "digitl"})
	if misspelt < 68 || len(ids) != misspelt || seen(ids) != misspelt {
		t.Errorf("a trigram search: totalCount %d, %d listed, %d distinct", misspelt, len(ids), seen(ids))
	}
}

// A search alone with no match answers totalCount 0 from its page's one statement (no second
// count); past a cursor an empty page says nothing of the total, which is then counted.
func TestSearchWithoutMatchesCountsInOneStatement(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	const q = `{ practices(first: 10, filter: {search: "qqzzxxnomatch"}) { totalCount edges { node { id } } } }`
	var c *dbCount
	r := api.Do(apitest.Request{Body: []byte(`{"query":` + quote(q) + `}`), ContentType: "application/json", Count: &c})
	if r.Status != 200 || string(r.Data) != `{"practices":{"totalCount":0,"edges":[]}}` {
		t.Fatalf("%d %s", r.Status, r.Body)
	}
	if n := c.Data.Load(); n != 1 {
		t.Errorf("%d data statements, want 1", n)
	}
}

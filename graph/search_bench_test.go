package graph_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/db"
)

// BenchmarkSearch measures the worst anonymous search request the limits admit on issue 19's
// data (30 public practices of 50,000 characters): engine.MaxSearches searches of a full page
// (first: 100) with their totalCount and every field of the practice, the whole body among
// them. It reports the database time of the request (db-ms/op: the time PostgreSQL's backends
// spent running its statements, from pg_stat_database.active_time) beside the time in process
// (ns/op) and the statements. The terms
// are the ones that cost most: one every document matches by full text, one only trigrams
// match in every document (so every row is compared), the longest term of many words, and a
// long term that matches nothing; "plain" is the same request without a search.
func BenchmarkSearch(b *testing.B) {
	api := apitest.New(b, apitest.Options{})
	bigPractices(b, api, 30, func(i int) string { return "Large practice " + strconv.Itoa(i) }, func(int) (string, int) { return "", 0 })
	page := func(alias, filter string) string {
		return alias + `: practices(first: 100` + filter + `) { totalCount edges { node { id title summary body { text } sdgs results contact
			links visibility status publishedAt version createdAt updatedAt city { name } } } } `
	}
	var words []string
	for i := 0; len(strings.Join(words, " or ")) < 200; i++ {
		words = append(words, []string{"heat", "water", "shade", "tree", "solar", "river", "park", "lane"}[i%8]+strconv.Itoa(i))
	}
	// The beginning of a body with every word misspelt: no full-text match, but the trigrams of
	// 200 characters to compare with every row.
	var typos []string
	for _, w := range strings.Fields(largeBody(0)[:400]) {
		typos = append(typos, w+w[len(w)-1:])
	}
	terms := []struct{ name, term string }{
		{"plain", ""},
		{"fulltext-all-rows", "heat"},
		{"trigram-only-all-rows", "heatt"},
		{"200-chars-of-or", strings.Join(words, " or ")[:200]},
		{"200-chars-trigram-only", strings.Join(typos, " ")[:200]},
		{"200-chars-no-match", strings.Repeat("xq", 100)},
	}
	for _, c := range terms {
		filter := ""
		if c.term != "" {
			filter = `, filter: {search: ` + strconv.Quote(c.term) + `}`
		}
		var sb strings.Builder
		sb.WriteString("{ ")
		for i := range 2 { // engine.MaxSearches
			sb.WriteString(page("s"+strconv.Itoa(i), filter))
		}
		sb.WriteString("}")
		body, _ := json.Marshal(map[string]any{"query": sb.String()})
		b.Run(c.name, func(b *testing.B) {
			var statements int64
			before := activeTime(b, api)
			for b.Loop() {
				var count *db.StatementCount
				r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Count: &count})
				if r.Status != 200 || len(r.Errors) > 0 {
					b.Fatalf("%.300s", r.Body)
				}
				statements += count.All.Load()
			}
			b.ReportMetric(float64(statements)/float64(b.N), "statements/op")
			b.ReportMetric((activeTime(b, api)-before)/float64(b.N), "db-ms/op")
		})
	}
}

// activeTime is the time, in milliseconds, the test database's backends have spent running
// statements. A backend reports it when it ends (or idle, up to ten seconds later): both pools'
// idle connections are closed first, so every one reports.
func activeTime(b *testing.B, api *apitest.API) float64 {
	b.Helper()
	ctx := context.Background()
	for _, pool := range []*bun.DB{api.Svc.DB, api.DB} {
		pool.DB.SetMaxIdleConns(0)
		pool.DB.SetMaxIdleConns(4)
	}
	role, _, err := db.RequestRole(ctx, api.DB)
	if err != nil {
		b.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); ; {
		var n int
		if err := api.DB.NewRaw("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND usename = ?", role).Scan(ctx, &n); err != nil {
			b.Fatal(err)
		}
		if n == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	var ms float64
	time.Sleep(50 * time.Millisecond) // the owner's backends end too
	if err := api.DB.NewRaw("SELECT active_time FROM pg_stat_database WHERE datname = current_database()").Scan(ctx, &ms); err != nil {
		b.Fatal(err)
	}
	return ms
}

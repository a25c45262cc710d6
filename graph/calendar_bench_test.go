package graph_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// BenchmarkCalendarFeed500: a person's subscription feed of 500 meetings (in Europe/Athens and
// Europe/Istanbul, each with two agenda items) plus the summits, fetched through the HTTP
// handler: token look-up, the owner's scope, the query, VTIMEZONE blocks and the writing.
// Target: under 100 ms per feed.
func BenchmarkCalendarFeed500(b *testing.B) {
	api := apitest.New(b, apitest.Options{})
	ctx := context.Background()
	g := groupWithMembers(b, api, "athens")
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO working_group_meeting (working_group_id, kind, starts_at, ends_at, time_zone, online_url)
		SELECT wg.id, 'REGULAR', now() + (i || ' hours')::interval, now() + (i || ' hours')::interval + interval '90 minutes',
			CASE WHEN i % 2 = 0 THEN 'Europe/Athens' ELSE 'Europe/Istanbul' END, 'https://meet.example.org/m' || i
		FROM working_group wg, generate_series(1, 500) i WHERE wg.slug = 'local-economic-cooperation'`); err != nil {
		b.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO meeting_agenda_item (meeting_id, position, title)
		SELECT mt.id, p, 'Agenda item ' || p || ', with commas; and semicolons' FROM working_group_meeting mt, generate_series(1, 2) p
		WHERE mt.working_group_id = (SELECT id FROM working_group WHERE slug = 'local-economic-cooperation')`); err != nil {
		b.Fatal(err)
	}
	_ = g
	var v struct {
		Viewer struct{ CalendarFeedURL string }
	}
	api.MustQuery(&v, `{ viewer { calendarFeedUrl } }`, nil, apitest.Bearer(api.Login(seed.DemoEmail("viewer", "athens"))))
	u, _ := url.Parse(v.Viewer.CalendarFeedURL)
	r := api.Do(apitest.Request{Method: "GET", Path: u.Path})
	if r.Status != 200 || strings.Count(string(r.Body), "BEGIN:VEVENT") < 500 {
		b.Fatalf("feed %d with %d events", r.Status, strings.Count(string(r.Body), "BEGIN:VEVENT"))
	}
	b.ResetTimer()
	for b.Loop() {
		if r := api.Do(apitest.Request{Method: "GET", Path: u.Path}); r.Status != 200 {
			b.Fatal(r.Status)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/feed")
	b.ReportMetric(float64(len(r.Body)), "bytes/feed")
}

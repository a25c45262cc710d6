package graph_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/seed"
)

const (
	defineIndicator = `mutation($in: DefineIndicatorInput!) { defineIndicator(input: $in) { indicator { id key } userErrors { code field message } } }`
	setTarget       = `mutation($in: SetIndicatorTargetInput!) { setIndicatorTarget(input: $in) { target { termYear } userErrors { code field message } } }`
	recordValue     = `mutation($in: RecordMeasurementInput!) { recordMeasurement(input: $in) { measurement { value } userErrors { code field message } } }`
	progressQuery   = `query($id: ID!, $y: Int!) { node(id: $id) { ... on Indicator { progress(termYear: $y) { latest percent onTrack target { baseline target } } } } }`
)

type progressOut struct {
	Node struct {
		Progress struct {
			Latest, Percent *float64
			OnTrack         bool
		}
	}
}

func TestIndicatorsManualAndDerived(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	year := time.Now().Year()
	var d struct{ Indicator struct{ ID, Key string } }
	refused(t, api, api.Login(seed.DemoEmail("admin", "athens")), defineIndicator, "defineIndicator",
		map[string]any{"in": map[string]any{"name": "X", "unit": "u", "direction": "INCREASE", "scope": "NETWORK", "source": "MANUAL"}}, "FORBIDDEN")
	refused(t, api, sec, defineIndicator, "defineIndicator",
		map[string]any{"in": map[string]any{"name": "X", "unit": "u", "direction": "INCREASE", "scope": "NETWORK", "source": "DERIVED"}}, "INVALID")

	// A DERIVED indicator computes itself: active member cities.
	if got := mutation(t, api, sec, defineIndicator, "defineIndicator", map[string]any{"in": map[string]any{
		"name": "Member cities", "unit": "cities", "direction": "INCREASE", "scope": "NETWORK", "source": "DERIVED", "metric": "MEMBER_CITIES"}}, &d); got != "OK" {
		t.Fatalf("define derived: %s", got)
	}
	members := d.Indicator.ID
	if got := mutation(t, api, sec, setTarget, "setIndicatorTarget", map[string]any{"in": map[string]any{
		"indicatorId": members, "termYear": year, "baseline": 7, "target": 27, "dueOn": time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)}}, nil); got != "OK" {
		t.Fatalf("target: %s", got)
	}
	refused(t, api, sec, setTarget, "setIndicatorTarget", map[string]any{"in": map[string]any{
		"indicatorId": members, "termYear": year, "baseline": 27, "target": 7, "dueOn": time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)}}, "INVALID")
	refused(t, api, sec, recordValue, "recordMeasurement", map[string]any{"in": map[string]any{"indicatorId": members, "value": 3, "measuredOn": "2024-01-01"}}, "RULE_VIOLATION")
	var p progressOut
	api.As(sec, progressQuery, map[string]any{"id": members, "y": year}).Decode(t, &p)
	if p.Node.Progress.Latest == nil || *p.Node.Progress.Latest != 17 || *p.Node.Progress.Percent != 50 {
		t.Errorf("derived progress %+v", p.Node.Progress)
	}

	// A DECREASE indicator measured per city, rolled up as an average.
	if got := mutation(t, api, sec, defineIndicator, "defineIndicator", map[string]any{"in": map[string]any{
		"name": "Heat deaths per 100k", "unit": "per 100k", "direction": "DECREASE", "scope": "CITY", "source": "MANUAL", "rollup": "AVERAGE"}}, &d); got != "OK" {
		t.Fatalf("define manual: %s", got)
	}
	heat := d.Indicator.ID
	mutation(t, api, sec, setTarget, "setIndicatorTarget", map[string]any{"in": map[string]any{
		"indicatorId": heat, "termYear": year, "baseline": 10, "target": 6, "dueOn": time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)}}, nil)
	athens, split := api.Login(seed.DemoEmail("editor", "athens")), api.Login(seed.DemoEmail("editor", "split"))
	yesterday := time.Now().AddDate(0, 0, -1).Format(time.DateOnly)
	refused(t, api, athens, recordValue, "recordMeasurement", map[string]any{"in": map[string]any{"indicatorId": heat, "cityId": cityGID(api, "split"), "value": 1, "measuredOn": yesterday}}, "FORBIDDEN")
	refused(t, api, athens, recordValue, "recordMeasurement", map[string]any{"in": map[string]any{"indicatorId": heat, "value": 1, "measuredOn": yesterday}}, "INVALID")
	refused(t, api, athens, recordValue, "recordMeasurement", map[string]any{"in": map[string]any{"indicatorId": heat, "cityId": cityGID(api, "athens"), "value": 1, "measuredOn": "2999-01-01"}}, "INVALID")
	for _, m := range []struct {
		token, slug string
		value       float64
	}{{athens, "athens", 9}, {athens, "athens", 7}, {split, "split", 9}} {
		if got := mutation(t, api, m.token, recordValue, "recordMeasurement", map[string]any{"in": map[string]any{
			"indicatorId": heat, "cityId": cityGID(api, m.slug), "value": m.value, "measuredOn": yesterday}}, nil); got != "OK" {
			t.Fatalf("record: %s", got)
		}
	}
	// One value per indicator, city and date: Athens's second value replaced its first, and
	// the audit log kept the first.
	var n int
	if err := api.DB.NewRaw("SELECT count(*) FROM measurement").Scan(context.Background(), &n); err != nil || n != 2 {
		t.Errorf("%d measurements: %v", n, err)
	}
	var replaced float64
	if err := api.DB.NewRaw("SELECT (changes->>'replaced')::float8 FROM audit_event WHERE action = 'recordMeasurement' AND changes ? 'replaced'").Scan(context.Background(), &replaced); err != nil || replaced != 9 {
		t.Errorf("audit trail lost the replaced value: %v %v", replaced, err)
	}
	api.As(sec, progressQuery, map[string]any{"id": heat, "y": year}).Decode(t, &p)
	// Average of 7 and 9 is 8: halfway from 10 down to 6.
	if p.Node.Progress.Latest == nil || *p.Node.Progress.Latest != 8 || *p.Node.Progress.Percent != 50 {
		t.Errorf("rolled-up progress %+v", p.Node.Progress)
	}
}

const analyticsQuery = `query($y: Int!) { analytics {
	membershipGrowth(interval: YEAR) { period count cumulative }
	implementationStatus(groupBy: CITY) { key label counts { status count } averageProgress }
	byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { label counts { status count } }
	byGroup: implementationStatus(groupBy: WORKING_GROUP) { label }
	byCountry: implementationStatus(groupBy: COUNTRY) { label }
	recommendationAdoption { recommendation { title } cities { city { slug } status progress } cityIds statuses progresses committed inProgress completed notPursued }
	indicatorProgress(termYear: $y) { indicator { key } progress { latest } }
	workingGroupActivity(year: 2024) { workingGroup { slug } meetingsHeld meetingsDue }
	cityEngagement(first: 5) { city { slug } score practicesShared implementations } } }`

func TestAnalyticsNeverCountPrivateItems(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	for who, want := range map[string]string{"": "UNAUTHENTICATED", seed.DemoEmail("admin", "sarajevo"): "FORBIDDEN", seed.DemoEmail("editor", "athens"): "FORBIDDEN"} {
		var r *apitest.Response
		if who == "" {
			r = api.Query(analyticsQuery, map[string]any{"y": 2024})
		} else {
			r = api.As(api.Login(who), analyticsQuery, map[string]any{"y": 2024})
		}
		if r.ErrorCode() != want {
			t.Errorf("%q: %s", who, r.Body)
		}
	}
	var out struct {
		Analytics struct {
			MembershipGrowth     []struct{ Count, Cumulative int }
			ImplementationStatus []struct {
				Label  string
				Counts []struct {
					Status string
					Count  int
				}
			}
			RecommendationAdoption []struct {
				Cities     []struct{ City struct{ Slug string } }
				CityIds    []string
				Statuses   []string
				Progresses []int
				Completed  int
			}
			WorkingGroupActivity []struct {
				WorkingGroup              struct{ Slug string }
				MeetingsHeld, MeetingsDue int
			}
			CityEngagement []struct{ City struct{ Slug string } }
		}
	}
	for _, who := range []string{"analyst@b40.demo", "secretariat@b40.demo"} {
		api.As(api.Login(who), analyticsQuery, map[string]any{"y": 2024}).Decode(t, &out)
		a := out.Analytics
		for _, b := range a.ImplementationStatus {
			if b.Label == "Sarajevo" {
				t.Errorf("%s: Sarajevo's PRIVATE implementation was counted: %+v", who, b)
			}
		}
		if len(a.RecommendationAdoption) != 1 || len(a.RecommendationAdoption[0].Cities) != 2 || a.RecommendationAdoption[0].Completed != 0 ||
			len(a.RecommendationAdoption[0].CityIds) != 2 || len(a.RecommendationAdoption[0].Statuses) != 2 || len(a.RecommendationAdoption[0].Progresses) != 2 {
			t.Errorf("%s: adoption matrix %+v", who, a.RecommendationAdoption)
		}
		if len(a.MembershipGrowth) != 1 || a.MembershipGrowth[0].Cumulative != 1 {
			t.Errorf("%s: growth %+v", who, a.MembershipGrowth) // only Istanbul's join date is on record
		}
		for _, g := range a.WorkingGroupActivity {
			if g.WorkingGroup.Slug == "local-climate-action" && (g.MeetingsHeld != 1 || g.MeetingsDue != 4) {
				t.Errorf("%s: climate group 2024 %+v", who, g)
			}
		}
		if len(a.CityEngagement) != 5 {
			t.Errorf("%s: engagement %+v", who, a.CityEngagement)
		}
	}
}

func TestAnnualReportFreezesWhenFinalized(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	q := `{ annualReport(year: 2024) { year presidency { city { slug } } summit { title } newMembers { city { slug } }
		workingGroups { group { slug } meetingsHeld meetingsDue } proposals { submitted accepted }
		recommendations { title completed } implementations { byStatus { status count } } practicesShared practicesAdopted
		finalizedAt markdownUrl } }`
	var before, after struct {
		AnnualReport struct {
			Year                              int
			Presidency                        struct{ City struct{ Slug string } }
			Summit                            struct{ Title string }
			Proposals                         struct{ Submitted, Accepted int }
			PracticesShared, PracticesAdopted int
			FinalizedAt                       *string
			MarkdownURL                       string `json:"markdownUrl"`
		}
	}
	if r := api.Query(q, nil); r.ErrorCode() != "UNAUTHENTICATED" {
		t.Errorf("anonymous report: %s", r.Body)
	}
	api.As(sec, q, nil).Decode(t, &before)
	rep := before.AnnualReport
	if rep.Presidency.City.Slug != "tirana" || rep.Summit.Title != "Tirana Summit" || rep.Proposals.Submitted != 1 || rep.PracticesShared != 4 || rep.PracticesAdopted != 0 || rep.FinalizedAt != nil {
		t.Fatalf("live report %+v", rep)
	}
	refused(t, api, api.Login("analyst@b40.demo"), `mutation { finalizeAnnualReport(input: {year: 2024}) { userErrors { code } } }`, "finalizeAnnualReport", nil, "FORBIDDEN")
	if got := mutation(t, api, sec, `mutation { finalizeAnnualReport(input: {year: 2024}) { report { finalizedAt } userErrors { code } } }`, "finalizeAnnualReport", nil, nil); got != "OK" {
		t.Fatalf("finalize: %s", got)
	}
	refused(t, api, sec, `mutation { finalizeAnnualReport(input: {year: 2024}) { userErrors { code } } }`, "finalizeAnnualReport", nil, "DUPLICATE")
	// Later edits: a new practice published in 2024, a proposal submitted in 2024.
	if _, err := api.DB.ExecContext(context.Background(), `INSERT INTO practice (city_id, title, body, visibility, status, published_at)
		SELECT id, 'Late entry', '{"locale":"en","translations":[{"locale":"en","text":"x"}]}', 'PUBLIC', 'PUBLISHED', '2024-12-01' FROM city WHERE slug = 'split'`); err != nil {
		t.Fatal(err)
	}
	api.As(sec, q, nil).Decode(t, &after)
	if after.AnnualReport.PracticesShared != before.AnnualReport.PracticesShared || after.AnnualReport.FinalizedAt == nil {
		t.Errorf("the frozen report changed: %+v", after.AnnualReport)
	}
	// The same report as Markdown, to the same readers.
	md := api.Do(apitest.Request{Method: http.MethodGet, Path: after.AnnualReport.MarkdownURL, Header: apitest.Bearer(api.Login("analyst@b40.demo"))})
	if md.Status != 200 || !strings.Contains(string(md.Body), "# B40 Balkan Cities Network: annual report 2024") ||
		!strings.Contains(string(md.Body), "| Group | Meetings held | Meetings due |") || !strings.Contains(string(md.Body), "Finalized") {
		t.Errorf("markdown %d: %s", md.Status, md.Body)
	}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/reports/annual/2024.md"}); r.Status != http.StatusUnauthorized {
		t.Errorf("anonymous markdown: %d", r.Status)
	}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/reports/annual/abc.md", Header: apitest.Bearer(sec)}); r.Status != http.StatusNotFound {
		t.Errorf("bad year: %d", r.Status)
	}
}

// Analytics answers are shared by every caller allowed to see them, for a short while: the key
// holds the locale (Turkish then English names), every caller still passes analytics.Authorize
// (role), a repeat is answered without SQL, an operation that reads caller-dependent fields is
// never shared, and a change shows once the answer expires (staleness).
func TestAnalyticsCacheLocaleRoleAndStaleness(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{AnalyticsTTL: 2 * time.Second})
	analyst := api.Login("analyst@b40.demo")
	// Signing in hashes a password (argon2id, slow under the race detector): every token is
	// made before the cache is warmed, so the answer cannot expire between warm-up and repeat.
	tokens := map[string]string{"": ""}
	for _, who := range []string{seed.DemoEmail("admin", "athens"), seed.DemoEmail("viewer", "tirana")} {
		tokens[who] = api.Login(who)
	}
	q := `{ analytics { workingGroupActivity(year: 2025) { workingGroup { name { text } } } } }`
	tr := api.Query(q, nil, map[string]string{"Authorization": "Bearer " + analyst, "Accept-Language": "tr"})
	en := api.Query(q, nil, map[string]string{"Authorization": "Bearer " + analyst, "Accept-Language": "en"})
	if tr.ErrorCode() != "" || en.ErrorCode() != "" || string(tr.Data) == string(en.Data) || !strings.Contains(string(en.Data), "Local climate action") {
		t.Errorf("locale: Turkish %s, then English %s", tr.Data, en.Data)
	}

	for who, want := range map[string]string{seed.DemoEmail("admin", "athens"): "FORBIDDEN", seed.DemoEmail("viewer", "tirana"): "FORBIDDEN", "": "UNAUTHENTICATED"} {
		var r *apitest.Response
		if who == "" {
			r = api.Query(q, nil)
		} else {
			r = api.As(tokens[who], q, nil)
		}
		if r.ErrorCode() != want {
			t.Errorf("role: %q after the analyst warmed the cache got %s", who, r.Body)
		}
	}

	var c *db.StatementCount
	if r := api.Do(apitest.Request{Body: mustJSON(map[string]any{"query": q}), ContentType: "application/json", Count: &c,
		Header: map[string]string{"Authorization": "Bearer " + analyst, "Accept-Language": "en"}}); r.ErrorCode() != "" || c.All.Load() > 1 {
		t.Errorf("a repeated answer ran %d statements (the token's look-up is the one allowed): %s", c.All.Load(), r.Body)
	}
	// A recommendation's implementations depend on who asks: such an operation is never shared.
	mixed := `{ analytics { recommendationAdoption(first: 1) { recommendation { title implementations { totalCount } } } } }`
	api.As(analyst, mixed, nil)
	if r := api.Do(apitest.Request{Body: mustJSON(map[string]any{"query": mixed}), ContentType: "application/json", Count: &c,
		Header: apitest.Bearer(analyst)}); r.ErrorCode() != "" || c.All.Load() <= 1 {
		t.Errorf("a caller-dependent operation was shared: %d statements, %s", c.All.Load(), r.Body)
	}

	growth := `{ analytics { membershipGrowth(interval: YEAR) { count } } }`
	total := func() int {
		var out struct {
			Analytics struct{ MembershipGrowth []struct{ Count int } }
		}
		api.As(analyst, growth, nil).Decode(t, &out)
		n := 0
		for _, p := range out.Analytics.MembershipGrowth {
			n += p.Count
		}
		return n
	}
	before := total()
	if _, err := api.DB.ExecContext(context.Background(), `INSERT INTO city (slug, name, country, member_since, join_route)
		VALUES ('new-member', 'New Member', 'RS', '2025-05-05', 'APPLICATION')`); err != nil {
		t.Fatal(err)
	}
	if n := total(); n != before {
		t.Errorf("staleness: within the time to live the figure changed (%d -> %d)", before, n)
	}
	time.Sleep(2100 * time.Millisecond)
	if n := total(); n != before+1 {
		t.Errorf("staleness: after the time to live the new member is not counted (%d -> %d)", before, n)
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// Eight analysts asking the same cold figure at once cause one computation: exactly one token
// look-up each, plus one read of three statements, whether they overlap or not.
func TestAnalyticsAnswersAreComputedOnceUnderConcurrency(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	token := api.Login("analyst@b40.demo")
	body := mustJSON(map[string]any{"query": `{ analytics { membershipGrowth(interval: MONTH) { count } } }`})
	counts := make([]*db.StatementCount, 8)
	answers := make([]string, 8)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: apitest.Bearer(token), Count: &counts[i]})
			answers[i] = string(r.Body)
		})
	}
	wg.Wait()
	var total int64
	for i, c := range counts {
		total += c.All.Load()
		if answers[i] != answers[0] || strings.Contains(answers[i], `"errors"`) {
			t.Errorf("answer %d: %s", i, answers[i])
		}
	}
	if total != 8+3 {
		t.Errorf("%d statements for eight askers, want 11 (8 token look-ups and one computation)", total)
	}
}

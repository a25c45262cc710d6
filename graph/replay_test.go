package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// replayRoles are the five kinds of viewer (six accounts: a city viewer and a city editor are
// one kind for the fast path, both shown), in the order of the table.
var replayRoles = []string{"anonymous", "viewer", "editor", "admin", "secretariat", "analyst"}

// Issue 23.3: every query operation the app sends (its manifest of persisted documents, sent by
// documentId as the app sends them), with realistic variables, as each role that uses it, against
// the demo data. Each answer's data statements are counted: the server's statement counter
// (db.StatementCount.Data), which leaves out BEGIN, COMMIT, ROLLBACK and the scope's
// set_config; the signed-in roles' session look-up (one statement, whatever the operation) is
// subtracted too, so a figure is what the operation's fields cost. Each is sent twice and the
// second counted: the app's steady state (a feed made on first use is made once). An operation's figure is the
// most any of its roles cost. The table is printed; the test asserts the share reached (see
// replayTargets), so the fast path never loses ground unnoticed.
func TestReplayAppOperations(t *testing.T) {
	api := apitest.New(t, apitest.Options{Showcase: true})
	raw, err := os.ReadFile("../web/src/gql/persisted-documents.json")
	if err != nil {
		t.Fatal(err)
	}
	var manifest map[string]string
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	tokens := map[string]string{
		"viewer": api.Login(seed.DemoEmail("viewer", "athens")), "editor": api.Login(seed.DemoEmail("editor", "athens")),
		"admin": api.Login(seed.DemoEmail("admin", "athens")), "secretariat": api.Login("secretariat@b40.demo"),
		"analyst": api.Login("analyst@b40.demo"),
	}
	vars := replayVariables(t, api)
	opName := regexp.MustCompile(`\bquery (\w+)`)
	type row struct {
		op, doc string
		cost    map[string]int64 // by role: data statements beyond the session look-up
		worst   int64
		first   int64 // the most a first sending cost (caches cold, feeds not made yet)
	}
	var rows []*row
	for hash, doc := range manifest {
		m := opName.FindStringSubmatch(doc)
		if m == nil {
			continue // mutations and subscriptions
		}
		rows = append(rows, &row{op: m[1], doc: hash, cost: map[string]int64{}})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].op < rows[j].op })
	for _, r := range rows {
		v, ok := vars[r.op]
		if !ok {
			t.Errorf("%s: no variables for this operation: add them to replayVariables", r.op)
			continue
		}
		for _, role := range replayRoles {
			if !replayUses(r.op, role) {
				continue
			}
			h := map[string]string{"Accept-Language": "en"}
			framing := int64(0)
			if tok := tokens[role]; tok != "" {
				h["Authorization"] = "Bearer " + tok
				framing = 1 // the session look-up
			}
			body, _ := json.Marshal(map[string]any{"documentId": "sha256:" + r.doc, "variables": v})
			// The app sends its operations again and again; what is made on a first use (a
			// person's calendar feed) is made once, so the second answer is the one counted.
			var first *dbCount
			api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h, Count: &first})
			r.first = max(r.first, first.Data.Load()-framing)
			var c *dbCount
			resp := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h, Count: &c})
			if resp.Status != 200 || len(resp.Errors) > 0 {
				t.Errorf("%s as %s: %d %.400s", r.op, role, resp.Status, resp.Body)
				continue
			}
			n := c.Data.Load() - framing
			r.cost[role] = n
			r.worst = max(r.worst, n)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s", "operation")
	for _, role := range replayRoles {
		fmt.Fprintf(&b, "%12s", role)
	}
	fmt.Fprintf(&b, "%8s%8s\n", "worst", "first")
	one, atMostThree := 0, 0
	for _, r := range rows {
		fmt.Fprintf(&b, "%-26s", r.op)
		for _, role := range replayRoles {
			if n, ok := r.cost[role]; ok {
				fmt.Fprintf(&b, "%12d", n)
			} else {
				fmt.Fprintf(&b, "%12s", "-")
			}
		}
		fmt.Fprintf(&b, "%8d%8d\n", r.worst, r.first)
		if r.worst <= 1 {
			one++
		}
		if r.worst <= 3 {
			atMostThree++
		}
	}
	fmt.Fprintf(&b, "%d operations: %d (%.0f%%) in one data statement, %d (%.0f%%) in at most three\n", len(rows),
		one, 100*float64(one)/float64(len(rows)), atMostThree, 100*float64(atMostThree)/float64(len(rows)))
	t.Log("\n" + b.String())
	if len(rows) < 30 {
		t.Errorf("%d query operations in the manifest; the app has more", len(rows))
	}
	if one < replayTargets.one || one*5 < len(rows)*4 {
		t.Errorf("%d of %d operations in one statement (want at least %d and 80%%)", one, len(rows), replayTargets.one)
	}
	if atMostThree < len(rows) {
		t.Errorf("%d of %d operations in more than three statements (want none)", len(rows)-atMostThree, len(rows))
	}
}

// replayTargets is what the replay has reached, asserted so it never slips back: issue 23.3's
// target, at least 80% of the operations in one data statement and none in more than three,
// is met (36 of 39 in one, every one in at most three, in the steady state); the count in one
// keeps a margin of one (an operation of several root fields can vary by a statement when
// the loaders' batch windows of root fields the nested reads leave to the resolvers meet or not).
var replayTargets = struct{ one int }{one: 35}

// replayUses reports whether the app sends op for role (its pages for signed-in people only,
// the secretariat's desk, the analyst's figures…); anything else the app sends for everyone.
func replayUses(op, role string) bool {
	signedIn := role != "anonymous"
	switch op {
	case "Bell", "NextMeetings", "CalendarFeed", "Inbox", "NotificationPreferences", "PeopleGrants", "ProposalPage",
		"ImplementationPage", "MeetingPage", "CityImplementations", "CityProposals", "CityPractices", "GroupFeed":
		return signedIn
	case "AnnualReportPage":
		return signedIn
	case "Desk", "OutgoingMail", "SecretariatStaff", "NetworkPeople":
		return role == "secretariat"
	case "CityPeople":
		return role == "admin" || role == "secretariat"
	case "AnalyticsPage":
		return role == "analyst" || role == "secretariat"
	}
	return true
}

// replayVariables are realistic variables for each query operation, from the demo data.
func replayVariables(t *testing.T, api *apitest.API) map[string]map[string]any {
	t.Helper()
	ctx := context.Background()
	one := func(q string) []int64 {
		var a, b int64
		rows, err := api.DB.QueryContext(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rows.Close()
		if !rows.Next() {
			t.Logf("%s: no row in the demo data; the operation asks for an id that is not there", q)
			return []int64{999999}
		}
		cols, _ := rows.Columns()
		if len(cols) == 2 {
			if err := rows.Scan(&a, &b); err != nil {
				t.Fatal(err)
			}
			return []int64{a, b}
		}
		if err := rows.Scan(&a); err != nil {
			t.Fatal(err)
		}
		return []int64{a}
	}
	text := func(q string) string {
		var s string
		if err := api.DB.NewRaw(q).Scan(ctx, &s); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return s
	}
	athens := apitest.ID("City", api.CityID("athens"))
	year := time.Now().Year()
	return map[string]map[string]any{
		"Bell": {}, "NextMeetings": {"first": 5}, "AnalyticsPage": {"year": year},
		"AnnualReportPage":        {"year": int(one(`SELECT year FROM presidency_term ORDER BY year DESC LIMIT 1`)[0])},
		"ApplyInfo":               {},
		"CalendarFeed":            {},
		"Cities":                  {"first": 24, "after": nil, "filter": map[string]any{"search": nil, "countries": nil, "statuses": []string{"ACTIVE"}}},
		"CityPage":                {"slug": "athens"},
		"Desk":                    {"applications": true, "elections": true, "groups": true},
		"GroupPage":               {"slug": text(`SELECT slug FROM working_group ORDER BY id LIMIT 1`)},
		"GroupFeed":               {"slug": text(`SELECT slug FROM working_group ORDER BY id LIMIT 1`)},
		"Home":                    {"city": true, "cityIds": []string{athens}, "figures": true, "review": true, "secretariat": false, "staleBefore": time.Now().AddDate(0, -3, 0).UTC().Format(time.RFC3339)},
		"CityImplementations":     {"cityIds": []string{athens}},
		"Inbox":                   {"unreadOnly": false},
		"ProposalPage":            {"id": apitest.ID("Proposal", one(`SELECT city_id, id FROM proposal ORDER BY id LIMIT 1`)...)},
		"RecommendationPage":      {"id": apitest.ID("Recommendation", one(`SELECT id FROM recommendation ORDER BY id LIMIT 1`)...)},
		"ImplementationPage":      {"id": apitest.ID("Implementation", one(`SELECT city_id, id FROM implementation ORDER BY id LIMIT 1`)...)},
		"ElectionPage":            {"id": apitest.ID("PresidencyElection", one(`SELECT id FROM presidency_election ORDER BY id LIMIT 1`)...)},
		"OutgoingMail":            {"statuses": nil},
		"MeetingPage":             {"id": apitest.ID("WorkingGroupMeeting", one(`SELECT id FROM working_group_meeting ORDER BY id LIMIT 1`)...)},
		"NetworkPage":             {},
		"Election":                {"id": apitest.ID("PresidencyElection", one(`SELECT id FROM presidency_election ORDER BY id LIMIT 1`)...)},
		"NotificationPreferences": {}, "PeopleGrants": {},
		"CityPeople":         {"cityIds": []string{athens}},
		"NetworkPeople":      {"after": nil, "search": nil},
		"SecretariatStaff":   {},
		"Practices":          {"filter": map[string]any{"search": "energy"}},
		"Practice":           {"id": apitest.ID("Practice", one(`SELECT city_id, id FROM practice WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' ORDER BY id LIMIT 1`)...)},
		"PresidencyPage":     {},
		"PresidencyTermPage": {"signedIn": false, "year": int(one(`SELECT year FROM presidency_term ORDER BY year DESC LIMIT 1`)[0])},
		"CityProposals":      {"cityIds": []string{athens}},
		"Recommendations":    {},
		"NetworkSearch":      {"q": "ath"},
		"SummitsPage":        {}, "SummitPage": {}, "DelegationChoices": {},
		"CityPractices": {"cityIds": []string{athens}},
		"Viewer":        {},
	}
}

package graph_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/seed"
)

const (
	meetingFields = `id kind status sequence version startsAt endsAt timeZone icsUrl url
		agendaItems { id position title addedBy { slug } recommendation { id } }
		rsvpCounts { going notGoing maybe } viewerRsvp viewerMayRsvp viewerMayAddAgendaItem
		attendance { personName city { slug } status } attendingCities { slug }
		meetingMinutes { status version contentHash markdown markdownUrl items { title notes decisions { key text recommendation { id title sourceMeeting { id } } } actionItems { text ownerCity { slug } dueOn } } }`
	scheduleFull = `mutation($in: ScheduleMeetingInput!) { scheduleMeeting(input: $in) { meeting { ` + meetingFields + ` } userErrors { code field message } } }`
	updateMtg    = `mutation($in: UpdateMeetingInput!) { updateMeeting(input: $in) { meeting { ` + meetingFields + ` } userErrors { code field message } } }`
	cancelMtg    = `mutation($m: ID!) { cancelMeeting(input: {meetingId: $m}) { meeting { status sequence } userErrors { code message } } }`
	addItem      = `mutation($in: AddAgendaItemInput!) { addAgendaItem(input: $in) { meeting { ` + meetingFields + ` } userErrors { code field message } } }`
	removeItem   = `mutation($i: ID!) { removeAgendaItem(input: {agendaItemId: $i}) { meeting { id } userErrors { code message } } }`
	answerMtg    = `mutation($m: ID!, $a: RsvpAnswer!) { answerMeetingInvitation(input: {meetingId: $m, answer: $a}) { meeting { ` + meetingFields + ` } userErrors { code message } } }`
	attendMtg    = `mutation($in: RecordAttendanceInput!) { recordAttendance(input: $in) { meeting { ` + meetingFields + ` } userErrors { code field message } } }`
	saveMinutes  = `mutation($in: SaveMeetingMinutesInput!) { saveMeetingMinutes(input: $in) { meeting { ` + meetingFields + ` } userErrors { code field message } } }`
	approveMins  = `mutation($m: ID!, $v: Int!) { approveMeetingMinutes(input: {meetingId: $m, expectedVersion: $v}) { meeting { ` + meetingFields + ` } userErrors { code message } } }`
	recommendDec = `mutation($in: RecommendFromDecisionInput!) { recommendFromDecision(input: $in) { recommendation { id title sourceMeeting { id } sourceDecision } meeting { id } userErrors { code field message } } }`
	rotateFeed   = `mutation($in: RotateCalendarFeedInput!) { rotateCalendarFeed(input: $in) { calendarFeedUrl userErrors { code field message } } }`
)

type meetingOut struct {
	ID, Kind, Status, StartsAt, EndsAt, TimeZone, IcsURL, URL string
	Sequence, Version                                         int
	AgendaItems                                               []struct {
		ID, Title string
		Position  int
		AddedBy   *struct{ Slug string }
	}
	RsvpCounts             struct{ Going, NotGoing, Maybe int }
	ViewerRsvp             *string
	ViewerMayRsvp          bool
	ViewerMayAddAgendaItem bool
	Attendance             []struct {
		PersonName, Status string
		City               struct{ Slug string }
	}
	AttendingCities []struct{ Slug string }
	MeetingMinutes  *struct {
		Status, Markdown         string
		ContentHash, MarkdownURL *string
		Version                  int
		Items                    []struct {
			Title, Notes string
			Decisions    []struct {
				Key, Text      string
				Recommendation *struct {
					ID, Title     string
					SourceMeeting struct{ ID string }
				}
			}
			ActionItems []struct {
				Text      string
				OwnerCity *struct{ Slug string }
				DueOn     *string
			}
		}
	}
}

// meetingPrint is every meeting table's content and the audit log's size: a refused mutation
// leaves it as it was.
func meetingPrint(t *testing.T, api *apitest.API) string {
	t.Helper()
	var s string
	err := api.DB.NewRaw(`SELECT md5(concat_ws('|',
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM working_group_meeting t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM meeting_agenda_item t),
		(SELECT string_agg(t::text, ',' ORDER BY meeting_id, user_id) FROM meeting_rsvp t),
		(SELECT string_agg(t::text, ',' ORDER BY meeting_id, user_id) FROM meeting_attendance t),
		(SELECT string_agg(t::text, ',' ORDER BY meeting_id, city_id) FROM working_group_meeting_attendance t),
		(SELECT string_agg(t::text, ',' ORDER BY meeting_id) FROM meeting_minutes t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM recommendation t),
		(SELECT count(*) FROM audit_event)))`).Scan(context.Background(), &s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// refusedMtg asserts a meeting mutation answers want and changes nothing.
func refusedMtg(t *testing.T, api *apitest.API, token, query, field string, vars map[string]any, want string) {
	t.Helper()
	before := meetingPrint(t, api)
	if got := mutation(t, api, token, query, field, vars, nil); got != want {
		t.Errorf("%s: got %s, want %s", field, got, want)
	}
	if after := meetingPrint(t, api); after != before {
		t.Errorf("%s answered %s but changed data", field, want)
	}
}

// groupWithMembers returns the id of the local economic cooperation group with the given cities
// as members (their admins join).
func groupWithMembers(t testing.TB, api *apitest.API, slugs ...string) string {
	t.Helper()
	var wg struct{ WorkingGroup struct{ ID string } }
	api.MustQuery(&wg, `{ workingGroup(slug: "local-economic-cooperation") { id } }`, nil)
	for _, s := range slugs {
		r := api.Query(joinGroup, map[string]any{"g": wg.WorkingGroup.ID, "c": cityGID(api, s)}, apitest.Bearer(api.Login(seed.DemoEmail("admin", s))))
		if r.ErrorCode() != "" || strings.Contains(string(r.Body), `"code"`) {
			t.Fatalf("join %s: %s", s, r.Body)
		}
	}
	return wg.WorkingGroup.ID
}

// moveToPast shifts a meeting to yesterday, as if time had passed.
func moveToPast(t *testing.T, api *apitest.API, meetingID string) {
	t.Helper()
	if _, err := api.DB.ExecContext(context.Background(), `UPDATE working_group_meeting SET starts_at = now() - interval '1 day', ends_at = now() - interval '22 hours'
		WHERE id = ?`, keyOf(t, meetingID)); err != nil {
		t.Fatal(err)
	}
}

func TestMeetingLifecycle(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	athensAdmin := api.Login(seed.DemoEmail("admin", "athens"))
	athensEditor := api.Login(seed.DemoEmail("editor", "athens"))
	athensViewer := api.Login(seed.DemoEmail("viewer", "athens"))
	split := api.Login(seed.DemoEmail("admin", "split"))
	g := groupWithMembers(t, api, "athens", "tirana")

	// 1. Scheduling: the lead side, with an end and an IANA time zone.
	start := time.Now().Add(72 * time.Hour).UTC().Truncate(time.Minute)
	in := map[string]any{"workingGroupId": g, "kind": "REGULAR", "startsAt": start.Format(time.RFC3339), "endsAt": start.Add(90 * time.Minute).Format(time.RFC3339),
		"timeZone": "Europe/Athens", "onlineUrl": "https://meet.example.org/lec"}
	refusedMtg(t, api, athensAdmin, scheduleFull, "scheduleMeeting", map[string]any{"in": in}, "FORBIDDEN")
	bad := map[string]any{}
	for k, v := range in {
		bad[k] = v
	}
	bad["timeZone"] = "Mars/Olympus"
	refusedMtg(t, api, sec, scheduleFull, "scheduleMeeting", map[string]any{"in": bad}, "INVALID")
	bad["timeZone"], bad["endsAt"] = "Europe/Athens", start.Add(-time.Minute).Format(time.RFC3339)
	refusedMtg(t, api, sec, scheduleFull, "scheduleMeeting", map[string]any{"in": bad}, "INVALID")
	var sch struct{ Meeting meetingOut }
	if got := mutation(t, api, sec, scheduleFull, "scheduleMeeting", map[string]any{"in": in}, &sch); got != "OK" {
		t.Fatalf("schedule: %s", got)
	}
	m := sch.Meeting
	if m.TimeZone != "Europe/Athens" || m.EndsAt != start.Add(90*time.Minute).Format(time.RFC3339) || m.Status != "SCHEDULED" || m.Sequence != 0 ||
		!strings.HasSuffix(m.IcsURL, "/calendar/meetings/"+m.ID+".ics") || !strings.HasSuffix(m.URL, "/meetings/"+m.ID) {
		t.Errorf("scheduled %+v", m)
	}

	// 2. Agenda items: editors of member cities before the meeting, never other cities.
	item := map[string]any{"meetingId": m.ID, "cityId": cityGID(api, "athens"), "title": "Joint procurement of e-buses"}
	refusedMtg(t, api, athensViewer, addItem, "addAgendaItem", map[string]any{"in": item}, "FORBIDDEN")
	refusedMtg(t, api, split, addItem, "addAgendaItem", map[string]any{"in": map[string]any{"meetingId": m.ID, "cityId": cityGID(api, "split"), "title": "x"}}, "RULE_VIOLATION")
	refusedMtg(t, api, "", addItem, "addAgendaItem", map[string]any{"in": item}, "UNAUTHENTICATED")
	refusedMtg(t, api, athensEditor, addItem, "addAgendaItem", map[string]any{"in": map[string]any{"meetingId": m.ID, "cityId": cityGID(api, "athens"), "title": "  "}}, "INVALID")
	var added struct{ Meeting meetingOut }
	if got := mutation(t, api, athensEditor, addItem, "addAgendaItem", map[string]any{"in": item}, &added); got != "OK" {
		t.Fatalf("add item: %s", got)
	}
	if got := mutation(t, api, sec, addItem, "addAgendaItem", map[string]any{"in": map[string]any{"meetingId": m.ID, "title": "Work plan 2027"}}, &added); got != "OK" {
		t.Fatalf("lead adds item: %s", got)
	}
	if a := added.Meeting.AgendaItems; len(a) != 2 || a[0].Title != "Joint procurement of e-buses" || a[0].AddedBy == nil || a[0].AddedBy.Slug != "athens" ||
		a[1].Position != 2 || a[1].AddedBy != nil {
		t.Errorf("agenda %+v", a)
	}
	refusedMtg(t, api, api.Login(seed.DemoEmail("editor", "tirana")), removeItem, "removeAgendaItem", map[string]any{"i": added.Meeting.AgendaItems[0].ID}, "FORBIDDEN")

	// 3. RSVP: officials of member cities, once each; a non-member city's official may not.
	refusedMtg(t, api, split, answerMtg, "answerMeetingInvitation", map[string]any{"m": m.ID, "a": "GOING"}, "FORBIDDEN")
	var ans struct{ Meeting meetingOut }
	mutation(t, api, athensViewer, answerMtg, "answerMeetingInvitation", map[string]any{"m": m.ID, "a": "GOING"}, &ans)
	if got := mutation(t, api, athensViewer, answerMtg, "answerMeetingInvitation", map[string]any{"m": m.ID, "a": "MAYBE"}, &ans); got != "OK" {
		t.Fatalf("answer: %s", got)
	}
	if c := ans.Meeting.RsvpCounts; c.Maybe != 1 || c.Going != 0 || ans.Meeting.ViewerRsvp == nil || *ans.Meeting.ViewerRsvp != "MAYBE" || !ans.Meeting.ViewerMayRsvp {
		t.Errorf("answers %+v viewer %v", c, ans.Meeting.ViewerRsvp)
	}

	// 4. Rescheduling bumps SEQUENCE; a stale version changes nothing.
	refusedMtg(t, api, sec, updateMtg, "updateMeeting", map[string]any{"in": map[string]any{"meetingId": m.ID, "expectedVersion": 99, "location": "Athens"}}, "CONFLICT")
	var upd struct{ Meeting meetingOut }
	if got := mutation(t, api, sec, updateMtg, "updateMeeting", map[string]any{"in": map[string]any{"meetingId": m.ID, "expectedVersion": m.Version,
		"startsAt": start.Add(time.Hour).Format(time.RFC3339)}}, &upd); got != "OK" {
		t.Fatalf("update: %s", got)
	}
	if upd.Meeting.Sequence != 1 || upd.Meeting.EndsAt != start.Add(150*time.Minute).Format(time.RFC3339) {
		t.Errorf("updated %+v", upd.Meeting)
	}

	// 5. Minutes and attendance only once the meeting has started.
	refusedMtg(t, api, sec, saveMinutes, "saveMeetingMinutes", map[string]any{"in": map[string]any{"meetingId": m.ID, "items": []any{map[string]any{"title": "x"}}}}, "RULE_VIOLATION")
	moveToPast(t, api, m.ID)
	refusedMtg(t, api, athensEditor, addItem, "addAgendaItem", map[string]any{"in": item}, "RULE_VIOLATION")

	var inv struct {
		Node struct {
			Invitees []struct {
				UserID, Name string
				City         struct{ Slug string }
			}
		}
	}
	api.MustQuery(&inv, `query($m: ID!) { node(id: $m) { ... on WorkingGroupMeeting { invitees { userId name city { slug } } } } }`, map[string]any{"m": m.ID}, apitest.Bearer(sec))
	people := map[string]string{}
	for _, i := range inv.Node.Invitees {
		if i.City.Slug != "athens" && i.City.Slug != "tirana" {
			t.Errorf("invitee of a non-member city: %+v", i)
		}
		people[i.Name] = i.UserID
	}
	viewerID := apitest.ID("User", api.UserID(seed.DemoEmail("viewer", "athens")))
	editorID := apitest.ID("User", api.UserID(seed.DemoEmail("editor", "athens")))
	if len(inv.Node.Invitees) < 6 {
		t.Fatalf("invitees %+v", inv.Node.Invitees)
	}
	var anonInv struct{ Node struct{ Invitees []any } }
	api.MustQuery(&anonInv, `query($m: ID!) { node(id: $m) { ... on WorkingGroupMeeting { invitees { name } } } }`, map[string]any{"m": m.ID})
	if len(anonInv.Node.Invitees) != 0 {
		t.Errorf("the public sees invitees: %v", anonInv.Node.Invitees)
	}
	entries := []any{map[string]any{"userId": viewerID, "status": "REMOTE"}, map[string]any{"userId": editorID, "status": "ABSENT"}}
	refusedMtg(t, api, athensAdmin, attendMtg, "recordAttendance", map[string]any{"in": map[string]any{"meetingId": m.ID, "entries": entries}}, "FORBIDDEN")
	refusedMtg(t, api, sec, attendMtg, "recordAttendance", map[string]any{"in": map[string]any{"meetingId": m.ID,
		"entries": []any{map[string]any{"userId": apitest.ID("User", api.UserID(seed.DemoEmail("admin", "split"))), "status": "PRESENT"}}}}, "NOT_FOUND")
	var att struct{ Meeting meetingOut }
	if got := mutation(t, api, sec, attendMtg, "recordAttendance", map[string]any{"in": map[string]any{"meetingId": m.ID, "entries": entries}}, &att); got != "OK" {
		t.Fatalf("attendance: %s", got)
	}
	if len(att.Meeting.Attendance) != 2 || len(att.Meeting.AttendingCities) != 1 || att.Meeting.AttendingCities[0].Slug != "athens" {
		t.Errorf("attendance %+v cities %+v", att.Meeting.Attendance, att.Meeting.AttendingCities)
	}

	// R4.4: held, but not counted until its minutes are approved.
	var cad struct {
		WorkingGroup struct{ LastRegularMeetingOn *string }
	}
	api.MustQuery(&cad, `{ workingGroup(slug: "local-economic-cooperation") { lastRegularMeetingOn } }`, nil)
	if cad.WorkingGroup.LastRegularMeetingOn != nil {
		t.Errorf("counted before approval: %v", *cad.WorkingGroup.LastRegularMeetingOn)
	}

	// 6. Minutes: drafted, approved by the lead side, frozen and hashed.
	items := []any{map[string]any{"agendaItemId": added.Meeting.AgendaItems[0].ID, "title": "E-buses", "notes": "Athens | Tirana compared tenders.",
		"decisions":   []any{"Share tender documents among members", "Run a joint market consultation"},
		"actionItems": []any{map[string]any{"text": "Circulate the tender", "ownerCityId": cityGID(api, "athens"), "dueOn": "2027-01-15"}}}}
	refusedMtg(t, api, athensAdmin, saveMinutes, "saveMeetingMinutes", map[string]any{"in": map[string]any{"meetingId": m.ID, "items": items}}, "FORBIDDEN")
	refusedMtg(t, api, sec, saveMinutes, "saveMeetingMinutes", map[string]any{"in": map[string]any{"meetingId": m.ID,
		"items": []any{map[string]any{"title": "x", "actionItems": []any{map[string]any{"text": "y", "dueOn": "2027-01-15", "ownerCityId": apitest.ID("City", 999999)}}}}}}, "NOT_FOUND")
	var saved struct{ Meeting meetingOut }
	if got := mutation(t, api, sec, saveMinutes, "saveMeetingMinutes", map[string]any{"in": map[string]any{"meetingId": m.ID, "items": items}}, &saved); got != "OK" {
		t.Fatalf("save minutes: %s", got)
	}
	mm := saved.Meeting.MeetingMinutes
	if mm == nil || mm.Status != "DRAFT" || mm.Version != 1 || len(mm.Items[0].Decisions) != 2 || mm.Items[0].Decisions[1].Key != "1.2" ||
		mm.Items[0].ActionItems[0].OwnerCity.Slug != "athens" || *mm.Items[0].ActionItems[0].DueOn != "2027-01-15" || mm.ContentHash != nil {
		t.Fatalf("draft %+v", mm)
	}
	var anon struct{ Node meetingOut }
	api.MustQuery(&anon, `query($m: ID!) { node(id: $m) { ... on WorkingGroupMeeting { `+meetingFields+` } } }`, map[string]any{"m": m.ID})
	if anon.Node.MeetingMinutes != nil || len(anon.Node.Attendance) != 0 {
		t.Errorf("the public reads draft minutes or attendance: %+v", anon.Node)
	}
	refusedMtg(t, api, sec, saveMinutes, "saveMeetingMinutes", map[string]any{"in": map[string]any{"meetingId": m.ID, "expectedVersion": 7, "items": items}}, "CONFLICT")
	refusedMtg(t, api, athensAdmin, approveMins, "approveMeetingMinutes", map[string]any{"m": m.ID, "v": 1}, "FORBIDDEN")
	refusedMtg(t, api, sec, approveMins, "approveMeetingMinutes", map[string]any{"m": m.ID, "v": 2}, "CONFLICT")
	var appr struct{ Meeting meetingOut }
	if got := mutation(t, api, sec, approveMins, "approveMeetingMinutes", map[string]any{"m": m.ID, "v": 1}, &appr); got != "OK" {
		t.Fatalf("approve: %s", got)
	}
	mm = appr.Meeting.MeetingMinutes
	sum := sha256.Sum256([]byte(mm.Markdown))
	if mm.Status != "APPROVED" || mm.ContentHash == nil || *mm.ContentHash != hex.EncodeToString(sum[:]) || !strings.Contains(mm.Markdown, "Share tender documents") ||
		!strings.Contains(mm.Markdown, `Athens \| Tirana`) == strings.Contains(mm.Markdown, "| Athens | Tirana") || mm.MarkdownURL == nil {
		t.Errorf("approved %+v", mm)
	}
	refusedMtg(t, api, sec, saveMinutes, "saveMeetingMinutes", map[string]any{"in": map[string]any{"meetingId": m.ID, "expectedVersion": mm.Version, "items": items}}, "RULE_VIOLATION")
	refusedMtg(t, api, sec, approveMins, "approveMeetingMinutes", map[string]any{"m": m.ID, "v": mm.Version}, "RULE_VIOLATION")
	u, _ := url.Parse(*mm.MarkdownURL)
	dl := api.Do(apitest.Request{Method: "GET", Path: u.Path})
	if dl.Status != 200 || string(dl.Body) != mm.Markdown || dl.Header.Get("X-Content-SHA256") != *mm.ContentHash {
		t.Errorf("download %d %q", dl.Status, dl.Header)
	}
	api.MustQuery(&cad, `{ workingGroup(slug: "local-economic-cooperation") { lastRegularMeetingOn } }`, nil)
	if cad.WorkingGroup.LastRegularMeetingOn == nil || *cad.WorkingGroup.LastRegularMeetingOn != time.Now().Add(-24*time.Hour).UTC().Format(time.DateOnly) {
		t.Errorf("R4.4 cadence after approval: %v", cad.WorkingGroup.LastRegularMeetingOn)
	}

	// Analytics' working-group activity counts it as held now (the meeting is yesterday's).
	var an struct {
		Analytics struct {
			WorkingGroupActivity []struct {
				WorkingGroup struct{ Slug string }
				MeetingsHeld int
			}
		}
	}
	api.MustQuery(&an, `query($y: Int!) { analytics { workingGroupActivity(year: $y) { workingGroup { slug } meetingsHeld } } }`,
		map[string]any{"y": time.Now().Add(-24 * time.Hour).UTC().Year()}, apitest.Bearer(sec))
	for _, g := range an.Analytics.WorkingGroupActivity {
		if g.WorkingGroup.Slug == "local-economic-cooperation" && g.MeetingsHeld != 1 {
			t.Errorf("analytics: %d meetings held, want 1", g.MeetingsHeld)
		}
	}

	// 7. A decision becomes a recommendation in one step, linked both ways.
	dec := map[string]any{"meetingId": m.ID, "decisionKey": "1.1", "title": "Share tender documents"}
	refusedMtg(t, api, athensAdmin, recommendDec, "recommendFromDecision", map[string]any{"in": dec}, "FORBIDDEN")
	refusedMtg(t, api, sec, recommendDec, "recommendFromDecision", map[string]any{"in": map[string]any{"meetingId": m.ID, "decisionKey": "9.9", "title": "x"}}, "NOT_FOUND")
	var rec struct {
		Recommendation struct {
			ID, Title, SourceDecision string
			SourceMeeting             struct{ ID string }
		}
	}
	if got := mutation(t, api, sec, recommendDec, "recommendFromDecision", map[string]any{"in": dec}, &rec); got != "OK" {
		t.Fatalf("recommend: %s", got)
	}
	if rec.Recommendation.SourceMeeting.ID != m.ID || rec.Recommendation.SourceDecision != "1.1" {
		t.Errorf("recommendation %+v", rec.Recommendation)
	}
	refusedMtg(t, api, sec, recommendDec, "recommendFromDecision", map[string]any{"in": dec}, "DUPLICATE")
	api.MustQuery(&anon, `query($m: ID!) { node(id: $m) { ... on WorkingGroupMeeting { `+meetingFields+` } } }`, map[string]any{"m": m.ID})
	if anon.Node.MeetingMinutes == nil || anon.Node.MeetingMinutes.Items[0].Decisions[0].Recommendation == nil ||
		anon.Node.MeetingMinutes.Items[0].Decisions[0].Recommendation.ID != rec.Recommendation.ID || anon.Node.MeetingMinutes.Items[0].Decisions[1].Recommendation != nil {
		t.Errorf("decision ↔ recommendation: %+v", anon.Node.MeetingMinutes)
	}

	// Every change is in the audit log.
	var actions []string
	if err := api.DB.NewRaw(`SELECT action FROM audit_event WHERE action IN ('scheduleMeeting', 'addAgendaItem', 'answerMeetingInvitation', 'updateMeeting',
		'recordAttendance', 'saveMeetingMinutes', 'approveMeetingMinutes', 'recommendFromDecision') ORDER BY id`).Scan(context.Background(), &actions); err != nil {
		t.Fatal(err)
	}
	if strings.Join(actions, ",") != "scheduleMeeting,addAgendaItem,addAgendaItem,answerMeetingInvitation,answerMeetingInvitation,updateMeeting,recordAttendance,saveMeetingMinutes,approveMeetingMinutes,recommendFromDecision" {
		t.Errorf("audit: %v", actions)
	}
}

// Answers and approvals racing: every answer lands once, exactly one approval wins.
func TestMeetingRaces(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	g := groupWithMembers(t, api, "athens", "tirana", "sarajevo")
	start := time.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339)
	var sch struct{ Meeting meetingOut }
	mutation(t, api, sec, scheduleFull, "scheduleMeeting", map[string]any{"in": map[string]any{"workingGroupId": g, "kind": "REGULAR", "startsAt": start,
		"onlineUrl": "https://meet.example.org/x"}}, &sch)
	m := sch.Meeting.ID

	var tokens []string
	for _, c := range []string{"athens", "tirana", "sarajevo"} {
		for _, r := range []string{"admin", "editor", "viewer"} {
			tokens = append(tokens, api.Login(seed.DemoEmail(r, c)))
		}
	}
	var wg sync.WaitGroup
	answers := []string{"GOING", "NOT_GOING", "MAYBE"}
	for i, tok := range tokens {
		for j := range 3 { // each person answers three times at once
			wg.Add(1)
			go func() {
				defer wg.Done()
				if got := mutation(t, api, tok, answerMtg, "answerMeetingInvitation", map[string]any{"m": m, "a": answers[(i+j)%3]}, nil); got != "OK" {
					t.Errorf("answer: %s", got)
				}
			}()
		}
	}
	wg.Wait()
	var rows, audits int
	if err := api.DB.NewRaw("SELECT count(*) FROM meeting_rsvp WHERE meeting_id = ?", keyOf(t, m)).Scan(context.Background(), &rows); err != nil {
		t.Fatal(err)
	}
	if err := api.DB.NewRaw("SELECT count(*) FROM audit_event WHERE action = 'answerMeetingInvitation'").Scan(context.Background(), &audits); err != nil {
		t.Fatal(err)
	}
	if rows != 9 || audits != 27 {
		t.Errorf("%d answers (want 9, one per person), %d audit events (want 27)", rows, audits)
	}

	moveToPast(t, api, m)
	mutation(t, api, sec, saveMinutes, "saveMeetingMinutes", map[string]any{"in": map[string]any{"meetingId": m, "items": []any{map[string]any{"title": "All", "decisions": []any{"Agreed"}}}}}, nil)
	pres := presidencyFixture(t, api)
	results := make(chan string, 6)
	for i := range 6 {
		tok := sec
		if i%2 == 1 {
			tok = pres
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- mutation(t, api, tok, approveMins, "approveMeetingMinutes", map[string]any{"m": m, "v": 1}, nil)
		}()
	}
	wg.Wait()
	close(results)
	ok := 0
	for r := range results {
		switch r {
		case "OK":
			ok++
		case "CONFLICT", "RULE_VIOLATION":
		default:
			t.Errorf("approve answered %s", r)
		}
	}
	var approvals int
	if err := api.DB.NewRaw("SELECT count(*) FROM audit_event WHERE action = 'approveMeetingMinutes'").Scan(context.Background(), &approvals); err != nil {
		t.Fatal(err)
	}
	if ok != 1 || approvals != 1 {
		t.Errorf("%d approvals succeeded, %d audited; want exactly 1", ok, approvals)
	}
}

func getICS(t *testing.T, api *apitest.API, rawURL string, header map[string]string) (*ical.Calendar, *apitest.Response) {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	r := api.Do(apitest.Request{Method: "GET", Path: u.Path, Header: header})
	if r.Status != 200 {
		return nil, r
	}
	if ct := r.Header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(r.Body)).Decode()
	if err != nil {
		t.Fatalf("not valid iCalendar: %v\n%s", err, r.Body)
	}
	return cal, r
}

func eventByUID(cal *ical.Calendar, uid string) *ical.Event {
	for _, e := range cal.Events() {
		if v, _ := e.Props.Text(ical.PropUID); v == uid {
			return &e
		}
	}
	return nil
}

func TestCalendarFeeds(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	athensViewer := api.Login(seed.DemoEmail("viewer", "athens"))
	split := api.Login(seed.DemoEmail("admin", "split"))
	g := groupWithMembers(t, api, "athens")
	start := time.Now().Add(30 * 24 * time.Hour).UTC().Truncate(time.Hour)
	var sch struct{ Meeting meetingOut }
	mutation(t, api, sec, scheduleFull, "scheduleMeeting", map[string]any{"in": map[string]any{"workingGroupId": g, "kind": "REGULAR", "startsAt": start.Format(time.RFC3339),
		"timeZone": "Europe/Athens", "onlineUrl": "https://meet.example.org/feed"}}, &sch)
	m := sch.Meeting
	uid := "wg-meeting-" + itoa(int(keyOf(t, m.ID))) + "@b40-workspace"

	// The meeting's own .ics, for anyone (the schedule is public).
	cal, r := getICS(t, api, m.IcsURL, nil)
	if cal == nil {
		t.Fatalf("meeting ics: %d", r.Status)
	}
	ev := eventByUID(cal, uid)
	if ev == nil {
		t.Fatalf("no event %s in\n%s", uid, r.Body)
	}
	if tz := ev.Props.Get(ical.PropDateTimeStart).Params.Get(ical.ParamTimezoneID); tz != "Europe/Athens" {
		t.Errorf("DTSTART TZID %q", tz)
	}
	if got, _ := ev.DateTimeStart(nil); !got.Equal(start) {
		t.Errorf("DTSTART %v, want %v", got, start)
	}
	if u, _ := ev.Props.URI(ical.PropURL); u == nil || u.String() != m.URL {
		t.Errorf("URL %v", u)
	}
	if len(cal.Children) < 2 || cal.Children[0].Name != ical.CompTimezone {
		t.Errorf("no VTIMEZONE before the event")
	}

	// Feeds: the person's, the city's, the group's; each a secret URL.
	var v struct {
		Viewer struct{ CalendarFeedURL string }
		City   struct{ CalendarFeedURL *string }
		Other  struct{ CalendarFeedURL *string }
		Group  struct{ CalendarFeedURL *string }
	}
	q := `query($g: ID!) { viewer { calendarFeedUrl } city(slug: "athens") { calendarFeedUrl } other: city(slug: "split") { calendarFeedUrl }
		group: node(id: $g) { ... on WorkingGroup { calendarFeedUrl } } }`
	api.MustQuery(&v, q, map[string]any{"g": g}, apitest.Bearer(athensViewer))
	if v.City.CalendarFeedURL == nil || v.Other.CalendarFeedURL != nil || v.Group.CalendarFeedURL == nil || !strings.Contains(v.Viewer.CalendarFeedURL, "/calendar/feeds/") {
		t.Fatalf("feed urls %+v", v)
	}
	var again struct {
		Viewer struct{ CalendarFeedURL string }
	}
	api.MustQuery(&again, `{ viewer { calendarFeedUrl } }`, nil, apitest.Bearer(athensViewer))
	if again.Viewer.CalendarFeedURL != v.Viewer.CalendarFeedURL {
		t.Error("the feed URL is not stable between reads")
	}
	for _, f := range []string{v.Viewer.CalendarFeedURL, *v.City.CalendarFeedURL, *v.Group.CalendarFeedURL} {
		cal, r := getICS(t, api, f, nil)
		if cal == nil || eventByUID(cal, uid) == nil {
			t.Errorf("feed %s: %d, meeting missing", f, r.Status)
		}
	}
	// Only what the owner may see: Split is no member, so its person feed has no such meeting.
	var sv struct {
		Viewer struct{ CalendarFeedURL string }
	}
	api.MustQuery(&sv, `{ viewer { calendarFeedUrl } }`, nil, apitest.Bearer(split))
	if cal, _ := getICS(t, api, sv.Viewer.CalendarFeedURL, nil); cal == nil || eventByUID(cal, uid) != nil {
		t.Error("split's feed shows a meeting of a group it does not belong to")
	}
	var tokHash int
	if err := api.DB.NewRaw("SELECT count(*) FROM calendar_feed WHERE position(convert_to(?, 'UTF8') IN token_hash) > 0", strings.TrimSuffix(v.Viewer.CalendarFeedURL[strings.LastIndex(v.Viewer.CalendarFeedURL, "/")+1:], ".ics")).Scan(context.Background(), &tokHash); err != nil {
		t.Fatal(err)
	}
	if tokHash != 0 {
		t.Error("the token is stored as it is")
	}

	// Cancelling: the same UID, a higher SEQUENCE, STATUS:CANCELLED.
	mutation(t, api, sec, cancelMtg, "cancelMeeting", map[string]any{"m": m.ID}, nil)
	cal, _ = getICS(t, api, v.Viewer.CalendarFeedURL, nil)
	ev = eventByUID(cal, uid)
	if ev == nil {
		t.Fatal("cancelled meeting left the feed")
	}
	status, _ := ev.Props.Text(ical.PropStatus)
	seq, _ := ev.Props.Get(ical.PropSequence).Int()
	if status != "CANCELLED" || seq != 1 {
		t.Errorf("after cancel: STATUS %s SEQUENCE %d", status, seq)
	}

	// Rotating: the old URL stops answering, the new one answers.
	refusedMtg(t, api, "", rotateFeed, "rotateCalendarFeed", map[string]any{"in": map[string]any{"scope": "PERSON"}}, "UNAUTHENTICATED")
	if got := mutation(t, api, athensViewer, rotateFeed, "rotateCalendarFeed", map[string]any{"in": map[string]any{"scope": "CITY", "cityId": cityGID(api, "split")}}, nil); got != "INVALID" {
		t.Errorf("rotating another city's feed: %s", got)
	}
	var rot struct{ CalendarFeedURL string }
	if got := mutation(t, api, athensViewer, rotateFeed, "rotateCalendarFeed", map[string]any{"in": map[string]any{"scope": "PERSON"}}, &rot); got != "OK" {
		t.Fatalf("rotate: %s", got)
	}
	if _, r := getICS(t, api, v.Viewer.CalendarFeedURL, nil); r.Status != 404 {
		t.Errorf("old feed URL answers %d after rotation", r.Status)
	}
	if cal, _ := getICS(t, api, rot.CalendarFeedURL, nil); cal == nil || rot.CalendarFeedURL == v.Viewer.CalendarFeedURL {
		t.Error("new feed URL does not answer")
	}
	if _, r := getICS(t, api, "http://x/calendar/feeds/"+strings.Repeat("A", 43)+".ics", nil); r.Status != 404 {
		t.Errorf("a guessed token answers %d", r.Status)
	}

	// A summit's .ics: an all-day event.
	var s struct {
		Summits struct {
			Edges []struct {
				Node struct{ IcsURL, Title string }
			}
		}
	}
	api.MustQuery(&s, `{ summits(first: 1) { edges { node { icsUrl title } } } }`, nil)
	cal, r = getICS(t, api, s.Summits.Edges[0].Node.IcsURL, nil)
	if cal == nil || len(cal.Events()) != 1 || cal.Events()[0].Props.Get(ical.PropDateTimeStart).Params.Get(ical.ParamValue) != "DATE" {
		t.Errorf("summit ics %d %s", r.Status, r.Body)
	}
}

// keyOf is the integer key of a one-part global ID.
func keyOf(t *testing.T, id string) int64 {
	t.Helper()
	_, key, err := gid.Decode(id)
	if err != nil || len(key) != 1 {
		t.Fatalf("id %q: %v", id, err)
	}
	return key[0]
}

// A feed is made once, on its first use, even when four requests ask for it at once: they all
// answer the same URL and one row stands; later asks read it (one statement, no write).
func TestCalendarFeedMadeOnceUnderConcurrentFirstUse(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	tok := api.Login(seed.DemoEmail("editor", "athens"))
	urls := make([]string, 4)
	var wg sync.WaitGroup
	for i := range urls {
		wg.Go(func() {
			var out struct {
				Viewer struct{ CalendarFeedURL string }
			}
			api.MustQuery(&out, `{ viewer { calendarFeedUrl } }`, nil, apitest.Bearer(tok))
			urls[i] = out.Viewer.CalendarFeedURL
		})
	}
	wg.Wait()
	for _, u := range urls {
		if u == "" || u != urls[0] {
			t.Fatalf("the first uses answered %q", urls)
		}
	}
	var n int
	if err := api.DB.NewRaw(`SELECT count(*) FROM calendar_feed f JOIN app_user u ON u.id = f.user_id WHERE u.email = ? AND f.scope = 'PERSON'`,
		seed.DemoEmail("editor", "athens")).Scan(t.Context(), &n); err != nil || n != 1 {
		t.Fatalf("%d feeds: %v", n, err)
	}
	var c *dbCount
	r := api.Do(apitest.Request{Body: []byte(`{"query":"{ viewer { calendarFeedUrl } }"}`), ContentType: "application/json",
		Header: map[string]string{"Authorization": "Bearer " + tok}, Count: &c})
	if !strings.Contains(string(r.Body), urls[0]) {
		t.Errorf("a later ask: %s", r.Body)
	}
	if n := c.Data.Load(); n != 2 { // the session's look-up and the feed's
		t.Errorf("a later ask costs %d data statements, want 2", n)
	}
}

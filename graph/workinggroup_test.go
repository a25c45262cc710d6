package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

const (
	proposeGroup = `mutation($in: ProposeWorkingGroupInput!) { proposeWorkingGroup(input: $in) { workingGroup { id slug status proposedBy name { text } } userErrors { code field message } } }`
	approveGroup = `mutation($g: ID!) { approveWorkingGroup(input: {workingGroupId: $g}) { workingGroup { status approvedAt nextRegularMeetingDue } userErrors { code message } } }`
	closeGroup   = `mutation($g: ID!) { closeWorkingGroup(input: {workingGroupId: $g}) { workingGroup { status } userErrors { code } } }`
	joinGroup    = `mutation($g: ID!, $c: ID!) { joinWorkingGroup(input: {workingGroupId: $g, cityId: $c, focalPoint: "Office"}) { workingGroup { members { city { slug } } } userErrors { code } } }`
	leaveGroup   = `mutation($g: ID!, $c: ID!) { leaveWorkingGroup(input: {workingGroupId: $g, cityId: $c}) { workingGroup { id } userErrors { code } } }`
	schedule     = `mutation($in: ScheduleMeetingInput!) { scheduleMeeting(input: $in) { meeting { id kind } userErrors { code field } } }`
	minutes      = `mutation($m: ID!, $c: [ID!]!) { recordMeetingMinutes(input: {meetingId: $m, minutes: "Agreed to share data.", attendingCityIds: $c}) { meeting { minutes attendingCities { slug } } userErrors { code } } }`
	requestExtra = `mutation($g: ID!, $c: ID!) { requestExtraMeeting(input: {workingGroupId: $g, cityId: $c, reason: "Heatwave plans before summer"}) { request { id status city { slug } } userErrors { code } } }`
	respond      = `mutation($r: ID!, $a: Boolean!, $m: ExtraMeetingInput) { respondToMeetingRequest(input: {requestId: $r, accept: $a, meeting: $m, note: "ok"}) { request { status meeting { kind requestedBy { slug } } } userErrors { code field } } }`
)

// presidencyFixture makes Belgrade the current year's presidency.
func presidencyFixture(t *testing.T, api *apitest.API) string {
	t.Helper()
	if _, err := api.DB.ExecContext(context.Background(), "INSERT INTO presidency_term (city_id, year) VALUES (?, ?)", api.CityID("belgrade"), time.Now().Year()); err != nil {
		t.Fatal(err)
	}
	return api.Login(seed.DemoEmail("admin", "belgrade"))
}

func TestWorkingGroupNeedsBothSides(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	pres := presidencyFixture(t, api)
	name := []any{map[string]any{"locale": "en", "text": "Urban mobility"}, map[string]any{"locale": "sr", "text": "Urbana mobilnost"}}
	var p struct {
		WorkingGroup struct{ ID, Slug, Status, ProposedBy string }
	}
	refused(t, api, api.Login(seed.DemoEmail("admin", "athens")), proposeGroup, "proposeWorkingGroup", map[string]any{"in": map[string]any{"name": name, "kind": "PERMANENT"}}, "FORBIDDEN")
	refused(t, api, pres, proposeGroup, "proposeWorkingGroup", map[string]any{"in": map[string]any{"name": []any{map[string]any{"locale": "sr", "text": "Samo srpski"}}, "kind": "PERMANENT"}}, "INVALID")
	refused(t, api, pres, proposeGroup, "proposeWorkingGroup", map[string]any{"in": map[string]any{"name": name, "kind": "TEMPORARY"}}, "INVALID")
	if got := mutation(t, api, pres, proposeGroup, "proposeWorkingGroup", map[string]any{"in": map[string]any{"name": name, "kind": "PERMANENT"}}, &p); got != "OK" {
		t.Fatalf("propose: %s", got)
	}
	if p.WorkingGroup.Status != "PROPOSED" || p.WorkingGroup.ProposedBy != "PRESIDENCY" || p.WorkingGroup.Slug != "urban-mobility" {
		t.Errorf("proposed %+v", p.WorkingGroup)
	}
	// R4.5: the same side cannot approve; the other side does.
	refused(t, api, pres, approveGroup, "approveWorkingGroup", map[string]any{"g": p.WorkingGroup.ID}, "RULE_VIOLATION")
	var a struct {
		WorkingGroup struct {
			Status                string
			NextRegularMeetingDue *string
		}
	}
	if got := mutation(t, api, sec, approveGroup, "approveWorkingGroup", map[string]any{"g": p.WorkingGroup.ID}, &a); got != "OK" {
		t.Fatalf("approve: %s", got)
	}
	want := time.Now().UTC().AddDate(0, 3, 0).Format(time.DateOnly)
	if a.WorkingGroup.Status != "ACTIVE" || a.WorkingGroup.NextRegularMeetingDue == nil || *a.WorkingGroup.NextRegularMeetingDue != want {
		t.Errorf("approved %+v, want next meeting due %s", a.WorkingGroup, want)
	}
	refused(t, api, sec, approveGroup, "approveWorkingGroup", map[string]any{"g": p.WorkingGroup.ID}, "RULE_VIOLATION")

	// And the other way round: the secretariat proposes a temporary group, the presidency approves.
	tmp := map[string]any{"name": []any{map[string]any{"locale": "en", "text": "Earthquake response"}}, "kind": "TEMPORARY",
		"endsOn": time.Now().AddDate(1, 0, 0).Format(time.DateOnly)}
	mutation(t, api, sec, proposeGroup, "proposeWorkingGroup", map[string]any{"in": tmp}, &p)
	refused(t, api, sec, approveGroup, "approveWorkingGroup", map[string]any{"g": p.WorkingGroup.ID}, "RULE_VIOLATION")
	if got := mutation(t, api, pres, approveGroup, "approveWorkingGroup", map[string]any{"g": p.WorkingGroup.ID}, nil); got != "OK" {
		t.Errorf("presidency approval: %s", got)
	}
	if got := mutation(t, api, pres, closeGroup, "closeWorkingGroup", map[string]any{"g": p.WorkingGroup.ID}, nil); got != "OK" {
		t.Errorf("close: %s", got)
	}
	refused(t, api, pres, closeGroup, "closeWorkingGroup", map[string]any{"g": p.WorkingGroup.ID}, "RULE_VIOLATION")

	// A temporary group past its end date is CLOSED without anyone closing it.
	if _, err := api.DB.ExecContext(context.Background(), `UPDATE working_group SET ends_on = current_date - 1, status = 'ACTIVE' WHERE slug = 'earthquake-response'`); err != nil {
		t.Fatal(err)
	}
	var g struct{ WorkingGroup struct{ Status string } }
	api.MustQuery(&g, `{ workingGroup(slug: "earthquake-response") { status } }`, nil)
	if g.WorkingGroup.Status != "CLOSED" {
		t.Errorf("expired temporary group is %s", g.WorkingGroup.Status)
	}
}

func TestMembersMeetingsAndRequests(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	split := api.Login(seed.DemoEmail("admin", "split"))
	var wg struct{ WorkingGroup struct{ ID string } }
	api.MustQuery(&wg, `{ workingGroup(slug: "smart-cities-and-digital-transformation") { id } }`, nil)
	g := wg.WorkingGroup.ID

	refused(t, api, split, requestExtra, "requestExtraMeeting", map[string]any{"g": g, "c": cityGID(api, "split")}, "RULE_VIOLATION") // not a member yet
	refused(t, api, split, joinGroup, "joinWorkingGroup", map[string]any{"g": g, "c": cityGID(api, "pula")}, "FORBIDDEN")
	refused(t, api, api.Login(seed.DemoEmail("editor", "split")), joinGroup, "joinWorkingGroup", map[string]any{"g": g, "c": cityGID(api, "split")}, "FORBIDDEN")
	if got := mutation(t, api, split, joinGroup, "joinWorkingGroup", map[string]any{"g": g, "c": cityGID(api, "split")}, nil); got != "OK" {
		t.Fatalf("join: %s", got)
	}
	refused(t, api, split, joinGroup, "joinWorkingGroup", map[string]any{"g": g, "c": cityGID(api, "split")}, "DUPLICATE")

	// R4.4: meetings are online; the secretariat schedules them.
	past := time.Now().Add(-24 * time.Hour).UTC().Format(time.RFC3339)
	in := map[string]any{"workingGroupId": g, "kind": "REGULAR", "startsAt": past}
	refused(t, api, sec, schedule, "scheduleMeeting", map[string]any{"in": in}, "INVALID")
	refused(t, api, split, schedule, "scheduleMeeting", map[string]any{"in": in}, "FORBIDDEN")
	in["onlineUrl"] = "https://meet.example.org/b40-smart"
	var m struct{ Meeting struct{ ID string } }
	if got := mutation(t, api, sec, schedule, "scheduleMeeting", map[string]any{"in": in}, &m); got != "OK" {
		t.Fatalf("schedule: %s", got)
	}
	if got := mutation(t, api, sec, minutes, "recordMeetingMinutes", map[string]any{"m": m.Meeting.ID, "c": []string{cityGID(api, "split"), cityGID(api, "tirana")}}, nil); got != "OK" {
		t.Errorf("minutes: %s", got)
	}
	future := map[string]any{"workingGroupId": g, "kind": "REGULAR", "startsAt": time.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339), "onlineUrl": "https://meet.example.org/x"}
	var fm struct{ Meeting struct{ ID string } }
	mutation(t, api, sec, schedule, "scheduleMeeting", map[string]any{"in": future}, &fm)
	refused(t, api, sec, minutes, "recordMeetingMinutes", map[string]any{"m": fm.Meeting.ID, "c": []string{}}, "RULE_VIOLATION")

	var cadence struct {
		WorkingGroup struct {
			LastRegularMeetingOn, NextRegularMeetingDue string
			IsMeetingOverdue                            bool
		}
	}
	api.MustQuery(&cadence, `{ workingGroup(slug: "smart-cities-and-digital-transformation") { lastRegularMeetingOn nextRegularMeetingDue isMeetingOverdue } }`, nil)
	yesterday := time.Now().Add(-24 * time.Hour).UTC()
	if cadence.WorkingGroup.LastRegularMeetingOn != yesterday.Format(time.DateOnly) || cadence.WorkingGroup.IsMeetingOverdue ||
		cadence.WorkingGroup.NextRegularMeetingDue != yesterday.AddDate(0, 3, 0).Format(time.DateOnly) {
		t.Errorf("cadence %+v", cadence.WorkingGroup)
	}

	// A member asks for an extra meeting; the secretariat accepts and schedules it.
	var req struct{ Request struct{ ID string } }
	if got := mutation(t, api, split, requestExtra, "requestExtraMeeting", map[string]any{"g": g, "c": cityGID(api, "split")}, &req); got != "OK" {
		t.Fatalf("request: %s", got)
	}
	refused(t, api, sec, respond, "respondToMeetingRequest", map[string]any{"r": req.Request.ID, "a": true}, "INVALID")
	refused(t, api, split, respond, "respondToMeetingRequest", map[string]any{"r": req.Request.ID, "a": false}, "FORBIDDEN")
	var ans struct {
		Request struct {
			Status  string
			Meeting struct {
				Kind        string
				RequestedBy struct{ Slug string }
			}
		}
	}
	extra := map[string]any{"startsAt": time.Now().Add(72 * time.Hour).UTC().Format(time.RFC3339), "onlineUrl": "https://meet.example.org/extra"}
	if got := mutation(t, api, sec, respond, "respondToMeetingRequest", map[string]any{"r": req.Request.ID, "a": true, "m": extra}, &ans); got != "OK" {
		t.Fatalf("respond: %s", got)
	}
	if ans.Request.Status != "ACCEPTED" || ans.Request.Meeting.Kind != "EXTRA" || ans.Request.Meeting.RequestedBy.Slug != "split" {
		t.Errorf("answer %+v", ans.Request)
	}
	refused(t, api, sec, respond, "respondToMeetingRequest", map[string]any{"r": req.Request.ID, "a": false}, "CONFLICT")

	// Requests are visible to members and the secretariat, not to the public.
	var pub, mem struct {
		WorkingGroup struct{ MeetingRequests []struct{ Status string } }
	}
	api.MustQuery(&pub, `{ workingGroup(slug: "smart-cities-and-digital-transformation") { meetingRequests { status } } }`, nil)
	api.As(api.Login(seed.DemoEmail("viewer", "kotor")), `{ workingGroup(slug: "smart-cities-and-digital-transformation") { meetingRequests { status } } }`, nil).Decode(t, &mem)
	if len(pub.WorkingGroup.MeetingRequests) != 0 || len(mem.WorkingGroup.MeetingRequests) != 1 {
		t.Errorf("requests: public %d, member %d", len(pub.WorkingGroup.MeetingRequests), len(mem.WorkingGroup.MeetingRequests))
	}

	if got := mutation(t, api, split, leaveGroup, "leaveWorkingGroup", map[string]any{"g": g, "c": cityGID(api, "split")}, nil); got != "OK" {
		t.Errorf("leave: %s", got)
	}
	refused(t, api, split, leaveGroup, "leaveWorkingGroup", map[string]any{"g": g, "c": cityGID(api, "split")}, "NOT_FOUND")
}

func TestSecretariatComplianceR33(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	add := `mutation($n: String!, $p: SecretariatPosition!, $l: CEFRLevel!) { addSecretariatStaff(input: {name: $n, position: $p, englishLevel: $l}) {
		staff { id } secretariat { compliance { meetsMinimum problems } } userErrors { code message } } }`
	var out struct {
		Staff       struct{ ID string }
		Secretariat struct {
			Compliance struct {
				MeetsMinimum bool
				Problems     []string
			}
		}
	}
	for _, s := range []struct{ name, pos, level string }{{"Sample Secretary", "NETWORK_SECRETARY", "C1"}, {"Sample Expert A", "EXPERT", "B2"}, {"Sample Expert B", "EXPERT", "B1"}} {
		if got := mutation(t, api, sec, add, "addSecretariatStaff", map[string]any{"n": s.name, "p": s.pos, "l": s.level}, &out); got != "OK" {
			t.Fatalf("add %s: %s", s.name, got)
		}
	}
	if out.Secretariat.Compliance.MeetsMinimum || len(out.Secretariat.Compliance.Problems) != 1 {
		t.Errorf("B1 expert should be named: %+v", out.Secretariat.Compliance)
	}
	weak := out.Staff.ID
	mutation(t, api, sec, add, "addSecretariatStaff", map[string]any{"n": "Sample Expert C", "p": "EXPERT", "l": "C2"}, &out)
	if out.Secretariat.Compliance.MeetsMinimum {
		t.Errorf("still one weak expert: %+v", out.Secretariat.Compliance)
	}
	remove := `mutation($id: ID!) { removeSecretariatStaff(input: {staffId: $id}) { secretariat { compliance { meetsMinimum } } userErrors { code } } }`
	var rm struct {
		Secretariat struct{ Compliance struct{ MeetsMinimum bool } }
	}
	if got := mutation(t, api, sec, remove, "removeSecretariatStaff", map[string]any{"id": weak}, &rm); got != "OK" || !rm.Secretariat.Compliance.MeetsMinimum {
		t.Errorf("after removing the B1 expert: %s %+v", got, rm)
	}
	refused(t, api, sec, add, "addSecretariatStaff", map[string]any{"n": "Second Secretary", "p": "NETWORK_SECRETARY", "l": "C2"}, "RULE_VIOLATION")
	refused(t, api, api.Login("analyst@b40.demo"), add, "addSecretariatStaff", map[string]any{"n": "X", "p": "EXPERT", "l": "C2"}, "FORBIDDEN")
	refused(t, api, sec, remove, "removeSecretariatStaff", map[string]any{"id": weak}, "NOT_FOUND")
}

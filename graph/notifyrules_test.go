package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/seed"
)

// told lists who holds a notification of kind, sorted.
func told(t *testing.T, api *apitest.API, kind string) []string {
	t.Helper()
	return strs(t, api, "SELECT u.email FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = ?", kind)
}

func cityEditors(t *testing.T, api *apitest.API, slug string, except ...string) []string {
	t.Helper()
	all := strs(t, api, "SELECT u.email FROM app_user u JOIN city_membership m ON m.user_id = u.id WHERE m.city_id = ? AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR') AND u.status = 'ACTIVE'", api.CityID(slug))
	return slices.DeleteFunc(all, func(e string) bool { return slices.Contains(except, e) })
}

// What notifies whom (issue 21, item 5), each through the API.
func TestWhoIsToldOfWhat(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	secretariat := strs(t, api, "SELECT email FROM app_user WHERE network_role = 'SECRETARIAT' AND status = 'ACTIVE'")

	t.Run("application submitted: the secretariat", func(t *testing.T) {
		var sub struct{ Application struct{ ID string } }
		if got := mutation(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Novi Sad", "RS")}, &sub); got != "OK" {
			t.Fatalf("submit: %s", got)
		}
		if got := told(t, api, notify.KindApplicationSubmitted); !slices.Equal(got, secretariat) {
			t.Errorf("told %v, want %v", got, secretariat)
		}
		// Decided: the applicant's contact, by mail, with the invitation in a second mail.
		var rev struct{ InvitationToken string }
		if got := mutation(t, api, sec, reviewApplication, "reviewMembershipApplication", map[string]any{"id": sub.Application.ID, "d": "APPROVE"}, &rev); got != "OK" {
			t.Fatalf("approve: %s", got)
		}
		if got := strs(t, api, "SELECT kind || ' ' || to_email FROM mail_message WHERE to_email = 'ana@novisad.example'"); !slices.Equal(got,
			[]string{"APPLICATION_DECIDED ana@novisad.example", "INVITATION ana@novisad.example"}) {
			t.Errorf("mail to the contact: %v", got)
		}
		if n := rowCount(t, api, "SELECT count(*) FROM mail_message WHERE kind = 'INVITATION' AND secret = ?", rev.InvitationToken); n != 1 {
			t.Error("the invitation mail does not carry the token shown to the secretariat")
		}
		if n := rowCount(t, api, "SELECT count(*) FROM mail_message WHERE kind = 'APPLICATION_DECIDED' AND params->>'decision' = 'APPROVED'"); n != 1 {
			t.Error("the decision mail does not say approved")
		}
	})

	id := newProposal(t, api, "tirana", "Quiet streets", "NETWORK")
	editor := api.Login(seed.DemoEmail("editor", "tirana"))
	if got := mutation(t, api, editor, submitProposal, "submitProposal", map[string]any{"id": id}, nil); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	t.Run("proposal submitted: the secretariat and the presidency", func(t *testing.T) {
		// No presidency term this year in the demo data: the secretariat alone.
		if got := told(t, api, notify.KindProposalSubmitted); !slices.Equal(got, secretariat) {
			t.Errorf("told %v, want %v", got, secretariat)
		}
	})
	t.Run("proposal decided: its city's editors and admins", func(t *testing.T) {
		if got := mutation(t, api, sec, review, "reviewProposal", map[string]any{"id": id, "d": "ACCEPT"}, nil); got != "OK" {
			t.Fatalf("review: %s", got)
		}
		if got, want := told(t, api, notify.KindProposalDecided), cityEditors(t, api, "tirana"); !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("told %v, want %v", got, want)
		}
	})
	t.Run("practice adopted: the practice's city, not the adopter's", func(t *testing.T) {
		pid := newPractice(t, api, "tirana", "Pocket parks", "Small parks on empty lots.", "NETWORK")
		if got := mutation(t, api, api.Login(seed.DemoEmail("editor", "athens")), adoptPractice, "adoptPractice", map[string]any{"id": pid, "c": cityGID(api, "athens")}, nil); got != "OK" {
			t.Fatalf("adopt: %s", got)
		}
		got, want := told(t, api, notify.KindPracticeAdopted), cityEditors(t, api, "tirana")
		if !slices.Equal(got, want) {
			t.Errorf("told %v, want %v", got, want)
		}
		title, _ := notify.Render(notify.KindPracticeAdopted, "tr", map[string]string{"adopter": "Athens"})
		if title != "Athens iyi uygulamanızı benimsedi" {
			t.Errorf("tr title: %q", title)
		}
	})
	t.Run("proposal endorsed: its city's editors and admins, never the endorser", func(t *testing.T) {
		endorser := seed.DemoEmail("editor", "athens")
		if got := mutation(t, api, api.Login(endorser), endorse, "endorseProposal", map[string]any{"id": id, "c": cityGID(api, "athens")}, nil); got != "OK" {
			// An accepted proposal may no longer take endorsements; endorse a fresh one.
			id2 := newProposal(t, api, "tirana", "Open data", "NETWORK")
			if got := mutation(t, api, editor, submitProposal, "submitProposal", map[string]any{"id": id2}, nil); got != "OK" {
				t.Fatalf("submit: %s", got)
			}
			if got := mutation(t, api, api.Login(endorser), endorse, "endorseProposal", map[string]any{"id": id2, "c": cityGID(api, "athens")}, nil); got != "OK" {
				t.Fatalf("endorse: %s", got)
			}
		}
		if got, want := told(t, api, notify.KindProposalEndorsed), cityEditors(t, api, "tirana"); !slices.Equal(got, want) || slices.Contains(got, endorser) {
			t.Errorf("told %v, want %v", got, want)
		}
	})
	t.Run("a notification fades when its reader may no longer see its item", func(t *testing.T) {
		editorEmail := seed.DemoEmail("editor", "tirana")
		before := readInbox(t, api, editor, false).Viewer.Notifications
		if before.TotalCount == 0 {
			t.Fatal("the editor was told nothing")
		}
		// The editor leaves Tirana (their one role): the network's proposals are no longer theirs to see.
		exec(t, api, "DELETE FROM city_membership WHERE user_id = ? AND city_id = ?", api.UserID(editorEmail), api.CityID("tirana"))
		after := readInbox(t, api, api.Login(editorEmail), false).Viewer.Notifications
		if after.TotalCount != 0 || after.UnreadCount != 0 || len(after.Edges) != 0 {
			t.Errorf("after leaving the city the inbox still shows %+v", after)
		}
	})
	// A withdrawn proposal or a rejected application tells no one else: every notification
	// above went to its audience only (each kind was checked against its full list).
	if n := rowCount(t, api, "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = 'analyst@b40.demo'"); n != 0 {
		t.Errorf("the analyst was told %d things", n)
	}
}

// An election opened, a candidacy declared, a result: every member city's admins (not the
// actor); the annual report finalised: everyone.
func TestElectionsAndTheReportTellTheNetwork(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	admins := strs(t, api, `SELECT DISTINCT u.email FROM app_user u JOIN city_membership m ON m.user_id = u.id AND m.role = 'CITY_ADMIN'
		JOIN city c ON c.id = m.city_id AND c.status = 'ACTIVE' WHERE u.status = 'ACTIVE'`)
	_, election := summitAndElection(t, api, sec)
	if got := told(t, api, notify.KindElectionOpened); !slices.Equal(got, admins) {
		t.Errorf("election opened: told %v, want %v", got, admins)
	}
	tiranaAdmin := seed.DemoEmail("admin", "tirana")
	if got := mutation(t, api, api.Login(tiranaAdmin), declare, "declareCandidacy", map[string]any{"e": election, "c": cityGID(api, "tirana")}, nil); got != "OK" {
		t.Fatalf("declare: %s", got)
	}
	if got, want := told(t, api, notify.KindCandidacyDeclared), slices.DeleteFunc(slices.Clone(admins), func(e string) bool { return e == tiranaAdmin }); !slices.Equal(got, want) {
		t.Errorf("candidacy: told %v, want %v", got, want)
	}
	if got := mutation(t, api, api.Login(seed.DemoEmail("admin", "athens")), castVote, "castVote", map[string]any{"e": election, "c": cityGID(api, "tirana")}, nil); got != "OK" {
		t.Fatalf("vote: %s", got)
	}
	if got := mutation(t, api, sec, closeVote, "closePresidencyElection", map[string]any{"e": election}, nil); got != "OK" {
		t.Fatalf("close: %s", got)
	}
	if got := told(t, api, notify.KindElectionResult); !slices.Equal(got, admins) {
		t.Errorf("result: told %v, want %v", got, admins)
	}
	if n := rowCount(t, api, "SELECT count(*) FROM notification WHERE kind = ? AND params->>'winner' = 'Tirana' AND params->>'year' = '2026'", notify.KindElectionResult); n != len(admins) {
		t.Errorf("%d result notifications name Tirana", n)
	}
	if got := mutation(t, api, sec, `mutation { finalizeAnnualReport(input: {year: 2024}) { report { finalizedAt } userErrors { code } } }`, "finalizeAnnualReport", nil, nil); got != "OK" {
		t.Fatalf("finalize: %s", got)
	}
	everyone := strs(t, api, "SELECT email FROM app_user WHERE status = 'ACTIVE' AND email <> 'secretariat@b40.demo'")
	if got := told(t, api, notify.KindAnnualReportFinal); !slices.Equal(got, everyone) {
		t.Errorf("report: told %d, want %d", len(got), len(everyone))
	}
	var in inbox
	api.As(api.Login("analyst@b40.demo"), inboxQuery, nil).Decode(t, &in)
	if n := in.Viewer.Notifications; n.TotalCount != 1 || n.Edges[0].Node.Title.Text != "The 2024 annual report is final" {
		t.Errorf("the analyst's inbox: %+v", n)
	}
}

// A working group's meeting scheduled and its minutes published tell the editors and admins of
// the group's member cities (R4.4), the group's name in each reader's language.
func TestMeetingsTellTheGroupsCities(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	var wg struct{ WorkingGroup struct{ ID string } }
	api.MustQuery(&wg, `{ workingGroup(slug: "smart-cities-and-digital-transformation") { id } }`, nil)
	for _, slug := range []string{"split", "kotor"} {
		if got := mutation(t, api, api.Login(seed.DemoEmail("admin", slug)), joinGroup, "joinWorkingGroup", map[string]any{"g": wg.WorkingGroup.ID, "c": cityGID(api, slug)}, nil); got != "OK" {
			t.Fatalf("%s joins: %s", slug, got)
		}
	}
	members := strs(t, api, `SELECT DISTINCT u.email FROM app_user u JOIN city_membership m ON m.user_id = u.id AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR')
		JOIN working_group_member g ON g.city_id = m.city_id JOIN working_group w ON w.id = g.working_group_id
		WHERE w.slug = 'smart-cities-and-digital-transformation' AND u.status = 'ACTIVE'`)
	if len(members) == 0 {
		t.Fatal("the group has no member cities in the demo data")
	}
	in := map[string]any{"workingGroupId": wg.WorkingGroup.ID, "kind": "REGULAR", "startsAt": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339),
		"onlineUrl": "https://meet.example.org/b40-smart"}
	var m struct{ Meeting struct{ ID string } }
	if got := mutation(t, api, sec, schedule, "scheduleMeeting", map[string]any{"in": in}, &m); got != "OK" {
		t.Fatalf("schedule: %s", got)
	}
	if got := told(t, api, notify.KindMeetingScheduled); !slices.Equal(got, members) {
		t.Errorf("scheduled: told %v, want %v", got, members)
	}
	if got := mutation(t, api, sec, minutes, "recordMeetingMinutes", map[string]any{"m": m.Meeting.ID, "c": []string{}}, nil); got != "OK" {
		t.Fatalf("minutes: %s", got)
	}
	if got := told(t, api, notify.KindMinutesPublished); !slices.Equal(got, members) {
		t.Errorf("minutes: told %v, want %v", got, members)
	}
	reader := members[0]
	exec(t, api, "UPDATE app_user SET locale = 'tr' WHERE email = ?", reader)
	var trName, enName string
	if err := api.DB.NewRaw(`SELECT coalesce((SELECT t->>'text' FROM jsonb_array_elements(name->'translations') t WHERE t->>'locale' = 'tr'), ''),
		(SELECT t->>'text' FROM jsonb_array_elements(name->'translations') t WHERE t->>'locale' = 'en')
		FROM working_group WHERE slug = 'smart-cities-and-digital-transformation'`).Scan(context.Background(), &trName, &enName); err != nil {
		t.Fatal(err)
	}
	want := enName
	if trName != "" {
		want = trName
	}
	in2 := readInbox(t, api, api.Login(reader), false).Viewer.Notifications
	if len(in2.Edges) < 2 || !strings.HasPrefix(in2.Edges[0].Node.Title.Text, want+" toplantı tutanağı") {
		t.Errorf("the minutes' title in Turkish: %+v (group %q)", in2.Edges, want)
	}
}

package graph_test

import (
	"slices"
	"testing"

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

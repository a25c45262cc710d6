package graph_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/seed"
)

const inboxQuery = `query($u: Boolean) { viewer { locale notifications(first: 10, unreadOnly: $u) { totalCount unreadCount
	edges { node { id kind title { text locale } body { text } itemId url createdAt readAt } } } } }`

type inbox struct {
	Viewer struct {
		Locale        string
		Notifications struct {
			TotalCount, UnreadCount int
			Edges                   []struct {
				Node struct {
					ID, Kind    string
					Title       struct{ Text, Locale string }
					Body        struct{ Text string }
					ItemID, URL *string
					ReadAt      *string
				}
			}
		}
	}
}

func readInbox(t *testing.T, api *apitest.API, token string, unreadOnly bool) inbox {
	t.Helper()
	var out inbox
	api.As(token, inboxQuery, map[string]any{"u": unreadOnly}).Decode(t, &out)
	return out
}

// The inbox: each person reads and marks only their own notifications, rendered in their own
// language; nobody is told of an item they may not see.
func TestInboxIsEachPersonsOwn(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	other := api.Login(seed.DemoEmail("admin", "athens"))
	var loc struct {
		SetLocale struct {
			Viewer     struct{ Locale string }
			UserErrors []struct{ Code string }
		}
	}
	api.As(sec, `mutation { setLocale(input: {locale: "tr"}) { viewer { locale } userErrors { code } } }`, nil).Decode(t, &loc)
	if loc.SetLocale.Viewer.Locale != "tr" {
		t.Fatalf("setLocale: %+v", loc)
	}
	id := newProposal(t, api, "tirana", "Night buses", "NETWORK")
	if got := mutation(t, api, api.Login(seed.DemoEmail("editor", "tirana")), submitProposal, "submitProposal", map[string]any{"id": id}, nil); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	in := readInbox(t, api, sec, false)
	n := in.Viewer.Notifications
	if n.TotalCount != 1 || n.UnreadCount != 1 || len(n.Edges) != 1 {
		t.Fatalf("the secretariat's inbox: %+v", n)
	}
	node := n.Edges[0].Node
	if node.Kind != notify.KindProposalSubmitted || node.Title.Text != "Yeni öneri: Night buses" || node.Title.Locale != "tr" ||
		node.ItemID == nil || *node.ItemID != id || node.URL == nil || *node.URL != "/proposals/"+id || node.ReadAt != nil {
		t.Errorf("the notification: %+v", node)
	}
	if o := readInbox(t, api, other, false).Viewer.Notifications; o.TotalCount != 0 || o.UnreadCount != 0 {
		t.Errorf("someone else's inbox shows %+v", o)
	}
	// Marking another's notification changes nothing; marking one's own does.
	mark := `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(input: {ids: $ids, all: $all}) { marked unreadCount userErrors { code } } }`
	var m struct {
		MarkNotificationsRead struct{ Marked, UnreadCount int }
	}
	api.As(other, mark, map[string]any{"ids": []string{node.ID}}).Decode(t, &m)
	if m.MarkNotificationsRead.Marked != 0 || readInbox(t, api, sec, false).Viewer.Notifications.UnreadCount != 1 {
		t.Errorf("another person marked the secretariat's notification: %+v", m)
	}
	api.As(sec, mark, map[string]any{"ids": []string{node.ID}}).Decode(t, &m)
	if m.MarkNotificationsRead.Marked != 1 || m.MarkNotificationsRead.UnreadCount != 0 {
		t.Errorf("marking: %+v", m)
	}
	if u := readInbox(t, api, sec, true).Viewer.Notifications; u.TotalCount != 0 || len(u.Edges) != 0 {
		t.Errorf("unread only after marking: %+v", u)
	}
	if all := readInbox(t, api, sec, false).Viewer.Notifications; all.TotalCount != 1 || all.Edges[0].Node.ReadAt == nil {
		t.Errorf("after marking: %+v", all)
	}
	if r := api.Query(inboxQuery, nil); string(r.Data) != `{"viewer":null}` {
		t.Errorf("the anonymous public has an inbox: %s", r.Body)
	}

	// An event about a PRIVATE item of Tirana tells no one outside Tirana, and a draft tells
	// only Tirana's people, whatever the audience.
	ctx := viewerOf(t, api, seed.DemoEmail("editor", "tirana"))
	for _, c := range []struct {
		visibility string
		draft      bool
		audience   int64
		want       int
	}{
		{"PRIVATE", false, api.CityID("athens"), 0},
		{"NETWORK", true, api.CityID("athens"), 0},
		{"NETWORK", false, api.CityID("athens"), -1},
		{"PRIVATE", false, api.CityID("tirana"), -1},
	} {
		var told int
		err := db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
			var err error
			told, err = api.Svc.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindProposalEndorsed, CityID: c.audience,
				ItemCityID: api.CityID("tirana"), Visibility: c.visibility, Draft: c.draft, Params: map[string]string{"title": "T"}})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if (c.want == 0 && told != 0) || (c.want < 0 && told == 0) {
			t.Errorf("%+v told %d people", c, told)
		}
	}
	// Nor can the application role write notifications at large.
	err := db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO notification (user_id, kind) VALUES (?, 'X')", api.UserID("secretariat@b40.demo"))
		return err
	})
	if err == nil {
		t.Error("a request wrote a notification for someone else")
	}
}

// With no SMTP server, mail is kept and shown: to the recipient (one-time link included) and
// to the secretariat (without it), who alone sees every outgoing mail.
func TestKeptMailIsShownToRecipientAndSecretariat(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{Deliver: &notify.Delivery{From: "B40 <no-reply@b40.test>", PublicURL: publicURL}})
	admin := api.Login(seed.DemoEmail("admin", "tirana"))
	var inv struct {
		InviteUser struct{ InvitationToken string }
	}
	api.As(admin, `mutation($c: ID!) { inviteUser(input: {email: "editor@athens.b40.demo", role: CITY_VIEWER, cityId: $c}) { invitationToken } }`,
		map[string]any{"c": cityGID(api, "tirana")}).Decode(t, &inv)
	settle(t, api)
	mails := `{ viewer { mails(first: 5) { totalCount edges { node { id to kind status subject body link attempts lastAnswer } } } } }`
	var own struct {
		Viewer struct {
			Mails struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, To, Kind, Status, Subject, Body, LastAnswer string
						Link                                            *string
						Attempts                                        int
					}
				}
			}
		}
	}
	api.As(api.Login(seed.DemoEmail("editor", "athens")), mails, nil).Decode(t, &own)
	if own.Viewer.Mails.TotalCount != 1 {
		t.Fatalf("the recipient's mail: %+v", own)
	}
	m := own.Viewer.Mails.Edges[0].Node
	if m.Status != "KEPT" || m.Kind != notify.KindInvitation || m.Link == nil || *m.Link != "/invitation#token="+inv.InviteUser.InvitationToken ||
		m.LastAnswer != notify.KeptAnswer || m.Attempts != 1 || m.Subject != "Your invitation to the B40 Workspace" {
		t.Errorf("the kept mail: %+v", m)
	}
	out := `{ outgoingMails(first: 5, filter: {statuses: [KEPT]}) { totalCount edges { node { to body link deliveryAttempts { ok answer } } } } }`
	var sec struct {
		OutgoingMails struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					To, Body         string
					Link             *string
					DeliveryAttempts []struct {
						OK     bool
						Answer string
					}
				}
			}
		}
	}
	api.As(api.Login("secretariat@b40.demo"), out, nil).Decode(t, &sec)
	if sec.OutgoingMails.TotalCount != 1 {
		t.Fatalf("the secretariat's list: %+v", sec)
	}
	sm := sec.OutgoingMails.Edges[0].Node
	if sm.Link != nil || regexp.MustCompile(`b40i_`).MatchString(sm.Body) || len(sm.DeliveryAttempts) != 1 || !sm.DeliveryAttempts[0].OK {
		t.Errorf("the secretariat sees %+v", sm)
	}
	if r := api.As(admin, out, nil); r.ErrorCode() != "FORBIDDEN" {
		t.Errorf("a city admin lists outgoing mail: %s", r.Body)
	}
}

// A delivery that fails every attempt ends FAILED with the server's answer; the secretariat
// retries it and it goes out.
func TestFailedMailIsRetriedByTheSecretariat(t *testing.T) {
	t.Parallel()
	api, smtp := mailAPI(t)
	smtp.RefuseNext(notify.MaxMailAttempts)
	admin := api.Login(seed.DemoEmail("admin", "tirana"))
	api.As(admin, `mutation($c: ID!) { inviteUser(input: {email: "late@example.org", role: CITY_VIEWER, cityId: $c}) { invitationToken } }`,
		map[string]any{"c": cityGID(api, "tirana")}).Decode(t, &struct{}{})
	settle(t, api)
	sec := api.Login("secretariat@b40.demo")
	var failed struct {
		OutgoingMails struct {
			Edges []struct {
				Node struct {
					ID, Status, LastAnswer string
					Attempts               int
				}
			}
		}
	}
	api.As(sec, `{ outgoingMails(filter: {statuses: [FAILED]}) { edges { node { id status lastAnswer attempts } } } }`, nil).Decode(t, &failed)
	if len(failed.OutgoingMails.Edges) != 1 {
		t.Fatalf("failed mail: %+v", failed)
	}
	f := failed.OutgoingMails.Edges[0].Node
	if f.Attempts != notify.MaxMailAttempts || !regexp.MustCompile(`451.*busy`).MatchString(f.LastAnswer) {
		t.Errorf("the failed mail: %+v", f)
	}
	retry := `mutation($id: ID!) { retryMail(input: {mailId: $id}) { mail { status } userErrors { code } } }`
	if r := api.As(admin, retry, map[string]any{"id": f.ID}); r.ErrorCode() != "FORBIDDEN" {
		t.Errorf("a city admin retried: %s", r.Body)
	}
	var rr struct {
		RetryMail struct {
			Mail       struct{ Status string }
			UserErrors []struct{ Code string }
		}
	}
	api.As(sec, retry, map[string]any{"id": f.ID}).Decode(t, &rr)
	if rr.RetryMail.Mail.Status != "PENDING" {
		t.Fatalf("retry: %+v", rr)
	}
	smtp.Wait(t, 1, 20*time.Second)
	settle(t, api)
	if n := rowCount(t, api, "SELECT count(*) FROM mail_message WHERE status = 'SENT'"); n != 1 || len(smtp.Messages()) != 1 {
		t.Errorf("after the retry: %d sent, %d arrived", n, len(smtp.Messages()))
	}
	api.As(sec, retry, map[string]any{"id": f.ID}).Decode(t, &rr)
	if len(rr.RetryMail.UserErrors) != 1 || rr.RetryMail.UserErrors[0].Code != "RULE_VIOLATION" {
		t.Errorf("retrying a sent mail: %+v", rr)
	}
}

var resetLink = regexp.MustCompile(`/reset-password#token=(b40r_[A-Za-z0-9_-]{43})`)

func requestReset(t *testing.T, api *apitest.API, addr, email string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": `mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok userErrors { code } } }`,
		"variables": map[string]any{"e": email}})
	r := api.Do(apitest.Request{Body: body, ContentType: "application/json", RemoteAddr: addr + ":4321"})
	if c := r.ErrorCode(); c != "" {
		return c
	}
	var out struct {
		RequestPasswordReset struct{ Ok bool }
	}
	r.Decode(t, &out)
	if !out.RequestPasswordReset.Ok {
		t.Fatalf("requestPasswordReset: %s", r.Body)
	}
	return string(r.Data)
}

type resetOut struct {
	ResetPassword struct {
		Token      *string
		Viewer     *struct{ User struct{ Email string } }
		UserErrors []struct{ Code string }
	}
}

func resetPassword(t *testing.T, api *apitest.API, token, password string) resetOut {
	t.Helper()
	var out resetOut
	api.Query(`mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, newPassword: $p}) { token viewer { user { email } } userErrors { code } } }`,
		map[string]any{"t": token, "p": password}).Decode(t, &out)
	return out
}

// Password reset end to end: the same answer whether or not the e-mail exists, one mail to the
// account, a single-use link that expires, every other session ended, the account's sign-in
// back-off cleared, limits by address and by e-mail.
func TestPasswordResetEndToEnd(t *testing.T) {
	t.Parallel()
	api, smtp := mailAPI(t)
	email := seed.DemoEmail("viewer", "tirana")
	old1, old2 := api.Login(email), api.Login(email)
	// The account's sign-in budget is spent by someone guessing.
	for i := range 6 {
		loginFrom(t, api, fmt.Sprintf("198.51.100.%d", i), email, "a-wrong-guess-"+fmt.Sprint(i))
	}
	if got := loginFrom(t, api, "198.51.100.99", email, seed.DefaultPassword); got != "RATE_LIMITED" {
		t.Fatalf("the guessed account is not backed off: %s", got)
	}
	known := requestReset(t, api, "192.0.2.10", email)
	unknown := requestReset(t, api, "192.0.2.11", "nobody@example.org")
	if known != unknown {
		t.Errorf("the answers differ: %s / %s", known, unknown)
	}
	ms := smtp.Wait(t, 1, 20*time.Second)
	settle(t, api)
	if len(smtp.Messages()) != 1 || ms[0].To[0] != email || ms[0].Subject != "Reset your B40 Workspace password" || ms[0].Header.Get("List-Unsubscribe") != "" {
		t.Fatalf("mails: %+v", smtp.Messages())
	}
	token := resetLink.FindStringSubmatch(ms[0].Text)
	if token == nil {
		t.Fatalf("no reset link in %q", ms[0].Text)
	}
	if n := rowCount(t, api, "SELECT count(*) FROM password_reset WHERE token_hash = sha256(?::bytea)", token[1]); n != 1 {
		t.Errorf("the token is not stored hashed: %d rows", n)
	}
	if out := resetPassword(t, api, token[1], "short"); len(out.ResetPassword.UserErrors) == 0 {
		t.Errorf("a short password was taken: %+v", out)
	}
	const fresh = "a-brand-new-password-42"
	out := resetPassword(t, api, token[1], fresh)
	if out.ResetPassword.Token == nil || out.ResetPassword.Viewer == nil || out.ResetPassword.Viewer.User.Email != email {
		t.Fatalf("reset: %+v", out)
	}
	for _, old := range []string{old1, old2} {
		if r := api.As(old, `{ viewer { user { email } } }`, nil); r.ErrorCode() != "UNAUTHENTICATED" {
			t.Errorf("a session from before the reset still works: %s", r.Body)
		}
	}
	if r := api.As(*out.ResetPassword.Token, `{ viewer { user { email } } }`, nil); r.ErrorCode() != "" {
		t.Errorf("the new session: %s", r.Body)
	}
	if got := loginFrom(t, api, "198.51.100.99", email, fresh); got != "SIGNED_IN" {
		t.Errorf("signing in with the new password after the reset: %s", got)
	}
	if again := resetPassword(t, api, token[1], "yet-another-password-1"); len(again.ResetPassword.UserErrors) != 1 || again.ResetPassword.UserErrors[0].Code != "NOT_FOUND" {
		t.Errorf("the link worked twice: %+v", again)
	}
	// A link an hour old no longer works.
	requestReset(t, api, "192.0.2.12", email)
	ms = smtp.Wait(t, 2, 20*time.Second)
	late := resetLink.FindStringSubmatch(ms[1].Text)
	exec(t, api, "UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE used_at IS NULL")
	if out := resetPassword(t, api, late[1], "yet-another-password-2"); len(out.ResetPassword.UserErrors) != 1 || out.ResetPassword.UserErrors[0].Code != "NOT_FOUND" {
		t.Errorf("an expired link worked: %+v", out)
	}
	// Limits: by e-mail (three in a burst), whatever the address; by address, whatever the e-mail.
	if got := requestReset(t, api, "192.0.2.13", email); got == "RATE_LIMITED" {
		t.Errorf("the third request of the burst was refused")
	}
	if got := requestReset(t, api, "192.0.2.14", email); got != "RATE_LIMITED" {
		t.Errorf("the fourth request for one e-mail: %s", got)
	}
	limited := false
	for i := range 12 {
		if requestReset(t, api, "192.0.2.77", fmt.Sprintf("someone-%d@example.org", i)) == "RATE_LIMITED" {
			limited = i == 10
			break
		}
	}
	if !limited {
		t.Error("one address was not limited after ten requests")
	}
}

package graph_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/mailtest"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/seed"
)

const publicURL = "https://b40.test"

// mailAPI is a server whose River workers deliver to an in-process SMTP server.
func mailAPI(t *testing.T) (*apitest.API, *mailtest.Server) {
	t.Helper()
	smtp := mailtest.Start(t)
	api := apitest.New(t, apitest.Options{
		Deliver: &notify.Delivery{Mailer: notify.NewSMTPMailer(smtp.SMTP()), From: "B40 Workspace <no-reply@b40.test>",
			PublicURL: publicURL},
		RetryPolicy: notify.RetryAfter(50 * time.Millisecond),
	})
	return api, smtp
}

func exec(t *testing.T, api *apitest.API, q string, args ...any) {
	t.Helper()
	if _, err := api.DB.ExecContext(context.Background(), q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func strs(t *testing.T, api *apitest.API, q string, args ...any) []string {
	t.Helper()
	var out []string
	if err := api.DB.NewRaw(q, args...).Scan(context.Background(), &out); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	slices.Sort(out)
	return out
}

func rowCount(t *testing.T, api *apitest.API, q string, args ...any) int {
	t.Helper()
	var n int
	if err := api.DB.NewRaw(q, args...).Scan(context.Background(), &n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// settle waits for the queue to have nothing left to do, so "exactly once" is checked after
// every delivery that could happen has happened.
func settle(t *testing.T, api *apitest.API) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if rowCount(t, api, "SELECT count(*) FROM river_job WHERE state NOT IN ('completed', 'discarded', 'cancelled')") == 0 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the job queue did not settle")
}

// A committed submission mails the secretariat and the presidency's admins, each exactly once,
// each in their own language, with the headers of automated mail.
func TestProposalSubmittedIsMailedOnceInTheRecipientsLanguage(t *testing.T) {
	t.Parallel()
	api, smtp := mailAPI(t)
	exec(t, api, "INSERT INTO presidency_term (city_id, year) VALUES (?, ?)", api.CityID("sarajevo"), time.Now().Year())
	exec(t, api, "UPDATE app_user SET locale = 'tr' WHERE email = 'secretariat@b40.demo'")
	id := newProposal(t, api, "tirana", "Green roofs", "NETWORK")
	if got := mutation(t, api, api.Login(seed.DemoEmail("editor", "tirana")), submitProposal, "submitProposal", map[string]any{"id": id}, nil); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	want := strs(t, api, `SELECT email FROM app_user WHERE network_role = 'SECRETARIAT' AND status = 'ACTIVE'
		UNION SELECT u.email FROM app_user u JOIN city_membership m ON m.user_id = u.id AND m.role = 'CITY_ADMIN' AND m.city_id = ?`, api.CityID("sarajevo"))
	if len(want) < 2 {
		t.Fatalf("recipients: %v", want)
	}
	smtp.Wait(t, len(want), 20*time.Second)
	settle(t, api)
	var got []string
	for _, m := range smtp.Messages() {
		got = append(got, m.To...)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("mailed %v, want each of %v once", got, want)
	}
	for _, m := range smtp.Messages() {
		h := m.Header
		if h.Get("Auto-Submitted") != "auto-generated" || !strings.HasSuffix(h.Get("Message-Id"), "@b40.test>") ||
			!strings.HasPrefix(h.Get("List-Unsubscribe"), "<"+publicURL+"/mail/unsubscribe?t=") || h.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" {
			t.Errorf("headers of the mail to %v: %v", m.To, h)
		}
		if !strings.Contains(m.Text, publicURL+"/proposals/"+id) || !strings.Contains(m.HTML, publicURL+"/proposals/"+id) {
			t.Errorf("the mail to %v has no link to the proposal: %q", m.To, m.Text)
		}
		wantSubject := "New proposal: Green roofs"
		if m.To[0] == "secretariat@b40.demo" {
			wantSubject = "Yeni öneri: Green roofs"
		}
		if m.Subject != wantSubject {
			t.Errorf("subject to %v: %q, want %q", m.To, m.Subject, wantSubject)
		}
	}
	if n := rowCount(t, api, "SELECT count(*) FROM mail_message WHERE status = 'SENT' AND kind = 'PROPOSAL_SUBMITTED'"); n != len(want) {
		t.Errorf("%d mails recorded SENT, want %d", n, len(want))
	}
	if n := rowCount(t, api, "SELECT count(*) FROM mail_attempt WHERE ok"); n != len(want) {
		t.Errorf("%d attempts recorded, want %d", n, len(want))
	}
}

// viewerOf returns the signed-in context of an account, as the API builds it.
func viewerOf(t testing.TB, api *apitest.API, email string) context.Context {
	t.Helper()
	v, err := api.Svc.Auth.Authenticate(context.Background(), api.Login(email))
	if err != nil {
		t.Fatal(err)
	}
	return auth.NewContext(context.Background(), v)
}

// A change that rolls back after raising its event tells no one and mails nothing.
func TestRolledBackChangeNotifiesNobody(t *testing.T) {
	t.Parallel()
	api, smtp := mailAPI(t)
	ctx := viewerOf(t, api, seed.DemoEmail("editor", "tirana"))
	boom := errors.New("the change failed after raising")
	err := db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
		n, err := api.Svc.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindProposalEndorsed, CityID: api.CityID("athens"),
			Params: map[string]string{"title": "X"}})
		if err != nil || n == 0 {
			t.Errorf("raise: %d, %v", n, err)
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("write: %v", err)
	}
	// A committed one afterwards is delivered: the queue works, and the first left nothing.
	err = db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
		_, err := api.Svc.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindProposalEndorsed, CityID: api.CityID("athens"),
			Params: map[string]string{"title": "Y"}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	editors := strs(t, api, "SELECT u.email FROM app_user u JOIN city_membership m ON m.user_id = u.id WHERE m.city_id = ? AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR')", api.CityID("athens"))
	smtp.Wait(t, len(editors), 20*time.Second)
	settle(t, api)
	for _, m := range smtp.Messages() {
		if strings.Contains(m.Subject+m.Text, "“X”") {
			t.Errorf("the rolled-back event was mailed to %v", m.To)
		}
	}
	if n := len(smtp.Messages()); n != len(editors) {
		t.Errorf("%d mails, want %d", n, len(editors))
	}
	if n := rowCount(t, api, "SELECT count(*) FROM notification WHERE params->>'title' = 'X'"); n != 0 {
		t.Errorf("%d notifications of the rolled-back event", n)
	}
}

// A refused delivery is retried with back-off until it goes through; every attempt is
// recorded with the SMTP server's answer, and the message arrives once.
func TestRefusedDeliveryIsRetriedAndRecorded(t *testing.T) {
	t.Parallel()
	api, smtp := mailAPI(t)
	smtp.RefuseNext(2)
	admin := api.Login(seed.DemoEmail("admin", "tirana"))
	r := api.As(admin, `mutation($c: ID!) { inviteUser(input: {email: "new.person@example.org", role: CITY_EDITOR, cityId: $c}) { invitationToken userErrors { code } } }`,
		map[string]any{"c": cityGID(api, "tirana")})
	var out struct {
		InviteUser struct{ InvitationToken string }
	}
	r.Decode(t, &out)
	ms := smtp.Wait(t, 1, 20*time.Second)
	settle(t, api)
	if len(smtp.Messages()) != 1 {
		t.Fatalf("%d messages arrived, want 1", len(smtp.Messages()))
	}
	m := ms[0]
	if !strings.Contains(m.Text, publicURL+"/invitation#token="+out.InviteUser.InvitationToken) {
		t.Errorf("the invitation mail has no link with the token: %q", m.Text)
	}
	if m.Header.Get("List-Unsubscribe") != "" {
		t.Error("an invitation offers to unsubscribe")
	}
	var attempts []struct {
		OK     bool
		Answer string
	}
	if err := api.DB.NewRaw("SELECT ok, answer FROM mail_attempt ORDER BY id").Scan(context.Background(), &attempts); err != nil {
		t.Fatal(err)
	}
	if len(attempts) != 3 || attempts[0].OK || attempts[1].OK || !attempts[2].OK ||
		!strings.Contains(attempts[0].Answer, "451") || !strings.Contains(attempts[0].Answer, mailtest.RefusalAnswer) {
		t.Errorf("attempts: %+v", attempts)
	}
	var mail struct {
		Status   string
		Attempts int
		Secret   *string
	}
	if err := api.DB.NewRaw("SELECT status, attempts, secret FROM mail_message").Scan(context.Background(), &mail); err != nil {
		t.Fatal(err)
	}
	if mail.Status != "SENT" || mail.Attempts != 3 || mail.Secret != nil {
		t.Errorf("mail row: %+v", mail)
	}
}

// Four cities endorse one proposal at once: its city's editors and admins are told exactly
// four times each, and each of those is mailed once.
func TestConcurrentEndorsementsCountExactly(t *testing.T) {
	t.Parallel()
	api, smtp := mailAPI(t)
	id := newProposal(t, api, "tirana", "Shared bikes", "NETWORK")
	if got := mutation(t, api, api.Login(seed.DemoEmail("editor", "tirana")), submitProposal, "submitProposal", map[string]any{"id": id}, nil); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	settle(t, api)
	before := len(smtp.Messages())
	endorsers := []string{"athens", "sarajevo", "belgrade", "skopje"}
	tokens := make([]string, len(endorsers))
	for i, slug := range endorsers {
		tokens[i] = api.Login(seed.DemoEmail("editor", slug))
	}
	var wg sync.WaitGroup
	for i, slug := range endorsers {
		wg.Go(func() {
			if got := mutation(t, api, tokens[i], endorse, "endorseProposal", map[string]any{"id": id, "c": cityGID(api, slug)}, nil); got != "OK" {
				t.Errorf("%s endorses: %s", slug, got)
			}
		})
	}
	wg.Wait()
	told := strs(t, api, "SELECT u.email FROM app_user u JOIN city_membership m ON m.user_id = u.id WHERE m.city_id = ? AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR')", api.CityID("tirana"))
	smtp.Wait(t, before+4*len(told), 30*time.Second)
	settle(t, api)
	for _, email := range told {
		if n := rowCount(t, api, "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = ? AND n.kind = 'PROPOSAL_ENDORSED'", email); n != 4 {
			t.Errorf("%s has %d endorsement notifications, want 4", email, n)
		}
		if n := len(smtp.To(email)) - countKind(smtp.To(email), "New proposal"); n != 4 {
			t.Errorf("%s got %d endorsement mails, want 4", email, n)
		}
	}
	if n := rowCount(t, api, "SELECT count(*) FROM notification WHERE kind = 'PROPOSAL_ENDORSED'"); n != 4*len(told) {
		t.Errorf("%d endorsement notifications in all, want %d", n, 4*len(told))
	}
}

func countKind(ms []mailtest.Message, subjectPrefix string) int {
	n := 0
	for _, m := range ms {
		if strings.HasPrefix(m.Subject, subjectPrefix) {
			n++
		}
	}
	return n
}

// RFC 8058: the mail's List-Unsubscribe URL, POSTed as a mail client does, turns that kind of
// mail off for that person; a GET (a link checker, a preview) changes nothing; the in-app
// notification stays.
func TestOneClickUnsubscribe(t *testing.T) {
	t.Parallel()
	api, smtp := mailAPI(t)
	ctx := viewerOf(t, api, seed.DemoEmail("editor", "tirana"))
	raise := func(title string) {
		t.Helper()
		if err := db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
			_, err := api.Svc.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindProposalEndorsed, CityID: api.CityID("athens"),
				Params: map[string]string{"title": title}})
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	raise("First")
	editors := cityEditors(t, api, "athens")
	smtp.Wait(t, len(editors), 20*time.Second)
	settle(t, api)
	quitter := smtp.To(editors[0])[0]
	link := strings.Trim(quitter.Header.Get("List-Unsubscribe"), "<>")
	path := strings.TrimPrefix(link, publicURL)
	if r := api.Do(apitest.Request{Method: "GET", Path: path}); r.Status != 200 || rowCount(t, api, "SELECT count(*) FROM mail_optout") != 0 {
		t.Fatalf("GET: %d %s", r.Status, r.Body)
	}
	if r := api.Do(apitest.Request{Method: "GET", Path: path + "x"}); r.Status != 400 {
		t.Errorf("a forged token: %d", r.Status)
	}
	r := api.Do(apitest.Request{Method: "POST", Path: path, ContentType: "application/x-www-form-urlencoded", Body: []byte("List-Unsubscribe=One-Click")})
	if r.Status != 200 || rowCount(t, api, "SELECT count(*) FROM mail_optout o JOIN app_user u ON u.id = o.user_id WHERE u.email = ? AND o.kind = ?", editors[0], notify.KindProposalEndorsed) != 1 {
		t.Fatalf("POST: %d %s", r.Status, r.Body)
	}
	raise("Second")
	smtp.Wait(t, 2*len(editors)-1, 20*time.Second)
	settle(t, api)
	if n := len(smtp.To(editors[0])); n != 1 {
		t.Errorf("%s got %d mails after unsubscribing", editors[0], n)
	}
	if n := rowCount(t, api, "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = ?", editors[0]); n != 2 {
		t.Errorf("%s has %d notifications, want 2 (the inbox stays)", editors[0], n)
	}
}

// A committed change whose server dies before delivering is not lost: its jobs are rows of the
// same commit, and the next server to start delivers them.
func TestCommittedMailSurvivesTheServer(t *testing.T) {
	t.Parallel()
	down := apitest.New(t, apitest.Options{}) // no workers: the server "dies" right after the commit
	admin := down.Login(seed.DemoEmail("admin", "tirana"))
	down.As(admin, `mutation($c: ID!) { inviteUser(input: {email: "after.crash@example.org", role: CITY_VIEWER, cityId: $c}) { invitationToken } }`,
		map[string]any{"c": cityGID(down, "tirana")}).Decode(t, &struct{}{})
	if n := rowCount(t, down, "SELECT count(*) FROM river_job WHERE state = 'available'"); n != 1 {
		t.Fatalf("%d jobs waiting, want 1", n)
	}
	smtp := mailtest.Start(t)
	up := apitest.NewOn(t, down.DB, apitest.Options{Deliver: &notify.Delivery{Mailer: notify.NewSMTPMailer(smtp.SMTP()),
		From: "B40 <no-reply@b40.test>", PublicURL: publicURL}})
	smtp.Wait(t, 1, 20*time.Second)
	settle(t, up)
	if got := smtp.To("after.crash@example.org"); len(got) != 1 {
		t.Errorf("%d mails after the restart, want 1", len(got))
	}
}

// Two servers on one database: every mail is sent exactly once.
func TestTwoServersSendEachMailOnce(t *testing.T) {
	t.Parallel()
	smtp := mailtest.Start(t)
	deliver := func() *notify.Delivery {
		return &notify.Delivery{Mailer: notify.NewSMTPMailer(smtp.SMTP()), From: "B40 <no-reply@b40.test>", PublicURL: publicURL}
	}
	a := apitest.New(t, apitest.Options{Deliver: deliver()})
	b := apitest.NewOn(t, a.DB, apitest.Options{Deliver: deliver()})
	ctx := viewerOf(t, a, seed.DemoEmail("editor", "tirana"))
	athens := a.CityID("athens")
	const events = 30
	var wg sync.WaitGroup
	for i := range events {
		api := a
		if i%2 == 1 {
			api = b
		}
		wg.Go(func() {
			if err := db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
				_, err := api.Svc.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindProposalEndorsed, CityID: athens,
					Params: map[string]string{"title": "Twice?", "endorser": fmt.Sprintf("E%d", i)}})
				return err
			}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	editors := cityEditors(t, a, "athens")
	smtp.Wait(t, events*len(editors), 30*time.Second)
	settle(t, a)
	time.Sleep(300 * time.Millisecond) // three more polls of both servers
	seen := map[string]int{}
	for _, m := range smtp.Messages() {
		seen[m.Header.Get("Message-Id")]++
	}
	if len(seen) != events*len(editors) || len(smtp.Messages()) != events*len(editors) {
		t.Errorf("%d messages, %d distinct, want %d each", len(smtp.Messages()), len(seen), events*len(editors))
	}
	if n := rowCount(t, a, "SELECT count(*) FROM mail_attempt"); n != events*len(editors) {
		t.Errorf("%d attempts for %d mails", n, events*len(editors))
	}
}

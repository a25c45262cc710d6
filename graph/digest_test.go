package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/seed"
)

const (
	setPreference = `mutation($k: String!, $d: NotificationDelivery!) { setNotificationPreference(input: {kind: $k, delivery: $d}) {
		preference { kind delivery } userErrors { code field message } } }`
	setTimeZone = `mutation($tz: String!) { setTimeZone(input: {timeZone: $tz}) { viewer { timeZone } userErrors { code field message } } }`
	preferences = `{ viewer { timeZone notificationPreferences { kind delivery } } }`
)

type prefs struct {
	Viewer struct {
		TimeZone                string
		NotificationPreferences []struct{ Kind, Delivery string }
	}
}

func (p prefs) of(kind string) string {
	for _, x := range p.Viewer.NotificationPreferences {
		if x.Kind == kind {
			return x.Delivery
		}
	}
	return ""
}

// Preferences are each person's own; a kind set to DAILY goes into the daily digest instead of a
// mail, OFF gets no mail, IMMEDIATE as before; the in-app notification is written for all. The
// digest comes at 07:00 the person's time, in their language, once.
func TestPreferencesRouteMailIntoDigests(t *testing.T) {
	t.Parallel()
	api, smtp := mailAPI(t)
	exec(t, api, "INSERT INTO presidency_term (city_id, year) VALUES (?, ?)", api.CityID("sarajevo"), time.Now().Year())
	exec(t, api, "UPDATE app_user SET locale = 'tr' WHERE email = 'secretariat@b40.demo'")
	// A second admin of the presidency city, who makes no choice: mailed at once.
	exec(t, api, "UPDATE city_membership SET role = 'CITY_ADMIN' WHERE user_id = ?", api.UserID(seed.DemoEmail("editor", "sarajevo")))
	sec := api.Login("secretariat@b40.demo")
	sarajevo := api.Login(seed.DemoEmail("admin", "sarajevo"))

	var before prefs
	api.MustQuery(&before, preferences, nil, map[string]string{"Authorization": "Bearer " + sec})
	if before.Viewer.TimeZone != "Europe/Istanbul" || len(before.Viewer.NotificationPreferences) != len(notify.PreferenceKinds()) ||
		before.of("PROPOSAL_SUBMITTED") != "IMMEDIATE" || before.of("MEETING_OVERDUE") != "IMMEDIATE" {
		t.Fatalf("defaults: %+v", before)
	}
	if got := mutation(t, api, sec, setPreference, "setNotificationPreference", map[string]any{"k": "PROPOSAL_SUBMITTED", "d": "DAILY"}, nil); got != "OK" {
		t.Fatalf("set DAILY: %s", got)
	}
	if got := mutation(t, api, sec, setTimeZone, "setTimeZone", map[string]any{"tz": "Europe/Athens"}, nil); got != "OK" {
		t.Fatalf("set time zone: %s", got)
	}
	if got := mutation(t, api, sarajevo, setPreference, "setNotificationPreference", map[string]any{"k": "PROPOSAL_SUBMITTED", "d": "OFF"}, nil); got != "OK" {
		t.Fatalf("set OFF: %s", got)
	}
	// Bad input: a userError, nothing changed.
	for _, c := range []struct{ q, field string }{
		{setPreference, "setNotificationPreference"}, {setTimeZone, "setTimeZone"},
	} {
		vars := map[string]any{"k": "NO_SUCH_KIND", "d": "WEEKLY", "tz": "Mars/Olympus"}
		if got := mutation(t, api, sec, c.q, c.field, vars, nil); got != "INVALID" {
			t.Errorf("%s with bad input: %s", c.field, got)
		}
	}
	if got := mutation(t, api, "", setPreference, "setNotificationPreference", map[string]any{"k": "PROPOSAL_SUBMITTED", "d": "OFF"}, nil); got != "UNAUTHENTICATED" {
		t.Errorf("signed out: %s", got)
	}
	var after prefs
	api.MustQuery(&after, preferences, nil, map[string]string{"Authorization": "Bearer " + sec})
	if after.Viewer.TimeZone != "Europe/Athens" || after.of("PROPOSAL_SUBMITTED") != "DAILY" || after.of("PROPOSAL_DECIDED") != "IMMEDIATE" {
		t.Errorf("after: %+v", after)
	}
	// Only yourself: another person neither sees nor is affected by these choices.
	var other prefs
	api.MustQuery(&other, preferences, nil, map[string]string{"Authorization": "Bearer " + api.Login(seed.DemoEmail("editor", "tirana"))})
	if other.of("PROPOSAL_SUBMITTED") != "IMMEDIATE" {
		t.Errorf("another person's preference leaked: %+v", other)
	}
	var seen int
	if err := db.Read(viewerOf(t, api, seed.DemoEmail("editor", "tirana")), api.Svc.DB, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT count(*) FROM notification_preference").Scan(context.Background(), &seen)
	}); err != nil || seen != 0 {
		t.Errorf("another person reads %d preference rows (%v)", seen, err)
	}

	id := newProposal(t, api, "tirana", "Green roofs", "NETWORK")
	if got := mutation(t, api, api.Login(seed.DemoEmail("editor", "tirana")), submitProposal, "submitProposal", map[string]any{"id": id}, nil); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	told := strs(t, api, `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'PROPOSAL_SUBMITTED'`)
	immediate := slices.DeleteFunc(slices.Clone(told), func(e string) bool {
		return e == "secretariat@b40.demo" || e == seed.DemoEmail("admin", "sarajevo")
	})
	if len(told) != len(immediate)+2 || len(immediate) == 0 {
		t.Fatalf("told %v", told)
	}
	smtp.Wait(t, len(immediate), 20*time.Second)
	settle(t, api)
	var mailed []string
	for _, m := range smtp.Messages() {
		mailed = append(mailed, m.To...)
	}
	slices.Sort(mailed)
	if !slices.Equal(mailed, immediate) {
		t.Fatalf("mailed %v, want %v (not the DAILY nor the OFF person)", mailed, immediate)
	}
	if got := strs(t, api, `SELECT u.email || ':' || coalesce(n.digest, '-') FROM notification n JOIN app_user u ON u.id = n.user_id
		WHERE n.kind = 'PROPOSAL_SUBMITTED' AND u.email IN ('secretariat@b40.demo', ?)`, seed.DemoEmail("admin", "sarajevo")); !slices.Equal(got,
		[]string{seed.DemoEmail("admin", "sarajevo") + ":-", "secretariat@b40.demo:DAILY"}) {
		t.Errorf("digest marks: %v", got)
	}

	// Before the next 07:00 Athens time nothing is sent; at 07:00 one digest, in Turkish.
	athens, _ := time.LoadLocation("Europe/Athens")
	at7 := notify.LastBoundary(notify.Daily, time.Now(), athens).AddDate(0, 0, 1)
	dg := &notify.Digester{Owner: api.DB, Outbox: api.Svc.Outbox}
	if res, err := dg.Run(context.Background(), at7.Add(-time.Minute)); err != nil || res.Sent != 0 {
		t.Fatalf("06:59: %+v, %v", res, err)
	}
	for range 2 {
		if _, err := dg.Run(context.Background(), at7.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	ms := smtp.Wait(t, len(immediate)+1, 20*time.Second)
	settle(t, api)
	var digest []string
	var unsubscribe string
	for _, m := range ms {
		if m.To[0] == "secretariat@b40.demo" {
			digest = append(digest, m.Subject+"\n"+m.Text)
			unsubscribe = strings.Trim(m.Header.Get("List-Unsubscribe"), "<>")
		}
	}
	if len(smtp.Messages()) != len(immediate)+1 || len(digest) != 1 {
		t.Fatalf("%d messages, digests to the secretariat: %q", len(smtp.Messages()), digest)
	}
	if !strings.HasPrefix(digest[0], "Günlük B40 özetiniz: 1 bildirim\n") || !strings.Contains(digest[0], "Sunulan öneriler (1)") ||
		!strings.Contains(digest[0], "Yeni öneri: Green roofs") || !strings.Contains(digest[0], publicURL+"/proposals/"+id) {
		t.Errorf("digest: %s", digest[0])
	}
	// Its one-click unsubscribe turns off the mail of every kind that came in the daily digest.
	r := api.Do(apitest.Request{Method: "POST", Path: strings.TrimPrefix(unsubscribe, publicURL), ContentType: "application/x-www-form-urlencoded",
		Body: []byte("List-Unsubscribe=One-Click")})
	if r.Status != 200 || unsubscribe == "" {
		t.Fatalf("unsubscribe %q: %d %s", unsubscribe, r.Status, r.Body)
	}
	api.MustQuery(&after, preferences, nil, map[string]string{"Authorization": "Bearer " + sec})
	if after.of("PROPOSAL_SUBMITTED") != "OFF" || after.of("PROPOSAL_DECIDED") != "IMMEDIATE" {
		t.Errorf("after the digest's unsubscribe: %+v", after)
	}
}

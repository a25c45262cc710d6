package notify_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/testdb"
)

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// The boundary is 07:00 local every day (Monday for weekly), also on the days clocks change:
// in Athens the day of 29 March 2026 has 23 hours and the day of 25 October 25; Istanbul has no
// changes.
func TestLastBoundaryAcrossDaylightSaving(t *testing.T) {
	athens, istanbul := mustLoc(t, "Europe/Athens"), mustLoc(t, "Europe/Istanbul")
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	cases := []struct {
		cadence string
		now     string
		loc     *time.Location
		want    string
	}{
		{notify.Daily, "2026-03-29T03:59:00Z", athens, "2026-03-28T05:00:00Z"}, // 06:59 EEST: yesterday 07:00 EET
		{notify.Daily, "2026-03-29T04:00:00Z", athens, "2026-03-29T04:00:00Z"}, // 07:00 EEST
		{notify.Daily, "2026-10-25T04:30:00Z", athens, "2026-10-24T04:00:00Z"}, // 06:30 EET
		{notify.Daily, "2026-10-25T05:00:00Z", athens, "2026-10-25T05:00:00Z"}, // 07:00 EET
		{notify.Daily, "2026-07-01T12:00:00Z", istanbul, "2026-07-01T04:00:00Z"},
		{notify.Daily, "2026-07-01T03:00:00Z", istanbul, "2026-06-30T04:00:00Z"},
		{notify.Weekly, "2026-03-30T03:00:00Z", athens, "2026-03-23T05:00:00Z"}, // Monday 06:00 EEST: the Monday before, EET
		{notify.Weekly, "2026-03-30T04:00:00Z", athens, "2026-03-30T04:00:00Z"},
		{notify.Weekly, "2026-12-06T20:00:00Z", istanbul, "2026-11-30T04:00:00Z"}, // a Sunday
	}
	for _, c := range cases {
		if got := notify.LastBoundary(c.cadence, at(c.now), c.loc); !got.Equal(at(c.want)) {
			t.Errorf("LastBoundary(%s, %s, %s) = %s, want %s", c.cadence, c.now, c.loc, got.UTC().Format(time.RFC3339), c.want)
		}
	}
}

// A digest groups by kind, newest first, in the recipient's language, with local dates.
func TestComposeDigestGroupsNewestFirst(t *testing.T) {
	base := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	items := []notify.DigestItem{
		{Kind: notify.KindProposalSubmitted, Title: "P1", CreatedAt: base},
		{Kind: notify.KindMeetingScheduled, Title: "M1", CreatedAt: base.Add(time.Hour)},
		{Kind: notify.KindProposalSubmitted, Title: "P2", CreatedAt: base.Add(2 * time.Hour), URL: "/proposals/x"},
		{Kind: notify.KindMeetingScheduled, Title: "M0", CreatedAt: base.Add(-time.Hour)},
	}
	subject, text, html := notify.ComposeDigest(notify.Daily, "tr", items, mustLoc(t, "Europe/Istanbul"), "https://b40.test", "https://b40.test/account")
	if subject != "Günlük B40 özetiniz: 4 bildirim" {
		t.Errorf("subject %q", subject)
	}
	order := []string{"Sunulan öneriler (2)", "15:00 · P2", "13:00 · P1", "Planlanan toplantılar (2)", "14:00 · M1", "12:00 · M0"}
	at := -1
	for _, s := range order {
		i := strings.Index(text, s)
		if i <= at {
			t.Fatalf("%q not after the previous part in:\n%s", s, text)
		}
		at = i
	}
	if !strings.Contains(text, "https://b40.test/proposals/x") || !strings.Contains(html, `<a href="https://b40.test/proposals/x">P2</a>`) {
		t.Errorf("links missing:\n%s\n%s", text, html)
	}
}

type yearSim struct {
	t     *testing.T
	d     *bun.DB
	users map[int64]*time.Location
	kinds []string
}

func (s *yearSim) exec(q string, args ...any) {
	s.t.Helper()
	if _, err := s.d.ExecContext(context.Background(), q, args...); err != nil {
		s.t.Fatalf("%s: %v", q, err)
	}
}

// Over a year of a fake clock (Athens and Belgrade change clocks twice, Istanbul never), with
// notifications arriving at random, the digest job run at random moments, sometimes by two
// servers at once, sometimes not at all for days (a server down), and a fresh Digester for
// every run (a restart): every notification ends up in exactly one digest, the first one after
// it was raised; no digest is empty; no period is sent twice; every digest is cut at 07:00 the
// recipient's time (Mondays for weekly ones) and written only once that time has come.
func TestDigestsOverAYearWithAFakeClock(t *testing.T) {
	ctx := context.Background()
	d := testdb.New(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 21))
	s := &yearSim{t: t, d: d, users: map[int64]*time.Location{}, kinds: []string{notify.KindProposalSubmitted, notify.KindMeetingScheduled, notify.KindMeetingDue}}
	for i, tz := range []string{"Europe/Athens", "Europe/Belgrade", "Europe/Istanbul"} {
		var id int64
		if err := d.NewRaw(`INSERT INTO app_user (email, name, locale, time_zone) VALUES (?, ?, ?, ?) RETURNING id`,
			fmt.Sprintf("p%d@b40.test", i), "Person "+tz, []string{"en", "tr"}[i%2], tz).Scan(ctx, &id); err != nil {
			t.Fatal(err)
		}
		s.users[id] = mustLoc(t, tz)
	}
	userIDs := make([]int64, 0, len(s.users))
	for id := range s.users {
		userIDs = append(userIDs, id)
	}

	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := start
	lastMail := int64(0)
	raised, runs, concurrent, downtimes := 0, 0, 0, 0
	run := func(now time.Time) {
		t.Helper()
		// A new Digester each time: nothing survives in memory between runs.
		if rng.IntN(8) == 0 {
			concurrent++
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i := range 2 {
				wg.Go(func() { _, errs[i] = (&notify.Digester{Owner: d}).Run(ctx, now) })
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
		} else if _, err := (&notify.Digester{Owner: d}).Run(ctx, now); err != nil {
			t.Fatal(err)
		}
		runs++
		// The digests this run wrote: cut at the latest 07:00 (Monday) the recipient's time at or
		// before now, never later.
		var fresh []struct {
			ID     int64  `bun:"id"`
			UserID int64  `bun:"user_id"`
			Kind   string `bun:"kind"`
			UpTo   string `bun:"up_to"`
		}
		if err := d.NewRaw(`SELECT id, user_id, kind, params->>'upTo' AS up_to FROM mail_message WHERE id > ? ORDER BY id`, lastMail).Scan(ctx, &fresh); err != nil {
			t.Fatal(err)
		}
		for _, m := range fresh {
			lastMail = m.ID
			upTo, err := time.Parse(time.RFC3339, m.UpTo)
			if err != nil {
				t.Fatal(err)
			}
			loc := s.users[m.UserID]
			local := upTo.In(loc)
			cadence, _ := notify.IsDigest(m.Kind)
			maxAge := 25 * time.Hour
			if cadence == notify.Weekly {
				maxAge = 7*24*time.Hour + time.Hour
				if local.Weekday() != time.Monday {
					t.Errorf("weekly digest %d cut on a %s", m.ID, local.Weekday())
				}
			}
			if local.Hour() != notify.DigestHour || local.Minute() != 0 || local.Second() != 0 {
				t.Errorf("digest %d cut at %s local (%s)", m.ID, local, loc)
			}
			if upTo.After(now) || now.Sub(upTo) >= maxAge {
				t.Errorf("digest %d cut at %s, run at %s", m.ID, upTo, now)
			}
		}
	}
	for clock.Before(end) {
		step := time.Duration(5+rng.IntN(6*60)) * time.Minute
		// Notifications raised during the step.
		for range rng.IntN(3) {
			at := clock.Add(time.Duration(rng.Int64N(int64(step))))
			cadence := []string{notify.Daily, notify.Weekly}[rng.IntN(2)]
			s.exec(`INSERT INTO notification (user_id, kind, params, created_at, digest) VALUES (?, ?, '{"title": "x", "group": "g"}', ?, ?)`,
				userIDs[rng.IntN(len(userIDs))], s.kinds[rng.IntN(len(s.kinds))], at, cadence)
			raised++
		}
		clock = clock.Add(step)
		if rng.IntN(150) == 0 {
			// The server is down for one to four days: no runs, notifications still arrive.
			downtimes++
			clock = clock.Add(time.Duration(24+rng.IntN(72)) * time.Hour)
			continue
		}
		run(clock)
	}
	// Eight quiet days later every notification is in a digest.
	run(end.Add(8 * 24 * time.Hour))
	t.Logf("%d notifications, %d runs (%d by two servers at once), %d downtimes", raised, runs, concurrent, downtimes)

	count := func(q string) int {
		var n int
		if err := d.NewRaw(q).Scan(ctx, &n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	if n := count(`SELECT count(*) FROM notification`); n != raised {
		t.Fatalf("%d notifications stored, %d raised", n, raised)
	}
	if n := count(`SELECT count(*) FROM notification WHERE digest_mail_id IS NULL`); n != 0 {
		t.Errorf("%d notifications in no digest", n)
	}
	if n := count(`SELECT count(*) FROM mail_message m WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.digest_mail_id = m.id)`); n != 0 {
		t.Errorf("%d empty digests", n)
	}
	if n := count(`SELECT count(*) FROM notification n JOIN mail_message m ON m.id = n.digest_mail_id
		WHERE m.user_id <> n.user_id OR m.kind <> 'DIGEST_' || n.digest`); n != 0 {
		t.Errorf("%d notifications in another person's or cadence's digest", n)
	}
	if n := count(`SELECT count(*) FROM (SELECT user_id, kind, params->>'upTo' FROM mail_message GROUP BY 1, 2, 3 HAVING count(*) > 1) x`); n != 0 {
		t.Errorf("%d periods sent twice", n)
	}
	// Each notification is in the first digest cut after it: before its cut, and not before the
	// cut of the same person's previous digest of that cadence.
	if n := count(`WITH dg AS (
			SELECT id, user_id, kind, (params->>'upTo')::timestamptz AS up_to,
				lag((params->>'upTo')::timestamptz) OVER (PARTITION BY user_id, kind ORDER BY id) AS prev_up_to
			FROM mail_message)
		SELECT count(*) FROM notification n JOIN dg ON dg.id = n.digest_mail_id
		WHERE n.created_at >= dg.up_to OR n.created_at < coalesce(dg.prev_up_to, '-infinity')`); n != 0 {
		t.Errorf("%d notifications not in the first digest after them", n)
	}
	if n := count(`SELECT count(*) FROM (SELECT user_id, kind, (params->>'upTo')::timestamptz AS up_to,
			lag((params->>'upTo')::timestamptz) OVER (PARTITION BY user_id, kind ORDER BY id) AS prev FROM mail_message) x WHERE up_to <= prev`); n != 0 {
		t.Errorf("%d digests cut at or before their predecessor", n)
	}
	// Days with a clock change had their digest too (Athens and Belgrade change on the same days).
	for _, day := range []string{"2026-03-29", "2026-10-25"} {
		if n := count(`SELECT count(*) FROM mail_message m JOIN app_user u ON u.id = m.user_id WHERE m.kind = 'DIGEST_DAILY'
			AND u.time_zone = 'Europe/Athens' AND (((m.params->>'upTo')::timestamptz) AT TIME ZONE 'Europe/Athens')::date = '` + day + `'`); n > 1 {
			t.Errorf("%d Athens digests on %s", n, day)
		}
	}
	if daily, weekly := count(`SELECT count(*) FROM mail_message WHERE kind = 'DIGEST_DAILY'`), count(`SELECT count(*) FROM mail_message WHERE kind = 'DIGEST_WEEKLY'`); daily < 300 || weekly < 3*40 {
		t.Errorf("only %d daily and %d weekly digests over a year", daily, weekly)
	}
}

// Moving to another time zone never sends a period twice nor loses a notification: the mark is
// an instant, so east or west only moves the next 07:00.
func TestDigestAcrossATimeZoneChange(t *testing.T) {
	ctx := context.Background()
	d := testdb.New(t)
	var uid int64
	if err := d.NewRaw(`INSERT INTO app_user (email, name, time_zone) VALUES ('mover@b40.test', 'Mover', 'Europe/Istanbul') RETURNING id`).Scan(ctx, &uid); err != nil {
		t.Fatal(err)
	}
	raise := func(at time.Time) {
		t.Helper()
		if _, err := d.ExecContext(ctx, `INSERT INTO notification (user_id, kind, created_at, digest) VALUES (?, 'PROPOSAL_SUBMITTED', ?, 'DAILY')`, uid, at); err != nil {
			t.Fatal(err)
		}
	}
	move := func(tz string) {
		t.Helper()
		if _, err := d.ExecContext(ctx, `UPDATE app_user SET time_zone = ? WHERE id = ?`, tz, uid); err != nil {
			t.Fatal(err)
		}
	}
	run := func(now time.Time) int {
		t.Helper()
		res, err := (&notify.Digester{Owner: d}).Run(ctx, now)
		if err != nil {
			t.Fatal(err)
		}
		return res.Sent
	}
	utc := func(s string) time.Time { v, _ := time.Parse(time.RFC3339, s); return v }
	raise(utc("2026-06-01T10:00:00Z"))
	if n := run(utc("2026-06-02T04:30:00Z")); n != 1 { // 07:30 in Istanbul
		t.Fatalf("first digest: %d", n)
	}
	// East to Tokyo: its last 07:00 (22:00Z the day before) is before the mark: nothing again.
	move("Asia/Tokyo")
	if n := run(utc("2026-06-02T05:00:00Z")); n != 0 {
		t.Errorf("after moving east: %d digests", n)
	}
	raise(utc("2026-06-02T06:00:00Z"))
	// Tokyo's next 07:00 is 22:00Z: the new notification, once.
	if n := run(utc("2026-06-02T22:05:00Z")) + run(utc("2026-06-02T23:00:00Z")); n != 1 {
		t.Errorf("Tokyo's 07:00: %d digests", n)
	}
	// West to Los Angeles (07:00 = 14:00Z): its last 07:00 is before the mark; the next one sends
	// what came since, once.
	move("America/Los_Angeles")
	raise(utc("2026-06-03T01:00:00Z"))
	if n := run(utc("2026-06-03T02:00:00Z")); n != 0 {
		t.Errorf("after moving west: %d digests", n)
	}
	if n := run(utc("2026-06-03T14:01:00Z")) + run(utc("2026-06-03T15:00:00Z")); n != 1 {
		t.Errorf("Los Angeles' 07:00: %d digests", n)
	}
	var total, stamped int
	if err := d.NewRaw(`SELECT count(*), count(digest_mail_id) FROM notification`).Scan(ctx, &total, &stamped); err != nil {
		t.Fatal(err)
	}
	if total != 3 || stamped != 3 {
		t.Errorf("%d notifications, %d in a digest", total, stamped)
	}
	var digests int
	if err := d.NewRaw(`SELECT count(*) FROM mail_message`).Scan(ctx, &digests); err != nil || digests != 3 {
		t.Errorf("%d digests (%v), want 3", digests, err)
	}
}

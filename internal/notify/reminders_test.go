package notify_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/internal/testdb"
)

func one[T any](t *testing.T, d bun.IDB, q string, args ...any) T {
	t.Helper()
	var v T
	if err := d.NewRaw(q, args...).Scan(context.Background(), &v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v
}

// The statute's reminders, each raised once per person: scanning from two servers at once, and
// again twice, leaves exactly one notification per person and reminder; who is told is the rule
// (the group's member cities' editors and admins; the presidency's admins; the city's editors and
// admins).
func TestRemindersAreRaisedOnceEvenFromTwoServers(t *testing.T) {
	ctx := context.Background()
	d := testdb.New(t)
	if err := seed.DemoWithoutShowcase(ctx, d, "reminder-test-password"); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC().Truncate(time.Second)
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := d.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`INSERT INTO working_group_member (city_id, working_group_id) SELECT c.id, g.id FROM city c, working_group g
		WHERE c.slug IN ('tirana', 'istanbul') AND g.status = 'ACTIVE' ON CONFLICT DO NOTHING`)
	// Local climate action met 80 days ago: its quarterly meeting is due in about ten days. The
	// other founding groups have not met for longer than three months: overdue.
	climate := one[int64](t, d, `SELECT id FROM working_group WHERE slug = 'local-climate-action'`)
	exec(`INSERT INTO working_group_meeting (working_group_id, kind, starts_at, online_url) VALUES (?, 'REGULAR', ?, 'https://meet.example/x')`,
		climate, now.Add(-80*24*time.Hour))
	// A manual indicator with a target of this term due in a week, never measured.
	ind := one[int64](t, d, `INSERT INTO indicator (key, name, unit, direction, scope, source) VALUES ('trees', 'Trees planted', 'trees', 'INCREASE', 'NETWORK', 'MANUAL') RETURNING id`)
	exec(`INSERT INTO indicator_target (indicator_id, term_year, baseline, target, due_on) VALUES (?, extract(year FROM now())::int, 0, 100, (?::timestamptz)::date + 7)`, ind, now)
	exec(`INSERT INTO presidency_term (city_id, year) SELECT id, extract(year FROM now())::int FROM city WHERE slug = 'tirana' ON CONFLICT (year) DO NOTHING`)
	// One implementation untouched for 100 days; the rest were just updated.
	var impl struct {
		CityID int64 `bun:"city_id"`
		ID     int64 `bun:"id"`
	}
	if err := d.NewRaw(`SELECT city_id, id FROM implementation WHERE status IN ('PLANNED', 'IN_PROGRESS') ORDER BY city_id, id LIMIT 1`).Scan(ctx, &impl); err != nil {
		t.Fatal(err)
	}
	exec(`UPDATE implementation SET created_at = created_at - interval '100 days' WHERE city_id = ? AND id = ?`, impl.CityID, impl.ID)
	exec(`UPDATE implementation_update SET at = at - interval '100 days' WHERE city_id = ? AND implementation_id = ?`, impl.CityID, impl.ID)

	// Who should be told, counted independently of the scan.
	groupMembers := func(groupID int64) int {
		return one[int](t, d, `SELECT count(DISTINCT m.user_id) FROM city_membership m JOIN working_group_member g ON g.city_id = m.city_id
			JOIN app_user u ON u.id = m.user_id WHERE g.working_group_id = ? AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR') AND u.status = 'ACTIVE'`, groupID)
	}
	presidency := one[int](t, d, `SELECT count(DISTINCT m.user_id) FROM city_membership m JOIN presidency_term p ON p.city_id = m.city_id
		AND p.year = extract(year FROM now())::int JOIN app_user u ON u.id = m.user_id WHERE m.role = 'CITY_ADMIN' AND u.status = 'ACTIVE'`)
	cityEditors := one[int](t, d, `SELECT count(DISTINCT m.user_id) FROM city_membership m JOIN app_user u ON u.id = m.user_id
		WHERE m.city_id = ? AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR') AND u.status = 'ACTIVE'`, impl.CityID)
	var overdueWant int
	var others []int64
	if err := d.NewRaw(`SELECT id FROM working_group WHERE status = 'ACTIVE' AND id <> ? ORDER BY id`, climate).Scan(ctx, &others); err != nil {
		t.Fatal(err)
	}
	for _, g := range others {
		overdueWant += groupMembers(g)
	}
	want := map[string]int{notify.KindMeetingDue: groupMembers(climate), notify.KindMeetingOverdue: overdueWant,
		notify.KindIndicatorDue: presidency, notify.KindImplementationStale: cityEditors}
	for k, n := range want {
		if n == 0 {
			t.Fatalf("the scenario tells nobody of %s", k)
		}
	}
	total := 0
	for _, n := range want {
		total += n
	}

	// Two servers scan at once, each with its own scanner.
	var wg sync.WaitGroup
	results := make([]notify.ScanResult, 2)
	errs := make([]error, 2)
	for i := range 2 {
		wg.Go(func() { results[i], errs[i] = (&notify.Reminders{Owner: d}).Scan(ctx, now) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := results[0].Raised + results[1].Raised; got != total {
		t.Errorf("two concurrent scans raised %d notifications, want %d", got, total)
	}
	// And again, twice: nothing new.
	for range 2 {
		res, err := (&notify.Reminders{Owner: d}).Scan(ctx, now.Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if res.Raised != 0 || res.Due == 0 {
			t.Errorf("a rescan: %+v, want reminders due and none raised", res)
		}
	}
	for kind, n := range want {
		if got := one[int](t, d, `SELECT count(*) FROM notification WHERE kind = ?`, kind); got != n {
			t.Errorf("%s: %d notifications, want %d", kind, got, n)
		}
		// Each mailed once (no preferences set: immediate).
		if got := one[int](t, d, `SELECT count(*) FROM mail_message WHERE kind = ?`, kind); got != n {
			t.Errorf("%s: %d mails, want %d", kind, got, n)
		}
	}
	if got := one[int](t, d, `SELECT count(*) FROM (SELECT user_id, dedupe_key FROM notification GROUP BY 1, 2 HAVING count(*) > 1) x`); got != 0 {
		t.Errorf("%d reminders told twice", got)
	}
	if got := one[string](t, d, `SELECT dedupe_key FROM notification WHERE kind = 'MEETING_DUE' LIMIT 1`); got != fmt.Sprintf("MEETING_DUE:%d:%s", climate, now.Add(-80*24*time.Hour).AddDate(0, 3, 0).UTC().Format("2006-01-02")) {
		t.Errorf("meeting key %q", got)
	}

	// Two weeks on the due meeting is overdue: a new reminder, once; the others are not repeated.
	later := now.Add(15 * 24 * time.Hour)
	res, err := (&notify.Reminders{Owner: d}).Scan(ctx, later)
	if err != nil {
		t.Fatal(err)
	}
	if res.Raised != groupMembers(climate) {
		t.Errorf("fifteen days on: %d raised, want %d (the climate group's overdue meeting)", res.Raised, groupMembers(climate))
	}
	// A regular meeting held starts a new quarter: nothing due for it.
	exec(`INSERT INTO working_group_meeting (working_group_id, kind, starts_at, online_url) VALUES (?, 'REGULAR', ?, 'https://meet.example/y')`, climate, later.Add(-time.Hour))
	if res, err := (&notify.Reminders{Owner: d}).Scan(ctx, later); err != nil || res.Raised != 0 {
		t.Errorf("after a meeting: %+v, %v", res, err)
	}
	// An update of the implementation, and 90 days of silence after it, remind again.
	exec(`INSERT INTO implementation_update (city_id, implementation_id, at, status, progress) VALUES (?, ?, ?, 'IN_PROGRESS', 10)`, impl.CityID, impl.ID, later)
	if res, err := (&notify.Reminders{Owner: d}).Scan(ctx, later.Add(91*24*time.Hour)); err != nil {
		t.Fatal(err)
	} else if got := one[int](t, d, `SELECT count(*) FROM notification WHERE dedupe_key LIKE ?`,
		fmt.Sprintf("IMPLEMENTATION_STALE:%d:%d:%%", impl.CityID, impl.ID)); got != 2*cityEditors {
		t.Errorf("after a new stale stretch: %d stale reminders, want %d (%+v)", got, 2*cityEditors, res)
	}
}

// A meeting's rhythm: the call for agenda items a week ahead, the meeting a day ahead (the
// group's members), unapproved minutes 3 and 7 days after (the lead side: the secretariat and
// the presidency); none for a cancelled meeting, approved minutes or a meeting long past.
// Two servers scanning at once tell each person once; a meeting moved is announced again.
func TestMeetingRhythmReminders(t *testing.T) {
	ctx := context.Background()
	d := testdb.New(t)
	if err := seed.DemoWithoutShowcase(ctx, d, "reminder-test-password"); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC().Truncate(time.Second)
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := d.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`INSERT INTO working_group_member (city_id, working_group_id) SELECT c.id, g.id FROM city c, working_group g
		WHERE c.slug IN ('tirana', 'istanbul') AND g.slug = 'local-climate-action' ON CONFLICT DO NOTHING`)
	exec(`INSERT INTO presidency_term (city_id, year) SELECT id, extract(year FROM now())::int FROM city WHERE slug = 'tirana' ON CONFLICT (year) DO NOTHING`)
	group := one[int64](t, d, `SELECT id FROM working_group WHERE slug = 'local-climate-action'`)
	meeting := func(start time.Time, status string) int64 {
		return one[int64](t, d, `INSERT INTO working_group_meeting (working_group_id, kind, starts_at, online_url, status)
			VALUES (?, 'REGULAR', ?, 'https://meet.example/r', ?) RETURNING id`, group, start, status)
	}
	h := time.Hour
	ahead := meeting(now.Add(5*24*h), "SCHEDULED")         // agenda call
	meeting(now.Add(12*h), "SCHEDULED")                    // tomorrow
	meeting(now.Add(-4*24*h-2*h), "SCHEDULED")             // minutes 3 days after
	meeting(now.Add(-8*24*h-2*h), "SCHEDULED")             // minutes 7 days after
	approved := meeting(now.Add(-8*24*h-2*h), "SCHEDULED") // approved: nothing
	meeting(now.Add(3*24*h), "CANCELLED")                  // cancelled: nothing
	meeting(now.Add(-40*24*h), "SCHEDULED")                // long past: nothing
	exec(`INSERT INTO meeting_minutes (meeting_id, status, approved_at, markdown, content_hash) VALUES (?, 'APPROVED', now(), '# Minutes', repeat('a', 64))`, approved)

	members := one[int](t, d, `SELECT count(DISTINCT m.user_id) FROM city_membership m JOIN working_group_member g ON g.city_id = m.city_id
		JOIN app_user u ON u.id = m.user_id WHERE g.working_group_id = ? AND m.role IN ('CITY_ADMIN', 'CITY_EDITOR') AND u.status = 'ACTIVE'`, group)
	lead := one[int](t, d, `SELECT count(*) FROM app_user u WHERE u.status = 'ACTIVE' AND (u.network_role = 'SECRETARIAT'
		OR EXISTS (SELECT 1 FROM city_membership m JOIN presidency_term p ON p.city_id = m.city_id AND p.year = extract(year FROM now())::int
			WHERE m.user_id = u.id AND m.role = 'CITY_ADMIN'))`)
	if members == 0 || lead == 0 {
		t.Fatalf("the scenario tells nobody: %d members, %d of the lead side", members, lead)
	}
	count := func(kind string) int {
		return one[int](t, d, `SELECT count(*) FROM notification WHERE kind = ?`, kind)
	}
	scanTwice := func(at time.Time) {
		t.Helper()
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i := range 2 {
			wg.Go(func() { _, errs[i] = (&notify.Reminders{Owner: d}).Scan(ctx, at) })
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	check := func(when string, agenda, soon, minutes int) {
		t.Helper()
		for kind, want := range map[string]int{notify.KindAgendaCall: agenda, notify.KindMeetingSoon: soon, notify.KindMinutesPending: minutes} {
			if got := count(kind); got != want {
				t.Errorf("%s: %d %s notifications, want %d", when, got, kind, want)
			}
		}
	}
	scanTwice(now)
	scanTwice(now.Add(time.Minute))
	check("two scans at once, then two more", members, members, 2*lead)

	// The meeting a week ahead is moved by a day: its call goes out again, once.
	exec(`UPDATE working_group_meeting SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' WHERE id = ?`, ahead)
	scanTwice(now.Add(2 * time.Minute))
	check("after a meeting moved", 2*members, members, 2*lead)

	// Four days on: tomorrow's meeting has been over for more than 3 days, and the one over for
	// 4 days for more than 7; the one at 8 days was reminded of at 7 already.
	scanTwice(now.Add(4 * 24 * h))
	check("four days on", 2*members, members, 4*lead)
}

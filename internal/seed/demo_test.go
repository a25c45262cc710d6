package seed_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

var tables = []string{"city", "summit", "delegation", "presidency_term", "working_group", "working_group_member",
	"working_group_meeting", "working_group_meeting_attendance", "secretariat_staff", "network", "app_user", "city_membership",
	"membership_application", "proposal", "recommendation", "practice", "practice_working_group", "implementation", "implementation_update"}

func counts(t *testing.T, d *bun.DB) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tbl := range tables {
		var n int
		if err := d.NewRaw("SELECT count(*) FROM ?", bun.Ident(tbl)).Scan(context.Background(), &n); err != nil {
			t.Fatal(err)
		}
		out[tbl] = n
	}
	return out
}

// The demo seed loads once: running it again, or several times at once, changes nothing. It is
// loaded as in 2024, the last year on record, so it holds exactly the public facts' summits
// and terms (the sample years after it are TestDemoFollowsTheClock's).
func TestDemoSeedIsIdempotent(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()
	in2024 := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	if err := seed.DemoAt(ctx, d, seed.DefaultPassword, in2024); err != nil {
		t.Fatal(err)
	}
	first := counts(t, d)
	if first["city"] != 17 || first["summit"] != 3 || first["presidency_term"] != 3 || first["working_group"] != 4 ||
		first["working_group_meeting"] != 2 || first["working_group_meeting_attendance"] != 6 || first["delegation"] != 5 {
		t.Fatalf("first load: %v", first)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); errs <- seed.DemoAt(ctx, d, seed.DefaultPassword, in2024) }()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if again := counts(t, d); !equal(first, again) {
		t.Errorf("seed again changed counts: %v -> %v", first, again)
	}
	var founders []string
	if err := d.NewRaw(`SELECT c.slug FROM city c JOIN delegation d ON d.city_id = c.id JOIN summit s ON s.id = d.summit_id
		WHERE s.is_founding ORDER BY 1`).Scan(ctx, &founders); err != nil {
		t.Fatal(err)
	}
	if len(founders) != 1 || founders[0] != "istanbul" {
		t.Errorf("founding attendance %v: only Istanbul is established", founders)
	}
}

func equal(a, b map[string]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return len(a) == len(b)
}

// The synthetic load set, small: every table gets rows, and loading again adds none.
func TestSyntheticLoad(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()
	st, err := seed.Synthetic(ctx, d, 3, seed.DefaultPassword, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Per city: 10 proposals, 20 practices, 50 implementations x 16 timeline rows, 200 measurements.
	if st.Cities != 3 || st.Rows < 3*(10+20+50*16+200) {
		t.Fatalf("stats %+v", st)
	}
	again, err := seed.Synthetic(ctx, d, 3, seed.DefaultPassword, nil)
	if err != nil || again.Rows != 0 {
		t.Errorf("second load: %+v %v", again, err)
	}
	var latest int
	if err := d.NewRaw("SELECT count(*) FROM measurement_latest WHERE city_id IN (SELECT id FROM city WHERE slug LIKE 'synthetic-city-%')").Scan(ctx, &latest); err != nil || latest != 3*5 {
		t.Errorf("latest measurements %d: %v", latest, err)
	}
}

// The demo shows the product at work: a compliant secretariat, indicators with targets and
// figures, and the membership dates the public record gives.
func TestDemoShowsTheProductAtWork(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()
	if err := seed.Demo(ctx, d, seed.DefaultPassword); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Secretaries, Experts, Indicators, Targets, Measurements, Dated int
	}
	if err := d.NewRaw(`SELECT
		(SELECT count(*) FROM secretariat_staff WHERE position = 'NETWORK_SECRETARY') AS secretaries,
		(SELECT count(*) FROM secretariat_staff WHERE position = 'EXPERT' AND english_level IN ('B2', 'C1', 'C2')) AS experts,
		(SELECT count(*) FROM indicator) AS indicators, (SELECT count(*) FROM indicator_target) AS targets,
		(SELECT count(*) FROM measurement) AS measurements, (SELECT count(*) FROM city WHERE member_since IS NOT NULL) AS dated`).Scan(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if got.Secretaries != 1 || got.Experts < 2 || got.Indicators < 3 || got.Targets < 6 || got.Measurements < 5 || got.Dated != 4 {
		t.Errorf("demo: %+v", got)
	}
	var founders int
	if err := d.NewRaw("SELECT count(*) FROM city WHERE join_route = 'FOUNDING'").Scan(ctx, &founders); err != nil || founders != 1 {
		t.Errorf("only Istanbul is a founder on record: %d %v", founders, err)
	}
}

package seed_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/presidency"
	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/internal/testdb"
)

type termRow struct {
	Year      int    `bun:"year"`
	Slug      string `bun:"slug"`
	MayorName string `bun:"mayor_name"`
	Host      string `bun:"host"`
	Title     string `bun:"title"`
	Attending int    `bun:"attending"`
	Admins    int    `bun:"admins"`
}

func terms(t *testing.T, d *bun.DB) []termRow {
	t.Helper()
	var rows []termRow
	if err := d.NewRaw(`SELECT t.year, c.slug, coalesce(t.mayor_name, '') AS mayor_name, coalesce(h.slug, '') AS host, coalesce(s.title, '') AS title,
			(SELECT count(*) FROM delegation dl WHERE dl.summit_id = s.id) AS attending,
			(SELECT count(*) FROM city_membership m JOIN app_user u ON u.id = m.user_id
				WHERE m.city_id = c.id AND m.role = 'CITY_ADMIN' AND u.email = 'admin@' || c.slug || '.b40.demo') AS admins
		FROM presidency_term t JOIN city c ON c.id = t.city_id
		LEFT JOIN summit s ON s.year = t.year LEFT JOIN city h ON h.id = s.host_city_id ORDER BY t.year`).Scan(context.Background(), &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

// checkPresidency: the demo loaded at now has a term for now's year, held by a city whose demo
// admin account exists (so someone can sign in as the presidency), the service finds it as the
// current term on that date, every year from the last on record to now has a term, no city
// holds two in a row (R2.4), and every sample term and summit says it is a sample, its summit
// hosted by the term's city (R2.5) and attended.
func checkPresidency(t *testing.T, d *bun.DB, now time.Time) []termRow {
	t.Helper()
	rows := terms(t, d)
	byYear := map[int]termRow{}
	for i, r := range rows {
		byYear[r.Year] = r
		if i > 0 && rows[i-1].Year == r.Year-1 && rows[i-1].Slug == r.Slug {
			t.Errorf("R2.4: %s holds %d and %d", r.Slug, r.Year-1, r.Year)
		}
		if r.Year > 2024 {
			if !strings.Contains(r.MayorName, "sample") || r.Title != seed.SampleSummitTitle(r.Year) || r.Host != r.Slug || r.Attending < 2 {
				t.Errorf("sample year %d: %+v", r.Year, r)
			}
		}
	}
	for y := 2022; y <= now.Year(); y++ {
		if _, ok := byYear[y]; !ok {
			t.Errorf("no term for %d (loaded at %s): %+v", y, now.Format(time.DateOnly), rows)
		}
	}
	cur := byYear[now.Year()]
	if cur.Admins != 1 {
		t.Errorf("the %d presidency %q has no demo admin account", now.Year(), cur.Slug)
	}
	svc := presidency.NewService(d)
	svc.Now = func() time.Time { return now }
	term, err := svc.Current(context.Background())
	if err != nil || term == nil || term.Year != now.Year() {
		t.Fatalf("current term on %s: %+v %v", now.Format(time.DateOnly), term, err)
	}
	return rows
}

// The demo follows the clock: loaded today it has a current presidency; the same database
// loaded again three years later (a server restarted then) gains the years since, keeping the
// earlier ones; a fresh database loaded three years from now has one too.
func TestDemoFollowsTheClock(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	today := time.Now()
	later := today.AddDate(3, 0, 0)

	d := testdb.New(t)
	if err := seed.Demo(ctx, d, seed.DefaultPassword); err != nil {
		t.Fatal(err)
	}
	first := checkPresidency(t, d, today)
	if err := seed.DemoAt(ctx, d, seed.DefaultPassword, later); err != nil {
		t.Fatal(err)
	}
	again := checkPresidency(t, d, later)
	if len(again) != len(first)+3 {
		t.Errorf("three years later: %d terms, then %d", len(first), len(again))
	}
	for i, r := range first {
		if again[i] != r {
			t.Errorf("loading later changed %d: %+v -> %+v", r.Year, r, again[i])
		}
	}
	if err := seed.DemoAt(ctx, d, seed.DefaultPassword, later); err != nil {
		t.Fatal(err)
	}
	if n := len(terms(t, d)); n != len(again) {
		t.Errorf("loading again the same year added terms: %d -> %d", len(again), n)
	}

	fresh := testdb.New(t)
	if err := seed.DemoAt(ctx, fresh, seed.DefaultPassword, later); err != nil {
		t.Fatal(err)
	}
	checkPresidency(t, fresh, later)
}

// A term won in an election is kept, and the sample years around it respect R2.4: with
// Belgrade elected for 2026, neither 2025 nor 2027 goes to Belgrade.
func TestDemoSampleTermsGoAroundAnElectedTerm(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := testdb.New(t)
	if err := seed.DemoAt(ctx, d, seed.DefaultPassword, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if _, err := d.ExecContext(ctx, `INSERT INTO presidency_term (city_id, year) SELECT id, 2026 FROM city WHERE slug = 'belgrade'`); err != nil {
		t.Fatal(err)
	}
	in2027 := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	if err := seed.DemoAt(ctx, d, seed.DefaultPassword, in2027); err != nil {
		t.Fatal(err)
	}
	rows := terms(t, d)
	got := map[int]string{}
	for _, r := range rows {
		got[r.Year] = r.Slug
	}
	if got[2026] != "belgrade" || got[2025] == "belgrade" || got[2027] == "belgrade" || got[2025] == "" || got[2027] == "" {
		t.Errorf("terms: %v", got)
	}
}

// Four servers starting at once in 2029 on one fresh database add each sample year once:
// exactly 2025..2029, five terms, five summits and ten delegations.
func TestDemoSampleYearsLoadOnceWhenLoadedConcurrently(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := testdb.New(t)
	in2029 := time.Date(2029, 7, 1, 0, 0, 0, 0, time.UTC)
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() { errs <- seed.DemoAt(ctx, d, seed.DefaultPassword, in2029) }()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	var got struct{ Terms, Summits, Delegations int }
	if err := d.NewRaw(`SELECT (SELECT count(*) FROM presidency_term WHERE year > 2024) AS terms,
		(SELECT count(*) FROM summit WHERE year > 2024) AS summits,
		(SELECT count(*) FROM delegation dl JOIN summit s ON s.id = dl.summit_id WHERE s.year > 2024) AS delegations`).Scan(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if got.Terms != 5 || got.Summits != 5 || got.Delegations != 10 {
		t.Errorf("sample years loaded concurrently: %+v", got)
	}
	checkPresidency(t, d, in2029)
}

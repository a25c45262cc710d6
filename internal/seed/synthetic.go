package seed

import (
	"context"
	"fmt"
	"regexp"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/indicator"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

// SyntheticStats says what a synthetic load created.
type SyntheticStats struct {
	Cities  int
	Rows    int64
	Elapsed time.Duration
}

// Synthetic loads a large, made-up network on top of the demo data for load tests: n cities
// ("Synthetic City 1"...), each with proposals, practices, implementations of 50 shared
// recommendations with their timelines, and measurements of five city indicators. Rows are
// generated inside PostgreSQL (INSERT ... SELECT over generate_series), one statement per
// table. Loading again does nothing.
// progress, when set, hears of each table as it is loaded.
func Synthetic(ctx context.Context, d *bun.DB, n int, password string, progress func(step, steps int, table string, rows int64)) (*SyntheticStats, error) {
	if n < 1 || n > 100000 {
		return nil, fmt.Errorf("--cities must be between 1 and 100000")
	}
	if err := Demo(ctx, d, password); err != nil {
		return nil, err
	}
	start := time.Now()
	stats := &SyntheticStats{Cities: n}
	err := d.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", int64(demoLockKey)); err != nil {
			return err
		}
		var exists bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM city WHERE slug LIKE 'synthetic-city-%')").Scan(ctx, &exists); err != nil || exists {
			return err
		}
		for i, step := range syntheticSteps {
			res, err := tx.ExecContext(ctx, step, n)
			if err != nil {
				return fmt.Errorf("synthetic load: %w\n%s", err, step)
			}
			rows, _ := res.RowsAffected()
			stats.Rows += rows
			if progress != nil {
				progress(i+1, len(syntheticSteps), insertTarget.FindString(step), rows)
			}
		}
		return syntheticAccounts(ctx, tx, password)
	})
	stats.Elapsed = time.Since(start)
	if err != nil {
		return nil, err
	}
	_, err = d.ExecContext(ctx, "ANALYZE")
	return stats, err
}

// SyntheticSlug is the slug of the first synthetic city, whose admin, editor and viewer accounts
// (DemoEmail("editor", SyntheticSlug), the demo password) sign the load tests in as city officials
// of a city with a synthetic city's full share of rows.
const SyntheticSlug = "synthetic-city-1"

func syntheticAccounts(ctx context.Context, tx bun.Tx, password string) error {
	hash, err := demoHash(ctx, password)
	if err != nil {
		return err
	}
	var cityID int64
	if err := tx.NewRaw("SELECT id FROM city WHERE slug = ?", SyntheticSlug).Scan(ctx, &cityID); err != nil {
		return err
	}
	for _, r := range demoCityRoles {
		a := auth.Account{Email: DemoEmail(r.kind, SyntheticSlug), Name: "Synthetic City 1 " + r.label + " (synthetic account)",
			Role: r.role, CityID: &cityID, PasswordHash: hash}
		if _, err := auth.EnsureAccount(ctx, tx, a); err != nil {
			return err
		}
	}
	return nil
}

// Each step takes the number of cities as its only argument (unused where not needed).
// insertTarget finds the table a step loads ("INSERT INTO city").
var insertTarget = regexp.MustCompile(`INSERT INTO [a-z_]+`)

var syntheticSteps = []string{
	`INSERT INTO city (slug, name, country, population, status, member_since, join_route)
	 SELECT 'synthetic-city-' || g, 'Synthetic City ' || g, (ARRAY['AL','BA','BG','HR','GR','XK','MD','ME','MK','RO','RS','SI','TR'])[1 + g % 13],
	   20000 + (g * 7919) % 2000000, ` + db.Lit(city.StatusActive) + `, date '2021-11-29' + (g * 37) % 1800, (ARRAY[` + db.Lit(city.JoinSummit, city.JoinApplication) + `])[1 + g % 2]
	 FROM generate_series(1, ?::int) g`,
	`INSERT INTO recommendation (title, body, source_working_group_id, adopted_on)
	 SELECT 'Synthetic recommendation ' || g, jsonb_build_object('locale', 'en', 'translations', jsonb_build_array(jsonb_build_object('locale', 'en', 'text', 'Synthetic recommendation text ' || g, 'machine', false))),
	   (SELECT id FROM working_group ORDER BY id OFFSET g % 4 LIMIT 1), date '2022-03-01' + g * 30
	 FROM generate_series(1, 50) g WHERE ?::int > 0`,
	`INSERT INTO proposal (city_id, title, summary, body, working_group_id, visibility, status, submitted_at, decided_at, created_at)
	 SELECT c.id, 'Synthetic proposal ' || g || ' of ' || c.name, 'Summary ' || g,
	   jsonb_build_object('locale', 'en', 'translations', jsonb_build_array(jsonb_build_object('locale', 'en', 'text', 'Synthetic proposal body', 'machine', false))),
	   (SELECT id FROM working_group ORDER BY id OFFSET g % 4 LIMIT 1),
	   CASE WHEN g % 10 = 0 THEN ` + db.Lit(workspace.VisibilityPrivate) + ` WHEN g % 3 = 0 THEN ` + db.Lit(workspace.VisibilityPublic) + ` ELSE ` + db.Lit(workspace.VisibilityNetwork) + ` END,
	   CASE WHEN g % 10 = 0 THEN ` + db.Lit(workspace.ProposalDraft) + ` ELSE (ARRAY[` + db.Lit(workspace.ProposalSubmitted, workspace.ProposalUnderReview, workspace.ProposalAccepted, workspace.ProposalDeclined, workspace.ProposalWithdrawn) + `])[1 + g % 5] END,
	   CASE WHEN g % 10 = 0 THEN NULL ELSE timestamptz '2022-01-01' + ((c.id * 13 + g * 101) % 1700) * interval '1 day' END,
	   CASE WHEN g % 10 <> 0 AND g % 5 IN (2, 3) THEN timestamptz '2022-02-01' + ((c.id * 13 + g * 101) % 1700) * interval '1 day' END,
	   timestamptz '2021-12-01' + ((c.id * 13 + g * 101) % 1700) * interval '1 day'
	 FROM city c, generate_series(1, 10) g WHERE c.slug LIKE 'synthetic-city-%' AND ?::int > 0`,
	`INSERT INTO practice (city_id, title, summary, body, sdgs, visibility, status, published_at, created_at)
	 SELECT c.id, 'Synthetic practice ' || g || ' of ' || c.name, 'How ' || c.name || ' handles topic ' || g,
	   jsonb_build_object('locale', 'en', 'translations', jsonb_build_array(jsonb_build_object('locale', 'en',
	     'text', (ARRAY['climate adaptation plan','digital services portal','migrant integration desk','local economy fund','heatwave early warning'])[1 + g % 5], 'machine', false))),
	   ARRAY[1 + g % 17], CASE WHEN g % 7 = 0 THEN ` + db.Lit(workspace.VisibilityPrivate) + ` WHEN g % 2 = 0 THEN ` + db.Lit(workspace.VisibilityPublic) + ` ELSE ` + db.Lit(workspace.VisibilityNetwork) + ` END,
	   CASE WHEN g % 5 = 0 THEN ` + db.Lit(workspace.PracticeDraft) + ` ELSE ` + db.Lit(workspace.PracticePublished) + ` END,
	   CASE WHEN g % 5 = 0 THEN NULL ELSE timestamptz '2022-01-01' + ((c.id * 7 + g * 53) % 1750) * interval '1 day' END,
	   timestamptz '2021-12-01' + ((c.id * 7 + g * 53) % 1750) * interval '1 day'
	 FROM city c, generate_series(1, 20) g WHERE c.slug LIKE 'synthetic-city-%' AND ?::int > 0`,
	`INSERT INTO implementation (city_id, recommendation_id, visibility, status, progress, planned_start, planned_end, created_at, updated_at)
	 SELECT c.id, r.id, CASE WHEN (c.id + r.id) % 9 = 0 THEN ` + db.Lit(workspace.VisibilityPrivate) + ` ELSE ` + db.Lit(workspace.VisibilityNetwork) + ` END,
	   (ARRAY[` + db.Lit(workspace.ImplementationPlanned, workspace.ImplementationInProgress, workspace.ImplementationInProgress, workspace.ImplementationCompleted, workspace.ImplementationSuspended, workspace.ImplementationNotPursued) + `])[1 + (c.id + r.id) % 6],
	   CASE (c.id + r.id) % 6 WHEN 0 THEN 0 WHEN 3 THEN 100 ELSE (c.id * 31 + r.id * 17) % 100 END,
	   r.adopted_on + 30, r.adopted_on + 400, r.adopted_on + interval '10 days', r.adopted_on + interval '10 days' + ((c.id + r.id) % 500) * interval '1 day'
	 FROM city c, recommendation r WHERE c.slug LIKE 'synthetic-city-%' AND r.title LIKE 'Synthetic recommendation %' AND ?::int > 0`,
	`INSERT INTO implementation_update (city_id, implementation_id, at, status, progress, note)
	 SELECT i.city_id, i.id, i.created_at + g * interval '20 days', i.status, least(100, i.progress * g / 15), 'Synthetic update ' || g
	 FROM implementation i, generate_series(1, 15) g WHERE i.city_id IN (SELECT id FROM city WHERE slug LIKE 'synthetic-city-%') AND ?::int > 0`,
	`INSERT INTO indicator (key, name, unit, direction, scope, source, rollup)
	 SELECT 'synthetic-indicator-' || g, 'Synthetic indicator ' || g, 'units', (ARRAY[` + db.Lit(indicator.Increase, indicator.Decrease) + `])[1 + g % 2], ` + db.Lit(indicator.ScopeCity) + `, ` + db.Lit(indicator.SourceManual) + `, ` + db.Lit(indicator.RollupAverage) + `
	 FROM generate_series(1, 5) g WHERE ?::int > 0`,
	`INSERT INTO indicator_target (indicator_id, term_year, baseline, target, due_on)
	 SELECT i.id, y, 50, CASE WHEN i.direction = ` + db.Lit(indicator.Increase) + ` THEN 80 ELSE 20 END, make_date(y, 12, 31)
	 FROM indicator i, generate_series(2022, 2026) y WHERE i.key LIKE 'synthetic-indicator-%' AND ?::int > 0`,
	`INSERT INTO measurement (indicator_id, city_id, measured_on, value)
	 SELECT i.id, c.id, date '2022-01-01' + g * 45, 50 + ((c.id * 7 + g * 3 + i.id) % 40) - 20
	 FROM indicator i, city c, generate_series(0, 39) g
	 WHERE i.key LIKE 'synthetic-indicator-%' AND c.slug LIKE 'synthetic-city-%' AND ?::int > 0`,
	`INSERT INTO working_group_member (city_id, working_group_id, focal_point)
	 SELECT c.id, g.id, 'Focal point' FROM city c, working_group g
	 WHERE c.slug LIKE 'synthetic-city-%' AND (c.id + g.id) % 3 = 0 AND ?::int > 0`,
	`INSERT INTO working_group_meeting (working_group_id, kind, starts_at, online_url, agenda)
	 SELECT g.id, ` + db.Lit(workinggroup.MeetingRegular) + `, timestamptz '2022-03-01' + q * interval '3 months', 'https://meet.example.org/wg-' || g.id, 'Synthetic quarterly meeting'
	 FROM working_group g, generate_series(0, 18) q WHERE ?::int > 0`,
	`INSERT INTO working_group_meeting_attendance (city_id, meeting_id)
	 SELECT m.city_id, mt.id FROM working_group_member m JOIN working_group_meeting mt ON mt.working_group_id = m.working_group_id
	 WHERE mt.agenda = 'Synthetic quarterly meeting' AND (m.city_id + mt.id) % 2 = 0 AND ?::int > 0`,
}

package seed

import (
	"context"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/workspace"
)

// Sample workspace content in several cities, each item marked as sample in its text: the
// public facts name practices (Tirana, Istanbul and Pristina presented carbon mitigation and
// adaptation work in May 2024) but not their content.
const sampleMark = " (sample content)"

type samplePractice struct {
	city, title, summary, body string
	visibility                 workspace.Visibility
	sdgs                       []int
	group                      string
}

var samplePractices = []samplePractice{
	{"tirana", "Carbon mitigation and adaptation in Tirana", "How the city plans emission cuts and adaptation together.",
		"Sample text: the city pairs each mitigation measure with an adaptation one and reports both yearly.", workspace.VisibilityPublic, []int{11, 13}, "local-climate-action"},
	{"istanbul", "Urban heat early warning", "A warning service for heatwaves, by district.",
		"Sample text: district-level heat alerts reach residents by text message and the city's app.", workspace.VisibilityNetwork, []int{3, 11, 13}, "local-climate-action"},
	{"pristina", "Climate adaptation plan of Prishtinë", "Adaptation measures for the capital, with their costs.",
		"Sample text: the plan ranks measures by cost and benefit and names who delivers each.", workspace.VisibilityPublic, []int{13}, "local-climate-action"},
	{"sarajevo", "Open data portal for Sarajevo", "Publishing the city's datasets under an open licence.",
		"Sample text: every department publishes its datasets in one catalogue, updated monthly.", workspace.VisibilityNetwork, []int{9, 16}, "smart-cities-and-digital-transformation"},
}

// seedSamples adds the sample practices, a proposal, a recommendation and implementations.
func seedSamples(ctx context.Context, tx bun.Tx) error {
	for _, p := range samplePractices {
		body := i18n.New(i18n.Working, p.body+sampleMark)
		if _, err := tx.ExecContext(ctx, `INSERT INTO practice (city_id, title, summary, body, sdgs, visibility, status, published_at)
			SELECT c.id, ?, ?, ?, ?, ?, `+db.Lit(workspace.PracticePublished)+`, '2024-06-01' FROM city c
			WHERE c.slug = ? AND NOT EXISTS (SELECT 1 FROM practice WHERE title = ?)`,
			p.title+sampleMark, p.summary+sampleMark, body, pgdialect.Array(p.sdgs), p.visibility, p.city, p.title+sampleMark); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO practice_working_group (city_id, practice_id, working_group_id)
			SELECT pt.city_id, pt.id, g.id FROM practice pt, working_group g WHERE pt.title = ? AND g.slug = ? ON CONFLICT DO NOTHING`,
			p.title+sampleMark, p.group); err != nil {
			return err
		}
	}
	proposal := "Shared heatwave protocol for member cities" + sampleMark
	if _, err := tx.ExecContext(ctx, `INSERT INTO proposal (city_id, title, summary, body, working_group_id, visibility, status, submitted_at)
		SELECT c.id, ?, ?, ?, g.id, `+db.Lit(workspace.VisibilityNetwork)+`, `+db.Lit(workspace.ProposalSubmitted)+`, '2024-06-10' FROM city c, working_group g
		WHERE c.slug = 'athens' AND g.slug = 'local-climate-action' AND NOT EXISTS (SELECT 1 FROM proposal WHERE title = ?)`,
		proposal, "One protocol for heat alerts across the network."+sampleMark,
		i18n.New(i18n.Working, "Sample text: member cities agree on alert thresholds and share warnings across borders."+sampleMark), proposal); err != nil {
		return err
	}
	rec := "Adopt a municipal heat action plan" + sampleMark
	if _, err := tx.ExecContext(ctx, `INSERT INTO recommendation (title, body, source_working_group_id, adopted_on)
		SELECT ?, ?, g.id, '2024-09-01' FROM working_group g WHERE g.slug = 'local-climate-action'
		AND NOT EXISTS (SELECT 1 FROM recommendation WHERE title = ?)`,
		rec, i18n.New(i18n.Working, "Sample text: each member city adopts a heat action plan within two years; the network does not bind it (R6.5)."+sampleMark), rec); err != nil {
		return err
	}
	for _, im := range []struct {
		city       string
		status     workspace.ImplementationStatus
		visibility workspace.Visibility
		progress   int
	}{{"athens", workspace.ImplementationInProgress, workspace.VisibilityNetwork, 40}, {"split", workspace.ImplementationPlanned, workspace.VisibilityNetwork, 0},
		{"sarajevo", workspace.ImplementationCompleted, workspace.VisibilityPrivate, 100}} {
		if _, err := tx.ExecContext(ctx, `WITH i AS (
			INSERT INTO implementation (city_id, recommendation_id, visibility, status, progress, planned_start, planned_end)
			SELECT c.id, r.id, ?, ?, ?, '2024-10-01', '2026-10-01' FROM city c, recommendation r
			WHERE c.slug = ? AND r.title = ? AND NOT EXISTS (SELECT 1 FROM implementation x WHERE x.city_id = c.id AND x.recommendation_id = r.id)
			RETURNING city_id, id, status, progress)
			INSERT INTO implementation_update (city_id, implementation_id, status, progress, note)
			SELECT city_id, id, status, progress, ? FROM i`,
			im.visibility, im.status, im.progress, im.city, rec, "Sample update."+sampleMark); err != nil {
			return err
		}
	}
	// Pristina adopts Tirana's practice: a transfer from city to city.
	_, err := tx.ExecContext(ctx, `WITH i AS (
		INSERT INTO implementation (city_id, source_practice_city_id, source_practice_id, visibility, status)
		SELECT c.id, pt.city_id, pt.id, `+db.Lit(workspace.VisibilityNetwork)+`, `+db.Lit(workspace.ImplementationPlanned)+` FROM city c, practice pt
		WHERE c.slug = 'pristina' AND pt.title = ? AND NOT EXISTS (SELECT 1 FROM implementation x WHERE x.city_id = c.id AND x.source_practice_id = pt.id)
		RETURNING city_id, id)
		INSERT INTO implementation_update (city_id, implementation_id, status, progress, note) SELECT city_id, id, `+db.Lit(workspace.ImplementationPlanned)+`, 0, ? FROM i`,
		samplePractices[0].title+sampleMark, "Sample update: adopted Tirana's practice."+sampleMark)
	return err
}

package seed

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/indicator"
	"github.com/b40-network/workspace/internal/network"
)

// The demo also shows the product at work: the secretariat's staff, indicators with term
// targets and measurements, and the membership dates the public record gives. People and
// figures are samples, marked as such; dates are the public record's.

// memberOnRecord is the earliest date the public facts show a city as a member: Athens hosted
// and Tirana was elected at the Athens Summit (R2.3: only members stand); Pristina presented a
// practice at the Tirana working-group meetings. The facts do not say when, or how, they joined,
// so join_route stays empty and this is not a claim that they were not founders.
var memberOnRecord = []struct{ slug, since string }{
	{"athens", "2023-01-22"}, {"tirana", "2023-01-22"}, {"pristina", "2024-05-21"},
}

// sampleStaff meets R3.3: one network secretary and at least two experts with good English.
var sampleStaff = []struct {
	name     string
	position network.Position
	english  network.CEFRLevel
}{
	{"Network secretary (sample person)", network.PositionNetworkSecretary, network.C1},
	{"Climate and resilience expert (sample person)", network.PositionExpert, network.C1},
	{"Digital transformation expert (sample person)", network.PositionExpert, network.B2},
}

type sampleIndicator struct {
	key, name, description, unit, group string
	direction                           indicator.Direction
	scope                               indicator.Scope
	source                              indicator.Source
	metric                              indicator.Metric
	rollup                              indicator.Rollup
	// targets per term year: baseline and target
	targets map[int][2]float64
	// measurements per city slug ("" for the network): date and value
	measurements []sampleMeasurement
}

type sampleMeasurement struct {
	city, on string
	value    float64
}

var sampleIndicators = []sampleIndicator{
	{key: "member-cities", name: "Member cities", description: "Active member cities of the network (R1.3), counted live.",
		unit: "cities", direction: indicator.Increase, scope: indicator.ScopeNetwork, source: indicator.SourceDerived, metric: indicator.MetricMemberCities, rollup: indicator.RollupSum,
		targets: map[int][2]float64{2024: {14, 20}, 2025: {17, 25}, 2026: {17, 30}}},
	{key: "climate-group-meetings", name: "Local climate action: meetings held", description: "Meetings of the climate working group in the term year (R4.4), counted live.",
		unit: "meetings", direction: indicator.Increase, scope: indicator.ScopeWorkingGroup, group: "local-climate-action", source: indicator.SourceDerived, metric: indicator.MetricMeetingsHeld, rollup: indicator.RollupSum,
		targets: map[int][2]float64{2024: {0, 4}, 2025: {0, 4}, 2026: {0, 4}}},
	{key: "heat-plan-coverage", name: "Residents covered by a heat action plan (sample figures)",
		description: "Share of residents living under a municipal heat action plan; sample figures reported by cities.",
		unit:        "%", direction: indicator.Increase, scope: indicator.ScopeCity, source: indicator.SourceManual, rollup: indicator.RollupAverage,
		targets: map[int][2]float64{2025: {20, 60}, 2026: {35, 75}},
		measurements: []sampleMeasurement{{"athens", "2025-03-31", 30}, {"athens", "2025-09-30", 42}, {"split", "2025-06-30", 15},
			{"tirana", "2025-06-30", 38}, {"istanbul", "2025-12-31", 55}}},
	{key: "municipal-building-emissions", name: "Municipal building emissions (sample figures)",
		description: "CO2 from the network's municipal buildings, in kilotonnes a year; sample figures.",
		unit:        "kt CO2", direction: indicator.Decrease, scope: indicator.ScopeNetwork, source: indicator.SourceManual, rollup: indicator.RollupSum,
		targets:      map[int][2]float64{2025: {120, 100}, 2026: {110, 90}},
		measurements: []sampleMeasurement{{"", "2025-06-30", 114}, {"", "2025-12-31", 108}}},
}

func seedShowcase(ctx context.Context, tx bun.Tx) error {
	for _, m := range memberOnRecord {
		if _, err := tx.ExecContext(ctx, `UPDATE city SET member_since = ? WHERE slug = ? AND member_since IS NULL`, m.since, m.slug); err != nil {
			return err
		}
	}
	for _, s := range sampleStaff {
		if _, err := tx.ExecContext(ctx, `INSERT INTO secretariat_staff (name, position, english_level)
			SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM secretariat_staff WHERE name = ?)
			AND NOT (? = `+db.Lit(network.PositionNetworkSecretary)+` AND EXISTS (SELECT 1 FROM secretariat_staff WHERE position = `+db.Lit(network.PositionNetworkSecretary)+`))`,
			s.name, s.position, s.english, s.name, s.position); err != nil {
			return err
		}
	}
	for _, ind := range sampleIndicators {
		if _, err := tx.ExecContext(ctx, `INSERT INTO indicator (key, name, description, unit, direction, scope, working_group_id, source, metric, rollup)
			VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM working_group WHERE slug = NULLIF(?, '')), ?, NULLIF(?, ''), ?)
			ON CONFLICT (key) DO NOTHING`,
			ind.key, ind.name, ind.description, ind.unit, ind.direction, ind.scope, ind.group, ind.source, ind.metric, ind.rollup); err != nil {
			return err
		}
		for year, bt := range ind.targets {
			if _, err := tx.ExecContext(ctx, `INSERT INTO indicator_target (indicator_id, term_year, baseline, target, due_on)
				SELECT id, ?, ?, ?, make_date(?, 12, 31) FROM indicator WHERE key = ? ON CONFLICT DO NOTHING`,
				year, bt[0], bt[1], year, ind.key); err != nil {
				return err
			}
		}
		for _, m := range ind.measurements {
			if _, err := tx.ExecContext(ctx, `INSERT INTO measurement (indicator_id, city_id, measured_on, value, note)
				SELECT i.id, (SELECT id FROM city WHERE slug = NULLIF(?, '')), ?, ?, 'sample figure' FROM indicator i WHERE i.key = ?
				ON CONFLICT DO NOTHING`, m.city, m.on, m.value, ind.key); err != nil {
				return err
			}
		}
	}
	return nil
}

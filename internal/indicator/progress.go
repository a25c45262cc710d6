package indicator

import (
	"context"
	"math"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/workspace"
)

// derived computes a DERIVED indicator's live value, as of asOf. Across cities it counts only
// what the network may see: PRIVATE items are never counted. Its arguments follow the
// statement's own (asOf first); MEETINGS_HELD also takes the term year and the group.
var derived = map[Metric]struct {
	sql  string
	args []any
}{
	MetricMemberCities: {`SELECT count(*) FROM city WHERE status = ? AND (member_since IS NULL OR member_since <= ?::date)`,
		[]any{city.StatusActive}},
	MetricMeetingsHeld: {`SELECT count(*) FROM working_group_meeting m WHERE m.starts_at <= ?::timestamptz AND extract(year FROM m.starts_at) = ?
		AND (?::bigint IS NULL OR m.working_group_id = ?)`, nil},
	MetricPracticesPublished: {`SELECT count(*) FROM practice WHERE status = ? AND visibility <> ? AND published_at <= ?::timestamptz`,
		[]any{workspace.PracticePublished, workspace.VisibilityPrivate}},
	MetricImplementationsCompleted: {`SELECT count(*) FROM implementation WHERE status = ? AND visibility <> ? AND updated_at <= ?::timestamptz`,
		[]any{workspace.ImplementationCompleted, workspace.VisibilityPrivate}},
	MetricCitiesWithImplementation: {`SELECT count(DISTINCT city_id) FROM implementation WHERE visibility <> ? AND created_at <= ?::timestamptz`,
		[]any{workspace.VisibilityPrivate}},
}

// value is the indicator's current figure for the term: a DERIVED metric computed live; a
// MANUAL one's latest network value, or its cities' latest values rolled up (sum, average,
// count of cities); for one city, that city's latest value.
func (s *Service) value(ctx context.Context, tx bun.IDB, ind *Indicator, termYear int, cityID *int64) (*float64, error) {
	now := s.Now()
	if ind.Metric != nil {
		q := derived[*ind.Metric]
		args := append(append([]any{}, q.args...), now)
		if *ind.Metric == MetricMeetingsHeld {
			args = append(args, termYear, ind.WorkingGroupID, ind.WorkingGroupID)
		}
		var n float64
		err := tx.NewRaw("SELECT ("+q.sql+")::float8", args...).Scan(ctx, &n)
		return &n, err
	}
	var out []*float64
	err := tx.NewRaw(`WITH latest AS (
			SELECT city_id, value FROM measurement_latest WHERE indicator_id = ? AND (?::bigint IS NULL OR city_id = ?))
		SELECT CASE
			WHEN NOT EXISTS (SELECT 1 FROM latest WHERE city_id IS NOT NULL) THEN (SELECT value FROM latest WHERE city_id IS NULL)
			WHEN ? THEN (SELECT avg(value) FROM latest WHERE city_id IS NOT NULL)
			WHEN ? THEN (SELECT count(*) FROM latest WHERE city_id IS NOT NULL AND value <> 0)
			ELSE (SELECT sum(value) FROM latest WHERE city_id IS NOT NULL) END`,
		ind.ID, cityID, cityID, ind.Rollup == RollupAverage, ind.Rollup == RollupCountCities).Scan(ctx, &out)
	if err != nil || len(out) == 0 {
		return nil, err
	}
	return out[0], nil
}

// Progress is the indicator's standing against its termYear target (nil target: no goal set).
func (s *Service) Progress(ctx context.Context, ind *Indicator, termYear int, cityID *int64) (*Progress, error) {
	p := &Progress{}
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		var ts []*Target
		if err := tx.NewSelect().Model(&ts).Where("tg.indicator_id = ? AND tg.term_year = ?", ind.ID, termYear).Scan(ctx); err != nil {
			return err
		}
		var err error
		if p.Latest, err = s.value(ctx, tx, ind, termYear, cityID); err != nil {
			return err
		}
		if len(ts) == 1 {
			p.Target = ts[0]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	compute(p, s.Now())
	return p, nil
}

// compute fills percent and onTrack: on track when the share of the way covered is at least
// the share of the term elapsed (from 1 January of the term year to the due date).
func compute(p *Progress, now time.Time) {
	if p.Target == nil || p.Latest == nil {
		return
	}
	t := p.Target
	pct := (*p.Latest - t.Baseline) / (t.Target - t.Baseline) * 100
	pct = math.Round(pct*10) / 10
	p.Percent = &pct
	start := time.Date(t.TermYear, 1, 1, 0, 0, 0, 0, time.UTC)
	expected := 100.0
	if total := t.DueOn.Sub(start); total > 0 && now.Before(t.DueOn) {
		expected = math.Max(0, float64(now.Sub(start))/float64(total)*100)
	}
	p.OnTrack = pct >= expected
}

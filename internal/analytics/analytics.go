// Package analytics computes the network-wide figures for the secretariat, analysts and the
// presidency, in PostgreSQL aggregates. Across cities nothing PRIVATE is ever counted.
package analytics

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
)

// Filter narrows every figure: a year, countries, working groups (where they apply).
type Filter struct {
	Year            *int
	Countries       []string
	WorkingGroupIDs []int64
}

// Service computes the figures.
type Service struct{ DB *bun.DB }

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d} }

// Authorize allows network scope only: the secretariat, analysts and the presidency.
func Authorize(ctx context.Context) error {
	v, err := auth.RequireUser(ctx)
	if err != nil {
		return err
	}
	if !v.IsSecretariat() && !v.IsAnalyst() && !v.IsPresidency() {
		return apperr.New(apperr.Forbidden, "analytics are for the secretariat, analysts and the presidency")
	}
	return nil
}

// countryCond narrows on a city column by country.
func (f Filter) countryCond(col string) (string, []any) {
	if len(f.Countries) == 0 {
		return "true", nil
	}
	return col + " IN (SELECT id FROM city WHERE country IN (?))", []any{bun.In(f.Countries)}
}

// TimeCount is a count for a period, with the running total.
type TimeCount struct {
	Period     time.Time `bun:"period"`
	Count      int       `bun:"count"`
	Cumulative int       `bun:"cumulative"`
}

// MembershipGrowth counts cities joining per month or year (by memberSince).
func (s *Service) MembershipGrowth(ctx context.Context, f Filter, interval string) ([]*TimeCount, error) {
	if err := Authorize(ctx); err != nil {
		return nil, err
	}
	unit := map[string]string{"MONTH": "month", "YEAR": "year"}[interval]
	if unit == "" {
		return nil, apperr.Invalid([]string{"interval"}, "interval is MONTH or YEAR")
	}
	cond, args := f.countryCond("c.id")
	year := 0
	if f.Year != nil {
		year = *f.Year
	}
	return db.Select[*TimeCount](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().TableExpr(`(SELECT date_trunc(?, c.member_since)::date AS period, count(*) AS count FROM city c
			WHERE c.member_since IS NOT NULL AND `+cond+` GROUP BY 1) AS g`, append([]any{unit}, args...)...).
			ColumnExpr("g.period, g.count, (sum(g.count) OVER (ORDER BY g.period))::int AS cumulative").
			Where("? = 0 OR extract(year FROM g.period) = ?", year, year).Order("g.period")
	})
}

// StatusCount is how many implementations are at one status.
type StatusCount struct {
	Status string `json:"status"`
	Count  int    `json:"count"`
}

// StatusBreakdown is one group's implementations by status.
type StatusBreakdown struct {
	Key             string         `bun:"key"`
	Label           string         `bun:"label"`
	Counts          []*StatusCount `bun:"counts,type:jsonb"`
	AverageProgress float64        `bun:"average_progress"`
}

var groupings = map[string][2]string{
	"CITY":           {"c.id::text", "c.name"},
	"COUNTRY":        {"c.country", "co.name"},
	"RECOMMENDATION": {"coalesce(rc.id::text, 'practice-adoptions')", "coalesce(rc.title, 'Adoptions of practices')"},
	"WORKING_GROUP":  {"coalesce(rc.source_working_group_id::text, 'none')", "coalesce(b40_wg_name(rc.source_working_group_id), 'No working group')"},
}

// ImplementationStatus groups the network's (non-private) implementations by city, country,
// recommendation or working group.
func (s *Service) ImplementationStatus(ctx context.Context, f Filter, groupBy string) ([]*StatusBreakdown, error) {
	if err := Authorize(ctx); err != nil {
		return nil, err
	}
	g, ok := groupings[groupBy]
	if !ok {
		return nil, apperr.Invalid([]string{"groupBy"}, "groupBy is CITY, COUNTRY, RECOMMENDATION or WORKING_GROUP")
	}
	return db.Select[*StatusBreakdown](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().TableExpr("implementation AS im").
			Join("JOIN city AS c ON c.id = im.city_id").Join("JOIN country AS co ON co.code = c.country").
			Join("LEFT JOIN recommendation AS rc ON rc.id = im.recommendation_id").
			ColumnExpr(g[0] + " AS key").ColumnExpr(g[1] + " AS label").
			ColumnExpr(`(SELECT jsonb_agg(jsonb_build_object('status', s, 'count', n) ORDER BY s)
				FROM (SELECT status AS s, count(*) AS n FROM unnest(array_agg(im.status)) AS status GROUP BY status) x) AS counts`).
			ColumnExpr("round(avg(im.progress)::numeric, 1)::float8 AS average_progress").
			Where("im.visibility <> 'PRIVATE'").GroupExpr(g[0] + ", " + g[1]).OrderExpr("label")
		return f.implementations(q)
	})
}

// implementations applies the filter to a query over implementation im (with rc joined).
func (f Filter) implementations(q *bun.SelectQuery) *bun.SelectQuery {
	if f.Year != nil {
		q = q.Where("extract(year FROM im.created_at) <= ? AND (im.status NOT IN ('COMPLETED', 'NOT_PURSUED') OR extract(year FROM im.updated_at) >= ?)", *f.Year, *f.Year)
	}
	if len(f.Countries) > 0 {
		q = q.Where("c.country IN (?)", bun.In(f.Countries))
	}
	if len(f.WorkingGroupIDs) > 0 {
		q = q.Where("rc.source_working_group_id IN (?)", bun.In(f.WorkingGroupIDs))
	}
	return q
}

// CityStatus is one cell of the adoption matrix.
type CityStatus struct {
	CityID   int64  `json:"cityId"`
	Status   string `json:"status"`
	Progress int    `json:"progress"`
}

// AdoptionRow is one recommendation's row of the matrix: each city's latest implementation.
type AdoptionRow struct {
	RecommendationID int64         `bun:"recommendation_id"`
	Cities           []*CityStatus `bun:"cities,type:jsonb"`
	Committed        int           `bun:"committed"`
	InProgress       int           `bun:"in_progress"`
	Completed        int           `bun:"completed"`
	NotPursued       int           `bun:"not_pursued"`
}

// RecommendationAdoption is the recommendation-by-city matrix: for each recommendation, which
// cities committed, progressed and completed (non-private implementations, latest per city).
func (s *Service) RecommendationAdoption(ctx context.Context, f Filter) ([]*AdoptionRow, error) {
	if err := Authorize(ctx); err != nil {
		return nil, err
	}
	return db.Select[*AdoptionRow](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		latest := tx.NewSelect().TableExpr("implementation AS im").DistinctOn("im.recommendation_id, im.city_id").
			Join("JOIN city AS c ON c.id = im.city_id").Join("JOIN recommendation AS rc ON rc.id = im.recommendation_id").
			ColumnExpr("im.recommendation_id, im.city_id, im.status, im.progress").
			Where("im.visibility <> 'PRIVATE'").OrderExpr("im.recommendation_id, im.city_id, im.created_at DESC")
		latest = f.implementations(latest)
		return tx.NewSelect().With("latest", latest).TableExpr("recommendation AS r").
			Join("LEFT JOIN latest AS l ON l.recommendation_id = r.id").
			ColumnExpr("r.id AS recommendation_id").
			ColumnExpr(`coalesce(jsonb_agg(jsonb_build_object('cityId', l.city_id, 'status', l.status, 'progress', l.progress) ORDER BY l.city_id)
				FILTER (WHERE l.city_id IS NOT NULL), '[]') AS cities`).
			ColumnExpr("count(*) FILTER (WHERE l.status = 'PLANNED') AS committed").
			ColumnExpr("count(*) FILTER (WHERE l.status IN ('IN_PROGRESS', 'SUSPENDED')) AS in_progress").
			ColumnExpr("count(*) FILTER (WHERE l.status = 'COMPLETED') AS completed").
			ColumnExpr("count(*) FILTER (WHERE l.status = 'NOT_PURSUED') AS not_pursued").
			GroupExpr("r.id").OrderExpr("r.adopted_on DESC, r.id DESC")
	})
}

// GroupActivity is a working group's year: meetings held against those due (R4.4).
type GroupActivity struct {
	WorkingGroupID int64 `bun:"working_group_id"`
	MeetingsHeld   int   `bun:"meetings_held"`
	MeetingsDue    int   `bun:"meetings_due"`
	ExtraMeetings  int   `bun:"extra_meetings"`
	Members        int   `bun:"members"`
	Requests       int   `bun:"requests"`
}

// WorkingGroupActivity compares each group's meetings in year with the quarterly cadence:
// one regular meeting due for every full three months the group was active that year.
func (s *Service) WorkingGroupActivity(ctx context.Context, f Filter, year int) ([]*GroupActivity, error) {
	if err := Authorize(ctx); err != nil {
		return nil, err
	}
	return GroupActivityTx(ctx, s.DB, f, year)
}

// GroupActivityTx is WorkingGroupActivity without the check, for the annual report.
func GroupActivityTx(ctx context.Context, d *bun.DB, f Filter, year int) ([]*GroupActivity, error) {
	start := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(1, 0, 0)
	return db.Select[*GroupActivity](ctx, d, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().TableExpr("working_group AS wg").
			ColumnExpr("wg.id AS working_group_id").
			ColumnExpr(`(SELECT count(*) FROM working_group_meeting m WHERE m.working_group_id = wg.id AND m.kind IN ('REGULAR', 'IN_PERSON')
				AND m.starts_at >= ? AND m.starts_at < least(?, now())) AS meetings_held`, start, end).
			ColumnExpr(`(SELECT count(*) FROM working_group_meeting m WHERE m.working_group_id = wg.id AND m.kind = 'EXTRA'
				AND m.starts_at >= ? AND m.starts_at < least(?, now())) AS extra_meetings`, start, end).
			ColumnExpr(`greatest(0, floor(extract(epoch FROM (
				least(?::timestamptz, now(), coalesce(wg.closed_at, 'infinity'), coalesce(wg.ends_on::timestamptz, 'infinity'))
				- greatest(?::timestamptz, wg.approved_at))) / (3 * 30.4375 * 86400)))::int AS meetings_due`, end, start).
			ColumnExpr("(SELECT count(*) FROM working_group_member mb WHERE mb.working_group_id = wg.id) AS members").
			ColumnExpr(`(SELECT count(*) FROM meeting_request r WHERE r.working_group_id = wg.id AND r.requested_at >= ? AND r.requested_at < ?) AS requests`, start, end).
			Where("wg.approved_at IS NOT NULL AND wg.approved_at < ?", end).OrderExpr("wg.slug")
		if len(f.WorkingGroupIDs) > 0 {
			q = q.Where("wg.id IN (?)", bun.In(f.WorkingGroupIDs))
		}
		return q
	})
}

// Engagement is one city's activity in the network.
type Engagement struct {
	CityID             int64 `bun:"city_id"`
	ProposalsSubmitted int   `bun:"proposals_submitted"`
	PracticesShared    int   `bun:"practices_shared"`
	Implementations    int   `bun:"implementations"`
	Completed          int   `bun:"completed"`
	EndorsementsGiven  int   `bun:"endorsements_given"`
	WorkingGroups      int   `bun:"working_groups"`
	MeetingsAttended   int   `bun:"meetings_attended"`
	Score              int   `bun:"score"`
}

// CityEngagement ranks cities by what they contribute (non-private activity only).
func (s *Service) CityEngagement(ctx context.Context, f Filter, limit int) ([]*Engagement, error) {
	if err := Authorize(ctx); err != nil {
		return nil, err
	}
	if limit < 1 || limit > 1000 {
		return nil, apperr.Invalid([]string{"first"}, "first is 1 to 1000")
	}
	yearCond := "true"
	var yargs []any
	if f.Year != nil {
		yearCond = "extract(year FROM %s) = ?"
		yargs = []any{*f.Year}
	}
	y := func(col string) (string, []any) {
		if f.Year == nil {
			return "true", nil
		}
		return fmt.Sprintf(yearCond, col), yargs
	}
	c1, a1 := y("p.submitted_at")
	c2, a2 := y("pt.published_at")
	c3, a3 := y("im.created_at")
	c4, a4 := y("e.endorsed_at")
	c5, a5 := y("m.starts_at")
	return db.Select[*Engagement](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().TableExpr(`(SELECT c.id AS city_id,
			(SELECT count(*) FROM proposal p WHERE p.city_id = c.id AND p.status <> 'DRAFT' AND p.visibility <> 'PRIVATE' AND `+c1+`) AS proposals_submitted,
			(SELECT count(*) FROM practice pt WHERE pt.city_id = c.id AND pt.status = 'PUBLISHED' AND pt.visibility <> 'PRIVATE' AND `+c2+`) AS practices_shared,
			(SELECT count(*) FROM implementation im WHERE im.city_id = c.id AND im.visibility <> 'PRIVATE' AND `+c3+`) AS implementations,
			(SELECT count(*) FROM implementation im WHERE im.city_id = c.id AND im.visibility <> 'PRIVATE' AND im.status = 'COMPLETED' AND `+c3+`) AS completed,
			(SELECT count(*) FROM proposal_endorsement e WHERE e.endorser_city_id = c.id AND `+c4+`) AS endorsements_given,
			(SELECT count(*) FROM working_group_member wm WHERE wm.city_id = c.id) AS working_groups,
			(SELECT count(*) FROM working_group_meeting_attendance a JOIN working_group_meeting m ON m.id = a.meeting_id WHERE a.city_id = c.id AND `+c5+`) AS meetings_attended
			FROM city c WHERE c.status = 'ACTIVE' AND (? OR c.country IN (?))) AS x`,
			concat(a1, a2, a3, a3, a4, a5, []any{len(f.Countries) == 0, bun.In(nonEmpty(f.Countries))})...).
			ColumnExpr("x.*").
			ColumnExpr("(3 * x.proposals_submitted + 3 * x.practices_shared + 2 * x.implementations + 2 * x.completed + x.endorsements_given + x.working_groups + x.meetings_attended) AS score").
			OrderExpr("score DESC, x.city_id").Limit(int64(limit))
		return q
	})
}

func concat(parts ...[]any) []any {
	var out []any
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func nonEmpty(xs []string) []string {
	if len(xs) == 0 {
		return []string{""}
	}
	return xs
}

// Package analytics computes the network-wide figures for the secretariat, analysts and the
// presidency, in PostgreSQL aggregates. Across cities nothing PRIVATE is ever counted.
package analytics

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

// Filter narrows every figure: a year, countries, working groups (where they apply).
type Filter struct {
	Year            *int
	Countries       []string
	WorkingGroupIDs []int64
}

// Service computes the figures.
type Service struct {
	DB *bun.DB
}

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d} }

// Authorize allows network scope only: the secretariat, analysts and the presidency.
func Authorize(ctx context.Context) error {
	v, err := auth.RequireUser(ctx)
	if err != nil {
		return err
	}
	if !v.CanViewAnalytics() {
		return apperr.New(apperr.Forbidden, "analytics are for the secretariat, analysts and the presidency")
	}
	return nil
}

// authorized checks the caller with Authorize and returns the context the figures are computed
// in: the one network scope (auth.NetworkReadScope), never the caller's, because the answers
// are shared between callers (graph's analytics answers, this package's Cache).
func authorized(ctx context.Context) (context.Context, error) {
	if err := Authorize(ctx); err != nil {
		return ctx, err
	}
	return db.NewContext(ctx, auth.NetworkReadScope()), nil
}

// countryCond narrows on a city column by country.
func (f Filter) countryCond(col string) (string, []any) {
	if len(f.Countries) == 0 {
		return "true", nil
	}
	return col + " IN (SELECT id FROM city WHERE country IN (?))", []any{bun.List(f.Countries)}
}

// TimeCount is a count for a period, with the running total.
type TimeCount struct {
	Period     time.Time `bun:"period"`
	Count      int       `bun:"count"`
	Cumulative int       `bun:"cumulative"`
}

// MembershipGrowth counts cities joining per month or year (by memberSince).
func (s *Service) MembershipGrowth(ctx context.Context, f Filter, interval string) ([]*TimeCount, error) {
	ctx, err := authorized(ctx)
	if err != nil {
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
	Status workspace.ImplementationStatus `json:"status"`
	Count  int                            `json:"count"`
}

// StatusBreakdown is one group's implementations by status.
type StatusBreakdown struct {
	Key             string         `bun:"key"`
	Label           string         `bun:"label"`
	Counts          []*StatusCount `bun:"counts,type:jsonb"`
	AverageProgress float64        `bun:"average_progress"`
}

// groupings: the GROUP BY columns, then the key and label computed from them once per group.
var groupings = map[string][3]string{
	"CITY":           {"c.id, c.name", "c.id::text", "c.name"},
	"COUNTRY":        {"c.country, co.name", "c.country", "co.name"},
	"RECOMMENDATION": {"rc.id, rc.title", "coalesce(rc.id::text, 'practice-adoptions')", "coalesce(rc.title, 'Adoptions of practices')"},
	"WORKING_GROUP":  {"rc.source_working_group_id", "coalesce(rc.source_working_group_id::text, 'none')", "coalesce(b40_wg_name(rc.source_working_group_id), 'No working group')"},
}

// ImplementationStatus groups the network's (non-private) implementations by city, country,
// recommendation or working group.
func (s *Service) ImplementationStatus(ctx context.Context, f Filter, groupBy string) ([]*StatusBreakdown, error) {
	ctx, err := authorized(ctx)
	if err != nil {
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
			ColumnExpr(g[1] + " AS key").ColumnExpr(g[2] + " AS label").
			ColumnExpr(`(SELECT jsonb_agg(jsonb_build_object('status', s, 'count', n) ORDER BY s)
					FROM (SELECT status AS s, count(*) AS n FROM unnest(array_agg(im.status)) AS status GROUP BY status) x) AS counts`).
			ColumnExpr("round(avg(im.progress)::numeric, 1)::float8 AS average_progress").
			Where("im.visibility <> " + db.Lit(workspace.VisibilityPrivate)).GroupExpr(g[0]).OrderExpr("label")
		return f.implementations(q)
	})
}

// implementations applies the filter to a query over implementation im (with rc joined).
func (f Filter) implementations(q *bun.SelectQuery) *bun.SelectQuery {
	if f.Year != nil {
		q = q.Where("extract(year FROM im.created_at) <= ? AND (im.status NOT IN ("+db.Lit(workspace.ImplementationCompleted, workspace.ImplementationNotPursued)+") OR extract(year FROM im.updated_at) >= ?)", *f.Year, *f.Year)
	}
	q = db.WhereIn(q, "c.country", f.Countries)
	q = db.WhereIn(q, "rc.source_working_group_id", f.WorkingGroupIDs)
	return q
}

// CityStatus is one cell of the adoption matrix.
type CityStatus struct {
	CityID   int64                          `json:"cityId"`
	Status   workspace.ImplementationStatus `json:"status"`
	Progress int                            `json:"progress"`
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
func (s *Service) RecommendationAdoption(ctx context.Context, f Filter, first, offset int) ([]*AdoptionRow, error) {
	ctx, err := authorized(ctx)
	if err != nil {
		return nil, err
	}
	if first < 1 || first > 100 || offset < 0 {
		return nil, apperr.Invalid([]string{"first"}, "first is 1 to 100, offset at least 0")
	}
	return db.Select[*AdoptionRow](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		latest := tx.NewSelect().TableExpr("implementation AS im").DistinctOn("im.recommendation_id, im.city_id").
			Join("JOIN city AS c ON c.id = im.city_id").Join("JOIN recommendation AS rc ON rc.id = im.recommendation_id").
			ColumnExpr("im.recommendation_id, im.city_id, im.status, im.progress").
			Where("im.visibility <> " + db.Lit(workspace.VisibilityPrivate)).OrderExpr("im.recommendation_id, im.city_id, im.created_at DESC")
		latest = f.implementations(latest)
		page := tx.NewSelect().TableExpr("recommendation").Column("id", "adopted_on").OrderExpr("adopted_on DESC, id DESC").Limit(int64(first)).Offset(int64(offset))
		return tx.NewSelect().With("latest", latest).TableExpr("(?) AS r", page).
			Join("LEFT JOIN latest AS l ON l.recommendation_id = r.id").
			ColumnExpr("r.id AS recommendation_id").
			ColumnExpr(`coalesce(jsonb_agg(jsonb_build_object('cityId', l.city_id, 'status', l.status, 'progress', l.progress) ORDER BY l.city_id)
					FILTER (WHERE l.city_id IS NOT NULL), '[]') AS cities`).
			ColumnExpr("count(*) FILTER (WHERE l.status = " + db.Lit(workspace.ImplementationPlanned) + ") AS committed").
			ColumnExpr("count(*) FILTER (WHERE l.status IN (" + db.Lit(workspace.ImplementationInProgress, workspace.ImplementationSuspended) + ")) AS in_progress").
			ColumnExpr("count(*) FILTER (WHERE l.status = " + db.Lit(workspace.ImplementationCompleted) + ") AS completed").
			ColumnExpr("count(*) FILTER (WHERE l.status = " + db.Lit(workspace.ImplementationNotPursued) + ") AS not_pursued").
			GroupExpr("r.id, r.adopted_on").OrderExpr("r.adopted_on DESC, r.id DESC")
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
	ctx, err := authorized(ctx)
	if err != nil {
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
			ColumnExpr(`(SELECT count(*) FROM working_group_meeting m WHERE m.working_group_id = wg.id AND m.kind IN (`+db.Lit(workinggroup.MeetingRegular, workinggroup.MeetingInPerson)+`)
				AND m.starts_at >= ? AND m.starts_at < least(?, now()) AND `+workinggroup.HeldSQL("m")+`) AS meetings_held`, start, end).
			ColumnExpr(`(SELECT count(*) FROM working_group_meeting m WHERE m.working_group_id = wg.id AND m.kind = `+db.Lit(workinggroup.MeetingExtra)+`
				AND m.starts_at >= ? AND m.starts_at < least(?, now()) AND m.status <> 'CANCELLED') AS extra_meetings`, start, end).
			ColumnExpr(`greatest(0, floor(extract(epoch FROM (
				least(?::timestamptz, now(), coalesce(wg.closed_at, 'infinity'), coalesce(wg.ends_on::timestamptz, 'infinity'))
				- greatest(?::timestamptz, wg.approved_at))) / (3 * 30.4375 * 86400)))::int AS meetings_due`, end, start).
			ColumnExpr("(SELECT count(*) FROM working_group_member mb WHERE mb.working_group_id = wg.id) AS members").
			ColumnExpr(`(SELECT count(*) FROM meeting_request r WHERE r.working_group_id = wg.id AND r.requested_at >= ? AND r.requested_at < ?) AS requests`, start, end).
			Where("wg.approved_at IS NOT NULL AND wg.approved_at < ?", end).OrderExpr("wg.slug")
		q = db.WhereIn(q, "wg.id", f.WorkingGroupIDs)
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

// CityEngagement ranks cities by what they contribute (non-private activity only). Each table
// is aggregated once by city and joined, rather than counted city by city.
func (s *Service) CityEngagement(ctx context.Context, f Filter, limit int) ([]*Engagement, error) {
	ctx, err := authorized(ctx)
	if err != nil {
		return nil, err
	}
	if limit < 1 || limit > 1000 {
		return nil, apperr.Invalid([]string{"first"}, "first is 1 to 1000")
	}
	year := 0
	if f.Year != nil {
		year = *f.Year
	}
	inYear := func(col string) string { return "(?::int = 0 OR extract(year FROM " + col + ") = ?::int)" }
	return db.Select[*Engagement](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().TableExpr("city AS c").
			Join(`LEFT JOIN (SELECT city_id, count(*) AS n FROM proposal WHERE status <> `+db.Lit(workspace.ProposalDraft)+` AND visibility <> `+db.Lit(workspace.VisibilityPrivate)+` AND `+inYear("submitted_at")+` GROUP BY city_id) p ON p.city_id = c.id`, year, year).
			Join(`LEFT JOIN (SELECT city_id, count(*) AS n FROM practice WHERE status = `+db.Lit(workspace.PracticePublished)+` AND visibility <> `+db.Lit(workspace.VisibilityPrivate)+` AND `+inYear("published_at")+` GROUP BY city_id) pt ON pt.city_id = c.id`, year, year).
			Join(`LEFT JOIN (SELECT city_id, count(*) AS n, count(*) FILTER (WHERE status = `+db.Lit(workspace.ImplementationCompleted)+`) AS done FROM implementation
					WHERE visibility <> `+db.Lit(workspace.VisibilityPrivate)+` AND `+inYear("created_at")+` GROUP BY city_id) im ON im.city_id = c.id`, year, year).
			Join(`LEFT JOIN (SELECT endorser_city_id AS city_id, count(*) AS n FROM proposal_endorsement WHERE `+inYear("endorsed_at")+` GROUP BY endorser_city_id) e ON e.city_id = c.id`, year, year).
			Join(`LEFT JOIN (SELECT city_id, count(*) AS n FROM working_group_member GROUP BY city_id) wm ON wm.city_id = c.id`).
			Join(`LEFT JOIN (SELECT a.city_id, count(*) AS n FROM working_group_meeting_attendance a JOIN working_group_meeting m ON m.id = a.meeting_id
					WHERE `+inYear("m.starts_at")+` GROUP BY a.city_id) at ON at.city_id = c.id`, year, year).
			ColumnExpr("c.id AS city_id").
			ColumnExpr("coalesce(p.n, 0) AS proposals_submitted, coalesce(pt.n, 0) AS practices_shared").
			ColumnExpr("coalesce(im.n, 0) AS implementations, coalesce(im.done, 0) AS completed").
			ColumnExpr("coalesce(e.n, 0) AS endorsements_given, coalesce(wm.n, 0) AS working_groups, coalesce(at.n, 0) AS meetings_attended").
			ColumnExpr(`(3 * coalesce(p.n, 0) + 3 * coalesce(pt.n, 0) + 2 * coalesce(im.n, 0) + 2 * coalesce(im.done, 0) + coalesce(e.n, 0)
					+ coalesce(wm.n, 0) + coalesce(at.n, 0)) AS score`).
			Where("c.status = " + db.Lit(city.StatusActive)).OrderExpr("score DESC, c.id").Limit(int64(limit))
		q = db.WhereIn(q, "c.country", f.Countries)
		return q
	})
}

package report

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/analytics"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/indicator"
	"github.com/b40-network/workspace/internal/workspace"
)

// build assembles the year from the data, in one read transaction. Across cities it counts
// only what the network may see: nothing PRIVATE.
func (s *Service) build(ctx context.Context, year int) (*Report, error) {
	r := &Report{Year: year, GeneratedAt: s.Now().UTC(), NewMembers: []NewMember{}, WorkingGroups: []GroupYear{},
		Recommendations: []RecommendationRow{}, Indicators: []IndicatorRow{}}
	start := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(1, 0, 0)
	var groups []*analytics.GroupActivity
	var inds []*indicator.Indicator
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		var pres []*Presidency
		if err := tx.NewRaw(`SELECT t.city_id, c.name AS city, t.mayor_name FROM presidency_term t JOIN city c ON c.id = t.city_id WHERE t.year = ?`, year).Scan(ctx, &pres); err != nil {
			return err
		}
		if len(pres) == 1 {
			r.Presidency = pres[0]
		}
		var sm []*Summit
		if err := tx.NewRaw(`SELECT s.id, s.title, s.starts_on, s.ends_on, c.name AS host FROM summit s JOIN city c ON c.id = s.host_city_id WHERE s.year = ?`, year).Scan(ctx, &sm); err != nil {
			return err
		}
		if len(sm) == 1 {
			r.Summit = sm[0]
		}
		if err := tx.NewRaw(`SELECT id AS city_id, name, country, join_route, member_since FROM city
			WHERE member_since >= ? AND member_since < ? ORDER BY member_since, name`, start, end).Scan(ctx, &r.NewMembers); err != nil {
			return err
		}
		if err := tx.NewRaw(`SELECT
			count(*) FILTER (WHERE submitted_at >= ? AND submitted_at < ?) AS submitted,
			count(*) FILTER (WHERE status = `+db.Lit(workspace.ProposalAccepted)+` AND decided_at >= ? AND decided_at < ?) AS accepted,
			count(*) FILTER (WHERE status = `+db.Lit(workspace.ProposalDeclined)+` AND decided_at >= ? AND decided_at < ?) AS declined,
			count(*) FILTER (WHERE status = `+db.Lit(workspace.ProposalWithdrawn)+` AND submitted_at >= ? AND submitted_at < ?) AS withdrawn,
			count(*) FILTER (WHERE status IN (`+db.Lit(workspace.ProposalSubmitted, workspace.ProposalUnderReview)+`) AND submitted_at < ?) AS under_review
			FROM proposal WHERE status <> `+db.Lit(workspace.ProposalDraft)+` AND visibility <> `+db.Lit(workspace.VisibilityPrivate),
			start, end, start, end, start, end, start, end, end).Scan(ctx, &r.Proposals); err != nil {
			return err
		}
		if err := tx.NewRaw(`SELECT rc.id, rc.title,
			count(im.*) FILTER (WHERE im.status = `+db.Lit(workspace.ImplementationPlanned)+`) AS committed,
			count(im.*) FILTER (WHERE im.status IN (`+db.Lit(workspace.ImplementationInProgress, workspace.ImplementationSuspended)+`)) AS in_progress,
			count(im.*) FILTER (WHERE im.status = `+db.Lit(workspace.ImplementationCompleted)+`) AS completed,
			count(im.*) FILTER (WHERE im.status = `+db.Lit(workspace.ImplementationNotPursued)+`) AS not_pursued
			FROM recommendation rc LEFT JOIN implementation im ON im.recommendation_id = rc.id AND im.visibility <> `+db.Lit(workspace.VisibilityPrivate)+` AND im.created_at < ?
			WHERE rc.adopted_on < ? GROUP BY rc.id ORDER BY rc.adopted_on, rc.id`, end, end).Scan(ctx, &r.Recommendations); err != nil {
			return err
		}
		if err := tx.NewRaw(`SELECT status, count(*) AS count FROM implementation
			WHERE visibility <> `+db.Lit(workspace.VisibilityPrivate)+` AND created_at < ? GROUP BY status ORDER BY status`, end).Scan(ctx, &r.Implementations.ByStatus); err != nil {
			return err
		}
		if err := tx.NewRaw(`SELECT
			(SELECT count(*) FROM practice WHERE status = `+db.Lit(workspace.PracticePublished)+` AND visibility <> `+db.Lit(workspace.VisibilityPrivate)+` AND published_at >= ? AND published_at < ?),
			(SELECT count(*) FROM implementation WHERE source_practice_id IS NOT NULL AND visibility <> `+db.Lit(workspace.VisibilityPrivate)+` AND created_at >= ? AND created_at < ?)`,
			start, end, start, end).Scan(ctx, &r.PracticesShared, &r.PracticesAdopted); err != nil {
			return err
		}
		return tx.NewSelect().Model(&inds).Where("EXISTS (SELECT 1 FROM indicator_target t WHERE t.indicator_id = ind.id AND t.term_year = ?)", year).Order("ind.key").Scan(ctx)
	})
	if err != nil {
		return nil, err
	}
	if groups, err = analytics.GroupActivityTx(ctx, s.DB, analytics.Filter{}, year); err != nil {
		return nil, err
	}
	names, err := db.Select[*struct {
		ID   int64  `bun:"id"`
		Name string `bun:"name"`
	}](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().TableExpr("working_group").ColumnExpr("id, b40_wg_name(id) AS name")
	})
	if err != nil {
		return nil, err
	}
	byID := map[int64]string{}
	for _, n := range names {
		byID[n.ID] = n.Name
	}
	for _, g := range groups {
		r.WorkingGroups = append(r.WorkingGroups, GroupYear{WorkingGroupID: g.WorkingGroupID, Name: byID[g.WorkingGroupID], MeetingsHeld: g.MeetingsHeld, MeetingsDue: g.MeetingsDue})
	}
	for _, ind := range inds {
		p, err := s.Indicators.Progress(ctx, ind, year, nil)
		if err != nil {
			return nil, err
		}
		row := IndicatorRow{IndicatorID: ind.ID, Name: ind.Name, Unit: ind.Unit, Latest: p.Latest, Percent: p.Percent, OnTrack: p.OnTrack}
		if p.Target != nil {
			row.Baseline, row.Target = p.Target.Baseline, p.Target.Target
		}
		r.Indicators = append(r.Indicators, row)
	}
	return r, nil
}

package workspace

import (
	"context"
	"time"

	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/gid"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/page"
)

// RecommendationInput adopts a recommendation from at least one source.
type RecommendationInput struct {
	Title          string
	Body           i18n.Text
	SourceProposal *Key
	WorkingGroupID *int64
	SummitID       *int64
	AdoptedOn      *time.Time
}

// AdoptRecommendation records a recommendation of the network (SECRETARIAT), from an accepted
// proposal, a working group or a summit (R6.5: it binds no city).
func (s *Service) AdoptRecommendation(ctx context.Context, in RecommendationInput, idempotencyKey *string) (*Recommendation, error) {
	v, err := auth.RequireSecretariat(ctx)
	if err != nil {
		return nil, err
	}
	r := &Recommendation{CreatedByUserID: &v.UserID, Version: 1, AdoptedOn: s.Now().UTC().Truncate(24 * time.Hour)}
	if r.Title, err = text("title", in.Title, true, 300); err != nil {
		return nil, err
	}
	if r.Body, err = translated("body", in.Body, 50000); err != nil {
		return nil, err
	}
	if in.AdoptedOn != nil {
		r.AdoptedOn = *in.AdoptedOn
	}
	if in.SourceProposal == nil && in.WorkingGroupID == nil && in.SummitID == nil {
		return nil, apperr.User(apperr.CodeInvalid, []string{"sourceProposalId"}, "a recommendation comes from an accepted proposal, a working group or a summit")
	}
	r.SourceWorkingGroupID, r.SourceSummitID = in.WorkingGroupID, in.SummitID
	var key Key
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var created bool
		key, created, err = once(ctx, tx, v, idempotencyKey, "adoptRecommendation", in, func() (Key, error) {
			if p := in.SourceProposal; p != nil {
				var status ProposalStatus
				if err := tx.NewRaw("SELECT coalesce((SELECT status FROM proposal WHERE city_id = ? AND id = ?), '')", p.CityID, p.ID).Scan(ctx, &status); err != nil {
					return Key{}, err
				}
				switch status {
				case "":
					return Key{}, apperr.User(apperr.CodeNotFound, []string{"sourceProposalId"}, "no such proposal")
				case ProposalAccepted:
				default:
					return Key{}, apperr.User(apperr.CodeRuleViolation, []string{"sourceProposalId"}, "only an ACCEPTED proposal becomes a recommendation; this one is %s", status)
				}
				r.SourceProposalCityID, r.SourceProposalID = &p.CityID, &p.ID
			}
			if _, err := tx.NewInsert().Model(r).Returning("id, created_at").Exec(ctx); err != nil {
				switch code, _ := db.Violation(err); code {
				case db.UniqueViolation:
					return Key{}, apperr.User(apperr.CodeDuplicate, []string{"sourceProposalId"}, "this proposal already has its recommendation")
				case db.ForeignKeyViolation:
					return Key{}, apperr.User(apperr.CodeNotFound, []string{"workingGroupId"}, "no such working group or summit")
				}
				return Key{}, err
			}
			return Key{0, r.ID}, nil
		})
		if err != nil || !created {
			return err
		}
		return audit.Entity(ctx, tx, nil, "adoptRecommendation", gid.Recommendation, []int64{r.ID}, map[string]any{"title": r.Title})
	})
	if err != nil {
		return nil, err
	}
	return s.RecommendationByID(ctx, key.ID)
}

// RecommendationByID loads a recommendation, or nil.
func (s *Service) RecommendationByID(ctx context.Context, id int64) (*Recommendation, error) {
	return db.First[*Recommendation](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Recommendation)(nil)).Where("rc.id = ?", id)
	})
}

// RecommendationsByIDs loads recommendations (loader batch function).
func (s *Service) RecommendationsByIDs(ctx context.Context, ids []int64) ([]*Recommendation, []error) {
	return db.LoadByKeys(ctx, s.DB, recommendationsByID, ids)
}

var recommendationsByID = db.ByKeys[int64, *Recommendation]{Cols: []string{"rc.id"}, Key: func(r *Recommendation) int64 { return r.ID }}

// RecommendationsByProposal finds each proposal's recommendation (loader batch function).
func (s *Service) RecommendationsByProposal(ctx context.Context, keys []Key) ([]*Recommendation, []error) {
	return db.LoadByKeys(ctx, s.DB, recommendationsByProposal, keys)
}

var recommendationsByProposal = db.ByKeys[Key, *Recommendation]{Cols: []string{"rc.source_proposal_city_id", "rc.source_proposal_id"}, Args: keyArrays, Key: func(r *Recommendation) Key { return Key{*r.SourceProposalCityID, *r.SourceProposalID} }}

var recommendationKey = page.Key{Exprs: []string{"rc.adopted_on", "rc.id"}, Types: []string{"date", "bigint"}, Desc: true}

// Recommendations lists recommendations, newest first.
func (s *Service) Recommendations(ctx context.Context, f Filter, args page.Args) (*page.Connection[*Recommendation], error) {
	return db.List(ctx, s.DB, args, recommendationKey, func(r *Recommendation) []any { return []any{r.AdoptedOn.Format(time.DateOnly), r.ID} },
		func(tx bun.IDB) *bun.SelectQuery {
			q := tx.NewSelect().Model((*Recommendation)(nil))
			q = db.WhereIn(q, "rc.source_working_group_id", f.WorkingGroupIDs)
			q = db.WhereIn(q, "rc.source_summit_id", f.SummitIDs)
			// Recommendations some of these cities implement.
			if len(f.CityIDs) > 0 {
				q = q.Where("EXISTS (SELECT 1 FROM implementation im WHERE im.recommendation_id = rc.id AND im.city_id IN (?))", bun.List(f.CityIDs))
			}
			if len(f.Countries) > 0 {
				q = q.Where(`EXISTS (SELECT 1 FROM implementation im JOIN city c ON c.id = im.city_id
					WHERE im.recommendation_id = rc.id AND c.country IN (?))`, bun.List(f.Countries))
			}
			return f.between(q, "rc.adopted_on")
		})
}

// Adoptions counts, per recommendation, the implementations the caller may see, by status
// (loader batch function): PRIVATE implementations of other cities are never counted.
func (s *Service) Adoptions(ctx context.Context, ids []int64) ([]*Adoption, []error) {
	out, errs := db.LoadByKeys(ctx, s.DB, adoptionsByRecommendation, ids)
	for i := range out {
		if out[i] == nil && errs[i] == nil {
			out[i], errs[i] = &Adoption{RecommendationID: ids[i]}, nil
		}
	}
	return out, errs
}

// adoptionCounts are a recommendation's adoption as aggregates over its implementations "im"
// (the caller's: row-level security), by GraphQL field and column: the loader's and the nested
// reads' (readmodel.go).
var adoptionCounts = []struct{ field, column, agg string }{
	{"committed", "committed", "count(*) FILTER (WHERE im.status = " + db.Lit(ImplementationPlanned) + ")"},
	{"inProgress", "in_progress", "count(*) FILTER (WHERE im.status = " + db.Lit(ImplementationInProgress) + ")"},
	{"completed", "completed", "count(*) FILTER (WHERE im.status = " + db.Lit(ImplementationCompleted) + ")"},
	{"notPursued", "not_pursued", "count(*) FILTER (WHERE im.status = " + db.Lit(ImplementationNotPursued) + ")"},
	{"suspended", "suspended", "count(*) FILTER (WHERE im.status = " + db.Lit(ImplementationSuspended) + ")"},
	{"cities", "cities", "count(DISTINCT im.city_id)"},
}

var adoptionsByRecommendation = db.ByKeys[int64, *Adoption]{
	Select: func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().TableExpr("implementation AS im").ColumnExpr("im.recommendation_id")
		for _, c := range adoptionCounts {
			q = q.ColumnExpr(c.agg + " AS " + c.column)
		}
		return q.Group("im.recommendation_id")
	},
	Cols: []string{"im.recommendation_id"},
	Key:  func(a *Adoption) int64 { return a.RecommendationID },
}

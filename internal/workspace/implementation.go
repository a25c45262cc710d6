package workspace

import (
	"strings"

	"context"
	"time"

	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/page"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/db"
)

// Plan is an implementation's plan and who sees it.
type Plan struct {
	PlannedStart, PlannedEnd *time.Time
	Visibility               *Visibility
}

func (p Plan) check() error {
	if p.PlannedStart != nil && p.PlannedEnd != nil && p.PlannedEnd.Before(*p.PlannedStart) {
		return apperr.User(apperr.CodeInvalid, []string{"plannedEnd"}, "plannedEnd is before plannedStart")
	}
	return nil
}

// startImplementation inserts a PLANNED implementation with the first entry of its timeline.
func startImplementation(ctx context.Context, tx bun.IDB, im *Implementation, note string) error {
	if _, err := tx.NewInsert().Model(im).Returning("id, created_at, updated_at").Exec(ctx); err != nil {
		if code, _ := db.Violation(err); code == db.UniqueViolation {
			return apperr.User(apperr.CodeDuplicate, []string{"cityId"}, "the city already has an open implementation of this")
		}
		return err
	}
	_, err := tx.NewInsert().Model(&Update{CityID: im.CityID, ImplementationID: im.ID, AuthorUserID: im.CreatedByUserID,
		Status: im.Status, Progress: im.Progress, Note: &note, EvidenceURLs: []string{}}).Returning("NULL").Exec(ctx)
	return err
}

// CommitToRecommendation records a city's voluntary commitment (R6.5): at most one open
// implementation per city and recommendation.
func (s *Service) CommitToRecommendation(ctx context.Context, cityID, recommendationID int64, plan Plan, idempotencyKey *string) (*Implementation, error) {
	v, err := requireEditor(ctx, cityID)
	if err != nil {
		return nil, err
	}
	if err := plan.check(); err != nil {
		return nil, err
	}
	vis, err := checkVisibility(plan.Visibility, VisibilityNetwork)
	if err != nil {
		return nil, err
	}
	im := &Implementation{CityID: cityID, RecommendationID: &recommendationID, Visibility: vis, Status: ImplementationPlanned,
		PlannedStart: plan.PlannedStart, PlannedEnd: plan.PlannedEnd, CreatedByUserID: &v.UserID, Version: 1}
	key, err := s.createOnce(ctx, v, idempotencyKey, "commitToRecommendation", gid.Implementation, []any{cityID, recommendationID, plan}, func(tx bun.Tx) (Key, error) {
		var exists bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM recommendation WHERE id = ?)", recommendationID).Scan(ctx, &exists); err != nil {
			return Key{}, err
		}
		if !exists {
			return Key{}, apperr.User(apperr.CodeNotFound, []string{"recommendationId"}, "no such recommendation")
		}
		err := startImplementation(ctx, tx, im, "Committed to the recommendation.")
		return im.Key(), err
	}, nil)
	if err != nil {
		return nil, err
	}
	return s.ImplementationByKey(ctx, key)
}

// UpdateImplementation appends an update to the timeline (never rewriting it), guarded by
// expectedVersion. COMPLETED means progress 100; SUSPENDED and NOT_PURSUED keep their
// progress; COMPLETED and NOT_PURSUED are final (commit again to start over).
func (s *Service) UpdateImplementation(ctx context.Context, k Key, expected int, in Progress) (*Implementation, error) {
	v, err := requireEditor(ctx, k.CityID)
	if err != nil {
		return nil, err
	}
	if err := checkURLs("evidenceUrls", in.EvidenceURLs, 20); err != nil {
		return nil, err
	}
	if in.Note, err = optText("note", in.Note, 5000); err != nil {
		return nil, err
	}
	var im Implementation
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		err := tx.NewSelect().Model(&im).Where("im.city_id = ? AND im.id = ?", k.CityID, k.ID).For("UPDATE").Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"implementationId"}, "no such implementation")
		}
		if err != nil {
			return err
		}
		if im.Version != expected {
			return apperr.User(apperr.CodeConflict, []string{"expectedVersion"}, "the implementation changed since version %d (now %d); reload and retry", expected, im.Version)
		}
		if err := im.Update(in); err != nil {
			return err
		}
		im.Version++
		if _, err := tx.NewUpdate().Model(&im).Column("status", "progress", "visibility", "version").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		urls := in.EvidenceURLs
		if urls == nil {
			urls = []string{}
		}
		if _, err := tx.NewInsert().Model(&Update{CityID: im.CityID, ImplementationID: im.ID, AuthorUserID: &v.UserID, Status: im.Status,
			Progress: im.Progress, Note: in.Note, EvidenceURLs: urls}).Returning("NULL").Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, &im.CityID, "updateImplementation", gid.Implementation, []int64{im.CityID, im.ID},
			map[string]any{"status": im.Status, "progress": im.Progress})
	})
	if err != nil {
		return nil, err
	}
	return &im, nil
}

// ImplementationByKey loads an implementation the caller may see, or nil.
func (s *Service) ImplementationByKey(ctx context.Context, k Key) (*Implementation, error) {
	return db.First[*Implementation](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Implementation)(nil)).Where("im.city_id = ? AND im.id = ?", k.CityID, k.ID)
	})
}

var implementationOrders = map[ImplementationOrderField][2]string{
	ImplementationOrderUpdatedAt:  {"im.updated_at", "timestamptz"},
	ImplementationOrderProgress:   {"im.progress", "integer"},
	ImplementationOrderPlannedEnd: {"coalesce(im.planned_end, 'infinity'::date)", "date"},
}

// Implementations lists the implementations the caller may see.
func (s *Service) Implementations(ctx context.Context, f Filter, o Order[ImplementationOrderField], args page.Args) (*page.Connection[*Implementation], error) {
	k, field := key("im", o, implementationOrders, ImplementationOrderUpdatedAt)
	return db.List(ctx, s.DB, args, k, func(i *Implementation) []any {
		return []any{i.sortValue(field), i.CityID, i.ID}
	}, func(tx bun.IDB) *bun.SelectQuery {
		q := f.cities(tx.NewSelect().Model((*Implementation)(nil)), "im.city_id")
		q = db.WhereIn(q, "im.status", f.Statuses)
		q = db.WhereIn(q, "im.visibility", f.Visibilities)
		q = db.WhereIn(q, "im.recommendation_id", f.RecommendationIDs)
		if len(f.WorkingGroupIDs) > 0 {
			q = q.Where("im.recommendation_id IN (SELECT id FROM recommendation WHERE source_working_group_id IN (?))", bun.List(f.WorkingGroupIDs))
		}
		return f.between(q, "im.updated_at")
	})
}

var updateKey = page.Key{Exprs: []string{"iu.at", "iu.id"}, Types: []string{"timestamptz", "bigint"}, Desc: true}

// Updates lists an implementation's timeline, newest first.
func (s *Service) Updates(ctx context.Context, k Key, args page.Args) (*page.Connection[*Update], error) {
	return db.List(ctx, s.DB, args, updateKey, func(u *Update) []any { return []any{u.At, u.ID} }, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Update)(nil)).Where("iu.city_id = ? AND iu.implementation_id = ?", k.CityID, k.ID)
	})
}

// LatestUpdates loads each implementation's newest timeline entry (loader batch function).
func (s *Service) LatestUpdates(ctx context.Context, keys []Key) ([]*Update, []error) {
	return db.LoadByKeys(ctx, s.DB, latestUpdates, keys)
}

var latestUpdates = db.ByKeys[Key, *Update]{
	Select: func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Update)(nil)).DistinctOn("iu.city_id, iu.implementation_id").OrderExpr("iu.city_id, iu.implementation_id, iu.at DESC, iu.id DESC")
	},
	Cols: []string{"iu.city_id", "iu.implementation_id"},
	Args: keyArrays,
	Key:  func(u *Update) Key { return Key{u.CityID, u.ImplementationID} },
}

// AdoptionsByPractice loads the implementations that adopted each practice, as the caller may
// see them (loader batch function).
func (s *Service) AdoptionsByPractice(ctx context.Context, keys []Key) ([][]*Implementation, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, adoptionsByPractice, keys)
}

// adoptionOrder is the order of a practice's adoptions, oldest first (the loader's and the
// nested reads'), over the implementations' alias {r}.
const adoptionOrder = "{r}.created_at, {r}.city_id, {r}.id"

var adoptionsByPractice = db.ByKeys[Key, *Implementation]{
	Select: func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Implementation)(nil)).OrderExpr(strings.ReplaceAll(adoptionOrder, "{r}", "im"))
	},
	Cols: []string{"im.source_practice_city_id", "im.source_practice_id"},
	Args: keyArrays,
	Key:  func(i *Implementation) Key { return Key{*i.SourcePracticeCityID, *i.SourcePracticeID} },
}

// RecommendationImplementationsOrder is the order of a recommendation's implementations, least
// recently updated first (ImplementationsByRecommendation's, and the nested reads').
const RecommendationImplementationsOrder = "{r}.updated_at, {r}.city_id, {r}.id"

// ImplementationsByRecommendation lists one recommendation's implementations the caller may
// see, in RecommendationImplementationsOrder.
func (s *Service) ImplementationsByRecommendation(ctx context.Context, id int64, args page.Args) (*page.Connection[*Implementation], error) {
	return s.Implementations(ctx, Filter{RecommendationIDs: []int64{id}}, Order[ImplementationOrderField]{Field: ImplementationOrderUpdatedAt}, args)
}

// UpdateByKey loads one timeline entry the caller may see, or nil.
func (s *Service) UpdateByKey(ctx context.Context, k Key) (*Update, error) {
	return db.First[*Update](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Update)(nil)).Where("iu.city_id = ? AND iu.id = ?", k.CityID, k.ID)
	})
}

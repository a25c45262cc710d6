// Package presidency holds the rotating presidency's terms (R2).
package presidency

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/page"
)

// Term is one year's presidency.
type Term struct {
	bun.BaseModel `bun:"table:presidency_term,alias:t"`

	ID                int64     `bun:"id,pk,autoincrement"`
	CityID            int64     `bun:"city_id"`
	Year              int       `bun:"year"`
	MayorName         *string   `bun:"mayor_name"`
	ElectedAtSummitID *int64    `bun:"elected_at_summit_id"`
	CreatedAt         time.Time `bun:"created_at,nullzero,default:now()"`
}

// Status follows the calendar: the term of the current year is ACTIVE.
func (t *Term) Status(now time.Time) TermStatus {
	switch y := now.Year(); {
	case t.Year < y:
		return TermCompleted
	case t.Year == y:
		return TermActive
	}
	return TermUpcoming
}

// Service reads presidency terms.
type Service struct {
	DB  *bun.DB
	Now func() time.Time
	// Outbox tells member cities of elections, in the change's transaction.
	Outbox *notify.Outbox
}

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d, Now: time.Now} }

var termKey = page.Key{Exprs: []string{"t.year", "t.id"}, Types: []string{"integer", "bigint"}, Desc: true}

// List returns terms, newest first.
func (s *Service) List(ctx context.Context, args page.Args) (*page.Connection[*Term], error) {
	return db.List(ctx, s.DB, args, termKey, func(t *Term) []any { return []any{t.Year, t.ID} },
		func(tx bun.IDB) *bun.SelectQuery { return tx.NewSelect().Model((*Term)(nil)) })
}

// Current returns the term of the current calendar year, or nil.
func (s *Service) Current(ctx context.Context) (*Term, error) {
	return db.First[*Term](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Term)(nil)).Where("t.year = ?", s.Now().Year())
	})
}

// ByIDs loads terms by id (loader batch function).
func (s *Service) ByIDs(ctx context.Context, ids []int64) ([]*Term, []error) {
	return db.LoadByKeys(ctx, s.DB, termsByID, ids)
}

var termsByID = db.ByKeys[int64, *Term]{Cols: []string{"t.id"}, Key: func(t *Term) int64 { return t.ID }}

// ByCity loads each city's terms, oldest first (loader batch function).
func (s *Service) ByCity(ctx context.Context, cityIDs []int64) ([][]*Term, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, termsByCity, cityIDs)
}

var termsByCity = db.ByKeys[int64, *Term]{Cols: []string{"t.city_id"}, Order: []string{"t.city_id", "t.year"},
	Key: func(t *Term) int64 { return t.CityID }}

// ByID loads one term, or nil.
func (s *Service) ByID(ctx context.Context, id int64) (*Term, error) {
	return db.First[*Term](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Term)(nil)).Where("t.id = ?", id)
	})
}

// OfYear loads the term of year, or nil.
func (s *Service) OfYear(ctx context.Context, year int) (*Term, error) {
	return db.First[*Term](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Term)(nil)).Where("t.year = ?", year)
	})
}

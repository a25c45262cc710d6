// Package summit holds the annual summits and the delegations cities send to them.
package summit

import (
	"strings"

	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/page"
)

// Summit is an annual summit (R2.2, R2.5).
type Summit struct {
	bun.BaseModel `bun:"table:summit,alias:s"`

	ID         int64     `bun:"id,pk,autoincrement"`
	Year       int       `bun:"year"`
	Title      string    `bun:"title"`
	Motto      *string   `bun:"motto"`
	StartsOn   time.Time `bun:"starts_on,type:date"`
	EndsOn     time.Time `bun:"ends_on,type:date"`
	Venue      *string   `bun:"venue"`
	HostCityID int64     `bun:"host_city_id"`
	IsFounding bool      `bun:"is_founding"`
	CreatedAt  time.Time `bun:"created_at,nullzero,default:now()"`
}

// Person is a delegation's head or member.
type Person struct {
	Name     string  `json:"name"`
	Position *string `json:"position,omitempty"`
}

// Delegation is a city's delegation at a summit.
type Delegation struct {
	bun.BaseModel `bun:"table:delegation,alias:d"`

	CityID       int64     `bun:"city_id,pk"`
	ID           int64     `bun:"id,pk,autoincrement"`
	SummitID     int64     `bun:"summit_id"`
	HeadName     *string   `bun:"head_name"`
	HeadPosition *string   `bun:"head_position"`
	Members      []Person  `bun:"members,type:jsonb"`
	CreatedAt    time.Time `bun:"created_at,nullzero,default:now()"`
}

// Head returns the head of the delegation, when on record.
func (d *Delegation) Head() *Person {
	if d.HeadName == nil {
		return nil
	}
	return &Person{Name: *d.HeadName, Position: d.HeadPosition}
}

// Service reads summits and delegations.
type Service struct{ DB *bun.DB }

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d} }

var summitKey = page.Key{Exprs: []string{"s.year", "s.id"}, Types: []string{"integer", "bigint"}, Desc: true}

// List returns summits, newest first.
func (s *Service) List(ctx context.Context, args page.Args) (*page.Connection[*Summit], error) {
	return db.List(ctx, s.DB, args, summitKey, func(x *Summit) []any { return []any{x.Year, x.ID} },
		func(tx bun.IDB) *bun.SelectQuery { return tx.NewSelect().Model((*Summit)(nil)) })
}

// ByIDs loads summits by id (loader batch function).
func (s *Service) ByIDs(ctx context.Context, ids []int64) ([]*Summit, []error) {
	return db.LoadByKeys(ctx, s.DB, summitsByID, ids)
}

var summitsByID = db.ByKeys[int64, *Summit]{Cols: []string{"s.id"}, Key: func(x *Summit) int64 { return x.ID }}

// DelegationsBySummit loads each summit's delegations (loader batch function).
func (s *Service) DelegationsBySummit(ctx context.Context, summitIDs []int64) ([][]*Delegation, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, delegationsBySummit, summitIDs)
}

var delegationsBySummit = db.ByKeys[int64, *Delegation]{Cols: []string{"d.summit_id"}, Order: append([]string{"d.summit_id"}, strings.Split(strings.ReplaceAll(delegationOrder, "{r}", "d"), ", ")...),
	Key: func(d *Delegation) int64 { return d.SummitID }}

// DelegationsByCity loads each city's delegations, oldest summit first (loader batch function).
func (s *Service) DelegationsByCity(ctx context.Context, cityIDs []int64) ([][]*Delegation, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, delegationsByCity, cityIDs)
}

var delegationsByCity = db.ByKeys[int64, *Delegation]{
	Select: func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Delegation)(nil)).Join("JOIN summit s ON s.id = d.summit_id").Order("d.city_id", "s.year")
	},
	Cols: []string{"d.city_id"},
	Key:  func(d *Delegation) int64 { return d.CityID },
}

// DelegationByKey loads one delegation by its (city, id) key, for node lookups.
func (s *Service) DelegationByKey(ctx context.Context, cityID, id int64) (*Delegation, error) {
	return db.First[*Delegation](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Delegation)(nil)).Where("d.city_id = ? AND d.id = ?", cityID, id)
	})
}

// Package city holds the network's member cities.
package city

import (
	"context"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/page"
)

// City is a member city (contract City).
type City struct {
	bun.BaseModel `bun:"table:city,alias:c"`

	ID          int64      `bun:"id,pk,autoincrement"`
	Slug        string     `bun:"slug"`
	Name        string     `bun:"name"`
	LocalName   *string    `bun:"local_name"`
	Country     string     `bun:"country"`
	Population  *int       `bun:"population"`
	Latitude    *float64   `bun:"latitude"`
	Longitude   *float64   `bun:"longitude"`
	Status      Status     `bun:"status"`
	MemberSince *time.Time `bun:"member_since,type:date"`
	JoinRoute   *JoinRoute `bun:"join_route"`
	MayorName   *string    `bun:"mayor_name"`
	Website     *string    `bun:"website"`
	CreatedAt   time.Time  `bun:"created_at,nullzero,default:now()"`
	UpdatedAt   time.Time  `bun:"updated_at,nullzero,default:now()"`
	Version     int        `bun:"version,default:1"`

	// IsFoundingMember is derived from attendance at the founding summit (R6.1), never stored.
	IsFoundingMember bool `bun:"is_founding_member,scanonly"`
}

// Filter narrows a list of cities; empty fields match everything.
type Filter struct {
	IDs        []int64
	Countries  []string
	Statuses   []Status
	JoinRoutes []JoinRoute
	Search     string
	// MemberSinceFrom/To bound memberSince, inclusive.
	MemberSinceFrom *time.Time
	MemberSinceTo   *time.Time
}

// Order is the sort of a list of cities.
type Order struct {
	Field OrderField // OrderName when empty
	Desc  bool
}

// OrderField is what a list of cities is ordered by (the schema's CityOrderField).
type OrderField string

const (
	OrderName        OrderField = "NAME"
	OrderPopulation  OrderField = "POPULATION"
	OrderMemberSince OrderField = "MEMBER_SINCE"
	OrderCountry     OrderField = "COUNTRY"
)

var foundingExpr = strings.ReplaceAll(foundingSQL, "{r}", "c")

// foundingSQL computes isFoundingMember over the row "{r}" (its read-model declaration too).
const foundingSQL = `EXISTS (SELECT 1 FROM delegation d JOIN summit s ON s.id = d.summit_id
	WHERE d.city_id = {r}.id AND s.is_founding)`

// Service reads cities.
type Service struct {
	DB *bun.DB
	// citySQL reads cities with real placeholders (db.SelectPrepared): the hot look-ups by id
	// and slug keep one statement text whatever the values.
	citySQL string
	byID    db.ByKeys[int64, *City]
}

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service {
	s := &Service{DB: d, citySQL: `SELECT ` + db.Columns[City](d, "c") + `, ` + foundingExpr + ` AS is_founding_member FROM city c WHERE `}
	s.byID = db.ByKeys[int64, *City]{SQL: s.citySQL, Cols: []string{"c.id"}, Key: func(c *City) int64 { return c.ID }}
	return s
}

func selectCities(tx bun.IDB) *bun.SelectQuery {
	return tx.NewSelect().Model((*City)(nil)).Column("c.*").ColumnExpr(foundingExpr + " AS is_founding_member")
}

func (f Filter) apply(q *bun.SelectQuery) *bun.SelectQuery {
	q = db.WhereIn(q, "c.id", f.IDs)
	q = db.WhereIn(q, "c.country", f.Countries)
	q = db.WhereIn(q, "c.status", f.Statuses)
	q = db.WhereIn(q, "c.join_route", f.JoinRoutes)
	if s := strings.TrimSpace(f.Search); s != "" {
		pattern := "%" + db.EscapeLike(s) + "%"
		q = q.Where("(c.name ILIKE ? OR c.local_name ILIKE ? OR c.slug ILIKE ?)", pattern, pattern, pattern)
	}
	if f.MemberSinceFrom != nil {
		q = q.Where("c.member_since >= ?", *f.MemberSinceFrom)
	}
	if f.MemberSinceTo != nil {
		q = q.Where("c.member_since <= ?", *f.MemberSinceTo)
	}
	return q
}

// orderKey maps an Order to a keyset; NULLs sort as the extreme value so the tuple
// comparison stays total.
func (o Order) key() (page.Key, func(*City) []any) {
	id := func(c *City) any { return c.ID }
	switch o.Field {
	case OrderPopulation:
		return page.Key{Exprs: []string{"coalesce(c.population, -1)", "c.id"}, Types: []string{"bigint", "bigint"}, Desc: o.Desc},
			func(c *City) []any {
				p := -1
				if c.Population != nil {
					p = *c.Population
				}
				return []any{p, id(c)}
			}
	case OrderMemberSince:
		return page.Key{Exprs: []string{"coalesce(c.member_since, 'infinity'::date)", "c.id"}, Types: []string{"date", "bigint"}, Desc: o.Desc},
			func(c *City) []any {
				d := "infinity"
				if c.MemberSince != nil {
					d = c.MemberSince.Format(time.DateOnly)
				}
				return []any{d, id(c)}
			}
	case OrderCountry:
		return page.Key{Exprs: []string{"c.country", "c.name", "c.id"}, Types: []string{"text", "text", "bigint"}, Desc: o.Desc},
			func(c *City) []any { return []any{c.Country, c.Name, id(c)} }
	}
	return page.Key{Exprs: []string{"c.name", "c.id"}, Types: []string{"text", "bigint"}, Desc: o.Desc},
		func(c *City) []any { return []any{c.Name, id(c)} }
}

// List returns one page of cities.
func (s *Service) List(ctx context.Context, f Filter, o Order, args page.Args) (*page.Connection[*City], error) {
	key, values := o.key()
	return db.List(ctx, s.DB, args, key, values, func(tx bun.IDB) *bun.SelectQuery { return f.apply(selectCities(tx)) })
}

// BySlug returns the city with slug, or nil.
func (s *Service) BySlug(ctx context.Context, slug string) (*City, error) {
	return first(db.SelectPrepared[*City](ctx, s.DB, s.citySQL+"c.slug = $1", slug))
}

// ByIDs loads cities by id, in the order of ids; a missing or invisible city is nil at its
// index. It is the batch function of the per-request city loader.
func (s *Service) ByIDs(ctx context.Context, ids []int64) ([]*City, []error) {
	return db.LoadByKeys(ctx, s.DB, s.byID, ids)
}

// first is the first row, or nil.
func first(rows []*City, err error) (*City, error) {
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return rows[0], nil
}

// Count returns how many cities match f (memberCount counts ACTIVE members).
func (s *Service) Count(ctx context.Context, f Filter) (n int, err error) {
	err = db.Read(ctx, s.DB, func(tx bun.IDB) error {
		n, err = db.Count(ctx, f.apply(tx.NewSelect().Model((*City)(nil))))
		return err
	})
	return n, err
}

// ByID loads one city, or nil.
func (s *Service) ByID(ctx context.Context, id int64) (*City, error) {
	return first(db.SelectPrepared[*City](ctx, s.DB, s.citySQL+"c.id = $1", id))
}

// GeoPoint is a city's location (GraphQL GeoPoint).
type GeoPoint struct{ Lat, Lng float64 }

// Location is the city's point on the map, or nil when it has none.
func (c *City) Location() *GeoPoint {
	if c.Latitude == nil || c.Longitude == nil {
		return nil
	}
	return &GeoPoint{Lat: *c.Latitude, Lng: *c.Longitude}
}

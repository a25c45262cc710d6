package city

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/b40-network/workspace/internal/gid"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/slug"
)

// Input is a city's descriptive fields; nil leaves a field as it is on update.
type Input struct {
	Name        *string
	LocalName   *string
	Country     *string
	Population  *int
	Latitude    *float64
	Longitude   *float64
	MayorName   *string
	Website     *string
	Slug        *string
	MemberSince *time.Time
	JoinRoute   *JoinRoute
}

// CheckEligible answers a country outside the network's setting with NOT_ELIGIBLE_COUNTRY
// (R6.2 and its decision: Balkan countries, a setting of the network).
func CheckEligible(ctx context.Context, tx bun.IDB, country string, field ...string) error {
	var ok bool
	if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM network_eligible_country WHERE country_code = ?)", country).Scan(ctx, &ok); err != nil {
		return err
	}
	if !ok {
		return apperr.User(apperr.CodeNotEligibleCountry, field, "R6.2: the network is open to Balkan cities; %s is not among its eligible countries", country)
	}
	return nil
}

func checkText(field string, v *string, required bool, max int) error {
	if v == nil {
		if required {
			return apperr.User(apperr.CodeInvalid, []string{field}, "%s is required", field)
		}
		return nil
	}
	t := strings.TrimSpace(*v)
	if (required && t == "") || utf8.RuneCountInString(t) > max {
		return apperr.User(apperr.CodeInvalid, []string{field}, "%s needs 1 to %d characters", field, max)
	}
	*v = t
	return nil
}

func (in *Input) validate(create bool) error {
	if err := checkText("name", in.Name, create, 200); err != nil {
		return err
	}
	for field, v := range map[string]*string{"localName": in.LocalName, "mayorName": in.MayorName} {
		if err := checkText(field, v, false, 200); err != nil {
			return err
		}
	}
	if create && in.Country == nil {
		return apperr.User(apperr.CodeInvalid, []string{"country"}, "country is required")
	}
	if in.Population != nil && *in.Population < 0 {
		return apperr.User(apperr.CodeInvalid, []string{"population"}, "population cannot be negative")
	}
	if (in.Latitude == nil) != (in.Longitude == nil) {
		return apperr.User(apperr.CodeInvalid, []string{"location"}, "give both lat and lng")
	}
	if in.Latitude != nil && (*in.Latitude < -90 || *in.Latitude > 90 || *in.Longitude < -180 || *in.Longitude > 180) {
		return apperr.User(apperr.CodeInvalid, []string{"location"}, "lat must be within ±90 and lng within ±180")
	}
	if in.Slug != nil && !slug.Valid(*in.Slug) {
		return apperr.User(apperr.CodeInvalid, []string{"slug"}, "a slug is lower-case ASCII letters, digits and single hyphens")
	}
	return nil
}

// CreateTx adds a member city in tx, with its createCity audit event: the secretariat's
// createCity, an approved application, a city attending a summit. The slug is the name's, made
// unique.
func CreateTx(ctx context.Context, tx bun.IDB, in Input) (*City, error) {
	if err := in.validate(true); err != nil {
		return nil, err
	}
	if err := CheckEligible(ctx, tx, *in.Country, "country"); err != nil {
		return nil, err
	}
	var dup bool
	if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM city WHERE lower(name) = lower(?) AND country = ?)", *in.Name, *in.Country).Scan(ctx, &dup); err != nil {
		return nil, err
	}
	if dup {
		return nil, apperr.User(apperr.CodeDuplicate, []string{"name"}, "%s (%s) is already a member city", *in.Name, *in.Country)
	}
	slug := slug.Make(*in.Name)
	if in.Slug != nil {
		slug = *in.Slug
	}
	var free string
	if err := tx.NewRaw(`SELECT s FROM (SELECT ? AS s UNION ALL SELECT ? || '-' || n FROM generate_series(2, 99) n) c
		WHERE NOT EXISTS (SELECT 1 FROM city WHERE slug = c.s) LIMIT 1`, slug, slug).Scan(ctx, &free); err != nil {
		return nil, err
	}
	c := &City{Slug: free, Name: *in.Name, LocalName: in.LocalName, Country: *in.Country, Population: in.Population,
		Latitude: in.Latitude, Longitude: in.Longitude, Status: StatusActive, MemberSince: in.MemberSince, JoinRoute: in.JoinRoute,
		MayorName: in.MayorName, Website: in.Website, Version: 1}
	if _, err := tx.NewInsert().Model(c).Returning("id, created_at, updated_at").Exec(ctx); err != nil {
		return nil, err
	}
	return c, audit.Entity(ctx, tx, &c.ID, "createCity", gid.City, []int64{c.ID},
		map[string]any{"name": c.Name, "country": c.Country, "slug": c.Slug, "joinRoute": c.JoinRoute})
}

// Create is the secretariat's createCity.
func (s *Service) Create(ctx context.Context, in Input) (*City, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	var c *City
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var err error
		c, err = CreateTx(ctx, tx, in)
		return err
	})
	return c, err
}

// Update changes a city's descriptive fields, guarded by its version (contract C6).
func (s *Service) Update(ctx context.Context, id int64, expectedVersion int, in Input) (*City, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	if err := in.validate(false); err != nil {
		return nil, err
	}
	var c City
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := lockCity(ctx, tx, id, &c); err != nil {
			return err
		}
		if c.Version != expectedVersion {
			return apperr.User(apperr.CodeConflict, []string{"expectedVersion"}, "the city changed since version %d (now %d); reload and retry", expectedVersion, c.Version)
		}
		if in.Country != nil && *in.Country != c.Country {
			if err := CheckEligible(ctx, tx, *in.Country, "country"); err != nil {
				return err
			}
			c.Country = *in.Country
		}
		changes := map[string]any{}
		set := func(name string, dst **string, v *string) {
			if v != nil {
				changes[name] = *v
				*dst = nonEmpty(*v)
			}
		}
		if in.Name != nil {
			c.Name, changes["name"] = *in.Name, *in.Name
		}
		set("localName", &c.LocalName, in.LocalName)
		set("mayorName", &c.MayorName, in.MayorName)
		set("website", &c.Website, in.Website)
		if in.Population != nil {
			c.Population, changes["population"] = in.Population, *in.Population
		}
		if in.Latitude != nil {
			c.Latitude, c.Longitude = in.Latitude, in.Longitude
			changes["location"] = []float64{*in.Latitude, *in.Longitude}
		}
		c.Version++
		if _, err := tx.NewUpdate().Model(&c).Column("name", "local_name", "country", "population", "latitude", "longitude",
			"mayor_name", "website", "version").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, &c.ID, "updateCity", gid.City, []int64{c.ID}, changes)
	})
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// SetStatus suspends, reinstates or records the withdrawal of a member city.
func (s *Service) SetStatus(ctx context.Context, id int64, status Status, reason string) (*City, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	var c City
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := lockCity(ctx, tx, id, &c); err != nil {
			return err
		}
		from := c.Status
		if err := c.ChangeStatus(status); err != nil || from == status {
			return err
		}
		c.Version++
		if _, err := tx.NewUpdate().Model(&c).Column("status", "version").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, &c.ID, "setCityStatus", gid.City, []int64{c.ID}, map[string]any{"status": map[string]any{"from": from, "to": status}, "reason": reason})
	})
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// RejoinTx records, in tx, that city id attended the summit of year: a withdrawn city becomes
// ACTIVE again (R6.2), with its own audit event. It reports whether the city rejoined.
func RejoinTx(ctx context.Context, tx bun.IDB, id int64, year int) (bool, error) {
	var c City
	if err := lockCity(ctx, tx, id, &c); err != nil {
		return false, err
	}
	from := c.Status
	if !c.Rejoin() {
		return false, nil
	}
	c.Version++
	if _, err := tx.NewUpdate().Model(&c).Column("status", "version").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
		return false, err
	}
	return true, audit.Entity(ctx, tx, &c.ID, "setCityStatus", gid.City, []int64{c.ID},
		map[string]any{"status": map[string]any{"from": from, "to": c.Status}, "reason": fmt.Sprintf("attended the %d summit", year)})
}

func lockCity(ctx context.Context, tx bun.IDB, id int64, c *City) error {
	err := tx.NewSelect().Model(c).Where("c.id = ?", id).For("UPDATE").Scan(ctx)
	if db.IsNoRows(err) {
		return apperr.User(apperr.CodeNotFound, []string{"cityId"}, "no such city")
	}
	return err
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

package summit

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
)

// CreateInput describes a summit.
type CreateInput struct {
	Year             int
	Title            string
	Motto, Venue     *string
	StartsOn, EndsOn time.Time
	HostCityID       int64
	IsFounding       bool
}

// Validate checks a new summit's title and dates: it opens in its year and lasts at most two
// weeks.
func (in CreateInput) Validate() error {
	title := strings.TrimSpace(in.Title)
	switch {
	case title == "" || utf8.RuneCountInString(title) > 200:
		return apperr.User(apperr.CodeInvalid, []string{"title"}, "the title needs 1 to 200 characters")
	case in.StartsOn.Year() != in.Year:
		return apperr.User(apperr.CodeInvalid, []string{"startsOn"}, "a summit of %d opens in %d", in.Year, in.Year)
	case in.EndsOn.Before(in.StartsOn) || in.EndsOn.Sub(in.StartsOn) > 14*24*time.Hour:
		return apperr.User(apperr.CodeInvalid, []string{"endsOn"}, "endsOn must be on or after startsOn, within two weeks")
	}
	return nil
}

// CheckHost applies R2.5 to a summit other than the founding one: its host is the city holding
// that year's presidency (termCityID, nil when no term of the year is on record).
func (in CreateInput) CheckHost(termCityID *int64) error {
	if termCityID == nil {
		return apperr.User(apperr.CodeRuleViolation, []string{"year"}, "R2.5: the summit's host is the city holding the %d presidency, and no term of %d is on record yet", in.Year, in.Year)
	}
	if *termCityID != in.HostCityID {
		return apperr.User(apperr.CodeRuleViolation, []string{"hostCityId"}, "R2.5: the summit of %d is hosted by the city holding that year's presidency", in.Year)
	}
	return nil
}

// Create schedules the year's summit (SECRETARIAT). Its host is the city holding that year's
// presidency (R2.5), except for the founding summit.
func (s *Service) Create(ctx context.Context, in CreateInput) (*Summit, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	x := &Summit{Year: in.Year, Title: strings.TrimSpace(in.Title), Motto: in.Motto, Venue: in.Venue, StartsOn: in.StartsOn, EndsOn: in.EndsOn,
		HostCityID: in.HostCityID, IsFounding: in.IsFounding}
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var exists bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM summit WHERE year = ?)", in.Year).Scan(ctx, &exists); err != nil {
			return err
		}
		if exists {
			return apperr.User(apperr.CodeDuplicate, []string{"year"}, "R2.2: the network holds one summit a year; %d already has one", in.Year)
		}
		if !in.IsFounding {
			var presidency *int64
			if err := tx.NewRaw("SELECT (SELECT city_id FROM presidency_term WHERE year = ?)", in.Year).Scan(ctx, &presidency); err != nil {
				return err
			}
			if err := in.CheckHost(presidency); err != nil {
				return err
			}
		}
		if _, err := tx.NewInsert().Model(x).Returning("id, created_at").Exec(ctx); err != nil {
			if code, _ := db.Violation(err); code == db.UniqueViolation {
				return apperr.User(apperr.CodeDuplicate, []string{"isFounding"}, "R6.1: there is one founding summit")
			}
			if code, _ := db.Violation(err); code == db.ForeignKeyViolation {
				return apperr.User(apperr.CodeNotFound, []string{"hostCityId"}, "no such city")
			}
			return err
		}
		id := gid.Encode(gid.Summit, x.ID)
		return audit.Record(ctx, tx, audit.Event{Action: "createSummit", EntityType: gid.Summit, EntityID: &id,
			Changes: map[string]any{"year": x.Year, "title": x.Title, "hostCityId": gid.Encode(gid.City, x.HostCityID)}})
	})
	if err != nil {
		return nil, err
	}
	return x, nil
}

// NewCity is a city first met at a summit.
type NewCity struct {
	Name      string
	LocalName *string
	Country   string
}

// DelegationInput records a city's delegation.
type DelegationInput struct {
	SummitID int64
	CityID   *int64
	NewCity  *NewCity
	Head     *Person
	Members  []Person
}

// MaxDelegationMembers bounds one delegation's list.
const MaxDelegationMembers = 100

func checkPerson(field []string, p Person) error {
	n := utf8.RuneCountInString(strings.TrimSpace(p.Name))
	if n == 0 || n > 200 || (p.Position != nil && utf8.RuneCountInString(*p.Position) > 200) {
		return apperr.User(apperr.CodeInvalid, field, "a name needs 1 to 200 characters, a position at most 200")
	}
	return nil
}

// RecordDelegation records who a city sent to a summit (SECRETARIAT). A Balkan city that is not
// yet a member becomes one by attending (R6.2: joinRoute SUMMIT, or FOUNDING at the founding
// summit, R6.1), from the summit's opening day; a withdrawn member attending is active again.
// Recording the same city again replaces its delegation.
func (s *Service) RecordDelegation(ctx context.Context, in DelegationInput) (*Delegation, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	if (in.CityID == nil) == (in.NewCity == nil) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"cityId"}, "give cityId or newCity, not both")
	}
	if in.Head != nil {
		if err := checkPerson([]string{"head"}, *in.Head); err != nil {
			return nil, err
		}
	}
	if len(in.Members) > MaxDelegationMembers {
		return nil, apperr.User(apperr.CodeInvalid, []string{"members"}, "at most %d members", MaxDelegationMembers)
	}
	for _, m := range in.Members {
		if err := checkPerson([]string{"members"}, m); err != nil {
			return nil, err
		}
	}
	d := &Delegation{SummitID: in.SummitID, Members: in.Members}
	if d.Members == nil {
		d.Members = []Person{}
	}
	if in.Head != nil {
		d.HeadName, d.HeadPosition = &in.Head.Name, in.Head.Position
	}
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var sm Summit
		err := tx.NewSelect().Model(&sm).Where("s.id = ?", in.SummitID).Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"summitId"}, "no such summit")
		}
		if err != nil {
			return err
		}
		route := city.JoinSummit
		if sm.IsFounding {
			route = city.JoinFounding
		}
		joined := false
		inner, effects := audit.Compose(ctx)
		if in.NewCity != nil {
			name := in.NewCity.Name
			c, err := city.CreateTx(inner, tx, city.Input{Name: &name, LocalName: in.NewCity.LocalName, Country: &in.NewCity.Country,
				JoinRoute: &route, MemberSince: &sm.StartsOn})
			if err != nil {
				return apperr.WithUserField(err, "newCity")
			}
			d.CityID, joined = c.ID, true
		} else {
			d.CityID = *in.CityID
			if joined, err = city.RejoinTx(inner, tx, d.CityID, sm.Year); err != nil {
				return err
			}
		}
		if _, err := tx.NewInsert().Model(d).On("CONFLICT (city_id, summit_id) DO UPDATE").
			Set("head_name = EXCLUDED.head_name, head_position = EXCLUDED.head_position, members = EXCLUDED.members").
			Returning("id, created_at").Exec(ctx); err != nil {
			return err
		}
		id := gid.Encode(gid.Delegation, d.CityID, d.ID)
		return audit.Record(ctx, tx, audit.Event{CityID: &d.CityID, Action: "recordDelegation", EntityType: gid.Delegation, EntityID: &id,
			Changes: effects.Into(map[string]any{"summit": sm.Year, "members": len(d.Members), "joinedNetwork": joined})})
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// SetHostTx makes cityID, just elected to the year's presidency, the host of that year's summit
// if one is already scheduled (R2.5), in tx, with its own audit event.
func SetHostTx(ctx context.Context, tx bun.IDB, year int, cityID int64) error {
	var sm Summit
	err := tx.NewSelect().Model(&sm).Where("s.year = ? AND NOT s.is_founding", year).For("UPDATE").Scan(ctx)
	if db.IsNoRows(err) || (err == nil && sm.HostCityID == cityID) {
		return nil
	}
	if err != nil {
		return err
	}
	from := sm.HostCityID
	sm.HostCityID = cityID
	if _, err := tx.NewUpdate().Model(&sm).Column("host_city_id").WherePK().Exec(ctx); err != nil {
		return err
	}
	return audit.Entity(ctx, tx, &cityID, "setSummitHost", gid.Summit, []int64{sm.ID},
		map[string]any{"hostCityId": map[string]any{"from": gid.Encode(gid.City, from), "to": gid.Encode(gid.City, cityID)}})
}

// Package membership holds how a city joins through the secretariat (R6.3): the public
// application form and its review.
package membership

import (
	"context"
	"net/mail"
	"net/url"
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
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/page"
)

// Application is a membership request. Its text is stored and shown back exactly as
// submitted (trimmed of surrounding white space); clients escape it for display.
type Application struct {
	bun.BaseModel `bun:"table:membership_application,alias:ma"`

	ID               int64      `bun:"id,pk,autoincrement"`
	CityName         string     `bun:"city_name"`
	LocalName        *string    `bun:"local_name"`
	Country          string     `bun:"country"`
	MayorName        *string    `bun:"mayor_name"`
	ContactName      string     `bun:"contact_name"`
	ContactEmail     string     `bun:"contact_email"`
	ContactPosition  *string    `bun:"contact_position"`
	Website          *string    `bun:"website"`
	Population       *int       `bun:"population"`
	Motivation       string     `bun:"motivation"`
	Status           Status     `bun:"status"`
	SubmittedAt      time.Time  `bun:"submitted_at,nullzero,default:now()"`
	ReviewedAt       *time.Time `bun:"reviewed_at"`
	ReviewedByUserID *int64     `bun:"reviewed_by_user_id"`
	ReviewNote       *string    `bun:"review_note"`
	CityID           *int64     `bun:"city_id"`
}

// Service runs the application form and the review queue.
type Service struct {
	DB   *bun.DB
	Now  func() time.Time // the clock, injected so tests can set it
	Auth *auth.Service
}

// Submissions per client address: a burst of 5, then one every 10 minutes, one budget for every
// server process (auth.Throttle).
var submitBudget = auth.Budget{Name: "apply-addr", Burst: 5, Interval: 10 * time.Minute}

// NewService returns a Service on d.
func NewService(d *bun.DB, a *auth.Service) *Service {
	return &Service{DB: d, Now: time.Now, Auth: a}
}

type limit struct {
	field string
	max   int
	need  bool
}

func checkLen(v *string, l limit) error {
	if v == nil {
		if l.need {
			return apperr.User(apperr.CodeInvalid, []string{l.field}, "%s is required", l.field)
		}
		return nil
	}
	*v = strings.TrimSpace(*v)
	n := utf8.RuneCountInString(*v)
	if (l.need && n == 0) || n > l.max || !utf8.ValidString(*v) || strings.ContainsRune(*v, 0) {
		return apperr.User(apperr.CodeInvalid, []string{l.field}, "%s needs 1 to %d characters", l.field, l.max)
	}
	return nil
}

func (a *Application) validate() error {
	checks := []struct {
		v *string
		l limit
	}{
		{&a.CityName, limit{"cityName", 200, true}}, {a.LocalName, limit{"localName", 200, false}},
		{a.MayorName, limit{"mayorName", 200, false}}, {&a.ContactName, limit{"contactName", 200, true}},
		{a.ContactPosition, limit{"contactPosition", 200, false}}, {&a.Motivation, limit{"motivation", 5000, true}},
		{&a.ContactEmail, limit{"contactEmail", 254, true}}, {a.Website, limit{"website", 2000, false}},
	}
	for _, c := range checks {
		if err := checkLen(c.v, c.l); err != nil {
			return err
		}
	}
	if addr, err := mail.ParseAddress(a.ContactEmail); err != nil || addr.Address != a.ContactEmail {
		return apperr.User(apperr.CodeInvalid, []string{"contactEmail"}, "contactEmail must be a plain address such as name@example.org")
	}
	if a.Website != nil {
		if u, err := url.Parse(*a.Website); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return apperr.User(apperr.CodeInvalid, []string{"website"}, "website must be an http or https URL")
		}
	}
	if a.Population != nil && *a.Population < 0 {
		return apperr.User(apperr.CodeInvalid, []string{"population"}, "population cannot be negative")
	}
	return nil
}

// Submit records a public application (R6.3; there is no fee, R6.4). Anyone may submit;
// submissions are limited per client address.
func (s *Service) Submit(ctx context.Context, a Application) (*Application, error) {
	if err := a.validate(); err != nil {
		return nil, err
	}
	// Every valid submission counts, accepted or not; taken before the write, so parallel
	// submissions cannot all pass.
	if refused, err := s.Auth.Throttle.Take(ctx, auth.Attempt{Budget: submitBudget, Key: auth.ClientAddr(ctx)}); err != nil {
		return nil, err
	} else if refused >= 0 {
		return nil, apperr.New(apperr.RateLimited, "too many applications from this address; try again later")
	}
	a.Status, a.ID = StatusSubmitted, 0
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := city.CheckEligible(ctx, tx, a.Country, "country"); err != nil {
			return err
		}
		var member bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM city WHERE lower(name) = lower(?) AND country = ? AND status <> ?)",
			a.CityName, a.Country, city.StatusWithdrawn).Scan(ctx, &member); err != nil {
			return err
		}
		if member {
			return apperr.User(apperr.CodeDuplicate, []string{"cityName"}, "%s is already a member city", a.CityName)
		}
		// No RETURNING: an anonymous submitter may not read the queue back, so it takes the id first.
		if err := tx.NewRaw("SELECT nextval('membership_application_id_seq')").Scan(ctx, &a.ID); err != nil {
			return err
		}
		_, err := tx.NewInsert().Model(&a).ExcludeColumn("reviewed_at", "reviewed_by_user_id", "review_note", "city_id").Returning("").Exec(ctx)
		if code, _ := db.Violation(err); code == db.UniqueViolation {
			return apperr.User(apperr.CodeDuplicate, []string{"cityName"}, "an application for %s is already waiting for review", a.CityName)
		}
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{Action: "submitMembershipApplication", EntityType: gid.MembershipApplication,
			Changes: map[string]any{"cityName": a.CityName, "country": a.Country}}); err != nil {
			return err
		}
		id := gid.Encode(gid.MembershipApplication, a.ID)
		_, err = s.Auth.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindApplicationSubmitted, ItemID: id,
			Params: map[string]string{"city": a.CityName, "country": a.Country}, URL: "/desk"}) // the secretariat decides applications on its desk
		return err
	})
	if err != nil {
		return nil, err
	}
	a.SubmittedAt = s.Now()
	return &a, nil
}

// Filter narrows the review queue.
type Filter struct {
	Statuses  []Status
	Countries []string
	From, To  *time.Time
}

var key = page.Key{Exprs: []string{"ma.submitted_at", "ma.id"}, Types: []string{"timestamptz", "bigint"}, Desc: true}

// List is the secretariat's review queue, newest first.
func (s *Service) List(ctx context.Context, f Filter, args page.Args) (*page.Connection[*Application], error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	return db.List(ctx, s.DB, args, key, func(a *Application) []any { return []any{a.SubmittedAt, a.ID} },
		func(tx bun.IDB) *bun.SelectQuery {
			q := tx.NewSelect().Model((*Application)(nil))
			q = db.WhereIn(q, "ma.status", f.Statuses)
			q = db.WhereIn(q, "ma.country", f.Countries)
			if f.From != nil {
				q = q.Where("ma.submitted_at >= ?", *f.From)
			}
			if f.To != nil {
				q = q.Where("ma.submitted_at < ?", *f.To)
			}
			return q
		})
}

// ByID loads an application for the secretariat, or nil.
func (s *Service) ByID(ctx context.Context, id int64) (*Application, error) {
	if v := auth.FromContext(ctx); !v.IsSecretariat() {
		return nil, nil
	}
	return db.First[*Application](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Application)(nil)).Where("ma.id = ?", id)
	})
}

// Review decides an application once. Approval creates the city (joinRoute APPLICATION,
// memberSince the approval date) and invites the contact as its CITY_ADMIN, in one
// transaction; the invitation token comes back to be passed on (no e-mail is sent).
func (s *Service) Review(ctx context.Context, id int64, decision Decision, note string) (*Application, string, error) {
	v, err := auth.RequireSecretariat(ctx)
	if err != nil {
		return nil, "", err
	}
	if utf8.RuneCountInString(note) > 2000 {
		return nil, "", apperr.User(apperr.CodeInvalid, []string{"note"}, "the note is longer than 2000 characters")
	}
	var a Application
	var token string
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		err := tx.NewSelect().Model(&a).Where("ma.id = ?", id).For("UPDATE").Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"applicationId"}, "no such application")
		}
		if err != nil {
			return err
		}
		now := s.Now()
		if err := a.Decide(decision, v.UserID, nonEmpty(note), now); err != nil {
			return err
		}
		inner, effects := audit.Compose(ctx)
		if a.Status == StatusApproved {
			route, since := city.JoinApplication, now
			c, err := city.CreateTx(inner, tx, city.Input{Name: &a.CityName, LocalName: a.LocalName, Country: &a.Country,
				Population: a.Population, MayorName: a.MayorName, Website: a.Website, JoinRoute: &route, MemberSince: &since})
			if err != nil {
				return err
			}
			a.CityID = &c.ID
			if _, token, err = s.Auth.InviteTx(inner, tx, a.ContactEmail, auth.RoleCityAdmin, &c.ID); err != nil {
				return err
			}
		}
		if _, err := tx.NewUpdate().Model(&a).Column("status", "reviewed_at", "reviewed_by_user_id", "review_note", "city_id").WherePK().Exec(ctx); err != nil {
			return err
		}
		// The applicant's contact hears of the decision by mail (they have no account yet).
		if _, err := s.Auth.Outbox.QueueMail(ctx, tx, notify.Mail{Kind: notify.KindApplicationDecided, To: a.ContactEmail,
			Params: map[string]string{"city": a.CityName, "decision": string(a.Status), "note": note}}); err != nil {
			return err
		}
		entity := gid.Encode(gid.MembershipApplication, a.ID)
		return audit.Record(ctx, tx, audit.Event{CityID: a.CityID, Action: "reviewMembershipApplication", EntityType: gid.MembershipApplication,
			EntityID: &entity, Changes: effects.Into(map[string]any{"decision": a.Status, "note": note})})
	})
	if err != nil {
		return nil, "", err
	}
	return &a, token, nil
}

func nonEmpty(s string) *string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return &s
}

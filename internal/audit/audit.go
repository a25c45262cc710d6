// Package audit writes one event per successful mutation, in the mutation's transaction, and
// lists them to the secretariat (all) and city admins (their cities).
package audit

import (
	"context"
	"encoding/json"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/requestid"
)

// Event is one audited change.
type Event struct {
	bun.BaseModel `bun:"table:audit_event,alias:ae"`

	ID          int64          `bun:"id,pk,autoincrement"`
	At          time.Time      `bun:"at,nullzero,default:now()"`
	ActorUserID *int64         `bun:"actor_user_id"`
	CityID      *int64         `bun:"city_id"`
	Action      string         `bun:"action"`
	EntityType  string         `bun:"entity_type"`
	EntityID    *string        `bun:"entity_id"`
	Changes     map[string]any `bun:"changes,type:jsonb"`
	RequestID   *string        `bun:"request_id"`
}

// Record writes e in tx with the actor (the scoped context's user) and request id of ctx; an
// explicit actor wins (invitation acceptance names the new user). Under Compose, e becomes an
// effect of the composing operation's event instead.
func Record(ctx context.Context, tx bun.IDB, e Event) error {
	if fx, ok := ctx.Value(effectsKey{}).(*Effects); ok {
		fx.add(e)
		return nil
	}
	if e.ActorUserID == nil {
		if id := db.FromContext(ctx).UserID; id != 0 {
			e.ActorUserID = &id
		}
	}
	if id := requestid.FromContext(ctx); id != "" {
		e.RequestID = &id
	}
	if e.Changes == nil {
		e.Changes = map[string]any{}
	}
	// No RETURNING: the writer may not be allowed to read the audit log back.
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_event (actor_user_id, city_id, action, entity_type, entity_id, changes, request_id)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, e.ActorUserID, e.CityID, e.Action, e.EntityType, e.EntityID, changesJSON(e.Changes), e.RequestID)
	return err
}

// Entity records action on the entity typ with key (its global ID), in cityID's log when it
// belongs to a city. Changes never carry workspace text: the secretariat reads every event.
func Entity(ctx context.Context, tx bun.IDB, cityID *int64, action, typ string, key []int64, changes map[string]any) error {
	id := gid.Encode(typ, key...)
	return Record(ctx, tx, Event{CityID: cityID, Action: action, EntityType: typ, EntityID: &id, Changes: changes})
}

// Filter narrows the list.
type Filter struct {
	CityIDs      []int64
	Actions      []string
	EntityTypes  []string
	ActorUserIDs []int64
	From, To     *time.Time
}

func (f Filter) apply(q *bun.SelectQuery) *bun.SelectQuery {
	q = db.WhereIn(q, "ae.city_id", f.CityIDs)
	q = db.WhereIn(q, "ae.action", f.Actions)
	q = db.WhereIn(q, "ae.entity_type", f.EntityTypes)
	q = db.WhereIn(q, "ae.actor_user_id", f.ActorUserIDs)
	if f.From != nil {
		q = q.Where("ae.at >= ?", *f.From)
	}
	if f.To != nil {
		q = q.Where("ae.at < ?", *f.To)
	}
	return q
}

// Service lists events.
type Service struct{ DB *bun.DB }

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d} }

var key = page.Key{Exprs: []string{"ae.at", "ae.id"}, Types: []string{"timestamptz", "bigint"}, Desc: true}

// List returns events newest first: the secretariat sees all, a city admin its cities' events
// only, anyone else is refused.
func (s *Service) List(ctx context.Context, f Filter, args page.Args) (*page.Connection[*Event], error) {
	sc := db.FromContext(ctx)
	if sc.UserID == 0 {
		return nil, apperr.ErrUnauthenticated
	}
	if !sc.Secretariat {
		admin := sc.AdminCityIDs
		if len(admin) == 0 {
			return nil, apperr.ErrForbidden
		}
		f.CityIDs = intersectOrAll(f.CityIDs, admin)
	}
	return db.List(ctx, s.DB, args, key, func(e *Event) []any { return []any{e.At, e.ID} },
		func(tx bun.IDB) *bun.SelectQuery { return f.apply(tx.NewSelect().Model((*Event)(nil))) })
}

// intersectOrAll narrows wanted to allowed; an empty wanted means all allowed. An empty
// intersection matches nothing (never "no filter").
func intersectOrAll(wanted, allowed []int64) []int64 {
	if len(wanted) == 0 {
		return allowed
	}
	var out []int64
	for _, w := range wanted {
		for _, a := range allowed {
			if w == a {
				out = append(out, w)
			}
		}
	}
	if len(out) == 0 {
		return []int64{-1}
	}
	return out
}

// ByID loads one event the caller may see, or nil.
func (s *Service) ByID(ctx context.Context, id int64) (*Event, error) {
	sc := db.FromContext(ctx)
	if sc.UserID == 0 || (!sc.Secretariat && len(sc.AdminCityIDs) == 0) {
		return nil, nil
	}
	return db.First[*Event](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().Model((*Event)(nil)).Where("ae.id = ?", id)
		if !sc.Secretariat {
			q = q.Where("ae.city_id IN (?)", bun.List(sc.AdminCityIDs))
		}
		return q
	})
}

func changesJSON(c map[string]any) string {
	b, err := json.Marshal(c)
	if err != nil {
		return "{}"
	}
	return string(b)
}

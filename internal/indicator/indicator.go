// Package indicator holds the network's success indicators: goals set at the start of a term
// (R5.1), measured by hand or derived live from the data, and their progress.
package indicator

import (
	"context"
	"math"
	"strings"
	"time"

	"github.com/b40-network/workspace/internal/gid"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/slug"
)

// Indicator is one success indicator.
type Indicator struct {
	bun.BaseModel `bun:"table:indicator,alias:ind"`

	ID              int64     `bun:"id,pk,autoincrement"`
	Key             string    `bun:"key"`
	Name            string    `bun:"name"`
	Description     *string   `bun:"description"`
	Unit            string    `bun:"unit"`
	Direction       Direction `bun:"direction"`
	Scope           Scope     `bun:"scope"`
	WorkingGroupID  *int64    `bun:"working_group_id"`
	Source          Source    `bun:"source"`
	Metric          *Metric   `bun:"metric"`
	Rollup          Rollup    `bun:"rollup"`
	CreatedByUserID *int64    `bun:"created_by_user_id"`
	CreatedAt       time.Time `bun:"created_at,nullzero,default:now()"`
	Version         int       `bun:"version"`
}

// Target is a term's goal for an indicator.
type Target struct {
	bun.BaseModel `bun:"table:indicator_target,alias:tg"`

	IndicatorID int64     `bun:"indicator_id,pk"`
	TermYear    int       `bun:"term_year,pk"`
	Baseline    float64   `bun:"baseline"`
	Target      float64   `bun:"target"`
	DueOn       time.Time `bun:"due_on,type:date"`
	SetByUserID *int64    `bun:"set_by_user_id"`
	SetAt       time.Time `bun:"set_at,nullzero,default:now()"`
}

// Measurement is one recorded value.
type Measurement struct {
	bun.BaseModel `bun:"table:measurement,alias:ms"`

	ID               int64     `bun:"id,pk,autoincrement"`
	IndicatorID      int64     `bun:"indicator_id"`
	CityID           *int64    `bun:"city_id"`
	MeasuredOn       time.Time `bun:"measured_on,type:date"`
	Value            float64   `bun:"value"`
	Note             *string   `bun:"note"`
	RecordedByUserID *int64    `bun:"recorded_by_user_id"`
	RecordedAt       time.Time `bun:"recorded_at,nullzero,default:now()"`
}

// Progress is where an indicator stands against its term's target.
type Progress struct {
	Target *Target
	Latest *float64
	// Percent of the way from baseline to target: right for both directions, since a
	// decrease divides a negative change by a negative distance.
	Percent *float64
	OnTrack bool
}

// Service manages indicators.
type Service struct {
	DB  *bun.DB
	Now func() time.Time
}

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d, Now: time.Now} }

// requireGovernance allows the presidency and the secretariat (R5.1).
func requireGovernance(ctx context.Context) (*auth.Viewer, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.CanSetIndicatorTargets() {
		return nil, apperr.New(apperr.Forbidden, "R5.1: the presidency and the secretariat set the term's goals")
	}
	return v, nil
}

// Define adds an indicator. A DERIVED one names its metric; its values are computed live.
func (s *Service) Define(ctx context.Context, in Indicator) (*Indicator, error) {
	v, err := requireGovernance(ctx)
	if err != nil {
		return nil, err
	}
	in.Name = strings.TrimSpace(in.Name)
	in.Unit = strings.TrimSpace(in.Unit)
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if in.Key == "" {
		in.Key = slug.Make(in.Name)
	} else if !slug.Valid(in.Key) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"key"}, "a key is lower-case ASCII letters, digits and single hyphens")
	}
	in.ID, in.CreatedByUserID, in.Version = 0, &v.UserID, 1
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(&in).Returning("id, created_at").Exec(ctx); err != nil {
			switch code, _ := db.Violation(err); code {
			case db.UniqueViolation:
				return apperr.User(apperr.CodeDuplicate, []string{"key"}, "an indicator with the key %q exists", in.Key)
			case db.ForeignKeyViolation:
				return apperr.User(apperr.CodeNotFound, []string{"workingGroupId"}, "no such working group")
			}
			return err
		}
		return audit.Entity(ctx, tx, nil, "defineIndicator", gid.Indicator, []int64{in.ID}, map[string]any{"key": in.Key, "source": in.Source})
	})
	if err != nil {
		return nil, err
	}
	return &in, nil
}

// SetTarget sets (or resets) a term's baseline, target and due date (R5.1).
func (s *Service) SetTarget(ctx context.Context, t Target) (*Target, error) {
	v, err := requireGovernance(ctx)
	if err != nil {
		return nil, err
	}
	if t.Target == t.Baseline || math.IsNaN(t.Target) || math.IsNaN(t.Baseline) || math.IsInf(t.Target, 0) || math.IsInf(t.Baseline, 0) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"target"}, "the target must differ from the baseline")
	}
	if t.DueOn.Year() < t.TermYear || t.DueOn.Year() > t.TermYear+1 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"dueOn"}, "a %d goal falls due in %d (or early %d)", t.TermYear, t.TermYear, t.TermYear+1)
	}
	t.SetByUserID = &v.UserID
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var ind Indicator
		err := tx.NewSelect().Model(&ind).Where("ind.id = ?", t.IndicatorID).Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"indicatorId"}, "no such indicator")
		}
		if err != nil {
			return err
		}
		if err := ind.CheckTarget(&t); err != nil {
			return err
		}
		if _, err := tx.NewInsert().Model(&t).On("CONFLICT (indicator_id, term_year) DO UPDATE").
			Set("baseline = EXCLUDED.baseline, target = EXCLUDED.target, due_on = EXCLUDED.due_on, set_by_user_id = EXCLUDED.set_by_user_id, set_at = now()").
			Returning("set_at").Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, nil, "setIndicatorTarget", gid.Indicator, []int64{t.IndicatorID}, map[string]any{"termYear": t.TermYear, "baseline": t.Baseline, "target": t.Target})
	})
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// RecordMeasurement records a MANUAL indicator's value: a city's editors for CITY scope, the
// secretariat otherwise. One value per indicator, city and date: a second call replaces it,
// and the audit log keeps the value it replaced.
func (s *Service) RecordMeasurement(ctx context.Context, m Measurement) (*Measurement, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(m.Value) || math.IsInf(m.Value, 0) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"value"}, "the value must be a finite number")
	}
	if m.Note != nil && len(*m.Note) > 2000 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"note"}, "the note is longer than 2000 characters")
	}
	if m.MeasuredOn.After(s.Now()) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"measuredOn"}, "a measurement cannot be in the future")
	}
	m.RecordedByUserID = &v.UserID
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var ind Indicator
		err := tx.NewSelect().Model(&ind).Where("ind.id = ?", m.IndicatorID).Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"indicatorId"}, "no such indicator")
		}
		if err != nil {
			return err
		}
		if err := ind.CheckMeasurement(&m); err != nil {
			return err
		}
		switch {
		case ind.Scope == ScopeCity && !v.CanEdit(*m.CityID):
			return apperr.New(apperr.Forbidden, "a city's CITY_ADMIN or CITY_EDITOR records its measurements")
		case ind.Scope != ScopeCity && !v.IsSecretariat():
			return apperr.New(apperr.Forbidden, "the secretariat records network measurements")
		}
		var prev []float64
		if err := tx.NewRaw("SELECT value FROM measurement WHERE indicator_id = ? AND coalesce(city_id, 0) = coalesce(?, 0) AND measured_on = ? FOR UPDATE",
			m.IndicatorID, m.CityID, m.MeasuredOn).Scan(ctx, &prev); err != nil {
			return err
		}
		if err := tx.NewRaw(`INSERT INTO measurement (indicator_id, city_id, measured_on, value, note, recorded_by_user_id) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (indicator_id, coalesce(city_id, 0), measured_on) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note,
				recorded_by_user_id = EXCLUDED.recorded_by_user_id, recorded_at = now()
			RETURNING id, recorded_at`, m.IndicatorID, m.CityID, m.MeasuredOn, m.Value, m.Note, m.RecordedByUserID).Scan(ctx, &m.ID, &m.RecordedAt); err != nil {
			return err
		}
		changes := map[string]any{"measuredOn": m.MeasuredOn.Format(time.DateOnly), "value": m.Value}
		if len(prev) == 1 {
			changes["replaced"] = prev[0]
		}
		return audit.Entity(ctx, tx, m.CityID, "recordMeasurement", gid.Indicator, []int64{m.IndicatorID}, changes)
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// Filter narrows the list of indicators.
type Filter struct {
	Scopes          []Scope
	WorkingGroupIDs []int64
	TermYear        *int // indicators with a target that term
}

var listKey = page.Key{Exprs: []string{"ind.key", "ind.id"}, Types: []string{"text", "bigint"}}

// List lists indicators (any signed-in user).
func (s *Service) List(ctx context.Context, f Filter, args page.Args) (*page.Connection[*Indicator], error) {
	if _, err := auth.RequireUser(ctx); err != nil {
		return nil, err
	}
	return db.List(ctx, s.DB, args, listKey, func(i *Indicator) []any { return []any{i.Key, i.ID} }, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().Model((*Indicator)(nil))
		q = db.WhereIn(q, "ind.scope", f.Scopes)
		q = db.WhereIn(q, "ind.working_group_id", f.WorkingGroupIDs)
		if f.TermYear != nil {
			q = q.Where("EXISTS (SELECT 1 FROM indicator_target t WHERE t.indicator_id = ind.id AND t.term_year = ?)", *f.TermYear)
		}
		return q
	})
}

// ByID loads an indicator for a signed-in caller, or nil.
func (s *Service) ByID(ctx context.Context, id int64) (*Indicator, error) {
	if auth.FromContext(ctx) == nil {
		return nil, nil
	}
	return db.First[*Indicator](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Indicator)(nil)).Where("ind.id = ?", id)
	})
}

// Targets lists an indicator's targets by term.
func (s *Service) Targets(ctx context.Context, id int64) ([]*Target, error) {
	return db.Select[*Target](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Target)(nil)).Where("tg.indicator_id = ?", id).Order("tg.term_year")
	})
}

var measurementKey = page.Key{Exprs: []string{"ms.measured_on", "ms.id"}, Types: []string{"date", "bigint"}, Desc: true}

// Measurements lists an indicator's measurements, newest first.
func (s *Service) Measurements(ctx context.Context, id int64, cityIDs []int64, args page.Args) (*page.Connection[*Measurement], error) {
	return db.List(ctx, s.DB, args, measurementKey, func(m *Measurement) []any { return []any{m.MeasuredOn.Format(time.DateOnly), m.ID} },
		func(tx bun.IDB) *bun.SelectQuery {
			q := tx.NewSelect().Model((*Measurement)(nil)).Where("ms.indicator_id = ?", id)
			q = db.WhereIn(q, "ms.city_id", cityIDs)
			return q
		})
}

// WithTarget lists the indicators with a target in termYear.
func (s *Service) WithTarget(ctx context.Context, termYear int) ([]*Indicator, error) {
	return db.Select[*Indicator](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Indicator)(nil)).
			Where("EXISTS (SELECT 1 FROM indicator_target t WHERE t.indicator_id = ind.id AND t.term_year = ?)", termYear).Order("ind.key")
	})
}

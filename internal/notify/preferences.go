package notify

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/db"
)

// Delivery of a kind's mail to one person (the in-app notification is always written).
const (
	Immediate = "IMMEDIATE" // one mail per notification
	Daily     = "DAILY"     // in the daily digest, 07:00 the person's time
	Weekly    = "WEEKLY"    // in the weekly digest, Monday 07:00 the person's time
	Off       = "OFF"       // no mail
)

// Deliveries are the choices, in the schema's order.
var Deliveries = []string{Immediate, Daily, Weekly, Off}

// DefaultTimeZone is where a person is until they say otherwise.
const DefaultTimeZone = "Europe/Istanbul"

// PreferenceKinds are the kinds a person may choose the delivery of: every kind raised to
// accounts (rules) and every reminder, in a fixed order. Mail to an address (invitations,
// password resets, application decisions) is not a notification and always goes.
func PreferenceKinds() []string {
	out := make([]string, 0, len(rules)+len(reminderRules))
	for k := range rules {
		out = append(out, k)
	}
	for k := range reminderRules {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Preference is one kind's delivery for the caller.
type Preference struct {
	Kind     string
	Delivery string
}

// Settings are the caller's delivery settings: their time zone and their choice for every kind.
type Settings struct {
	TimeZone    string
	Preferences []*Preference
}

// Settings reads the caller's time zone and choices in one statement.
func (s *Service) Settings(ctx context.Context) (*Settings, error) {
	if _, err := requireUser(ctx); err != nil {
		return nil, err
	}
	var row struct {
		TimeZone string          `bun:"time_zone"`
		Choices  json.RawMessage `bun:"choices"`
	}
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw(`SELECT coalesce((SELECT time_zone FROM app_user WHERE id = b40_user_id()), ?) AS time_zone,
			coalesce((SELECT json_agg(json_build_object('kind', kind, 'delivery', delivery)) FROM (
				SELECT kind, delivery FROM notification_preference WHERE user_id = b40_user_id()
				UNION ALL SELECT kind, 'OFF' FROM mail_optout WHERE user_id = b40_user_id()) c), '[]') AS choices`, DefaultTimeZone).Scan(ctx, &row)
	})
	if err != nil {
		return nil, err
	}
	var rows []struct{ Kind, Delivery string }
	if err := json.Unmarshal(row.Choices, &rows); err != nil {
		return nil, err
	}
	return &Settings{TimeZone: row.TimeZone, Preferences: preferences(rows)}, nil
}

// SettingsOf is Settings as a loader's batch function: every key is the caller, read once.
func (s *Service) SettingsOf(ctx context.Context, keys []struct{}) ([]*Settings, []error) {
	st, err := s.Settings(ctx)
	out, errs := make([]*Settings, len(keys)), make([]error, len(keys))
	for i := range keys {
		out[i], errs[i] = st, err
	}
	return out, errs
}

// Preferences are the caller's choices for every kind (IMMEDIATE where none was made; OFF where a
// one-click unsubscribe turned the kind's mail off).
func (s *Service) Preferences(ctx context.Context) ([]*Preference, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	return st.Preferences, nil
}

// preferences are the choices for every kind from the rows chosen (an unsubscribe, OFF, wins,
// as in b40_mail_delivery).
func preferences(rows []struct{ Kind, Delivery string }) []*Preference {
	chosen := map[string]string{}
	for _, r := range rows {
		if chosen[r.Kind] != Off {
			chosen[r.Kind] = r.Delivery
		}
	}
	kinds := PreferenceKinds()
	out := make([]*Preference, len(kinds))
	for i, k := range kinds {
		d := chosen[k]
		if d == "" {
			d = Immediate
		}
		out[i] = &Preference{Kind: k, Delivery: d}
	}
	return out
}

// SetPreference sets the caller's delivery of one kind. Choosing anything clears an earlier
// one-click unsubscribe of the kind. Notifications already waiting for a digest stay in it.
func (s *Service) SetPreference(ctx context.Context, kind, delivery string) (*Preference, error) {
	if _, err := requireUser(ctx); err != nil {
		return nil, err
	}
	if !slices.Contains(PreferenceKinds(), kind) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"kind"}, "no notification kind %q", kind)
	}
	if !slices.Contains(Deliveries, delivery) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"delivery"}, "delivery is one of %v", Deliveries)
	}
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO notification_preference (user_id, kind, delivery) VALUES (b40_user_id(), ?, ?)
			ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`, kind, delivery); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM mail_optout WHERE user_id = b40_user_id() AND kind = ?`, kind)
		return err
	})
	if err != nil {
		return nil, err
	}
	return &Preference{Kind: kind, Delivery: delivery}, nil
}

// TimeZone is the caller's time zone (IANA), where their digests' 07:00 is.
func (s *Service) TimeZone(ctx context.Context) (string, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return "", err
	}
	return st.TimeZone, nil
}

// SetTimeZone sets the caller's time zone (an IANA name such as Europe/Athens). The digest mark
// is an instant, so moving never sends a period twice.
func (s *Service) SetTimeZone(ctx context.Context, tz string) (string, error) {
	uid, err := requireUser(ctx)
	if err != nil {
		return "", err
	}
	if !ValidTimeZone(tz) {
		return "", apperr.User(apperr.CodeInvalid, []string{"timeZone"}, "%q is not an IANA time zone (such as Europe/Istanbul)", tz)
	}
	return tz, db.Write(ctx, s.DB, func(tx bun.Tx) error {
		_, err := tx.NewUpdate().Table("app_user").Set("time_zone = ?", tz).Set("updated_at = now()").Where("id = ?", uid).Exec(ctx)
		return err
	})
}

// ValidTimeZone says whether tz is an IANA zone name (not "Local", not empty, not a path).
func ValidTimeZone(tz string) bool {
	if tz == "" || tz == "Local" || len(tz) > 64 {
		return false
	}
	_, err := time.LoadLocation(tz)
	return err == nil
}

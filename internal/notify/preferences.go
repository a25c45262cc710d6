package notify

import (
	"context"
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

// Preferences are the caller's choices for every kind (IMMEDIATE where none was made; OFF where a
// one-click unsubscribe turned the kind's mail off).
func (s *Service) Preferences(ctx context.Context) ([]*Preference, error) {
	if _, err := requireUser(ctx); err != nil {
		return nil, err
	}
	var rows []struct {
		Kind     string `bun:"kind"`
		Delivery string `bun:"delivery"`
	}
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw(`SELECT kind, delivery FROM notification_preference WHERE user_id = b40_user_id()
			UNION ALL SELECT kind, 'OFF' FROM mail_optout WHERE user_id = b40_user_id()`).Scan(ctx, &rows)
	})
	if err != nil {
		return nil, err
	}
	chosen := map[string]string{}
	for _, r := range rows {
		if chosen[r.Kind] != Off { // an unsubscribe wins, as in b40_mail_delivery
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
	return out, nil
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
	if _, err := requireUser(ctx); err != nil {
		return "", err
	}
	var tz string
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT coalesce((SELECT time_zone FROM app_user WHERE id = b40_user_id()), ?)", DefaultTimeZone).Scan(ctx, &tz)
	})
	return tz, err
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

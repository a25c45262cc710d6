package calendar

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/i18n"
)

// Scope is whose calendar a feed shows.
type Scope string

const (
	ScopePerson       Scope = "PERSON"
	ScopeCity         Scope = "CITY"
	ScopeWorkingGroup Scope = "WORKING_GROUP"
)

// Scopes lists every Scope.
var Scopes = []Scope{ScopePerson, ScopeCity, ScopeWorkingGroup}

// UIDDomain ends every event's UID: stable whatever the address the app is served at.
const UIDDomain = "b40-workspace"

// Service builds calendars and keeps the feeds' secrets. Feeds belong to a person: each
// person has their own feed of themselves, of each city of theirs and of each working group,
// read with that person's rights (row-level security in their scope), never more.
type Service struct {
	DB *bun.DB
	// Owner reads and writes the feed secrets, which the application role cannot see.
	Owner *bun.DB
	// Base is the app's public address (B40_PUBLIC_URL), for absolute URLs.
	Base string
	Now  func() time.Time

	mu  sync.Mutex
	key []byte
}

// NewService returns a Service.
func NewService(d, owner *bun.DB, base string) *Service {
	return &Service{DB: d, Owner: owner, Base: strings.TrimRight(base, "/"), Now: time.Now}
}

func (s *Service) signingKey(ctx context.Context) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.key != nil {
		return s.key, nil
	}
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, err
	}
	if _, err := s.Owner.ExecContext(ctx, "INSERT INTO calendar_feed_key (key) VALUES (?) ON CONFLICT DO NOTHING", k); err != nil {
		return nil, err
	}
	if err := s.Owner.NewRaw("SELECT key FROM calendar_feed_key").Scan(ctx, &k); err != nil {
		return nil, err
	}
	s.key = k
	return k, nil
}

func (s *Service) token(ctx context.Context, nonce []byte) (string, error) {
	key, err := s.signingKey(ctx)
	if err != nil {
		return "", err
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(nonce)
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil)), nil
}

// newNonce makes a feed's random nonce and the token it signs.
func (s *Service) newNonce(ctx context.Context) (nonce []byte, tok string, err error) {
	nonce = make([]byte, 32)
	if _, err := rand.Read(nonce); err != nil {
		return nil, "", err
	}
	tok, err = s.token(ctx, nonce)
	return nonce, tok, err
}

func hashToken(tok string) []byte {
	h := sha256.Sum256([]byte(tok))
	return h[:]
}

// FeedURL is the absolute URL of the caller's feed of scope (subject: the city or group;
// 0 for PERSON), made on first use. Nil for the anonymous public and for subjects the caller
// has no feed of (another city).
func (s *Service) FeedURL(ctx context.Context, scope Scope, subject int64) (*string, error) {
	v := auth.FromContext(ctx)
	if v == nil || !mayHave(v, scope, subject) {
		return nil, nil
	}
	// The feed's nonce, once made, stands: read it, and only when there is none make it.
	var nonces [][]byte
	if err := s.Owner.NewRaw("SELECT nonce FROM calendar_feed WHERE user_id = ? AND scope = ? AND subject_id = ?", v.UserID, scope, subject).Scan(ctx, &nonces); err != nil {
		return nil, err
	}
	var nonce []byte
	if len(nonces) > 0 {
		nonce = nonces[0]
	} else {
		var tok string
		var err error
		if nonce, tok, err = s.newNonce(ctx); err != nil {
			return nil, err
		}
		// Insert the feed unless another request just did; either way read the nonce that stands.
		if _, err := s.Owner.ExecContext(ctx, `INSERT INTO calendar_feed (user_id, scope, subject_id, nonce, token_hash) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (user_id, scope, subject_id) DO NOTHING`, v.UserID, scope, subject, nonce, hashToken(tok)); err != nil {
			return nil, err
		}
		if err := s.Owner.NewRaw("SELECT nonce FROM calendar_feed WHERE user_id = ? AND scope = ? AND subject_id = ?", v.UserID, scope, subject).Scan(ctx, &nonce); err != nil {
			return nil, err
		}
	}
	tok, err := s.token(ctx, nonce)
	if err != nil {
		return nil, err
	}
	u := s.Base + "/calendar/feeds/" + tok + ".ics"
	return &u, nil
}

func mayHave(v *auth.Viewer, scope Scope, subject int64) bool {
	switch scope {
	case ScopePerson:
		return subject == 0
	case ScopeCity:
		return v.IsMember(subject)
	case ScopeWorkingGroup:
		return subject > 0
	}
	return false
}

// Rotate replaces the caller's feed token of scope: the old URL stops answering at once.
func (s *Service) Rotate(ctx context.Context, scope Scope, subject int64) (*string, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	switch scope {
	case ScopePerson:
		if subject != 0 {
			return nil, apperr.User(apperr.CodeInvalid, []string{"scope"}, "a person's feed names no city or group")
		}
	case ScopeCity:
		if !v.IsMember(subject) {
			return nil, apperr.User(apperr.CodeInvalid, []string{"cityId"}, "give a city of yours (cityId)")
		}
	case ScopeWorkingGroup:
		if subject <= 0 {
			return nil, apperr.User(apperr.CodeInvalid, []string{"workingGroupId"}, "give the working group (workingGroupId)")
		}
		var ok bool
		if err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
			return tx.NewRaw("SELECT EXISTS (SELECT 1 FROM working_group WHERE id = ?)", subject).Scan(ctx, &ok)
		}); err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.User(apperr.CodeNotFound, []string{"workingGroupId"}, "no such working group")
		}
	default:
		return nil, apperr.User(apperr.CodeInvalid, []string{"scope"}, "scope is PERSON, CITY or WORKING_GROUP")
	}
	nonce, tok, err := s.newNonce(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := s.Owner.ExecContext(ctx, `INSERT INTO calendar_feed (user_id, scope, subject_id, nonce, token_hash) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (user_id, scope, subject_id) DO UPDATE SET nonce = EXCLUDED.nonce, token_hash = EXCLUDED.token_hash, rotated_at = now()`,
		v.UserID, scope, subject, nonce, hashToken(tok)); err != nil {
		return nil, err
	}
	if err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		return audit.Record(ctx, tx, audit.Event{Action: "rotateCalendarFeed", EntityType: gid.User, EntityID: ptr(gid.Encode(gid.User, v.UserID)),
			Changes: map[string]any{"scope": scope}})
	}); err != nil {
		return nil, err
	}
	u := s.Base + "/calendar/feeds/" + tok + ".ics"
	return &u, nil
}

// feed is a stored feed found by its token.
type feed struct {
	UserID    int64  `bun:"user_id"`
	Scope     Scope  `bun:"scope"`
	SubjectID int64  `bun:"subject_id"`
	Name      string `bun:"name"`
}

// Feed writes the calendar of token, read with its owner's rights; found is false for an
// unknown, rotated or malformed token, or an owner no longer active.
func (s *Service) Feed(ctx context.Context, token string) (cal *Calendar, found bool, err error) {
	if len(token) != 43 || strings.Trim(token, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
		return nil, false, nil
	}
	var rows []feed
	if err := s.Owner.NewRaw(`SELECT f.user_id, f.scope, f.subject_id, u.name FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
		WHERE f.token_hash = ? AND u.status = 'ACTIVE'`, hashToken(token)).Scan(ctx, &rows); err != nil {
		return nil, false, err
	}
	if len(rows) == 0 {
		return nil, false, nil
	}
	f := rows[0]
	v, err := s.ownerViewer(ctx, f.UserID)
	if err != nil || v == nil {
		return nil, false, err
	}
	if f.Scope == ScopeCity && !v.IsMember(f.SubjectID) {
		return nil, false, nil // no longer of that city
	}
	ctx = auth.NewContext(ctx, v)
	cal, err = s.scopeCalendar(ctx, v, f.Scope, f.SubjectID)
	return cal, err == nil, err
}

// ownerViewer is the feed owner as a read-only viewer (like an API token) with their roles now.
func (s *Service) ownerViewer(ctx context.Context, userID int64) (*auth.Viewer, error) {
	var row struct {
		Name        string          `bun:"name"`
		NetworkRole sql.NullString  `bun:"network_role"`
		Memberships json.RawMessage `bun:"memberships"`
		Presidency  sql.NullInt64   `bun:"presidency"`
	}
	err := s.Owner.NewRaw(`SELECT u.name, u.network_role,
		coalesce((SELECT jsonb_agg(jsonb_build_object('cityId', m.city_id, 'role', m.role) ORDER BY m.city_id)
			FROM city_membership m JOIN city c ON c.id = m.city_id AND c.status = 'ACTIVE' WHERE m.user_id = u.id), '[]') AS memberships,
		(SELECT t.city_id FROM presidency_term t WHERE t.year = extract(year FROM now())::int) AS presidency
		FROM app_user u WHERE u.id = ? AND u.status = 'ACTIVE'`, userID).Scan(ctx, &row)
	if db.IsNoRows(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	v := &auth.Viewer{UserID: userID, Name: row.Name, NetworkRole: auth.Role(row.NetworkRole.String), APIToken: true, PresidencyCityID: row.Presidency.Int64}
	if err := json.Unmarshal(row.Memberships, &v.Memberships); err != nil {
		return nil, err
	}
	return v, nil
}

// meetingRow is what an event of a meeting needs.
type meetingRow struct {
	ID        int64     `bun:"id"`
	Kind      string    `bun:"kind"`
	StartsAt  time.Time `bun:"starts_at"`
	EndsAt    time.Time `bun:"ends_at"`
	TimeZone  string    `bun:"time_zone"`
	OnlineURL *string   `bun:"online_url"`
	Location  *string   `bun:"location"`
	Status    string    `bun:"status"`
	Sequence  int       `bun:"sequence"`
	UpdatedAt time.Time `bun:"updated_at"`
	GroupSlug string    `bun:"group_slug"`
	GroupName i18n.Text `bun:"group_name"`
	Agenda    []string  `bun:"agenda,array"`
}

const meetingSelect = `SELECT mt.id, mt.kind, mt.starts_at, mt.ends_at, mt.time_zone, mt.online_url, mt.location, mt.status, mt.sequence, mt.updated_at,
	wg.slug AS group_slug, wg.name AS group_name,
	coalesce((SELECT array_agg(ai.title ORDER BY ai.position, ai.id) FROM meeting_agenda_item ai WHERE ai.meeting_id = mt.id), '{}') AS agenda
	FROM working_group_meeting mt JOIN working_group wg ON wg.id = mt.working_group_id`

type summitRow struct {
	ID        int64     `bun:"id"`
	Title     string    `bun:"title"`
	StartsOn  time.Time `bun:"starts_on"`
	EndsOn    time.Time `bun:"ends_on"`
	Venue     *string   `bun:"venue"`
	CreatedAt time.Time `bun:"created_at"`
}

// FeedWindow is how far back feeds reach: calendars keep past events they already have.
const FeedWindow = 400 * 24 * time.Hour

// FeedLimit bounds a feed's events.
const FeedLimit = 2000

func (s *Service) scopeCalendar(ctx context.Context, v *auth.Viewer, scope Scope, subject int64) (*Calendar, error) {
	since := s.Now().Add(-FeedWindow)
	var ms []meetingRow
	var ss []summitRow
	var name string
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		q := meetingSelect + " WHERE mt.ends_at >= ? "
		args := []any{since}
		withSummits := true
		switch scope {
		case ScopePerson:
			name = "B40: " + v.Name
			if !(v.IsSecretariat() || v.IsPresidency() || v.IsAnalyst()) {
				q += " AND EXISTS (SELECT 1 FROM working_group_member m WHERE m.working_group_id = mt.working_group_id AND m.city_id = ANY (?))"
				args = append(args, pgdialect.Array(v.CityIDs()))
			}
		case ScopeCity:
			var cityName string
			if err := tx.NewRaw("SELECT name FROM city WHERE id = ?", subject).Scan(ctx, &cityName); err != nil {
				return err
			}
			name = "B40: " + cityName
			q += " AND EXISTS (SELECT 1 FROM working_group_member m WHERE m.working_group_id = mt.working_group_id AND m.city_id = ?)"
			args = append(args, subject)
		case ScopeWorkingGroup:
			var gname i18n.Text
			if err := tx.NewRaw("SELECT name FROM working_group WHERE id = ?", subject).Scan(ctx, &gname); err != nil {
				return err
			}
			name = "B40: " + gname.In(i18n.Working)
			q += " AND mt.working_group_id = ?"
			args = append(args, subject)
			withSummits = false
		}
		q += fmt.Sprintf(" ORDER BY mt.starts_at, mt.id LIMIT %d", FeedLimit)
		if err := tx.NewRaw(q, args...).Scan(ctx, &ms); err != nil {
			return err
		}
		if withSummits {
			return tx.NewRaw("SELECT id, title, starts_on, ends_on, venue, created_at FROM summit WHERE ends_on >= ?::date ORDER BY starts_on, id", since).Scan(ctx, &ss)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	c := &Calendar{Name: name, Method: "PUBLISH", Events: make([]Event, 0, len(ms)+len(ss))}
	for i := range ms {
		c.Events = append(c.Events, s.meetingEvent(&ms[i]))
	}
	for i := range ss {
		c.Events = append(c.Events, s.summitEvent(&ss[i]))
	}
	return c, nil
}

func kindLabel(kind string) string {
	switch kind {
	case "REGULAR":
		return "regular meeting"
	case "EXTRA":
		return "extra meeting"
	case "IN_PERSON":
		return "in-person meeting"
	case "SUMMIT_SESSION":
		return "summit session"
	}
	return "meeting"
}

func (s *Service) meetingEvent(m *meetingRow) Event {
	e := Event{UID: fmt.Sprintf("wg-meeting-%d@%s", m.ID, UIDDomain), Sequence: m.Sequence, Stamp: m.UpdatedAt,
		Start: m.StartsAt, End: m.EndsAt, Zone: m.TimeZone, Cancelled: m.Status == "CANCELLED",
		Summary: m.GroupName.In(i18n.Working) + ": " + kindLabel(m.Kind), Categories: []string{m.Kind},
		URL: s.Base + "/meetings/" + gid.Encode(gid.WorkingGroupMeeting, m.ID)}
	if m.OnlineURL != nil {
		e.OnlineURL = *m.OnlineURL
	}
	if m.Location != nil {
		e.Location = *m.Location
	}
	if len(m.Agenda) > 0 {
		var b strings.Builder
		b.WriteString("Agenda:")
		for i, t := range m.Agenda {
			fmt.Fprintf(&b, "\n%d. %s", i+1, t)
		}
		e.Description = b.String()
	}
	return e
}

func (s *Service) summitEvent(m *summitRow) Event {
	e := Event{UID: fmt.Sprintf("summit-%d@%s", m.ID, UIDDomain), Stamp: m.CreatedAt, AllDay: true,
		Start: m.StartsOn, End: m.EndsOn.AddDate(0, 0, 1), Summary: m.Title, Categories: []string{"SUMMIT"},
		URL: s.Base + "/summits/" + gid.Encode(gid.Summit, m.ID)}
	if m.Venue != nil {
		e.Location = *m.Venue
	}
	return e
}

// MeetingCalendar is the calendar of one meeting, or nil when there is none.
func (s *Service) MeetingCalendar(ctx context.Context, id int64) (*Calendar, error) {
	var ms []meetingRow
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error { return tx.NewRaw(meetingSelect+" WHERE mt.id = ?", id).Scan(ctx, &ms) })
	if err != nil || len(ms) == 0 {
		return nil, err
	}
	return &Calendar{Method: "PUBLISH", Events: []Event{s.meetingEvent(&ms[0])}}, nil
}

// SummitCalendar is the calendar of one summit, or nil.
func (s *Service) SummitCalendar(ctx context.Context, id int64) (*Calendar, error) {
	var ss []summitRow
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT id, title, starts_on, ends_on, venue, created_at FROM summit WHERE id = ?", id).Scan(ctx, &ss)
	})
	if err != nil || len(ss) == 0 {
		return nil, err
	}
	return &Calendar{Method: "PUBLISH", Events: []Event{s.summitEvent(&ss[0])}}, nil
}

// Bytes writes c.
func (c *Calendar) Bytes() []byte {
	var b bytes.Buffer
	_ = c.Write(&b)
	return b.Bytes()
}

// MeetingICSURL is the absolute URL of a meeting's .ics.
func (s *Service) MeetingICSURL(id int64) string {
	return s.Base + "/calendar/meetings/" + gid.Encode(gid.WorkingGroupMeeting, id) + ".ics"
}

// SummitICSURL is the absolute URL of a summit's .ics.
func (s *Service) SummitICSURL(id int64) string {
	return s.Base + "/calendar/summits/" + gid.Encode(gid.Summit, id) + ".ics"
}

// MeetingURL is the absolute URL of a meeting in the app.
func (s *Service) MeetingURL(id int64) string {
	return s.Base + "/meetings/" + gid.Encode(gid.WorkingGroupMeeting, id)
}

// MinutesURL is the absolute URL of a meeting's approved minutes as Markdown.
func (s *Service) MinutesURL(id int64) string {
	return s.Base + "/minutes/" + gid.Encode(gid.WorkingGroupMeeting, id) + ".md"
}

func ptr[T any](v T) *T { return &v }

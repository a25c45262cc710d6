package auth

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
)

// Lifetimes.
const (
	SessionTTL         = 24 * time.Hour
	InvitationTTL      = 14 * 24 * time.Hour
	DefaultAPITokenTTL = 90 * 24 * time.Hour
	MaxAPITokenTTL     = 366 * 24 * time.Hour
)

// Failed sign-ins: five at once, then one a minute, per e-mail and per client address.
const (
	loginBurst    = 5
	loginInterval = time.Minute
)

// Service authenticates callers and manages their credentials.
type Service struct {
	// DB is the request pool (scoped transactions as the application role); Owner is the
	// owner's pool, used only for the lookups that touch secrets (token and password hashes).
	DB      *bun.DB
	Owner   *bun.DB
	Now     func() time.Time
	byEmail *AttemptLimiter
	byAddr  *AttemptLimiter
}

// NewService returns a Service with requests on d and secret lookups on owner.
func NewService(d, owner *bun.DB) *Service {
	return &Service{DB: d, Owner: owner, Now: time.Now,
		byEmail: NewAttemptLimiter(loginBurst, loginInterval), byAddr: NewAttemptLimiter(loginBurst*4, loginInterval/4)}
}

type sessionRow struct {
	SessionID        int64           `bun:"session_id"`
	UserID           int64           `bun:"user_id"`
	Email            string          `bun:"email"`
	Name             string          `bun:"name"`
	NetworkRole      *Role           `bun:"network_role"`
	Kind             sessionKind     `bun:"kind"`
	ScopeRole        *Role           `bun:"scope_role"`
	ScopeCityID      sql.NullInt64   `bun:"scope_city_id"`
	ExpiresAt        time.Time       `bun:"expires_at"`
	Memberships      json.RawMessage `bun:"memberships"`
	PresidencyCityID sql.NullInt64   `bun:"presidency_city_id"`
}

var errBadToken = &apperr.Error{Code: apperr.Unauthenticated, Message: "the token is invalid, expired or revoked"}

// Authenticate resolves a bearer token to its viewer. Every failure is the same answer.
func (s *Service) Authenticate(ctx context.Context, token string) (*Viewer, error) {
	if !wellFormed(token) {
		return nil, errBadToken
	}
	// One statement, outside any request transaction: the definer function is the only way to
	// the session table, and a bare call costs one round trip instead of four.
	var rows []sessionRow
	if err := s.Owner.NewRaw("SELECT * FROM b40_auth_session(?)", hashToken(token)).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, errBadToken
	}
	r := rows[0]
	v := &Viewer{UserID: r.UserID, Email: r.Email, Name: r.Name, SessionID: r.SessionID, PresidencyCityID: r.PresidencyCityID.Int64}
	var ms []Membership
	if err := json.Unmarshal(r.Memberships, &ms); err != nil {
		return nil, err
	}
	network := deref(r.NetworkRole)
	if r.Kind == kindSession {
		v.NetworkRole, v.Memberships = network, ms
		return v, nil
	}
	// An API token acts with its one read scope, and only while the user still holds it.
	v.APIToken = true
	switch deref(r.ScopeRole) {
	case RoleAnalyst:
		if network == RoleAnalyst || network == RoleSecretariat {
			v.NetworkRole = RoleAnalyst
		}
	case RoleCityViewer:
		for _, m := range ms {
			if m.CityID == r.ScopeCityID.Int64 {
				v.Memberships = []Membership{{CityID: m.CityID, Role: RoleCityViewer}}
			}
		}
	}
	return v, nil
}

// Session is a new bearer token and who it signs in.
type Session struct {
	Token     string
	ExpiresAt time.Time
	Viewer    *Viewer
}

// Login checks a password and opens a session. Unknown e-mail and wrong password get the same
// answer after the same work. An attempt is taken per e-mail and per client address before
// the hash is computed, and given back when the password is right: only failures count.
func (s *Service) Login(ctx context.Context, email, password string) (*Session, error) {
	emailKey, addrKey := "email:"+normalizeEmail(email), "addr:"+ClientAddr(ctx)
	if !s.byEmail.Take(emailKey) {
		return nil, apperr.New(apperr.RateLimited, "too many failed sign-ins for this account; wait a minute and try again")
	}
	if !s.byAddr.Take(addrKey) {
		s.byEmail.Give(emailKey)
		return nil, apperr.New(apperr.RateLimited, "too many failed sign-ins from this address; wait a minute and try again")
	}
	var rows []struct {
		UserID       int64  `bun:"user_id"`
		PasswordHash string `bun:"password_hash"`
	}
	if err := s.Owner.NewRaw("SELECT * FROM b40_auth_login(?)", normalizeEmail(email)).Scan(ctx, &rows); err != nil {
		s.giveBack(emailKey, addrKey)
		return nil, err
	}
	hash := ""
	if len(rows) == 1 {
		hash = rows[0].PasswordHash
	}
	ok, err := VerifyPassword(ctx, password, hash)
	if err != nil {
		s.giveBack(emailKey, addrKey)
		return nil, err
	}
	if !ok {
		return nil, apperr.User(apperr.CodeInvalid, []string{"password"}, "wrong e-mail or password")
	}
	s.giveBack(emailKey, addrKey)
	return s.openSession(ctx, rows[0].UserID, "login")
}

func (s *Service) giveBack(emailKey, addrKey string) {
	s.byEmail.Give(emailKey)
	s.byAddr.Give(addrKey)
}

// openSession inserts a session for userID, as that user, and audits action.
func (s *Service) openSession(ctx context.Context, userID int64, action string) (*Session, error) {
	token, hash := newToken(prefixSession)
	expires := s.Now().Add(SessionTTL)
	ctx = db.NewContext(ctx, db.Scope{UserID: userID})
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var id int64
		if err := tx.NewRaw(`INSERT INTO session (token_hash, user_id, kind, expires_at) VALUES (?, ?, ?, ?) RETURNING id`,
			hash, userID, kindSession, expires).Scan(ctx, &id); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{ActorUserID: &userID, Action: action, EntityType: gid.Session, EntityID: ptr(gid.Encode(gid.Session, id))})
	})
	if err != nil {
		return nil, err
	}
	v, err := s.Authenticate(ctx, token)
	if err != nil {
		return nil, err
	}
	return &Session{Token: token, ExpiresAt: expires, Viewer: v}, nil
}

// Logout revokes the caller's session (every session of the caller, with all).
func (s *Service) Logout(ctx context.Context, all bool) error {
	v, err := RequireUser(ctx)
	if err != nil {
		return err
	}
	return db.Write(ctx, s.DB, func(tx bun.Tx) error {
		q := tx.NewUpdate().Table("session").Set("revoked_at = now()").Where("revoked_at IS NULL")
		if all {
			q = q.Where("user_id = ? AND kind = ?", v.UserID, kindSession)
		} else {
			q = q.Where("id = ?", v.SessionID)
		}
		if _, err := q.Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Action: "logout", EntityType: gid.Session, EntityID: ptr(gid.Encode(gid.Session, v.SessionID)),
			Changes: map[string]any{"allSessions": all}})
	})
}

// AcceptInvitation creates (or reactivates) the invited account with the given password,
// grants the invited role and signs the person in. The token is looked up before the
// password is hashed, and attempts are limited per client address like sign-ins, so unknown
// tokens cost no hash and cannot be guessed quickly.
func (s *Service) AcceptInvitation(ctx context.Context, token, name, password string) (*Session, error) {
	if err := CheckPasswordRules([]string{"password"}, password); err != nil {
		return nil, err
	}
	if err := checkName(name); err != nil {
		return nil, err
	}
	addrKey := "addr:" + ClientAddr(ctx)
	if !s.byAddr.Take(addrKey) {
		return nil, apperr.New(apperr.RateLimited, "too many attempts from this address; wait a minute and try again")
	}
	notFound := apperr.User(apperr.CodeNotFound, []string{"token"}, "the invitation is unknown, already used or expired")
	var email sql.NullString
	if err := s.Owner.NewRaw("SELECT b40_invitation_email(?)", hashToken(token)).Scan(ctx, &email); err != nil {
		return nil, err
	}
	if !email.Valid {
		return nil, notFound
	}
	hash, err := HashPassword(ctx, password)
	if err != nil {
		return nil, err
	}
	var uid sql.NullInt64
	err = db.Write(db.NewContext(ctx, db.Scope{}), s.DB, func(tx bun.Tx) error {
		if err := tx.NewRaw("SELECT b40_accept_invitation(?, ?, ?)", hashToken(token), name, hash).Scan(ctx, &uid); err != nil {
			return err
		}
		if !uid.Valid {
			return nil
		}
		// From here on the transaction acts as the new user.
		if err := db.SetScope(ctx, tx, db.Scope{UserID: uid.Int64}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{ActorUserID: &uid.Int64,
			Action: "acceptInvitation", EntityType: gid.User, EntityID: ptr(gid.Encode(gid.User, uid.Int64))})
	})
	if err != nil {
		return nil, err
	}
	if !uid.Valid {
		return nil, notFound // used by a parallel request in the meantime
	}
	// Whoever holds a valid invitation controls the mailbox: the account's sign-in back-off,
	// which an attacker guessing its password may have run down, starts afresh.
	s.byAddr.Give(addrKey)
	s.byEmail.Reset("email:" + normalizeEmail(email.String))
	return s.openSession(ctx, uid.Int64, "login")
}

// ChangePassword replaces the caller's password after checking the current one, and revokes
// the caller's other sessions.
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	v, err := RequireWriter(ctx)
	if err != nil {
		return err
	}
	if err := CheckPasswordRules([]string{"newPassword"}, next); err != nil {
		return err
	}
	// A stolen session guessing the current password spends the account's sign-in budget.
	emailKey := "email:" + normalizeEmail(v.Email)
	if !s.byEmail.Take(emailKey) {
		return apperr.New(apperr.RateLimited, "too many failed attempts for this account; wait a minute and try again")
	}
	// The hash is read on the owner's connection: the application role has no grant on it.
	var hash string
	if err := s.Owner.NewRaw("SELECT coalesce(password_hash, '') FROM app_user WHERE id = ? AND status = ?", v.UserID, UserActive).Scan(ctx, &hash); err != nil {
		s.byEmail.Give(emailKey)
		return err
	}
	if ok, err := VerifyPassword(ctx, current, hash); err != nil || !ok {
		if err != nil {
			s.byEmail.Give(emailKey)
			return err
		}
		return apperr.User(apperr.CodeInvalid, []string{"currentPassword"}, "the current password is wrong")
	}
	s.byEmail.Give(emailKey)
	newHash, err := HashPassword(ctx, next)
	if err != nil {
		return err
	}
	return db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var changed bool
		if err := tx.NewRaw("SELECT b40_set_own_password(?)", newHash).Scan(ctx, &changed); err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Table("session").Set("revoked_at = now()").
			Where("user_id = ? AND kind = ? AND id <> ? AND revoked_at IS NULL", v.UserID, kindSession, v.SessionID).Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Action: "changePassword", EntityType: gid.User, EntityID: ptr(gid.Encode(gid.User, v.UserID))})
	})
}

func normalizeEmail(e string) string { return lowerTrim(e) }

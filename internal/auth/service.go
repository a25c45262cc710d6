package auth

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
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
	DB      *bun.DB
	Now     func() time.Time
	byEmail *AttemptLimiter
	byAddr  *AttemptLimiter
	// Record writes the audit event of a successful mutation (audit.Record; a field to keep
	// the packages acyclic).
	Record func(ctx context.Context, tx bun.IDB, e AuditEntry) error
}

// AuditEntry is what auth's mutations tell the audit log.
type AuditEntry struct {
	ActorUserID *int64
	CityID      *int64
	Action      string
	EntityType  string
	EntityID    string
	Changes     map[string]any
}

// NewService returns a Service on d.
func NewService(d *bun.DB, record func(context.Context, bun.IDB, AuditEntry) error) *Service {
	return &Service{DB: d, Now: time.Now, Record: record,
		byEmail: NewAttemptLimiter(loginBurst, loginInterval), byAddr: NewAttemptLimiter(loginBurst*4, loginInterval/4)}
}

type sessionRow struct {
	SessionID        int64           `bun:"session_id"`
	UserID           int64           `bun:"user_id"`
	Email            string          `bun:"email"`
	Name             string          `bun:"name"`
	NetworkRole      sql.NullString  `bun:"network_role"`
	Kind             string          `bun:"kind"`
	ScopeRole        sql.NullString  `bun:"scope_role"`
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
	if err := s.DB.NewRaw("SELECT * FROM b40_auth_session(?)", hashToken(token)).Scan(ctx, &rows); err != nil {
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
	if r.Kind == "SESSION" {
		v.NetworkRole, v.Memberships = r.NetworkRole.String, ms
		return v, nil
	}
	// An API token acts with its one read scope, and only while the user still holds it.
	v.APIToken = true
	switch r.ScopeRole.String {
	case RoleAnalyst:
		if r.NetworkRole.String == RoleAnalyst || r.NetworkRole.String == RoleSecretariat {
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
// answer after the same work; failures are limited per e-mail and per client address.
func (s *Service) Login(ctx context.Context, email, password string) (*Session, error) {
	addr := ClientAddr(ctx)
	emailKey := "email:" + normalizeEmail(email)
	if s.byEmail.Blocked(emailKey) || s.byAddr.Blocked("addr:"+addr) {
		return nil, apperr.New(apperr.RateLimited, "too many failed sign-ins; wait a minute and try again")
	}
	var rows []struct {
		UserID       int64  `bun:"user_id"`
		PasswordHash string `bun:"password_hash"`
	}
	if err := s.DB.NewRaw("SELECT * FROM b40_auth_login(?)", normalizeEmail(email)).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	hash := ""
	if len(rows) == 1 {
		hash = rows[0].PasswordHash
	}
	ok, err := VerifyPassword(ctx, password, hash)
	if err != nil {
		return nil, err
	}
	if !ok {
		s.byEmail.Fail(emailKey)
		s.byAddr.Fail("addr:" + addr)
		return nil, apperr.User(apperr.CodeInvalid, []string{"password"}, "wrong e-mail or password")
	}
	return s.openSession(ctx, rows[0].UserID, "login")
}

// openSession inserts a session for userID, as that user, and audits action.
func (s *Service) openSession(ctx context.Context, userID int64, action string) (*Session, error) {
	token, hash := newToken(prefixSession)
	expires := s.Now().Add(SessionTTL)
	ctx = db.NewContext(ctx, db.Scope{UserID: userID})
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var id int64
		if err := tx.NewRaw(`INSERT INTO session (token_hash, user_id, kind, expires_at) VALUES (?, ?, 'SESSION', ?) RETURNING id`,
			hash, userID, expires).Scan(ctx, &id); err != nil {
			return err
		}
		return s.Record(ctx, tx, AuditEntry{ActorUserID: &userID, Action: action, EntityType: "Session", EntityID: gid.Encode("Session", id)})
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
			q = q.Where("user_id = ? AND kind = 'SESSION'", v.UserID)
		} else {
			q = q.Where("id = ?", v.SessionID)
		}
		if _, err := q.Exec(ctx); err != nil {
			return err
		}
		return s.Record(ctx, tx, AuditEntry{Action: "logout", EntityType: "Session", EntityID: gid.Encode("Session", v.SessionID),
			Changes: map[string]any{"allSessions": all}})
	})
}

// AcceptInvitation creates (or reactivates) the invited account with the given password,
// grants the invited role and signs the person in.
func (s *Service) AcceptInvitation(ctx context.Context, token, name, password string) (*Session, error) {
	if err := CheckPasswordRules([]string{"password"}, password); err != nil {
		return nil, err
	}
	if err := checkName(name); err != nil {
		return nil, err
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
		return s.Record(ctx, tx, AuditEntry{ActorUserID: &uid.Int64,
			Action: "acceptInvitation", EntityType: "User", EntityID: gid.Encode("User", uid.Int64)})
	})
	if err != nil {
		return nil, err
	}
	if !uid.Valid {
		return nil, apperr.User(apperr.CodeNotFound, []string{"token"}, "the invitation is unknown, already used or expired")
	}
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
	var hash string
	if err := db.Read(ctx, s.DB, func(tx bun.Tx) error {
		return tx.NewRaw("SELECT coalesce(password_hash, '') FROM app_user WHERE id = ?", v.UserID).Scan(ctx, &hash)
	}); err != nil {
		return err
	}
	if ok, err := VerifyPassword(ctx, current, hash); err != nil || !ok {
		if err != nil {
			return err
		}
		return apperr.User(apperr.CodeInvalid, []string{"currentPassword"}, "the current password is wrong")
	}
	newHash, err := HashPassword(ctx, next)
	if err != nil {
		return err
	}
	return db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := tx.NewUpdate().Table("app_user").Set("password_hash = ?, updated_at = now()", newHash).Where("id = ?", v.UserID).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Table("session").Set("revoked_at = now()").
			Where("user_id = ? AND kind = 'SESSION' AND id <> ? AND revoked_at IS NULL", v.UserID, v.SessionID).Exec(ctx); err != nil {
			return err
		}
		return s.Record(ctx, tx, AuditEntry{Action: "changePassword", EntityType: "User", EntityID: gid.Encode("User", v.UserID)})
	})
}

func normalizeEmail(e string) string { return lowerTrim(e) }

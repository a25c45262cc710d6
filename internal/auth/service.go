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
	"github.com/b40-network/workspace/internal/notify"
)

// Lifetimes.
const (
	SessionTTL         = 24 * time.Hour
	InvitationTTL      = 14 * 24 * time.Hour
	DefaultAPITokenTTL = 90 * 24 * time.Hour
	MaxAPITokenTTL     = 366 * 24 * time.Hour
)

// Failed sign-ins: five at once, then one a minute, per account; twenty at once, then one every
// fifteen seconds, per client address (which also bounds invitation tokens tried).
var (
	loginByAccount = Budget{Name: "login-account", Burst: 5, Interval: time.Minute}
	loginByAddr    = Budget{Name: "login-addr", Burst: 20, Interval: 15 * time.Second}
)

// Service authenticates callers and manages their credentials.
type Service struct {
	// DB is the request pool (scoped transactions as the application role); Owner is the
	// owner's pool, used only for the lookups that touch secrets (token and password hashes).
	DB    *bun.DB
	Owner *bun.DB
	Now   func() time.Time
	// Throttle keeps the attempt budgets, in the database every server process shares.
	Throttle *Throttle
	// Outbox queues the mail of invitations and password resets in their transactions.
	Outbox *notify.Outbox
}

// NewService returns a Service with requests on d and secret lookups on owner.
func NewService(d, owner *bun.DB) *Service {
	return &Service{DB: d, Owner: owner, Now: time.Now, Throttle: &Throttle{DB: owner}}
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
	// One statement, outside any request transaction, as the owner (the request role cannot
	// read the session table's hashes): a bare call costs one round trip instead of four. Sent
	// with a real placeholder, so pgx keeps it prepared and PostgreSQL keeps the plan of the
	// function it inlines (migration 0019).
	rows, err := db.QueryPrepared[sessionRow](ctx, s.Owner, "SELECT * FROM b40_auth_session($1)", hashToken(token))
	if err != nil {
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
// answer after the same work. An attempt is taken per client address, then per account, before
// the hash is computed (an address already refused leaves no trace on the account), and both
// are given back when the password is right: only failures count.
func (s *Service) Login(ctx context.Context, email, password string) (*Session, error) {
	attempts := []Attempt{{loginByAddr, ClientAddr(ctx)}, {loginByAccount, normalizeEmail(email)}}
	switch refused, err := s.Throttle.Take(ctx, attempts...); {
	case err != nil:
		return nil, err
	case refused == 0:
		return nil, apperr.New(apperr.RateLimited, "too many failed sign-ins from this address; wait a minute and try again")
	case refused == 1:
		return nil, apperr.New(apperr.RateLimited, "too many failed sign-ins for this account; wait a minute and try again")
	}
	var rows []struct {
		UserID       int64  `bun:"user_id"`
		PasswordHash string `bun:"password_hash"`
	}
	if err := s.Owner.NewRaw("SELECT * FROM b40_auth_login(?)", normalizeEmail(email)).Scan(ctx, &rows); err != nil {
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
		return nil, apperr.User(apperr.CodeInvalid, []string{"password"}, "wrong e-mail or password")
	}
	// The owner proved the password: the failures before it no longer count against them.
	if err := s.Throttle.Give(ctx, attempts...); err != nil {
		return nil, err
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

// Outcomes of b40_accept_invitation (migration 0008).
const (
	acceptCreated         = "CREATED"
	acceptGranted         = "GRANTED"
	acceptSignInRequired  = "SIGN_IN_REQUIRED"
	acceptDeactivated     = "DEACTIVATED"
	acceptDetailsRequired = "DETAILS_REQUIRED"
)

// AcceptInvitation accepts an invitation. An invitation never sets the credentials, the name or
// the status of an account that exists:
//   - no account has the invited e-mail: the account is created with name and password, and the
//     person is signed in (a new session; there is no other);
//   - the account exists: only its owner, signed in, accepts; the role is granted and nothing
//     else changes, and no new session is opened (the Session has no token);
//   - the account is deactivated: refused; it comes back only by the secretariat's decision
//     (reactivateUser).
//
// A refused acceptance changes nothing but is audited, so the secretariat sees attempts to take
// an account over. Tokens are looked up before any password is hashed, and attempts count
// against the client address like sign-ins, so unknown tokens cost no hash and cannot be
// guessed quickly.
func (s *Service) AcceptInvitation(ctx context.Context, token string, name, password *string) (*Session, error) {
	switch refused, err := s.Throttle.Take(ctx, Attempt{loginByAddr, ClientAddr(ctx)}); {
	case err != nil:
		return nil, err
	case refused >= 0:
		return nil, apperr.New(apperr.RateLimited, "too many attempts from this address; wait a minute and try again")
	}
	notFound := apperr.User(apperr.CodeNotFound, []string{"token"}, "the invitation is unknown, already used or expired")
	var targets []struct {
		InvitationID int64         `bun:"invitation_id"`
		Email        string        `bun:"email"`
		CityID       sql.NullInt64 `bun:"city_id"`
		UserID       sql.NullInt64 `bun:"user_id"`
	}
	if err := s.Owner.NewRaw("SELECT invitation_id, email, city_id, user_id FROM b40_invitation_target(?)", hashToken(token)).Scan(ctx, &targets); err != nil {
		return nil, err
	}
	if len(targets) == 0 {
		return nil, notFound
	}
	target := targets[0]
	var hash *string
	if !target.UserID.Valid {
		if name == nil || password == nil {
			return nil, apperr.User(apperr.CodeInvalid, []string{"password"}, "a new account needs a name and a password")
		}
		if err := CheckPasswordRules([]string{"password"}, *password); err != nil {
			return nil, err
		}
		if err := checkName(*name); err != nil {
			return nil, err
		}
		h, err := HashPassword(ctx, *password)
		if err != nil {
			return nil, err
		}
		hash = &h
	}
	// The acceptance runs as the caller (b40_accept_invitation compares the account with the
	// signed-in user); an API token is read-only and never accepts for anyone.
	v := FromContext(ctx)
	scope := db.Scope{}
	if v != nil && !v.APIToken {
		scope = v.Scope()
	} else {
		v = nil
	}
	var rows []struct {
		UserID  sql.NullInt64 `bun:"user_id"`
		Outcome string        `bun:"outcome"`
	}
	ctx = db.NewContext(ctx, scope)
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := tx.NewRaw("SELECT * FROM b40_accept_invitation(?, ?, ?)", hashToken(token), name, hash).Scan(ctx, &rows); err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		var cityID *int64
		if target.CityID.Valid {
			cityID = &target.CityID.Int64
		}
		invitation := ptr(gid.Encode(gid.Invitation, target.InvitationID))
		switch rows[0].Outcome {
		case acceptCreated:
			// From here on the transaction acts as the new user.
			uid := rows[0].UserID.Int64
			if err := db.SetScope(ctx, tx, db.Scope{UserID: uid}); err != nil {
				return err
			}
			return audit.Record(ctx, tx, audit.Event{ActorUserID: &uid, CityID: cityID,
				Action: "acceptInvitation", EntityType: gid.Invitation, EntityID: invitation, Changes: map[string]any{"account": "created"}})
		case acceptGranted:
			return audit.Record(ctx, tx, audit.Event{CityID: cityID,
				Action: "acceptInvitation", EntityType: gid.Invitation, EntityID: invitation, Changes: map[string]any{"account": "existing"}})
		case acceptSignInRequired, acceptDeactivated:
			return audit.Record(ctx, tx, audit.Event{CityID: cityID, Action: "acceptInvitationRefused", EntityType: gid.Invitation,
				EntityID: invitation, Changes: map[string]any{"reason": rows[0].Outcome}})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, notFound // used by a parallel request in the meantime
	}
	switch r := rows[0]; r.Outcome {
	case acceptCreated:
		return s.openSession(ctx, r.UserID.Int64, "login")
	case acceptGranted:
		nv, err := s.reload(ctx, v)
		if err != nil {
			return nil, err
		}
		return &Session{Viewer: nv}, nil
	case acceptDeactivated:
		return nil, apperr.User(apperr.CodeRuleViolation, []string{"token"},
			"this invitation is for a deactivated account: only the secretariat can reactivate it")
	case acceptDetailsRequired:
		return nil, apperr.User(apperr.CodeInvalid, []string{"password"}, "a new account needs a name and a password")
	default:
		return nil, apperr.User(apperr.CodeSignInRequired, []string{"token"},
			"this invitation is for an existing account: sign in to that account, then accept it")
	}
}

// reload is v with its roles as they are now (after the viewer accepted an invitation).
func (s *Service) reload(ctx context.Context, v *Viewer) (*Viewer, error) {
	var row struct {
		NetworkRole *Role           `bun:"network_role"`
		Memberships json.RawMessage `bun:"memberships"`
	}
	if err := s.Owner.NewRaw(`SELECT u.network_role, coalesce((SELECT jsonb_agg(jsonb_build_object('cityId', m.city_id, 'role', m.role) ORDER BY m.city_id)
		FROM city_membership m JOIN city c ON c.id = m.city_id WHERE m.user_id = u.id AND b40_city_active(c.id)), '[]') AS memberships
		FROM app_user u WHERE u.id = ?`, v.UserID).Scan(ctx, &row); err != nil {
		return nil, err
	}
	nv := *v
	nv.NetworkRole = deref(row.NetworkRole)
	if err := json.Unmarshal(row.Memberships, &nv.Memberships); err != nil {
		return nil, err
	}
	return &nv, nil
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
	attempt := Attempt{loginByAccount, normalizeEmail(v.Email)}
	switch refused, err := s.Throttle.Take(ctx, attempt); {
	case err != nil:
		return err
	case refused >= 0:
		return apperr.New(apperr.RateLimited, "too many failed attempts for this account; wait a minute and try again")
	}
	// The hash is read on the owner's connection: the application role has no grant on it.
	var hash string
	if err := s.Owner.NewRaw("SELECT coalesce(password_hash, '') FROM app_user WHERE id = ? AND status = ?", v.UserID, UserActive).Scan(ctx, &hash); err != nil {
		return err
	}
	if ok, err := VerifyPassword(ctx, current, hash); err != nil || !ok {
		if err != nil {
			return err
		}
		return apperr.User(apperr.CodeInvalid, []string{"currentPassword"}, "the current password is wrong")
	}
	if err := s.Throttle.Give(ctx, attempt); err != nil {
		return err
	}
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

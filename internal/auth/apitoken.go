package auth

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
)

// APIToken is a long-lived, read-only credential for analytics clients (the token itself is
// shown once, at creation).
type APIToken struct {
	bun.BaseModel `bun:"table:session,alias:ses"`

	ID          int64      `bun:"id,pk,autoincrement"`
	UserID      int64      `bun:"user_id"`
	Name        *string    `bun:"name"`
	ScopeRole   Role       `bun:"scope_role"`
	ScopeCityID *int64     `bun:"scope_city_id"`
	CreatedAt   time.Time  `bun:"created_at,nullzero,default:now()"`
	ExpiresAt   time.Time  `bun:"expires_at"`
	RevokedAt   *time.Time `bun:"revoked_at"`
}

// CreateAPIToken issues a read-only token acting as role (ANALYST, or CITY_VIEWER of cityID),
// which the caller must hold.
func (s *Service) CreateAPIToken(ctx context.Context, name string, role Role, cityID *int64, expiresAt *time.Time) (*APIToken, string, error) {
	v, err := RequireWriter(ctx)
	if err != nil {
		return nil, "", err
	}
	if err := checkName(name); err != nil {
		return nil, "", err
	}
	switch role {
	case RoleAnalyst:
		if v.NetworkRole != RoleAnalyst && v.NetworkRole != RoleSecretariat {
			return nil, "", apperr.User(apperr.CodeInvalid, []string{"role"}, "you do not hold the ANALYST scope")
		}
		cityID = nil
	case RoleCityViewer:
		if cityID == nil || !v.IsMember(*cityID) {
			return nil, "", apperr.User(apperr.CodeInvalid, []string{"cityId"}, "a CITY_VIEWER token needs a city where you have a role")
		}
	default:
		return nil, "", apperr.User(apperr.CodeInvalid, []string{"role"}, "API tokens are read scopes: ANALYST or CITY_VIEWER")
	}
	now := s.Now()
	exp := now.Add(DefaultAPITokenTTL)
	if expiresAt != nil {
		if !expiresAt.After(now) || expiresAt.Sub(now) > MaxAPITokenTTL {
			return nil, "", apperr.User(apperr.CodeInvalid, []string{"expiresAt"}, "expiresAt must be in the future and within a year")
		}
		exp = *expiresAt
	}
	token, hash := newToken(prefixAPIToken)
	t := &APIToken{UserID: v.UserID, Name: &name, ScopeRole: role, ScopeCityID: cityID, ExpiresAt: exp}
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(t).Value("token_hash", "?", hash).Value("kind", "?", kindAPIToken).
			Returning("id, created_at").Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Action: "createApiToken", EntityType: gid.ApiToken, EntityID: ptr(gid.Encode(gid.ApiToken, t.ID)),
			Changes: map[string]any{"name": name, "role": role, "expiresAt": exp}})
	})
	if err != nil {
		return nil, "", err
	}
	return t, token, nil
}

// RevokeAPIToken revokes one of the caller's tokens (or, for whoever manages its owner, theirs).
func (s *Service) RevokeAPIToken(ctx context.Context, id int64) (*APIToken, error) {
	if _, err := RequireWriter(ctx); err != nil {
		return nil, err
	}
	var t APIToken
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		res, err := tx.NewUpdate().Model(&t).Set("revoked_at = coalesce(revoked_at, now())").
			Where("id = ? AND kind = ?", id, kindAPIToken).
			Returning("id, user_id, name, scope_role, scope_city_id, created_at, expires_at, revoked_at").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.User(apperr.CodeNotFound, []string{"apiTokenId"}, "no such API token")
		}
		return audit.Record(ctx, tx, audit.Event{Action: "revokeApiToken", EntityType: gid.ApiToken, EntityID: ptr(gid.Encode(gid.ApiToken, id))})
	})
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// APITokens lists the caller's API tokens, newest first.
func (s *Service) APITokens(ctx context.Context) ([]*APIToken, error) {
	v, err := RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	return db.Select[*APIToken](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*APIToken)(nil)).Where("ses.user_id = ? AND ses.kind = ?", v.UserID, kindAPIToken).OrderExpr("ses.id DESC")
	})
}

// APITokenByID loads one of the caller's tokens (or of a person the caller manages), or nil.
func (s *Service) APITokenByID(ctx context.Context, id int64) (*APIToken, error) {
	if _, err := RequireUser(ctx); err != nil {
		return nil, nil
	}
	return db.First[*APIToken](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*APIToken)(nil)).Where("ses.id = ? AND ses.kind = ?", id, kindAPIToken)
	})
}

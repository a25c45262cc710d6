package auth

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
)

// Account is an account set up outside any request: the first secretariat account of a
// deployment (`b40 users create`) and the demo accounts.
type Account struct {
	Email, Name string
	Role        Role
	CityID      *int64
	// PasswordHash is an argon2id hash (HashPassword).
	PasswordHash string
}

// EnsureAccount creates the account, or updates its name, password and role, as the database
// owner. It runs in tx, so a seed can add many accounts in one transaction.
func EnsureAccount(ctx context.Context, tx bun.IDB, a Account) (int64, error) {
	email := normalizeEmail(a.Email)
	var network *Role
	switch {
	case a.Role.IsCity():
		if a.CityID == nil {
			return 0, apperr.New(apperr.InvalidInput, "role %s needs a city", a.Role)
		}
	case a.Role == RoleSecretariat || a.Role == RoleAnalyst:
		network = &a.Role
	default:
		return 0, apperr.New(apperr.InvalidInput, "unknown role %q", a.Role)
	}
	var id int64
	err := tx.NewRaw(`INSERT INTO app_user (email, name, password_hash, network_role) VALUES (?, ?, ?, ?)
		ON CONFLICT ((lower(email))) DO UPDATE SET name = EXCLUDED.name, password_hash = EXCLUDED.password_hash,
			network_role = coalesce(EXCLUDED.network_role, app_user.network_role), status = ?, updated_at = now()
		RETURNING id`, email, a.Name, a.PasswordHash, network, UserActive).Scan(ctx, &id)
	if err != nil {
		return 0, err
	}
	if a.CityID != nil {
		_, err = tx.ExecContext(ctx, `INSERT INTO city_membership (city_id, user_id, role) VALUES (?, ?, ?)
			ON CONFLICT (city_id, user_id) DO UPDATE SET role = EXCLUDED.role`, *a.CityID, id, a.Role)
	}
	return id, err
}

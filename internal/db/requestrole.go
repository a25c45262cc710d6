package db

import (
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/uptrace/bun"
)

// Requests run on connections of their own login role, not the owner's. Inside a request's
// transaction the role is switched to AppRole; whatever SQL runs there, even
// set_config('role', session_user, true) or RESET ROLE, lands on this login role, which owns
// nothing, bypasses nothing and (NOINHERIT) holds no privilege but membership in AppRole. So
// even injected SQL stays behind row-level security.
//
// The role is per database (roles are cluster-wide, and tests run many databases in one
// cluster); its password lives in b40_private.secret, readable by the owner only, so every
// server on the same database uses the same role and password.

// RequestRole is the login role of the requests on the database d is connected to, and that
// database's name.
func RequestRole(ctx context.Context, d bun.IDB) (role, database string, err error) {
	if err := d.NewRaw("SELECT current_database()").Scan(ctx, &database); err != nil {
		return "", "", err
	}
	sum := md5.Sum([]byte(database))
	return "b40_req_" + hex.EncodeToString(sum[:8]), database, nil
}

// requestRoleLock serialises the role's creation across servers starting together.
const requestRoleLock = 0x6234305f726571 // "b40_req"

// OpenRequestPool makes sure the request login role exists with the stored password, then
// opens a pool connected as it, to the same server and database as owner.
func OpenRequestPool(ctx context.Context, owner *bun.DB, opts Options) (*bun.DB, error) {
	cfg, err := ConnConfig(ctx, owner)
	if err != nil {
		return nil, err
	}
	role, password, err := ensureRequestRole(ctx, owner)
	if err != nil {
		return nil, err
	}
	cfg.User, cfg.Password = role, password
	opts.afterConnect = publicBaseline
	d, err := openConfig(ctx, cfg, opts)
	if err == nil {
		publicPools.Store(d, true)
	}
	return d, err
}

// Every connection of the request pool rests in the anonymous public's scope: the application
// role, the statement timeout and an empty viewer, set for the session when it connects. A
// signed-in request overrides them transaction-locally, and they come back at COMMIT or
// ROLLBACK (a connection whose transaction cannot be ended is discarded). So an anonymous Read
// needs no transaction at all: one statement, one round trip.
const publicBaselineSQL = `SET ROLE ` + AppRole + `; SET statement_timeout = '` + StatementTimeout + `';
	SELECT set_config('b40.user_id', '0', false), set_config('b40.city_ids', '{}', false),
	set_config('b40.editor_city_ids', '{}', false), set_config('b40.admin_city_ids', '{}', false),
	set_config('b40.network_role', '', false), set_config('b40.presidency', '', false)`

func publicBaseline(ctx context.Context, conn *pgx.Conn) error {
	_, err := conn.Exec(ctx, publicBaselineSQL)
	return err
}

// publicPools are the request pools whose connections rest in the public scope.
var publicPools sync.Map

// ConnConfig is the configuration d's connections were opened with (a copy).
func ConnConfig(ctx context.Context, owner *bun.DB) (*pgx.ConnConfig, error) {
	conn, err := owner.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	var cfg *pgx.ConnConfig
	err = conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return errors.New("the database pool is not pgx's")
		}
		cfg = c.Conn().Config().Copy()
		return nil
	})
	return cfg, err
}

func ensureRequestRole(ctx context.Context, owner *bun.DB) (role, password string, err error) {
	err = owner.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", requestRoleLock); err != nil {
			return err
		}
		var database string
		if role, database, err = RequestRole(ctx, tx); err != nil {
			return err
		}
		buf := make([]byte, 24)
		_, _ = rand.Read(buf)
		if _, err := tx.ExecContext(ctx, `INSERT INTO b40_private.secret (name, value) VALUES ('request_role_password', ?)
			ON CONFLICT (name) DO NOTHING`, hex.EncodeToString(buf)); err != nil {
			return err
		}
		if err := tx.NewRaw("SELECT value FROM b40_private.secret WHERE name = 'request_role_password'").Scan(ctx, &password); err != nil {
			return err
		}
		var exists bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)", role).Scan(ctx, &exists); err != nil {
			return err
		}
		// The password is hex, so it needs no quoting beyond the literal's. Only a superuser may
		// restate NOSUPERUSER, so an existing role gets its login and password only.
		stmt := `CREATE ROLE %s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT NOREPLICATION PASSWORD '%s'`
		if exists {
			stmt = `ALTER ROLE %s LOGIN PASSWORD '%s'`
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(stmt, pgx.Identifier{role}.Sanitize(), password)); err != nil {
			return err
		}
		for _, q := range []string{
			"GRANT " + AppRole + " TO " + pgx.Identifier{role}.Sanitize(),
			"GRANT CONNECT ON DATABASE " + pgx.Identifier{database}.Sanitize() + " TO " + pgx.Identifier{role}.Sanitize(),
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		if code, _ := Violation(err); code == "42501" {
			return "", "", fmt.Errorf("the DATABASE_URL role may not create the request login role (grant it CREATEROLE): %w", err)
		}
		return "", "", fmt.Errorf("request login role: %w", err)
	}
	return role, password, nil
}

// Package db opens bun over pgx and runs the project's migrations and transactions.
package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"go.opentelemetry.io/otel/trace"
)

// Options tunes the connection pool.
type Options struct {
	MaxOpenConns int
	MaxIdleConns int
	// TracerProvider, when set (tracing is on), makes a span per SQL statement (and per
	// connect and prepare) through pgx's tracer hooks (github.com/exaring/otelpgx).
	TracerProvider trace.TracerProvider
	// afterConnect runs on every new connection (the request pool sets its public baseline).
	afterConnect func(context.Context, *pgx.Conn) error
}

// Open connects to url and checks the connection.
func Open(ctx context.Context, url string, opts Options) (*bun.DB, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		// pgx's message can echo the URL, password included.
		return nil, fmt.Errorf("DATABASE_URL is not a valid PostgreSQL URL")
	}
	if cfg.RuntimeParams == nil {
		cfg.RuntimeParams = map[string]string{}
	}
	if _, ok := cfg.RuntimeParams["application_name"]; !ok {
		cfg.RuntimeParams["application_name"] = "b40"
	}
	return openConfig(ctx, cfg, opts)
}

// pinnedSettings are sent with every connection's start-up: bun writes arguments into the
// SQL text and escapes quotes only, which is safe only while backslashes are literal.
var pinnedSettings = map[string]string{"standard_conforming_strings": "on"}

// cancelGrace is how long a cancelled statement may take to stop after PostgreSQL was asked to
// cancel it, before its connection is closed instead.
const cancelGrace = 2 * time.Second

func openConfig(ctx context.Context, cfg *pgx.ConnConfig, opts Options) (*bun.DB, error) {
	for k, v := range pinnedSettings {
		cfg.RuntimeParams[k] = v
	}
	// When a statement's context ends (its client went away, its request's deadline passed),
	// PostgreSQL is asked at once to cancel it, and the connection, answered, goes back to the
	// pool. pgx's default closes the connection instead: its statement is cancelled too, but
	// every hung-up request would cost a new PostgreSQL backend.
	cfg.BuildContextWatcherHandler = func(c *pgconn.PgConn) ctxwatch.Handler {
		return &pgconn.CancelRequestContextWatcherHandler{Conn: c, DeadlineDelay: cancelGrace}
	}
	// A copied config (the request pool's) carries its source's tracer: each pool gets its own.
	cfg.Tracer = nil
	if opts.TracerProvider != nil {
		cfg.Tracer = statementTracer(opts.TracerProvider)
	}
	var connOpts []stdlib.OptionOpenDB
	if opts.afterConnect != nil {
		connOpts = append(connOpts, stdlib.OptionAfterConnect(opts.afterConnect))
	}
	sqldb := stdlib.OpenDB(*cfg, connOpts...)
	if opts.MaxOpenConns <= 0 {
		opts.MaxOpenConns = 20
	}
	if opts.MaxIdleConns <= 0 {
		opts.MaxIdleConns = opts.MaxOpenConns
	}
	sqldb.SetMaxOpenConns(opts.MaxOpenConns)
	sqldb.SetMaxIdleConns(opts.MaxIdleConns)
	sqldb.SetConnMaxIdleTime(5 * time.Minute)
	sqldb.SetConnMaxLifetime(time.Hour)

	// A binary rolled back behind a newer schema (B40_ALLOW_NEWER_SCHEMA) meets columns a later
	// migration added: rows are read by the columns this binary knows, the others are ignored.
	bdb := bun.NewDB(sqldb, pgdialect.New(), bun.WithDiscardUnknownColumns()).WithQueryHook(statementCounter{})
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := bdb.PingContext(pingCtx); err != nil {
		_ = bdb.Close()
		var pg *pgconn.PgError
		if errors.As(err, &pg) {
			switch {
			case pg.Code == "28P01" || pg.Code == "28000":
				return nil, fmt.Errorf("the database refused user %q: check the user and password in DATABASE_URL (%s)", cfg.User, pg.Code)
			case pg.Code == "3D000":
				return nil, fmt.Errorf("the database %q does not exist: create it, or fix DATABASE_URL (%s)", cfg.Database, pg.Code)
			}
		}
		return nil, fmt.Errorf("connect to database at %s:%d: %w", cfg.Host, cfg.Port, err)
	}
	for k, want := range pinnedSettings {
		var got string
		if err := bdb.NewRaw("SELECT current_setting(?)", k).Scan(pingCtx, &got); err != nil || got != want {
			_ = bdb.Close()
			return nil, fmt.Errorf("the database does not keep %s = %s on our connections (got %q): refusing to run", k, want, got)
		}
	}
	return bdb, nil
}

// Stats returns the pool figures, for /metrics.
func Stats(d *bun.DB) sql.DBStats { return d.DB.Stats() }

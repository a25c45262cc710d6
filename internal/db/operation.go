package db

import (
	"context"
	"errors"
	"reflect"
	"sync"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
)

// One read transaction per GraphQL operation. Every Read of the operation's resolvers and
// loaders shares it: opened on first use with a single round trip ("BEGIN READ ONLY" and the
// scope in one simple-protocol statement), used by one Read at a time, committed when the
// operation ends. Isolation is exactly that of a Read of its own: the same role, settings and
// viewer, transaction-local, on a connection that carries nothing into its next use.
//
// A Read whose scope differs from the transaction's (a sign-in acting as the new user), or that
// comes while another Read holds it (resolvers run concurrently; a Read may call another),
// runs in a transaction of its own, as every Read did before: sharing never waits. A database error inside the shared transaction aborts it: that Read
// fails as it would have alone, and the operation's later Reads fall back to transactions of
// their own.
type operation struct {
	ctx   context.Context // the request's, uncancelled: the end is counted with its statements
	d     *bun.DB
	mu    sync.Mutex
	conn  *bun.Conn
	scope Scope
	// broken: the transaction failed (or could not open); later Reads go their own way.
	broken bool
}

type operationKey struct{}

// WithOperation returns ctx in which the Reads on d share one transaction, and the function that
// ends it (commit, or roll back after a failure) and returns its connection to the pool.
func WithOperation(ctx context.Context, d *bun.DB) (context.Context, func()) {
	op := &operation{d: d}
	ctx = context.WithValue(ctx, operationKey{}, op)
	op.ctx = context.WithoutCancel(ctx)
	return ctx, op.end
}

// shared runs fn in the operation's transaction; ok is false when fn must run on its own.
func (op *operation) shared(ctx context.Context, fn func(tx bun.IDB) error) (ok bool, err error) {
	if !op.mu.TryLock() {
		return false, nil
	}
	defer op.mu.Unlock()
	if op.broken {
		return false, nil
	}
	scope := FromContext(ctx)
	if op.conn == nil {
		conn, err := op.d.Conn(context.WithoutCancel(ctx))
		if err != nil {
			op.broken = true
			return false, nil
		}
		// BEGIN and the scope in one round trip (bun interpolates, so pgx sends one
		// simple-protocol statement).
		if _, err := conn.ExecContext(ctx, "BEGIN READ ONLY; "+setConfigSQL, scopeArgs(scope, true)...); err != nil {
			_ = conn.Close()
			op.broken = true
			return false, nil
		}
		op.conn, op.scope = &conn, scope
	} else if !reflect.DeepEqual(op.scope, scope) {
		return false, nil
	}
	err = fn(op.conn)
	if failedInDatabase(err) {
		op.broken = true
	}
	return true, err
}

// failedInDatabase reports whether err came from PostgreSQL or the connection: then the
// transaction is aborted. Domain errors (not found, forbidden) leave it usable.
func failedInDatabase(err error) bool {
	var pg *pgconn.PgError
	return err != nil && (errors.As(err, &pg) || IsUnavailable(err))
}

func (op *operation) end() {
	op.mu.Lock()
	defer op.mu.Unlock()
	if op.conn == nil {
		return
	}
	ctx := op.ctx
	stmt := "COMMIT"
	if op.broken {
		stmt = "ROLLBACK"
	}
	if _, err := op.conn.ExecContext(ctx, stmt); err != nil {
		// The connection's state is unknown: do not hand it to the next request.
		_ = op.conn.Raw(func(any) error { return errors.New("discard") })
	}
	_ = op.conn.Close()
	op.conn, op.broken = nil, true
}

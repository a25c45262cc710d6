package db

import (
	"context"
	"database/sql/driver"

	"github.com/uptrace/bun"
)

// readOnce runs fn in a read-only transaction of its own, opened with BEGIN READ ONLY and the
// scope (role, timeout, viewer) in ONE round trip: bun interpolates, so pgx sends them as one
// simple-protocol statement. The transaction ends with COMMIT (ROLLBACK on failure); a
// connection whose state is unknown after a failure is discarded, never handed to the next
// request with a transaction or a scope open.
//
// Read uses it only when no read session serves the Read: outside a signed-in query operation
// (mutations, background work, contexts made by Detached), for a Read in another scope or on
// another pool than its operation's session, and after the session has closed. A signed-in
// query operation's Reads share the operation's one transaction instead (Session, session.go):
// they take turns on its one connection rather than each taking another from the pool, which
// is what starved the pool when an earlier shared transaction held a connection while its
// concurrent resolvers waited for more.
func readOnce(ctx context.Context, d *bun.DB, fn func(tx bun.IDB) error) (err error) {
	conn, err := d.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN READ ONLY; "+setConfigSQL, scopeArgs(ctx, FromContext(ctx), true)...); err != nil {
		discardUnlessIdle(conn)
		return err
	}
	end := context.WithoutCancel(ctx)
	if err := fn(conn); err != nil {
		if _, rbErr := conn.ExecContext(end, "ROLLBACK"); rbErr != nil {
			discard(conn)
		}
		return err
	}
	if _, err := conn.ExecContext(end, "COMMIT"); err != nil {
		discard(conn)
		return err
	}
	return nil
}

// discardUnlessIdle ends whatever the failed opening left and discards the connection when that
// cannot be done.
func discardUnlessIdle(conn bun.Conn) {
	if _, err := conn.ExecContext(context.Background(), "ROLLBACK"); err != nil {
		discard(conn)
	}
}

// discard makes database/sql close the connection instead of pooling it.
func discard(conn bun.Conn) {
	_ = conn.Raw(func(any) error { return driver.ErrBadConn })
}

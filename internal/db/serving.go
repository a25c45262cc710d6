package db

import (
	"context"
	"time"

	"github.com/uptrace/bun"
)

// servingLockKey is held, shared, by every server serving a database, so that a command that
// would change the schema under it (migrate down) knows it is not alone.
const servingLockKey = 0x6234305f737276 // "b40_srv"

// HoldServing holds the serving lock on a dedicated connection until ctx ends, taking it again
// whenever the connection is lost (the database restarted). It returns when ctx is done.
func HoldServing(ctx context.Context, d *bun.DB) {
	for ctx.Err() == nil {
		holdServingOnce(ctx, d)
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

func holdServingOnce(ctx context.Context, d *bun.DB) {
	conn, err := d.Conn(ctx)
	if err != nil {
		return
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock_shared(?)", servingLockKey); err != nil {
		return
	}
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock_shared(?)", servingLockKey)
			return
		case <-tick.C:
			if err := conn.PingContext(ctx); err != nil {
				return
			}
		}
	}
}

// ServersRunning reports how many sessions of servers hold the serving lock on d's database:
// zero when no server is serving it.
func ServersRunning(ctx context.Context, d bun.IDB) (int, error) {
	var n int
	err := d.NewRaw(`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
		AND classid::bigint = ?::bigint >> 32 AND objid::bigint = ?::bigint & 4294967295 AND objsubid = 1`,
		servingLockKey, servingLockKey).Scan(ctx, &n)
	return n, err
}

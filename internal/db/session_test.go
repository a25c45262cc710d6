package db_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/testdb"
)

type backend struct {
	PID  int    `bun:"pid"`
	XID  string `bun:"xid"`
	User string `bun:"usr"`
}

// One operation's Reads, however concurrent, share one connection and one transaction opened in
// one round trip: their data statements plus two in all.
func TestSessionSharesOneTransaction(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx, count := db.WithStatementCount(context.Background())
	session := db.NewSession()
	ctx = session.In(db.NewContext(ctx, db.Scope{UserID: 7}))
	seen := make([]int, 6)
	var wg sync.WaitGroup
	for i := range seen {
		wg.Go(func() {
			var b backend
			if err := db.Read(ctx, d, func(tx bun.IDB) error {
				return tx.NewRaw("SELECT pg_backend_pid() AS pid, current_setting('b40.user_id') AS usr").Scan(ctx, &b)
			}); err != nil {
				t.Error(err)
			}
			if b.User != "7" {
				t.Errorf("read %d saw viewer %q", i, b.User)
			}
			seen[i] = b.PID
		})
	}
	wg.Wait()
	session.Close()
	for _, pid := range seen {
		if pid != seen[0] {
			t.Fatalf("the reads ran on several connections: %v", seen)
		}
	}
	if n := count.All.Load(); n != 6+2 {
		t.Errorf("%d statements for six reads, want 8 (the reads, BEGIN with the scope, COMMIT)", n)
	}
	// After Close a Read reads on its own, and the connection carries nothing.
	var after backend
	if err := db.Read(db.NewContext(context.Background(), db.Scope{UserID: 9}), d, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT current_setting('b40.user_id') AS usr").Scan(ctx, &after)
	}); err != nil || after.User != "9" {
		t.Errorf("a read after Close: %+v %v", after, err)
	}
}

// A failed statement aborts the transaction; the operation's next Read opens a fresh one
// instead of failing too.
func TestSessionRecoversFromAFailedRead(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	session := db.NewSession()
	defer session.Close()
	ctx := session.In(db.NewContext(context.Background(), db.Scope{UserID: 3}))
	var n int
	if err := db.Read(ctx, d, func(tx bun.IDB) error { return tx.NewRaw("SELECT 1 / 0").Scan(ctx, &n) }); err == nil {
		t.Fatal("division by zero succeeded")
	}
	if err := db.Read(ctx, d, func(tx bun.IDB) error { return tx.NewRaw("SELECT 2").Scan(ctx, &n) }); err != nil || n != 2 {
		t.Errorf("the read after a failure: %d %v", n, err)
	}
}

// A Read in another scope (a service narrowing the viewer) does not borrow the operation's
// transaction: it sees its own viewer.
func TestSessionKeepsItsScope(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	session := db.NewSession()
	defer session.Close()
	base := session.In(context.Background())
	for _, user := range []int64{4, 5, 4} {
		ctx := db.NewContext(base, db.Scope{UserID: user})
		var b backend
		if err := db.Read(ctx, d, func(tx bun.IDB) error {
			return tx.NewRaw("SELECT current_setting('b40.user_id') AS usr").Scan(ctx, &b)
		}); err != nil || b.User != fmt.Sprint(user) {
			t.Errorf("viewer %d read as %q (%v)", user, b.User, err)
		}
	}
}

// Sixteen operations of sixteen viewers, each with three concurrent reads, on a pool of two
// connections: every operation finishes (no session waits on another while it holds a
// connection), each sees only its own viewer, and nothing survives on a connection.
func TestSessionsNeverStarveThePoolNorCrossViewers(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	d.DB.SetMaxOpenConns(2)
	deadline, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var ops sync.WaitGroup
	for op := range 16 {
		ops.Go(func() {
			user := int64(op + 1)
			session := db.NewSession()
			ctx := session.In(db.NewContext(deadline, db.Scope{UserID: user}))
			var reads sync.WaitGroup
			for range 3 {
				reads.Go(func() {
					var b backend
					if err := db.Read(ctx, d, func(tx bun.IDB) error {
						return tx.NewRaw("SELECT current_setting('b40.user_id') AS usr, pg_sleep(0.01)::text AS xid").Scan(ctx, &b)
					}); err != nil {
						t.Errorf("operation %d: %v", op, err)
						return
					}
					if b.User != fmt.Sprint(user) {
						t.Errorf("operation %d read as viewer %q", op, b.User)
					}
				})
			}
			reads.Wait()
			session.Close()
		})
	}
	ops.Wait()
	if deadline.Err() != nil {
		t.Fatal("operations starved the pool")
	}
	// Both connections are back, idle, outside any transaction and any scope.
	var left []struct {
		User  string `bun:"usr"`
		State string `bun:"state"`
	}
	if err := d.NewRaw(`SELECT coalesce(current_setting('b40.user_id', true), '') AS usr, 'idle' AS state`).Scan(context.Background(), &left); err != nil {
		t.Fatal(err)
	}
	for _, l := range left {
		if l.User != "" && l.User != "0" {
			t.Errorf("a pooled connection still carries viewer %q", l.User)
		}
	}
}

package db_test

import (
	"context"
	"errors"
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

// inSession is a test database and a context of viewer in a new session, counting statements.
func inSession(t *testing.T, viewer db.Scope) (*bun.DB, context.Context, *db.StatementCount, *db.Session) {
	t.Helper()
	d := testdb.New(t)
	ctx, count := db.WithStatementCount(context.Background())
	session := db.NewSession()
	return d, session.In(db.NewContext(ctx, viewer)), count, session
}

// A Read inside a Read's fn (in the goroutine running it) is re-entrant: it runs at once on the
// operation's connection, in the same transaction, however deep; only the outermost Read ends
// the transaction.
func TestSessionNestedReadIsReentrant(t *testing.T) {
	t.Parallel()
	d, ctx, count, session := inSession(t, db.Scope{UserID: 7})
	const txSQL = "SELECT pg_backend_pid() AS pid, now()::text AS xid, current_setting('b40.user_id') AS usr"
	var outer, inner, innermost backend
	err := db.Read(ctx, d, func(tx bun.IDB) error {
		if err := tx.NewRaw(txSQL).Scan(ctx, &outer); err != nil {
			return err
		}
		return db.Read(ctx, d, func(tx bun.IDB) error {
			if err := tx.NewRaw(txSQL).Scan(ctx, &inner); err != nil {
				return err
			}
			return db.Read(ctx, d, func(tx bun.IDB) error { return tx.NewRaw(txSQL).Scan(ctx, &innermost) })
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if inner != outer || innermost != outer || outer.User != "7" {
		t.Errorf("nested reads left the operation's transaction: %+v, %+v, %+v", outer, inner, innermost)
	}
	// The transaction is still open after the nested Reads returned: a next Read joins it.
	var next backend
	if err := db.Read(ctx, d, func(tx bun.IDB) error { return tx.NewRaw(txSQL).Scan(ctx, &next) }); err != nil || next != outer {
		t.Errorf("the read after the nested ones: %+v %v, want %+v", next, err, outer)
	}
	session.Close()
	if all, data := count.All.Load(), count.Data.Load(); data != 4 || all != 4+2 {
		t.Errorf("%d statements (%d data) for four reads, three nested, want 6 (4)", all, data)
	}
}

// A nested Read that fails aborts the operation's transaction even when its caller goes on:
// the outermost Read then ends it, and the operation's next Read opens a fresh one.
func TestSessionNestedFailureEndsTheTransaction(t *testing.T) {
	t.Parallel()
	d, ctx, count, session := inSession(t, db.Scope{UserID: 3})
	defer session.Close()
	var n int
	var nestedErr error
	if err := db.Read(ctx, d, func(tx bun.IDB) error {
		nestedErr = db.Read(ctx, d, func(tx bun.IDB) error { return tx.NewRaw("SELECT 1 / 0").Scan(ctx, &n) })
		return nil // the caller shrugs the failure off
	}); err != nil {
		t.Fatal(err)
	}
	if nestedErr == nil {
		t.Fatal("division by zero succeeded")
	}
	if err := db.Read(ctx, d, func(tx bun.IDB) error { return tx.NewRaw("SELECT 2").Scan(ctx, &n) }); err != nil || n != 2 {
		t.Errorf("the read after a nested failure: %d %v", n, err)
	}
	// BEGIN, 1/0, ROLLBACK; BEGIN, SELECT 2 (COMMIT comes with Close).
	if all := count.All.Load(); all != 5 {
		t.Errorf("%d statements, want 5", all)
	}
}

// A Write inside a session Read's fn fails at once and writes nothing; the same operation's
// Write outside any Read, even while a concurrent Read holds the turn, runs.
func TestSessionWriteInsideAReadFails(t *testing.T) {
	t.Parallel()
	d, ctx, _, session := inSession(t, db.Scope{UserID: 1, NetworkRole: "SECRETARIAT", Secretariat: true})
	defer session.Close()
	insert := func(slug string) func(tx bun.Tx) error {
		return func(tx bun.Tx) error {
			_, err := tx.ExecContext(ctx, "INSERT INTO city (slug, name, country) VALUES (?, ?, 'TR')", slug, slug)
			return err
		}
	}
	var inside error
	if err := db.Read(ctx, d, func(tx bun.IDB) error {
		inside = db.Write(ctx, d, insert("inside"))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(inside, db.ErrWriteInRead) {
		t.Errorf("a write inside a read: %v, want ErrWriteInRead", inside)
	}

	held, release := make(chan struct{}), make(chan struct{})
	var reader sync.WaitGroup
	reader.Go(func() {
		if err := db.Read(ctx, d, func(tx bun.IDB) error {
			close(held)
			<-release
			return nil
		}); err != nil {
			t.Error(err)
		}
	})
	<-held
	beside := db.Write(ctx, d, insert("beside"))
	close(release)
	reader.Wait()
	if beside != nil {
		t.Errorf("a write beside a concurrent read: %v", beside)
	}
	if err := db.Write(ctx, d, insert("after")); err != nil {
		t.Errorf("a write after the read: %v", err)
	}
	var slugs []string
	if err := d.NewRaw("SELECT slug FROM city ORDER BY slug").Scan(context.Background(), &slugs); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(slugs) != "[after beside]" {
		t.Errorf("cities written: %v, want [after beside]", slugs)
	}
}

// Concurrent readers share the session, each with a Read nested in its own: the nested Reads
// do not wait for the turn their own goroutine holds, the concurrent ones do, and everything
// runs on one connection in one transaction.
func TestSessionConcurrentReadersWithNestedReads(t *testing.T) {
	t.Parallel()
	d, ctx, count, session := inSession(t, db.Scope{UserID: 11})
	const readers = 12
	pids := make([][2]int, readers)
	var wg sync.WaitGroup
	for i := range readers {
		wg.Go(func() {
			if err := db.Read(ctx, d, func(tx bun.IDB) error {
				if err := tx.NewRaw("SELECT pg_backend_pid()").Scan(ctx, &pids[i][0]); err != nil {
					return err
				}
				return db.Read(ctx, d, func(tx bun.IDB) error { return tx.NewRaw("SELECT pg_backend_pid()").Scan(ctx, &pids[i][1]) })
			}); err != nil {
				t.Errorf("reader %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	session.Close()
	for i, p := range pids {
		if p[0] == 0 || p[0] != pids[0][0] || p[1] != p[0] {
			t.Errorf("reader %d ran on backends %v, reader 0 on %d", i, p, pids[0][0])
		}
	}
	if all, data := count.All.Load(), count.Data.Load(); data != 2*readers || all != 2*readers+2 {
		t.Errorf("%d statements (%d data), want %d (%d)", all, data, 2*readers+2, 2*readers)
	}
}

package db_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/testdb"
)

// What a read sees of its transaction: the viewer, the role, read-only, and the backend.
const seenSQL = `SELECT concat_ws(' ', current_setting('b40.user_id'), current_user, current_setting('transaction_read_only'),
	pg_backend_pid(), now())`

// Forty callers of forty viewers read at once on a pool of two connections, each in one
// pipelined round trip: half in a transaction of their own, half as the last read of an
// operation's session, and every fourth fails after its transaction has opened. Each sees its
// own viewer, as the application role, read-only; the failures fail alone; and every
// connection comes back outside any transaction and any scope.
func TestReadTextPipelinesItsTransaction(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	d.DB.SetMaxOpenConns(2)
	deadline, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const callers = 40
	var wg sync.WaitGroup
	for i := range callers {
		wg.Go(func() {
			user := int64(i + 1)
			ctx, count := db.WithStatementCount(db.NewContext(deadline, db.Scope{UserID: user, CityIDs: []int64{user}}))
			var session *db.Session
			if i%2 == 1 {
				session = db.NewSession()
				ctx = db.LastRead(session.In(ctx))
			}
			query, args := seenSQL, []any{}
			if i%4 == 3 {
				query, args = "SELECT (1 / $1::int)::text", []any{0}
			}
			out, err := db.ReadText(ctx, d, query, args...)
			if session != nil {
				session.Close()
			}
			switch {
			case i%4 == 3:
				if err == nil || !strings.Contains(err.Error(), "division by zero") {
					t.Errorf("caller %d: a failing read answered %v, %v", i, out, err)
				}
			case err != nil:
				t.Errorf("caller %d: %v", i, err)
			case len(out) != 1 || !strings.HasPrefix(out[0], fmt.Sprintf("%d b40_app on ", user)):
				t.Errorf("caller %d (viewer %d) saw %q", i, user, out)
			}
			// BEGIN with the scope, the read, COMMIT; after a failure, ROLLBACK too (the queued
			// COMMIT is skipped by the server).
			if want := int64(3 + i%4/3); count.All.Load() != want || count.Data.Load() != 1 {
				t.Errorf("caller %d: %d statements, %d of data; want %d and 1", i, count.All.Load(), count.Data.Load(), want)
			}
		})
	}
	wg.Wait()
	if deadline.Err() != nil {
		t.Fatal("the reads starved the pool")
	}
	for range 4 { // both pooled connections, whichever the pool hands out
		var left struct {
			User     string `bun:"usr"`
			ReadOnly string `bun:"ro"`
		}
		if err := d.NewRaw(`SELECT coalesce(current_setting('b40.user_id', true), '') AS usr, current_setting('transaction_read_only') AS ro`).
			Scan(context.Background(), &left); err != nil {
			t.Fatal(err)
		}
		if (left.User != "" && left.User != "0") || left.ReadOnly != "off" {
			t.Errorf("a pooled connection still carries viewer %q, read-only %s", left.User, left.ReadOnly)
		}
	}
}

// In an operation's session, a text read opens the transaction the Reads after it share; marked
// as the last read it ends the transaction in its round trip, and a read after it (the mark was
// wrong) opens a new one rather than failing.
func TestReadTextOpensAndEndsTheSession(t *testing.T) {
	t.Parallel()
	d, ctx, count, session := inSession(t, db.Scope{UserID: 5})
	first, err := db.ReadText(ctx, d, seenSQL)
	if err != nil {
		t.Fatal(err)
	}
	var read string
	if err := db.Read(ctx, d, func(tx bun.IDB) error { return tx.NewRaw(seenSQL).Scan(ctx, &read) }); err != nil {
		t.Fatal(err)
	}
	last, err := db.ReadText(db.LastRead(ctx), d, seenSQL)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond) // now() of a new transaction is later
	after, err := db.ReadText(ctx, d, seenSQL)
	session.Close()
	if err != nil {
		t.Fatal(err)
	}
	if first[0] != read || last[0] != read {
		t.Errorf("the session's reads saw several transactions: %q, %q, %q", first[0], read, last[0])
	}
	if after[0] == last[0] || !strings.HasPrefix(after[0], "5 b40_app on ") {
		t.Errorf("the read after the last one saw %q, the last %q: want a transaction of its own, in the scope", after[0], last[0])
	}
	// Two transactions: each opened and ended once, around four reads.
	if all, data := count.All.Load(), count.Data.Load(); data != 4 || all != 4+2+2 {
		t.Errorf("%d statements, %d of data; want 8 and 4", all, data)
	}
}

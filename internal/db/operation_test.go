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

// The Reads of one operation share one transaction, opened in one round trip.
func TestOperationSharesOneReadTransaction(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx, count := db.WithStatementCount(context.Background())
	ctx = db.NewContext(ctx, db.Scope{UserID: 7, CityIDs: []int64{3}})
	ctx, end := db.WithOperation(ctx, d)
	var starts []time.Time
	for range 3 {
		if err := db.Read(ctx, d, func(tx bun.IDB) error {
			var s struct {
				Started time.Time
				User    string
				Role    string
			}
			if err := tx.NewRaw("SELECT now() AS started, current_setting('b40.user_id') AS user, current_user AS role").Scan(ctx, &s); err != nil {
				return err
			}
			if s.User != "7" || s.Role != db.AppRole {
				return fmt.Errorf("scope inside the shared transaction: %+v", s)
			}
			starts = append(starts, s.Started)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	end()
	if !starts[0].Equal(starts[1]) || !starts[1].Equal(starts[2]) {
		t.Errorf("the Reads ran in different transactions: %v", starts)
	}
	// BEGIN with the scope, three reads, COMMIT.
	if n := count.All.Load(); n != 5 {
		t.Errorf("%d statements, want 5", n)
	}
}

// Under concurrency, with two pooled connections passed between forty operations of twenty
// viewers, every Read sees its own viewer and nothing survives on a connection.
func TestOperationScopesNeverCrossViewers(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	d.DB.SetMaxOpenConns(2)
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Go(func() {
			user := int64(i%20 + 1)
			ctx := db.NewContext(context.Background(), db.Scope{UserID: user, NetworkRole: map[bool]string{true: "SECRETARIAT"}[user%2 == 0]})
			ctx, end := db.WithOperation(ctx, d)
			defer end()
			for range 3 {
				var got struct{ User, Role, Network string }
				if err := db.Read(ctx, d, func(tx bun.IDB) error {
					return tx.NewRaw(`SELECT current_setting('b40.user_id') AS user, current_user AS role,
						current_setting('b40.network_role') AS network`).Scan(ctx, &got)
				}); err != nil {
					errs <- err
					return
				}
				wantNet := ""
				if user%2 == 0 {
					wantNet = "SECRETARIAT"
				}
				if got.User != fmt.Sprint(user) || got.Role != db.AppRole || got.Network != wantNet {
					errs <- fmt.Errorf("viewer %d saw %+v", user, got)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for range 2 { // both pooled connections, after all of it
		var after struct{ User, Role string }
		if err := d.NewRaw(`SELECT coalesce(current_setting('b40.user_id', true), '') AS user, current_user AS role`).Scan(context.Background(), &after); err != nil {
			t.Fatal(err)
		}
		if after.User != "" || after.Role == db.AppRole {
			t.Errorf("a pooled connection kept a scope: %+v", after)
		}
	}
}

// A statement that fails inside the shared transaction fails its Read; the operation's later
// Reads still work, in transactions of their own.
func TestOperationFallsBackAfterAFailure(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := db.NewContext(context.Background(), db.Scope{UserID: 9})
	ctx, end := db.WithOperation(ctx, d)
	defer end()
	if err := db.Read(ctx, d, func(tx bun.IDB) error {
		var n int
		return tx.NewRaw("SELECT 1/0").Scan(ctx, &n)
	}); err == nil {
		t.Fatal("division by zero succeeded")
	}
	var user string
	if err := db.Read(ctx, d, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT current_setting('b40.user_id')").Scan(ctx, &user)
	}); err != nil || user != "9" {
		t.Errorf("after a failure: %q %v", user, err)
	}
}

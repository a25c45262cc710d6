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

// A Read opens its transaction and scope in one round trip: three statements in all.
func TestReadOpensInOneRoundTrip(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx, count := db.WithStatementCount(context.Background())
	ctx = db.NewContext(ctx, db.Scope{UserID: 7, CityIDs: []int64{3}})
	var s struct{ User, Role, ReadOnly string }
	if err := db.Read(ctx, d, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT current_setting('b40.user_id') AS user, current_user AS role, current_setting('transaction_read_only') AS read_only").Scan(ctx, &s)
	}); err != nil {
		t.Fatal(err)
	}
	if s.User != "7" || s.Role != db.AppRole || s.ReadOnly != "on" {
		t.Errorf("inside the Read: %+v", s)
	}
	// BEGIN with the scope, the read, COMMIT (was BEGIN, set_config, the read, COMMIT).
	if n := count.All.Load(); n != 3 {
		t.Errorf("%d statements, want 3", n)
	}
}

// Under concurrency, with two pooled connections passed between forty callers of twenty
// viewers, every Read sees its own viewer and nothing survives on a connection.
func TestReadScopesNeverCrossViewers(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	d.DB.SetMaxOpenConns(2)
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Go(func() {
			user := int64(i%20 + 1)
			ctx := db.NewContext(context.Background(), db.Scope{UserID: user, NetworkRole: map[bool]string{true: "SECRETARIAT"}[user%2 == 0]})
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
		var after struct{ User, Role, Tx string }
		if err := d.NewRaw(`SELECT coalesce(current_setting('b40.user_id', true), '') AS user, current_user AS role,
			coalesce(txid_current_if_assigned()::text, '') AS tx`).Scan(context.Background(), &after); err != nil {
			t.Fatal(err)
		}
		if after.User != "" || after.Role == db.AppRole {
			t.Errorf("a pooled connection kept a scope: %+v", after)
		}
	}
}

// A failed statement, or a caller that gives up mid-query, leaves no transaction or scope on
// any pooled connection: the next Read and a bare query on the same connection start clean.
func TestReadLeavesNothingAfterAFailure(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	d.DB.SetMaxOpenConns(1) // everything below uses the same connection, or a new one
	ctx := db.NewContext(context.Background(), db.Scope{UserID: 9})
	if err := db.Read(ctx, d, func(tx bun.IDB) error {
		var n int
		return tx.NewRaw("SELECT 1/0").Scan(ctx, &n)
	}); err == nil {
		t.Fatal("division by zero succeeded")
	}
	cancelled, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if err := db.Read(cancelled, d, func(tx bun.IDB) error {
		_, err := tx.ExecContext(cancelled, "SELECT pg_sleep(2)")
		return err
	}); err == nil {
		t.Fatal("the cancelled Read succeeded")
	}
	var user string
	if err := db.Read(ctx, d, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT current_setting('b40.user_id')").Scan(ctx, &user)
	}); err != nil || user != "9" {
		t.Errorf("after failures: %q %v", user, err)
	}
	var after struct{ User, Role string }
	var inTx bool
	if err := d.NewRaw(`SELECT coalesce(current_setting('b40.user_id', true), '') AS user, current_user AS role`).Scan(context.Background(), &after); err != nil {
		t.Fatal(err)
	}
	// SAVEPOINT fails outside a transaction block: the connection is not in one.
	_, err := d.ExecContext(context.Background(), "SAVEPOINT probe")
	inTx = err == nil
	if after.User != "" || after.Role == db.AppRole || inTx {
		t.Errorf("the connection kept something: %+v, in a transaction: %v", after, inTx)
	}
}

// On the request pool, an anonymous Read runs in the public scope its connections rest in: one
// statement, no transaction. A signed-in Read overrides the scope for its transaction only, and
// forty concurrent anonymous and signed-in Reads on two connections never see each other's scope.
func TestRequestPoolRestsInThePublicScope(t *testing.T) {
	t.Parallel()
	owner := testdb.New(t)
	ctx := context.Background()
	req, err := db.OpenRequestPool(ctx, owner, db.Options{MaxOpenConns: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer req.Close()
	type seen struct{ User, Role, Network string }
	look := func(ctx context.Context) (seen, error) {
		var s seen
		err := db.Read(ctx, req, func(tx bun.IDB) error {
			return tx.NewRaw(`SELECT current_setting('b40.user_id') AS user, current_user AS role,
				current_setting('b40.network_role') AS network`).Scan(ctx, &s)
		})
		return s, err
	}
	anon, count := db.WithStatementCount(ctx)
	if s, err := look(anon); err != nil || s.User != "0" || s.Role != db.AppRole || s.Network != "" {
		t.Fatalf("anonymous: %+v %v", s, err)
	}
	if n := count.All.Load(); n != 1 {
		t.Errorf("an anonymous read sent %d statements, want 1", n)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Go(func() {
			want := seen{User: "0", Role: db.AppRole}
			c := ctx
			if i%2 == 1 {
				c = db.NewContext(ctx, db.Scope{UserID: int64(i), NetworkRole: "SECRETARIAT"})
				want = seen{User: fmt.Sprint(i), Role: db.AppRole, Network: "SECRETARIAT"}
			}
			if s, err := look(c); err != nil || s != want {
				errs <- fmt.Errorf("read %d saw %+v (%v), want %+v", i, s, err, want)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// Planning once (WithGenericPlans) holds for the transaction it marks and no further: forty
// callers on two pooled connections, half of them marked, half reading through an operation's
// session, each see their own plan cache mode, and the connections keep the server's after.
func TestGenericPlansStayInTheirTransaction(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	d.DB.SetMaxOpenConns(2)
	var server string
	if err := d.NewRaw("SELECT current_setting('plan_cache_mode')").Scan(context.Background(), &server); err != nil || server == "force_generic_plan" {
		t.Fatalf("the server's plan cache mode: %q, %v", server, err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Go(func() {
			ctx := db.NewContext(context.Background(), db.Scope{UserID: int64(i + 1)})
			want := server
			if i%2 == 0 {
				ctx, want = db.WithGenericPlans(ctx), "force_generic_plan"
			}
			if i%4 < 2 {
				s := db.NewSession()
				defer s.Close()
				ctx = s.In(ctx)
			}
			for range 3 {
				var got string
				if err := db.Read(ctx, d, func(tx bun.IDB) error {
					return tx.NewRaw("SELECT current_setting('plan_cache_mode')").Scan(ctx, &got)
				}); err != nil {
					errs <- err
					return
				}
				if got != want {
					errs <- fmt.Errorf("caller %d: plan cache mode %q, want %q", i, got, want)
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
	for range 2 {
		var after string
		if err := d.NewRaw("SELECT current_setting('plan_cache_mode')").Scan(context.Background(), &after); err != nil || after != server {
			t.Errorf("a pooled connection after it all: %q, %v", after, err)
		}
	}
}

package db_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/testdb"
)

type keyedUser struct {
	bun.BaseModel `bun:"table:app_user,alias:u"`
	ID            int64  `bun:"id"`
	Email         string `bun:"email"`
}

type keyedMembership struct {
	bun.BaseModel `bun:"table:city_membership,alias:cm"`
	CityID        int64  `bun:"city_id"`
	UserID        int64  `bun:"user_id"`
	Role          string `bun:"role"`
}

type membershipKey struct{ CityID, UserID int64 }

// Declarations as the services write them: a model's rows by one key column, rows per key in an
// order, and rows by a two-column key.
var (
	usersByID = db.ByKeys[int64, *keyedUser]{Cols: []string{"u.id"}, Key: func(u *keyedUser) int64 { return u.ID }}

	membershipsByUser = db.ByKeys[int64, *keyedMembership]{Cols: []string{"cm.user_id"}, Order: []string{"cm.user_id", "cm.city_id"},
		Key: func(m *keyedMembership) int64 { return m.UserID }}

	membershipsByKey = db.ByKeys[membershipKey, *keyedMembership]{Cols: []string{"cm.city_id", "cm.user_id"},
		Args: func(keys []membershipKey) []any {
			cities, users := make([]int64, len(keys)), make([]int64, len(keys))
			for i, k := range keys {
				cities[i], users[i] = k.CityID, k.UserID
			}
			return []any{cities, users}
		},
		Key: func(m *keyedMembership) membershipKey { return membershipKey{m.CityID, m.UserID} }}
)

// loadByKeysFixture makes four users and two cities; user i is a viewer of the cities below i.
func loadByKeysFixture(t *testing.T) (d *bun.DB, users, cities []int64) {
	t.Helper()
	d = testdb.New(t)
	ctx := context.Background()
	for i := range 4 {
		var id int64
		if err := d.NewRaw("INSERT INTO app_user (email, name) VALUES (?, ?) RETURNING id", fmt.Sprintf("u%d@b40.test", i), fmt.Sprintf("User %d", i)).Scan(ctx, &id); err != nil {
			t.Fatal(err)
		}
		users = append(users, id)
	}
	for i := range 2 {
		var id int64
		if err := d.NewRaw("INSERT INTO city (slug, name, country) VALUES (?, ?, 'TR') RETURNING id", fmt.Sprintf("c%d", i), fmt.Sprintf("City %d", i)).Scan(ctx, &id); err != nil {
			t.Fatal(err)
		}
		cities = append(cities, id)
	}
	for i, u := range users {
		for _, c := range cities[:min(i, len(cities))] {
			if _, err := d.NewRaw("INSERT INTO city_membership (city_id, user_id, role) VALUES (?, ?, 'CITY_VIEWER')", c, u).Exec(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	return d, users, cities
}

func userIDs(us []*keyedUser) []int64 {
	out := make([]int64, len(us))
	for i, u := range us {
		if u != nil {
			out[i] = u.ID
		}
	}
	return out
}

// LoadByKeys answers in the order of the keys, duplicates included, nil for a key without a row
// and nil for a row the caller's row-level security hides, in one statement.
func TestLoadByKeysOrdersDuplicatesMissingAndHidden(t *testing.T) {
	t.Parallel()
	d, u, _ := loadByKeysFixture(t)
	const missing = int64(1 << 40)

	secretariat, count := db.WithStatementCount(db.NewContext(context.Background(), db.Scope{UserID: u[0], NetworkRole: "SECRETARIAT", Secretariat: true}))
	keys := []int64{u[3], missing, u[1], u[3], u[0], u[2]}
	got, errs := db.LoadByKeys(secretariat, d, usersByID, keys)
	if want := []int64{u[3], 0, u[1], u[3], u[0], u[2]}; fmt.Sprint(userIDs(got)) != fmt.Sprint(want) {
		t.Errorf("the secretariat loaded %v, want %v", userIDs(got), want)
	}
	if len(errs) != len(keys) {
		t.Fatalf("%d errors for %d keys", len(errs), len(keys))
	}
	for i, err := range errs {
		if err != nil {
			t.Errorf("key %d: %v", i, err)
		}
	}
	if got[0] != got[3] || got[0].Email != "u3@b40.test" {
		t.Errorf("a duplicated key: %+v and %+v", got[0], got[3])
	}
	if n := count.Data.Load(); n != 1 {
		t.Errorf("%d data statements for one batch, want 1", n)
	}

	// A user sees only itself: the others are nil, not errors.
	self := db.NewContext(context.Background(), db.Scope{UserID: u[1]})
	got, errs = db.LoadByKeys(self, d, usersByID, []int64{u[0], u[1], u[2], u[1]})
	if want := []int64{0, u[1], 0, u[1]}; fmt.Sprint(userIDs(got)) != fmt.Sprint(want) {
		t.Errorf("user 1 loaded %v, want %v", userIDs(got), want)
	}
	for i, err := range errs {
		if err != nil {
			t.Errorf("hidden key %d: %v", i, err)
		}
	}

	// No keys: no statement.
	none, count := db.WithStatementCount(self)
	got, errs = db.LoadByKeys(none, d, usersByID, nil)
	if len(got) != 0 || len(errs) != 0 || count.All.Load() != 0 {
		t.Errorf("no keys: %v %v, %d statements", got, errs, count.All.Load())
	}
}

// LoadGroupsByKeys gives each key its rows in the declared order (an empty group for a key
// without rows, hidden or missing); a two-column key matches as a pair.
func TestLoadGroupsByKeysAndTwoColumnKeys(t *testing.T) {
	t.Parallel()
	d, u, c := loadByKeysFixture(t)
	secretariat := db.NewContext(context.Background(), db.Scope{UserID: u[0], NetworkRole: "SECRETARIAT", Secretariat: true})
	groups, errs := db.LoadGroupsByKeys(secretariat, d, membershipsByUser, []int64{u[3], u[0], u[1], u[3]})
	var got []string
	for i, g := range groups {
		if errs[i] != nil {
			t.Errorf("key %d: %v", i, errs[i])
		}
		got = append(got, fmt.Sprint(len(g)))
		for j, m := range g {
			if j > 0 && m.CityID <= g[j-1].CityID {
				t.Errorf("group %d not in city order: %+v", i, g)
			}
		}
	}
	if fmt.Sprint(got) != "[2 0 1 2]" {
		t.Errorf("group sizes %v, want [2 0 1 2]", got)
	}

	// User 2 sees its own memberships only.
	self := db.NewContext(context.Background(), db.Scope{UserID: u[2]})
	groups, _ = db.LoadGroupsByKeys(self, d, membershipsByUser, []int64{u[3], u[2]})
	if len(groups[0]) != 0 || len(groups[1]) != 2 {
		t.Errorf("user 2 saw %d memberships of user 3 and %d of its own, want 0 and 2", len(groups[0]), len(groups[1]))
	}

	keys := []membershipKey{{c[1], u[3]}, {c[1], u[1]}, {c[0], u[1]}, {c[1], u[3]}}
	one, errs := db.LoadByKeys(secretariat, d, membershipsByKey, keys)
	for i, k := range keys {
		if errs[i] != nil {
			t.Errorf("key %v: %v", k, errs[i])
		}
		// User 1 is a member of city 0 only.
		if exists := k != (membershipKey{c[1], u[1]}); (one[i] != nil) != exists || (one[i] != nil && (membershipKey{one[i].CityID, one[i].UserID}) != k) {
			t.Errorf("key %v loaded %+v", k, one[i])
		}
	}
}

// A failed statement is every key's error, and no key gets a row.
func TestLoadByKeysFailureIsEveryKeysError(t *testing.T) {
	t.Parallel()
	d, u, _ := loadByKeysFixture(t)
	broken := db.ByKeys[int64, *keyedUser]{Cols: []string{"u.no_such_column"}, Key: func(x *keyedUser) int64 { return x.ID }}
	ctx := db.NewContext(context.Background(), db.Scope{UserID: u[0]})
	got, errs := db.LoadByKeys(ctx, d, broken, []int64{u[0], u[1]})
	for i := range errs {
		if errs[i] == nil || got[i] != nil {
			t.Errorf("key %d: %+v, %v; want nil and the statement's error", i, got[i], errs[i])
		}
	}
}

// Concurrent batches of several viewers, some sharing one operation's read session: each batch
// is one statement, each sees exactly its own viewer's rows.
func TestLoadByKeysConcurrentBatches(t *testing.T) {
	t.Parallel()
	d, u, _ := loadByKeysFixture(t)
	const perViewer = 8
	base, count := db.WithStatementCount(context.Background())
	session := db.NewSession()
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[int64]int{}
	for _, viewer := range u {
		for i := range perViewer {
			wg.Go(func() {
				ctx := db.NewContext(base, db.Scope{UserID: viewer})
				if i%2 == 0 { // half of them in the (one) session; it serves one viewer, the others read on their own
					ctx = session.In(ctx)
				}
				got, errs := db.LoadByKeys(ctx, d, usersByID, u)
				for k, err := range errs {
					if err != nil {
						t.Errorf("viewer %d key %d: %v", viewer, k, err)
					}
				}
				for k, row := range got {
					if (row != nil) != (u[k] == viewer) {
						t.Errorf("viewer %d: key %d loaded %+v", viewer, u[k], row)
					}
				}
				mu.Lock()
				seen[viewer]++
				mu.Unlock()
			})
		}
	}
	wg.Wait()
	session.Close()
	for _, viewer := range u {
		if seen[viewer] != perViewer {
			t.Errorf("viewer %d: %d batches, want %d", viewer, seen[viewer], perViewer)
		}
	}
	if n := count.Data.Load(); n != int64(len(u)*perViewer) {
		t.Errorf("%d data statements for %d batches", n, len(u)*perViewer)
	}
}

package db_test

import (
	"context"
	"testing"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/testdb"
)

// The second wall: whatever the application's queries do, PostgreSQL itself keeps tenants apart.
func TestCatalogHoldsTheTenantWall(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()

	var unprotected []string
	if err := d.NewRaw(`SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'city_id' AND NOT a.attisdropped
		WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`).Scan(ctx, &unprotected); err != nil {
		t.Fatal(err)
	}
	if len(unprotected) > 0 {
		t.Errorf("tables with city_id without forced RLS: %v", unprotected)
	}
	var tenantTables int
	if err := d.NewRaw(`SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'city_id'`).Scan(ctx, &tenantTables); err != nil {
		t.Fatal(err)
	}
	if tenantTables < 5 {
		t.Errorf("only %d tables carry city_id: the check is not looking at the schema", tenantTables)
	}

	var role struct {
		Super, BypassRLS, Login, CreateRole, CreateDB bool
		Owns                                          int
	}
	if err := d.NewRaw(`SELECT r.rolsuper AS super, r.rolbypassrls AS bypass_rls, r.rolcanlogin AS login, r.rolcreaterole AS create_role,
		r.rolcreatedb AS create_db,
		(SELECT count(*) FROM pg_class WHERE relowner = r.oid) + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
		+ (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) AS owns
		FROM pg_roles r WHERE r.rolname = ?`, db.AppRole).Scan(ctx, &role); err != nil {
		t.Fatal(err)
	}
	if role.Super || role.BypassRLS || role.Login || role.CreateRole || role.CreateDB || role.Owns != 0 {
		t.Errorf("the application role has powers: %+v", role)
	}

	// Definer functions pin their search_path, or a caller could shadow what they call.
	var loose []string
	if err := d.NewRaw(`SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
		WHERE n.nspname = 'public' AND p.prosecdef AND NOT coalesce(p.proconfig::text LIKE '%search_path%', false)`).Scan(ctx, &loose); err != nil {
		t.Fatal(err)
	}
	if len(loose) > 0 {
		t.Errorf("definer functions without a search_path: %v", loose)
	}
}

// A pooled connection carries nothing of one request's viewer into the next transaction.
func TestPooledConnectionsCarryNoViewer(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	d.DB.SetMaxOpenConns(1) // every transaction below gets the same connection
	ctx := context.Background()
	scoped := db.NewContext(ctx, db.Scope{UserID: 42, CityIDs: []int64{7}, AdminCityIDs: []int64{7}, NetworkRole: "SECRETARIAT"})
	var inside struct{ User, Role, Cities string }
	if err := db.Read(scoped, d, func(tx bun.IDB) error {
		return tx.NewRaw(`SELECT current_setting('b40.user_id') AS user, current_user AS role, current_setting('b40.city_ids') AS cities`).Scan(ctx, &inside)
	}); err != nil {
		t.Fatal(err)
	}
	if inside.User != "42" || inside.Role != db.AppRole || inside.Cities != "{7}" {
		t.Fatalf("inside the scoped transaction: %+v", inside)
	}
	var after struct{ User, Role, Network string }
	if err := d.NewRaw(`SELECT coalesce(current_setting('b40.user_id', true), '') AS user, current_user AS role,
		coalesce(current_setting('b40.network_role', true), '') AS network`).Scan(ctx, &after); err != nil {
		t.Fatal(err)
	}
	if after.User != "" || after.Network != "" || after.Role == db.AppRole {
		t.Errorf("the next use of the connection inherited %+v", after)
	}
}

// Row-level security alone, with no WHERE clause from the application, hides other cities'
// private rows: the wall holds even for a query that forgets to filter.
func TestScopedTransactionSeesOnlyItsRows(t *testing.T) {
	t.Parallel()
	t.Run("owner", func(t *testing.T) { t.Parallel(); checkScopedRows(t, testdb.New(t)) })
	t.Run("superuser", func(t *testing.T) { t.Parallel(); checkScopedRows(t, testdb.NewAsSuperuser(t)) })
}

func checkScopedRows(t *testing.T, d *bun.DB) {
	ctx := context.Background()
	mustExec := func(sql string, args ...any) {
		t.Helper()
		if _, err := d.ExecContext(ctx, sql, args...); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	mustExec(`INSERT INTO city (slug, name, country) VALUES ('a', 'A', 'RS'), ('b', 'B', 'HR')`)
	mustExec(`INSERT INTO app_user (email, name) VALUES ('a@a.example', 'A admin'), ('b@b.example', 'B admin')`)
	mustExec(`INSERT INTO city_membership (city_id, user_id, role) SELECT c.id, u.id, 'CITY_ADMIN' FROM city c JOIN app_user u ON u.email = c.slug || '@' || c.slug || '.example'`)
	mustExec(`INSERT INTO audit_event (city_id, action, entity_type) SELECT id, 'x', 'City' FROM city`)
	mustExec(`INSERT INTO session (token_hash, user_id, kind, expires_at) SELECT sha256(email::bytea), id, 'SESSION', now() + interval '1 hour' FROM app_user`)
	var a, aUser int64
	_ = d.NewRaw("SELECT id FROM city WHERE slug = 'a'").Scan(ctx, &a)
	_ = d.NewRaw("SELECT id FROM app_user WHERE email = 'a@a.example'").Scan(ctx, &aUser)

	scopes := map[string]struct {
		scope                                db.Scope
		users, memberships, audits, sessions int
	}{
		"admin of A":  {db.Scope{UserID: aUser, CityIDs: []int64{a}, EditorCityIDs: []int64{a}, AdminCityIDs: []int64{a}}, 1, 1, 1, 1},
		"viewer of A": {db.Scope{UserID: aUser, CityIDs: []int64{a}}, 1, 1, 0, 1},
		"secretariat": {db.Scope{UserID: 999, NetworkRole: "SECRETARIAT"}, 2, 2, 2, 2},
		"analyst":     {db.Scope{UserID: 998, NetworkRole: "ANALYST"}, 0, 0, 0, 0},
		"anonymous":   {db.Scope{}, 0, 0, 0, 0},
	}
	for name, c := range scopes {
		var got struct{ Users, Memberships, Audits, Sessions int }
		err := db.Read(db.NewContext(ctx, c.scope), d, func(tx bun.IDB) error {
			return tx.NewRaw(`SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM city_membership) AS memberships,
				(SELECT count(*) FROM audit_event) AS audits, (SELECT count(*) FROM session) AS sessions`).Scan(ctx, &got)
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.Users != c.users || got.Memberships != c.memberships || got.Audits != c.audits || got.Sessions != c.sessions {
			t.Errorf("%s sees %+v", name, got)
		}
	}
	// Writes outside the scope are refused by PostgreSQL, not just by the services.
	err := db.Write(db.NewContext(ctx, scopes["admin of A"].scope), d, func(tx bun.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO city_membership (city_id, user_id, role) SELECT id, ?, 'CITY_ADMIN' FROM city WHERE slug = 'b'", aUser)
		return err
	})
	if err == nil {
		t.Error("admin of A granted itself a role in B")
	}
	err = db.Write(db.NewContext(ctx, scopes["admin of A"].scope), d, func(tx bun.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE app_user SET name = 'hijacked' WHERE email = 'b@b.example'")
		if err == nil {
			if n, _ := res.RowsAffected(); n != 0 {
				t.Error("admin of A renamed B's admin")
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// The audit log is append-only for the application role.
	err = db.Write(db.NewContext(ctx, scopes["secretariat"].scope), d, func(tx bun.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM audit_event")
		return err
	})
	if err == nil {
		t.Error("the application role deleted audit events")
	}
}

// The visibility model of workspace items (drafts and PRIVATE to their city, NETWORK to members,
// the secretariat and analysts, PUBLIC to all), as the RLS policies of workspace tables use it.
func TestVisibilityModel(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()
	const own, other = 1, 2
	scopes := map[string]db.Scope{
		"own city":    {UserID: 1, CityIDs: []int64{own}},
		"other city":  {UserID: 2, CityIDs: []int64{other}},
		"secretariat": {UserID: 3, NetworkRole: "SECRETARIAT"},
		"analyst":     {UserID: 4, NetworkRole: "ANALYST"},
		"anonymous":   {},
	}
	type item struct {
		visibility string
		draft      bool
	}
	want := map[item]map[string]bool{
		{"PRIVATE", false}: {"own city": true},
		{"NETWORK", false}: {"own city": true, "other city": true, "secretariat": true, "analyst": true},
		{"PUBLIC", false}:  {"own city": true, "other city": true, "secretariat": true, "analyst": true, "anonymous": true},
		{"PUBLIC", true}:   {"own city": true},
		{"NETWORK", true}:  {"own city": true},
	}
	for it, who := range want {
		for name, s := range scopes {
			var got bool
			if err := db.Read(db.NewContext(ctx, s), d, func(tx bun.IDB) error {
				return tx.NewRaw("SELECT b40_visible(?, ?, ?)", own, it.visibility, it.draft).Scan(ctx, &got)
			}); err != nil {
				t.Fatal(err)
			}
			if got != who[name] {
				t.Errorf("%s item (draft %v) visible to %s: %v", it.visibility, it.draft, name, got)
			}
		}
	}
}

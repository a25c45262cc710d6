package db_test

import (
	"context"
	"testing"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/testdb"
)

// Issue 10.6: requests run as a login role that cannot become the owner, and the application
// role reaches no secret, so even SQL injected into a request's transaction stays behind
// row-level security.
func TestRequestRoleReachesOnlyWhatTheAppNeeds(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()
	req, err := db.OpenRequestPool(ctx, d, db.Options{MaxOpenConns: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer req.Close()
	role, _, err := db.RequestRole(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	admin := db.NewContext(ctx, db.Scope{UserID: 1, CityIDs: []int64{1}, EditorCityIDs: []int64{1}, AdminCityIDs: []int64{1}, NetworkRole: "SECRETARIAT"})

	denied := map[string][]string{
		"password hashes":       {"SELECT password_hash FROM app_user"},
		"session token hashes":  {"SELECT token_hash FROM session"},
		"invitation hashes":     {"SELECT token_hash FROM invitation"},
		"the login lookup":      {"SELECT * FROM b40_auth_login('secretariat@b40.demo')"},
		"the session lookup":    {"SELECT * FROM b40_auth_session('\\x00')"},
		"the deployment secret": {"SELECT value FROM b40_private.secret"},
		"back to session_user":  {"SELECT set_config('role', session_user, true)", "SELECT count(*) FROM app_user"},
		"RESET ROLE":            {"RESET ROLE", "SELECT count(*) FROM city"},
		"SET ROLE to the owner": {"SET LOCAL ROLE " + testdb.TestRole.Username},
		"setting a hash":        {"UPDATE app_user SET password_hash = 'x'"},
	}
	for name, stmts := range denied {
		err := db.Write(admin, req, func(tx bun.Tx) error {
			for _, s := range stmts {
				if _, err := tx.ExecContext(ctx, s); err != nil {
					return err
				}
			}
			return nil
		})
		if code, _ := db.Violation(err); code != "42501" {
			t.Errorf("%s: want permission denied, got %v", name, err)
		}
	}
	// What the application does use still works in the scope.
	var n int
	if err := db.Read(admin, req, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT count(*) FROM app_user WHERE email <> ''").Scan(ctx, &n)
	}); err != nil {
		t.Errorf("reading users' public columns: %v", err)
	}
	var who struct{ Session, Current string }
	if err := db.Read(admin, req, func(tx bun.IDB) error {
		if _, err := tx.ExecContext(ctx, "SELECT set_config('role', session_user, true)"); err != nil {
			return err
		}
		return tx.NewRaw("SELECT session_user AS session, current_user AS current").Scan(ctx, &who)
	}); err != nil || who.Session != role || who.Current != role {
		t.Errorf("escaping the application role lands on %+v (%v), want the login role %s", who, err, role)
	}

	var attrs struct {
		Super, CreateRole, CreateDB, BypassRLS, Inherit, Replication bool
		Owns                                                         int
		Member                                                       []string `bun:",array"`
	}
	if err := d.NewRaw(`SELECT r.rolsuper AS super, r.rolcreaterole AS create_role, r.rolcreatedb AS create_db,
		r.rolbypassrls AS bypass_rls, r.rolinherit AS inherit, r.rolreplication AS replication,
		(SELECT count(*) FROM pg_class WHERE relowner = r.oid) + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid) AS owns,
		ARRAY(SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid WHERE m.member = r.oid) AS member
		FROM pg_roles r WHERE r.rolname = ?`, role).Scan(ctx, &attrs); err != nil {
		t.Fatal(err)
	}
	if attrs.Super || attrs.CreateRole || attrs.CreateDB || attrs.BypassRLS || attrs.Inherit || attrs.Replication || attrs.Owns != 0 ||
		len(attrs.Member) != 1 || attrs.Member[0] != db.AppRole {
		t.Errorf("the request login role has powers: %+v", attrs)
	}
	var grants []string
	if err := d.NewRaw(`SELECT x FROM (VALUES
		('app_user.password_hash SELECT', has_column_privilege(?, 'app_user', 'password_hash', 'SELECT')),
		('app_user.password_hash UPDATE', has_column_privilege(?, 'app_user', 'password_hash', 'UPDATE')),
		('session.token_hash SELECT', has_column_privilege(?, 'session', 'token_hash', 'SELECT')),
		('invitation.token_hash SELECT', has_column_privilege(?, 'invitation', 'token_hash', 'SELECT')),
		('b40_auth_login EXECUTE', has_function_privilege(?, 'b40_auth_login(text)', 'EXECUTE')),
		('b40_auth_session EXECUTE', has_function_privilege(?, 'b40_auth_session(bytea)', 'EXECUTE')),
		('b40_invitation_target EXECUTE', has_function_privilege(?, 'b40_invitation_target(bytea)', 'EXECUTE'))
		) v(x, granted) WHERE granted`, db.AppRole, db.AppRole, db.AppRole, db.AppRole, db.AppRole, db.AppRole, db.AppRole).Scan(ctx, &grants); err != nil {
		t.Fatal(err)
	}
	if len(grants) > 0 {
		t.Errorf("the application role reaches secrets: %v", grants)
	}
}

// Servers starting together on one database agree on one request role and password.
func TestRequestPoolsOpenInParallel(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			p, err := db.OpenRequestPool(ctx, d, db.Options{MaxOpenConns: 1})
			if err == nil {
				err = p.PingContext(ctx)
				_ = p.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

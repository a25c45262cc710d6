package main

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/b40-network/workspace/internal/pgembed"
)

// A second process on a live data dir uses the server's PostgreSQL (CLI commands, four at
// once) or is refused (a second server); the first server never notices.
func TestSecondProcessOnALiveDataDir(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)
	srv := startServer(t, b40Env(dir, "B40_DEMO=1"))

	outs := make([]string, 4)
	errs := make([]error, 4)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() { outs[i], errs[i] = b40(t, b40Env(dir), "", "migrate", "status") })
	}
	wg.Wait()
	for i := range 4 {
		if errs[i] != nil || !strings.Contains(outs[i], "applied") || strings.Contains(outs[i], "stopping postgres") {
			t.Errorf("migrate status beside a server: %v\n%s", errs[i], outs[i])
		}
	}
	if out, err := b40(t, b40Env(dir), "a-long-enough-password\n", "users", "create", "--email", "ops@example.org", "--role", "ANALYST", "--password-stdin"); err != nil {
		t.Errorf("users create beside a server: %v\n%s", err, out)
	}
	out, err := b40(t, b40Env(dir), "", "serve")
	if err == nil || !strings.Contains(out, "in use") || !strings.Contains(out, "B40_DATA_DIR") {
		t.Errorf("a second server on the same data dir: %v\n%s", err, out)
	}
	if code, body := srv.ready(); code != 200 {
		t.Errorf("the first server after all that: readyz %d %s", code, body)
	}
	if a := srv.query(t, "", `{ network { memberCount } }`, nil); a.code() != "" {
		t.Errorf("the first server after all that: %s", a.Body)
	}
	srv.login(t, "ops@example.org", "a-long-enough-password")

	// migrate down beside the server changes its schema only when told --yes.
	out, err = b40(t, b40Env(dir), "", "migrate", "down")
	if err == nil || !strings.Contains(out, "server is serving") || strings.Contains(out, "rolled back 1") {
		t.Errorf("migrate down beside a server, not told --yes: %v\n%s", err, out)
	}
	if code, body := srv.ready(); code != 200 {
		t.Errorf("the server after a refused migrate down: readyz %d %s", code, body)
	}
	if out, err := b40(t, b40Env(dir), "", "migrate", "down", "--yes"); err != nil || !strings.Contains(out, "rolled back 1") {
		t.Errorf("migrate down --yes beside a server: %v\n%s", err, out)
	}
}

// Four processes start on one empty data dir at once: exactly one runs initdb, all succeed.
func TestParallelFirstStartsAsProcesses(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)
	outs := make([]string, 4)
	errs := make([]error, 4)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() { outs[i], errs[i] = b40(t, b40Env(dir), "", "migrate", "up") })
	}
	wg.Wait()
	all := strings.Join(outs, "\n")
	for i := range 4 {
		if errs[i] != nil {
			t.Errorf("process %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	if n := strings.Count(all, "initialising embedded postgres"); n != 1 {
		t.Errorf("initdb ran %d times:\n%s", n, all)
	}
}

// PostgreSQL killed under load: requests answer UNAVAILABLE with Retry-After (never INTERNAL),
// /readyz fails, and the server brings the database back and serves again by itself.
func TestServerSurvivesItsDatabase(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)
	srv := startServer(t, b40Env(dir, "B40_DEMO=1"))
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()

	var mu sync.Mutex
	codes := map[string]int{}
	sawRetryAfter := false
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for n := 0; n < 20000 && ctx.Err() == nil; n++ {
				a, err := srv.tryQuery("", `{ cities(first: 3) { totalCount } }`, nil)
				mu.Lock()
				switch {
				case err != nil:
					codes["transport: "+err.Error()]++
				case a.code() != "":
					codes[a.code()]++
					if a.code() == "UNAVAILABLE" && a.Header.Get("Retry-After") != "" {
						sawRetryAfter = true
					}
				default:
					codes["ok"]++
				}
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		})
	}
	time.Sleep(300 * time.Millisecond)
	if err := syscall.Kill(postmasterPID(t, dir), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	sawDown := false
	for ctx.Err() == nil {
		code, _ := srv.ready()
		if code == 503 {
			sawDown = true
		}
		if sawDown && code == 200 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // some requests after the recovery
	cancel()
	wg.Wait()
	if !sawDown {
		t.Error("/readyz never reported the dead database")
	}
	if a := srv.query(t, "", `{ network { memberCount } }`, nil); a.code() != "" {
		t.Fatalf("after the restart: %s", a.Body)
	}
	for c, n := range codes {
		if c != "ok" && c != "UNAVAILABLE" {
			t.Errorf("%d answers were %s", n, c)
		}
	}
	if codes["UNAVAILABLE"] == 0 || !sawRetryAfter {
		t.Errorf("no UNAVAILABLE answer with Retry-After while the database was down: %v", codes)
	}
	if !strings.Contains(srv.logs.String(), "embedded postgres is back") {
		t.Errorf("the log does not say the database came back:\n%s", srv.logs.String())
	}
}

func postmasterPID(t *testing.T, dir string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "pgdata", "postmaster.pid"))
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.SplitN(string(b), "\n", 2)[0])
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// migrate down on a populated database undoes one migration at a time, says what it drops,
// and does nothing until told --yes.
func TestMigrateDownOnAPopulatedDatabase(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)
	if out, err := b40(t, b40Env(dir), "", "seed", "demo"); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	out, err := b40(t, b40Env(dir), "", "migrate", "down", "--to", "0000")
	if err == nil || !strings.Contains(out, "drops city (17 rows)") || !strings.Contains(out, "--yes") {
		t.Errorf("down to nothing without --yes: %v\n%s", err, out)
	}
	out, _ = b40(t, b40Env(dir), "", "migrate", "status")
	if strings.Contains(out, "pending") {
		t.Errorf("a refused rollback changed something:\n%s", out)
	}
	out, err = b40(t, b40Env(dir), "", "migrate", "down", "--yes")
	if err != nil || !strings.Contains(out, "rolled back 1 migration") {
		t.Errorf("down --yes: %v\n%s", err, out)
	}
	out, _ = b40(t, b40Env(dir), "", "migrate", "status")
	if strings.Count(out, "pending") != 1 {
		t.Errorf("after undoing one:\n%s", out)
	}
	if out, err := b40(t, b40Env(dir), "", "migrate", "up"); err != nil || !strings.Contains(out, "applied 1 migration") {
		t.Errorf("up again: %v\n%s", err, out)
	}
	if n := cities(t, dir); n != 17 {
		t.Errorf("cities after down and up: %d", n)
	}
}

// cities counts the cities in dir's database, as a guest-less owner for a moment.
func cities(t *testing.T, dir string) int {
	t.Helper()
	var n int
	withDB(t, dir, func(conn *pgx.Conn) {
		if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM city").Scan(&n); err != nil {
			t.Fatal(err)
		}
	})
	return n
}

func withDB(t *testing.T, dir string, fn func(*pgx.Conn)) {
	t.Helper()
	ctx := context.Background()
	pg, err := pgembed.Start(ctx, pgembed.Config{DataDir: dir, Ownership: pgembed.Shared})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Stop()
	conn, err := pgx.Connect(ctx, pg.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	fn(conn)
}

// An older binary meets a schema with migrations it does not know: it refuses to serve (and
// says why), its status lists them, and it serves read-only only when told to.
func TestOlderBinaryOnANewerSchema(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)
	if out, err := b40(t, b40Env(dir), "", "seed", "demo"); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	withDB(t, dir, func(conn *pgx.Conn) {
		if _, err := conn.Exec(context.Background(), `INSERT INTO bun_migrations (name, group_id, migrated_at)
			VALUES ('9999_from_the_future', 99, now())`); err != nil {
			t.Fatal(err)
		}
		// The future migration adds a column to every table.
		if _, err := conn.Exec(context.Background(), `DO $$
			DECLARE t text;
			BEGIN
				FOR t IN SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' LOOP
					EXECUTE 'ALTER TABLE ' || t || ' ADD COLUMN from_the_future text NOT NULL DEFAULT ''new''';
				END LOOP;
			END $$`); err != nil {
			t.Fatal(err)
		}
	})
	out, err := b40(t, b40Env(dir), "", "serve")
	if err == nil || !strings.Contains(out, "9999_from_the_future") || !strings.Contains(out, "B40_ALLOW_NEWER_SCHEMA") {
		t.Errorf("serve on a newer schema: %v\n%s", err, out)
	}
	if out, _ := b40(t, b40Env(dir), "", "migrate", "status"); !strings.Contains(out, "9999_from_the_future\tapplied") || !strings.Contains(out, "UNKNOWN") {
		t.Errorf("status hides the unknown migration:\n%s", out)
	}
	if out, err := b40(t, b40Env(dir), "", "migrate", "down", "--yes"); err == nil {
		t.Errorf("an older binary rolled back a newer schema:\n%s", out)
	}
	srv := startServer(t, b40Env(dir, "B40_ALLOW_NEWER_SCHEMA=1"))
	if code, body := srv.ready(); code != 200 || !strings.Contains(body, "read-only") {
		t.Errorf("readyz read-only: %d %s", code, body)
	}
	// Signing in writes a session, not domain data: it works read-only, and so does signing out.
	token := srv.login(t, "editor@tirana.b40.demo", "b40-demo-password")
	for _, q := range newerSchemaReads {
		for _, who := range []string{"", token} {
			if a := srv.query(t, who, q, nil); len(a.Errors) > 0 {
				t.Errorf("read (signed in: %v) on a schema with columns this binary does not know: %s\n%s", who != "", q, a.Body)
			}
		}
	}
	var tirana struct{ City struct{ ID string } }
	_ = json.Unmarshal(srv.query(t, "", `{ city(slug: "tirana") { id } }`, nil).Data, &tirana)
	a := srv.query(t, token, `mutation($c: ID!) { createPractice(input: {cityId: $c, title: "t", summary: "s",
		body: [{locale: "en", text: "b"}]}) { practice { id } } }`, map[string]any{"c": tirana.City.ID})
	if a.code() != "READ_ONLY" {
		t.Errorf("a domain mutation on a read-only server: %s", a.Body)
	}
	if a := srv.query(t, token, `mutation { logout(input: {}) { ok } }`, nil); len(a.Errors) > 0 || !strings.Contains(string(a.Data), "true") {
		t.Errorf("logout on a read-only server: %s", a.Body)
	}
	if a := srv.query(t, token, `{ viewer { user { email } } }`, nil); strings.Contains(a.Body, "editor@tirana") {
		t.Errorf("a session after logout: %s", a.Body)
	}
}

// newerSchemaReads read every kind of row the app shows.
var newerSchemaReads = []string{
	`{ network { name memberCount secretariatCity { name } currentPresidency { id } } }`,
	`{ cities(first: 50) { totalCount edges { node { id name slug isFoundingMember population workingGroups { slug }
		delegations { id } presidencyTerms { id } practices(first: 5) { totalCount edges { node { id title body { text }
		workingGroups { slug } } } } proposals(first: 5) { totalCount edges { node { id title } } }
		implementations(first: 5) { totalCount edges { node { id } } } } } } }`,
	`{ city(slug: "tirana") { name practices(first: 20) { edges { node { title city { name } } } } } }`,
	`{ summits(first: 20) { edges { node { title hostCity { name } delegations { id } election { id } } } } }`,
	`{ presidencyTerms(first: 20) { edges { node { id } } } }`,
	`{ workingGroups(first: 20) { edges { node { slug name { text } members { city { name } } meetings(first: 5) { edges { node { id } } }
		lastRegularMeetingOn meetingRequests { id } } } } }`,
	`{ viewer { user { email } memberships { city { name } } networkRoles can { editCityIds } apiTokens { id } } }`,
}

// backup while serving, restore into an empty data dir: row counts, sign-ins, sessions and
// idempotent answers all survive the round trip.
func TestBackupAndRestoreRoundTrip(t *testing.T) {
	t.Parallel()
	dirA, dirB := dataDir(t), dataDir(t)
	file := filepath.Join(filepath.Dir(dirA), "b40.dump")
	srv := startServer(t, b40Env(dirA, "B40_DEMO=1"))
	token := srv.login(t, "editor@tirana.b40.demo", "b40-demo-password")
	create := `mutation($k: String!) { createPractice(input: {cityId: $c, title: "Backed-up practice", summary: "s",
		body: [{locale: "en", text: "b"}], idempotencyKey: $k}) { practice { id } userErrors { message } } }`
	var tirana struct{ City struct{ ID string } }
	_ = json.Unmarshal(srv.query(t, "", `{ city(slug: "tirana") { id } }`, nil).Data, &tirana)
	create = strings.Replace(create, "$c", `"`+tirana.City.ID+`"`, 1)
	first := srv.query(t, token, create, map[string]any{"k": "round-trip-key"})
	if first.code() != "" || !strings.Contains(string(first.Data), `"id"`) {
		t.Fatalf("create: %s", first.Body)
	}
	out, err := b40(t, b40Env(dirA), "", "backup", file)
	if err != nil || !regexp.MustCompile(`backup: \d+/\d+ tables`).MatchString(out) {
		t.Fatalf("backup while serving: %v\n%s", err, out)
	}
	srv.stop()
	before := rowCounts(t, dirA)

	if out, err := b40(t, b40Env(dirB), "", "restore", file); err != nil || !strings.Contains(out, "restore: done") {
		t.Fatalf("restore: %v\n%s", err, out)
	}
	if out, err := b40(t, b40Env(dirB), "", "restore", file); err == nil || !strings.Contains(out, "not empty") {
		t.Errorf("restore over a restored database: %v\n%s", err, out)
	}
	after := rowCounts(t, dirB)
	for table, n := range before {
		if after[table] != n {
			t.Errorf("%s: %d rows before, %d after", table, n, after[table])
		}
	}
	if len(before) < 20 || len(after) != len(before) {
		t.Errorf("%d tables before, %d after", len(before), len(after))
	}
	restored := startServer(t, b40Env(dirB))
	if a := restored.query(t, token, `{ viewer { user { email } } }`, nil); !strings.Contains(string(a.Data), "editor@tirana.b40.demo") {
		t.Errorf("the session did not survive: %s", a.Body)
	}
	restored.login(t, "secretariat@b40.demo", "b40-demo-password")
	again := restored.query(t, token, create, map[string]any{"k": "round-trip-key"})
	if string(again.Data) != string(first.Data) {
		t.Errorf("the idempotent answer changed: %s, then %s", first.Data, again.Data)
	}
}

// rowCounts counts every table's rows in dir's database.
func rowCounts(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	counts := map[string]int64{}
	withDB(t, dir, func(conn *pgx.Conn) {
		ctx := context.Background()
		rows, err := conn.Query(ctx, `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
			WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`)
		if err != nil {
			t.Fatal(err)
		}
		names, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			var n int64
			q := "SELECT count(*) FROM " + name
			if name == "public.river_job" {
				// The periodic scans (digests, reminders) are enqueued by a serving process on its
				// own clock, possibly after a backup it serves through: the other jobs must match.
				q += " WHERE queue <> 'schedule'"
			}
			if err := conn.QueryRow(ctx, q).Scan(&n); err != nil {
				t.Fatal(err)
			}
			counts[name] = n
		}
	})
	return counts
}

// A taken port is noticed before anything is started, migrated or seeded.
func TestTakenPortIsNoticedFirst(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := dataDir(t)
	out, err := b40(t, b40Env(dir, "B40_ADDR="+ln.Addr().String(), "B40_DEMO=1"), "", "serve")
	if err == nil || !strings.Contains(out, "B40_ADDR") {
		t.Errorf("serve on a taken port: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "pgdata")); err == nil {
		t.Error("the database was initialised before the port was checked")
	}
}

// With an external DATABASE_URL: a wrong password fails the start at once, saying what to
// check; a database that goes away is UNAVAILABLE, and the server reconnects when it returns.
func TestExternalDatabaseGoesAndComesBack(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pgDir := dataDir(t)
	pg, err := pgembed.Start(ctx, pgembed.Config{DataDir: pgDir})
	if err != nil {
		t.Fatal(err)
	}
	port := pg.Port()
	wrong := strings.Replace(pg.URL(), "postgres://b40:", "postgres://b40:wrong", 1)
	out, err := b40(t, b40Env(dataDir(t), "DATABASE_URL="+wrong), "", "serve")
	if err == nil || !strings.Contains(out, "check the user and password in DATABASE_URL") {
		t.Errorf("a wrong password: %v\n%s", err, out)
	}

	srv := startServer(t, b40Env(dataDir(t), "DATABASE_URL="+pg.URL(), "B40_DEMO=1"))
	if err := pg.Stop(); err != nil {
		t.Fatal(err)
	}
	a := srv.query(t, "", `{ cities(first: 2) { totalCount } }`, nil)
	if a.code() != "UNAVAILABLE" || a.Header.Get("Retry-After") == "" {
		t.Errorf("with the database gone: %d %v %s", a.Status, a.Header, a.Body)
	}
	if code, _ := srv.ready(); code != 503 {
		t.Errorf("readyz with the database gone: %d", code)
	}
	pg, err = pgembed.Start(ctx, pgembed.Config{DataDir: pgDir, Port: port})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Stop()
	if a := srv.query(t, "", `{ cities(first: 2) { totalCount } }`, nil); a.code() != "" {
		t.Errorf("after the database came back: %s", a.Body)
	}
}

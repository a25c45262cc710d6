// Package testdb gives each test its own PostgreSQL database, cloned from a migrated template
// (pgtestdb), on one PostgreSQL per test run: the one in B40_TEST_DATABASE_URL (set by
// `make test`), else one this package starts from the machine's binaries.
package testdb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver pgtestdb opens
	"github.com/peterldowns/pgtestdb"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/pgembed"
	"github.com/b40-network/workspace/migrations"
)

// EnvURL names a superuser URL of a running PostgreSQL to use instead of starting one.
const EnvURL = "B40_TEST_DATABASE_URL"

var (
	serverURL string
	embedded  *pgembed.Server
	tmpDir    string
)

// Main wraps testing.M.Run: it finds or starts the test PostgreSQL and stops it afterwards.
func Main(m *testing.M) {
	code := func() int {
		if err := setup(); err != nil {
			fmt.Fprintln(os.Stderr, "testdb:", err)
			return 1
		}
		defer teardown()
		return m.Run()
	}()
	os.Exit(code)
}

func setup() error {
	if u := os.Getenv(EnvURL); u != "" {
		serverURL = u
		return nil
	}
	var err error
	tmpDir, err = os.MkdirTemp("", "b40-test-pg-")
	if err != nil {
		return err
	}
	if err := os.Chmod(tmpDir, 0o755); err != nil {
		return err
	}
	embedded, err = pgembed.Start(context.Background(), pgembed.Config{DataDir: tmpDir})
	if err != nil {
		return err
	}
	serverURL = embedded.AdminURL()
	return nil
}

func teardown() {
	if embedded != nil {
		_ = embedded.Stop()
	}
	if tmpDir != "" {
		_ = os.RemoveAll(tmpDir)
	}
}

// ServerURL is the superuser URL of the test PostgreSQL.
func ServerURL() string { return serverURL }

// TestRole is a non-superuser owner, like a production DATABASE_URL should be: it proves that
// migrations need no superuser and that forced RLS holds for the owner's application role.
var TestRole = pgtestdb.Role{Username: "b40_test_owner", Password: "b40-test-owner", Capabilities: "NOSUPERUSER NOCREATEDB CREATEROLE"}

func config() pgtestdb.Config {
	u, err := url.Parse(serverURL)
	if err != nil {
		panic(err)
	}
	pw, _ := u.User.Password()
	role := TestRole
	return pgtestdb.Config{
		DriverName: "pgx", Host: u.Hostname(), Port: u.Port(), User: u.User.Username(), Password: pw,
		Database: "postgres", Options: "sslmode=disable", TestRole: &role, ForceTerminateConnections: true,
	}
}

// New returns a bun.DB on a fresh, fully migrated database owned by TestRole.
func New(t testing.TB) *bun.DB {
	t.Helper()
	cfg := pgtestdb.Custom(t, config(), migrator{})
	d, err := db.Open(context.Background(), cfg.URL(), db.Options{MaxOpenConns: 10})
	if err != nil {
		t.Fatalf("open test database: %v", err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

// NewEmpty returns the URL of a fresh database with no migrations applied.
func NewEmpty(t testing.TB) string {
	t.Helper()
	return pgtestdb.Custom(t, config(), pgtestdb.NoopMigrator{}).URL()
}

// migrator builds pgtestdb's template with the project's own migrations.
type migrator struct{}

var hashOnce = sync.OnceValues(func() (string, error) {
	h := sha256.New()
	err := fs.WalkDir(migrations.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(migrations.FS(), p)
		h.Write([]byte(p))
		h.Write(b)
		return err
	})
	return hex.EncodeToString(h.Sum(nil)), err
})

func (migrator) Hash() (string, error) { return hashOnce() }

func (migrator) Migrate(ctx context.Context, sqldb *sql.DB, _ pgtestdb.Config) error {
	d := bun.NewDB(sqldb, pgdialect.New())
	_, err := db.MigrateUp(ctx, d)
	return err
}

// NewAsSuperuser is New connected as the cluster's superuser, as a careless DATABASE_URL
// would be: the scoped transactions must hold row-level security even then.
func NewAsSuperuser(t testing.TB) *bun.DB {
	t.Helper()
	cfg := pgtestdb.Custom(t, config(), migrator{})
	admin, err := url.Parse(serverURL)
	if err != nil {
		t.Fatal(err)
	}
	pw, _ := admin.User.Password()
	cfg.User, cfg.Password = admin.User.Username(), pw
	d, err := db.Open(context.Background(), cfg.URL(), db.Options{MaxOpenConns: 4})
	if err != nil {
		t.Fatalf("open as superuser: %v", err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

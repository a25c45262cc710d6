// Package backup takes and restores backups of the database with PostgreSQL's own tools:
// pg_dump's custom format (online and consistent: one snapshot for the whole dump) and
// pg_restore into an empty database, in one transaction.
package backup

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
)

// Backup writes a custom-format dump of the database at url to file, reporting progress to
// progress. The file appears only when the dump is complete.
func Backup(ctx context.Context, binDir, dbURL, file string, d *bun.DB, progress io.Writer) error {
	var tables int
	if err := d.NewRaw("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename <> 'river_leader'").Scan(ctx, &tables); err != nil {
		return err
	}
	tmp := file + ".partial"
	// River's leader row is the lease of a process that is running now, not data: restored, it
	// would name a leader that does not exist (its table, UNLOGGED, is kept, empty).
	cmd := pgTool(ctx, binDir, "pg_dump", dbURL, "--format=custom", "--verbose", "--exclude-table-data=public.river_leader", "--file", tmp)
	n := 0
	dumping := regexp.MustCompile(`dumping contents of table "([^"]+)"`)
	if err := runReporting(cmd, func(line string) {
		if m := dumping.FindStringSubmatch(line); m != nil {
			n++
			fmt.Fprintf(progress, "backup: %d/%d tables (%s)\n", n, tables, m[1])
		}
	}); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("pg_dump: %w", err)
	}
	if err := os.Rename(tmp, file); err != nil {
		return err
	}
	st, _ := os.Stat(file)
	fmt.Fprintf(progress, "backup: %s written, %d tables, %d bytes\n", file, n, st.Size())
	return nil
}

// ErrNotEmpty: restore goes only into an empty database.
var ErrNotEmpty = errors.New("the database is not empty: restore into an empty data dir or database")

// Restore loads file into the empty database at url, whose owner's pool is d: it first
// re-creates the roles the schema's grants and policies name, restores in one transaction
// (all or nothing), and gives the restoring owner the owner's row access that policies grant
// by name. Migrating forward is the caller's next step.
func Restore(ctx context.Context, binDir, dbURL, file string, d *bun.DB, progress io.Writer) error {
	if _, err := os.Stat(file); err != nil {
		return err
	}
	var tables int
	if err := d.NewRaw("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')").Scan(ctx, &tables); err != nil {
		return err
	}
	if tables > 0 {
		return fmt.Errorf("%w (it has %d tables)", ErrNotEmpty, tables)
	}
	roles, err := rolesNamed(ctx, binDir, file)
	if err != nil {
		return err
	}
	for _, r := range roles {
		if err := ensureRole(ctx, d, r); err != nil {
			return err
		}
	}
	cmd := pgTool(ctx, binDir, "pg_restore", dbURL, "--verbose", "--exit-on-error", "--single-transaction", "--no-owner", file)
	n := 0
	if err := runReporting(cmd, func(line string) {
		if strings.Contains(line, "processing data for table") {
			n++
			fmt.Fprintf(progress, "restore: %d tables loaded (%s)\n", n, strings.TrimSpace(line[strings.LastIndex(line, "table")+5:]))
		}
	}); err != nil {
		return fmt.Errorf("pg_restore (nothing was restored): %w", err)
	}
	if err := ownRows(ctx, d); err != nil {
		return err
	}
	fmt.Fprintf(progress, "restore: %s loaded, %d tables with data\n", file, n)
	return nil
}

// policyRoleRE finds the roles policies and grants name in a dump's SQL.
var policyRoleRE = regexp.MustCompile(`(?m)^(?:CREATE POLICY [^\n]* TO |GRANT [^\n]* TO )([a-z_][a-z0-9_]*)`)

// rolesNamed lists the roles the dump's policies and grants name (b40_app, the old owner).
func rolesNamed(ctx context.Context, binDir, file string) ([]string, error) {
	out, err := exec.CommandContext(ctx, filepath.Join(binDir, "pg_restore"), "--schema-only", "--file", "-", file).Output()
	if err != nil {
		return nil, fmt.Errorf("read the backup: %w", err)
	}
	seen := map[string]bool{}
	var roles []string
	for _, m := range policyRoleRE.FindAllStringSubmatch(string(out), -1) {
		if r := m[1]; !seen[r] && r != "public" {
			seen[r] = true
			roles = append(roles, r)
		}
	}
	return roles, nil
}

// ensureRole creates a role that grants name, powerless; b40_app gets its own attributes.
func ensureRole(ctx context.Context, d *bun.DB, name string) error {
	var exists bool
	if err := d.NewRaw("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)", name).Scan(ctx, &exists); err != nil || exists {
		return err
	}
	if _, err := d.ExecContext(ctx, "CREATE ROLE "+pgx.Identifier{name}.Sanitize()+" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT"); err != nil {
		return fmt.Errorf("create role %s: %w", name, err)
	}
	if name == db.AppRole {
		_, err := d.ExecContext(ctx, "GRANT "+db.AppRole+" TO CURRENT_USER")
		return err
	}
	return nil
}

// ownRows gives the restoring owner the full-access policy the old owner had by name, on every
// table with forced row-level security (the CLI and seeds read and write as the owner).
func ownRows(ctx context.Context, d *bun.DB) error {
	var tables []string
	if err := d.NewRaw(`SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relforcerowsecurity AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
			AND (SELECT oid FROM pg_roles WHERE rolname = current_user) = ANY (p.polroles))`).Scan(ctx, &tables); err != nil {
		return err
	}
	for _, t := range tables {
		if _, err := d.ExecContext(ctx, "CREATE POLICY owner_all_restored ON "+t+" TO CURRENT_USER USING (true) WITH CHECK (true)"); err != nil {
			return err
		}
	}
	return nil
}

// pgTool runs one of PostgreSQL's tools against url, the password passed in the environment
// (a command line is visible to every user of the machine).
func pgTool(ctx context.Context, binDir, tool, rawURL string, args ...string) *exec.Cmd {
	env := os.Environ()
	if u, err := url.Parse(rawURL); err == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok {
			env = append(env, "PGPASSWORD="+pw)
			u.User = url.User(u.User.Username())
			rawURL = u.String()
		}
	}
	cmd := exec.CommandContext(ctx, filepath.Join(binDir, tool), append([]string{"--dbname", rawURL}, args...)...)
	cmd.Env = env
	return cmd
}

// runReporting runs cmd, passing each line it writes to stderr to line, and returns its
// failure with the last lines it wrote.
func runReporting(cmd *exec.Cmd, line func(string)) error {
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	var last []string
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		l := sc.Text()
		line(l)
		if last = append(last, l); len(last) > 3 {
			last = last[1:]
		}
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("%v: %s", err, strings.Join(last, " | "))
	}
	return nil
}

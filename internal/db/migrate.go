package db

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strings"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"

	"github.com/b40-network/workspace/migrations"
)

// migrationLockKey serialises migrations across processes (several servers starting at once).
const migrationLockKey = 0x6234305f6d6967 // "b40_mig"

func newMigrator(d *bun.DB) (*migrate.Migrator, error) {
	ms, err := migrations.New()
	if err != nil {
		return nil, err
	}
	return migrate.NewMigrator(d, ms, migrate.WithMarkAppliedOnSuccess(true)), nil
}

// withLock runs fn while holding a session advisory lock on a dedicated connection.
func withLock(ctx context.Context, d *bun.DB, fn func(*migrate.Migrator) error) error {
	m, err := newMigrator(d)
	if err != nil {
		return err
	}
	conn, err := d.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock(?)", migrationLockKey); err != nil {
		return fmt.Errorf("lock migrations: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock(?)", migrationLockKey) //nolint:errcheck
	if err := m.Init(ctx); err != nil {
		return fmt.Errorf("init migrations: %w", err)
	}
	return fn(m)
}

// MigrateUp applies every pending migration; it returns how many ran.
func MigrateUp(ctx context.Context, d *bun.DB) (int, error) { return MigrateUpWith(ctx, d, nil) }

// MigrateUpWith applies every pending migration, one at a time, telling progress about each as
// it finishes. It refuses a database that has migrations this binary does not know.
func MigrateUpWith(ctx context.Context, d *bun.DB, progress func(name string, took time.Duration)) (int, error) {
	var n int
	err := withLock(ctx, d, func(m *migrate.Migrator) error {
		if err := refuseUnknown(ctx, m); err != nil {
			return err
		}
		ms, err := m.MigrationsWithStatus(ctx)
		if err != nil {
			return err
		}
		group := ms.LastGroupID() + 1
		for _, mg := range ms.Unapplied() {
			began := time.Now()
			mg.GroupID = group
			if mg.Up != nil {
				if err := mg.Up(ctx, m, &mg); err != nil {
					return fmt.Errorf("%s: up: %w", label(mg), err)
				}
			}
			if err := m.MarkApplied(ctx, &mg); err != nil {
				return err
			}
			n++
			if progress != nil {
				progress(label(mg), time.Since(began))
			}
		}
		return nil
	})
	return n, err
}

// refuseUnknown stops a binary from migrating a schema that a newer one has migrated.
func refuseUnknown(ctx context.Context, m *migrate.Migrator) error {
	missing, err := m.MissingMigrations(ctx)
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %s", ErrUnknownMigrations, missing)
	}
	return nil
}

// DownStep is one migration a rollback would undo, and the rows of what it drops.
type DownStep struct {
	Name  string
	Drops []TableRows
}

// TableRows is a table that a rollback drops and how many rows it holds now.
type TableRows struct {
	Table string
	Rows  int64
}

// referenceTables hold only what the migrations themselves insert.
var referenceTables = map[string]bool{"country": true, "network": true, "network_eligible_country": true}

// LosesData reports whether the plan drops any row that is not reference data.
func LosesData(plan []DownStep) bool {
	for _, st := range plan {
		for _, t := range st.Drops {
			if t.Rows > 0 && !referenceTables[t.Table] {
				return true
			}
		}
	}
	return false
}

// ErrUnknownMigrations: the database has applied migrations this binary does not know.
var ErrUnknownMigrations = errors.New("the database has migrations this binary does not know (a newer binary applied them)")

// MigrateDown undoes the last applied migration, or, with to set ("0003" or
// "0003_governance"), every applied migration after that one. confirm sees the plan before
// anything runs and may refuse it. It returns how many migrations it undid.
func MigrateDown(ctx context.Context, d *bun.DB, to string, confirm func([]DownStep) error) (int, error) {
	var n int
	err := withLock(ctx, d, func(m *migrate.Migrator) error {
		if err := refuseUnknown(ctx, m); err != nil {
			return err
		}
		ms, err := m.MigrationsWithStatus(ctx)
		if err != nil {
			return err
		}
		var undo []*migrate.Migration
		applied := ms.Applied() // newest first
		for i := range applied {
			mg := &applied[i]
			if to == "" && len(undo) == 1 {
				break
			}
			if to != "" && mg.Name <= strings.SplitN(to, "_", 2)[0] {
				break
			}
			undo = append(undo, mg)
		}
		plan := make([]DownStep, len(undo))
		for i, mg := range undo {
			if plan[i], err = downStep(ctx, d, mg); err != nil {
				return err
			}
		}
		if len(undo) == 0 {
			return nil
		}
		if confirm != nil {
			if err := confirm(plan); err != nil {
				return err
			}
		}
		for _, mg := range undo {
			if mg.Down != nil {
				if err := mg.Down(ctx, m, mg); err != nil {
					return fmt.Errorf("%s: down: %w", mg.Name, err)
				}
			}
			if err := m.MarkUnapplied(ctx, mg); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

var (
	dropTableRE  = regexp.MustCompile(`(?is)DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?([^;]+);`)
	dropSchemaRE = regexp.MustCompile(`(?is)DROP\s+SCHEMA\s+(?:IF\s+EXISTS\s+)?([a-z_0-9]+)`)
)

// downStep reads what a migration's down file drops, and counts those tables' rows.
func downStep(ctx context.Context, d *bun.DB, mg *migrate.Migration) (DownStep, error) {
	st := DownStep{Name: label(*mg)}
	sqlText, err := fs.ReadFile(migrations.FS(), mg.Name+"_"+mg.Comment+".tx.down.sql")
	if err != nil {
		return st, nil // no down file: nothing to list
	}
	var tables []string
	for _, m := range dropTableRE.FindAllStringSubmatch(string(sqlText), -1) {
		for _, t := range strings.Split(m[1], ",") {
			if t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), " CASCADE")); t != "" {
				tables = append(tables, t)
			}
		}
	}
	for _, m := range dropSchemaRE.FindAllStringSubmatch(string(sqlText), -1) {
		var inSchema []string
		if err := d.NewRaw("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = ?", m[1]).Scan(ctx, &inSchema); err != nil {
			return st, err
		}
		tables = append(tables, inSchema...)
	}
	for _, t := range tables {
		var exists bool
		if err := d.NewRaw("SELECT to_regclass(?) IS NOT NULL", t).Scan(ctx, &exists); err != nil || !exists {
			continue
		}
		var rows int64
		if err := d.NewRaw("SELECT count(*) FROM "+pgIdent(t)).Scan(ctx, &rows); err != nil {
			return st, err
		}
		st.Drops = append(st.Drops, TableRows{Table: t, Rows: rows})
	}
	return st, nil
}

// pgIdent quotes a possibly schema-qualified name read from our own migration files.
func pgIdent(name string) string {
	parts := strings.Split(name, ".")
	for i, p := range parts {
		parts[i] = `"` + strings.ReplaceAll(p, `"`, `""`) + `"`
	}
	return strings.Join(parts, ".")
}

// MigrateDownAll rolls back every migration (tests: up, down, up).
func MigrateDownAll(ctx context.Context, d *bun.DB) error {
	_, err := MigrateDown(ctx, d, "0000", nil)
	return err
}

// UnknownMigrations lists applied migrations this binary does not know: the schema is newer.
func UnknownMigrations(ctx context.Context, d *bun.DB) ([]string, error) {
	var exists bool
	if err := d.NewRaw("SELECT to_regclass('bun_migrations') IS NOT NULL").Scan(ctx, &exists); err != nil || !exists {
		return nil, err
	}
	m, err := newMigrator(d)
	if err != nil {
		return nil, err
	}
	missing, err := m.MissingMigrations(ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, mg := range missing {
		names = append(names, label(mg))
	}
	return names, nil
}

// label is a migration's file name stem (0003_governance); an unknown one is only its name.
func label(mg migrate.Migration) string {
	if mg.Comment == "" {
		return mg.Name
	}
	return mg.Name + "_" + mg.Comment
}

// Pending reports the migrations not yet applied; /readyz is ready only when it is empty.
func Pending(ctx context.Context, d *bun.DB) ([]string, error) {
	m, err := newMigrator(d)
	if err != nil {
		return nil, err
	}
	var exists bool
	if err := d.NewRaw("SELECT to_regclass('bun_migrations') IS NOT NULL").Scan(ctx, &exists); err != nil {
		return nil, err
	}
	ms, err := migrations.New()
	if err != nil {
		return nil, err
	}
	if !exists {
		var all []string
		for _, mg := range ms.Sorted() {
			all = append(all, mg.Name)
		}
		return all, nil
	}
	status, err := m.MigrationsWithStatus(ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, mg := range status.Unapplied() {
		names = append(names, mg.Name)
	}
	return names, nil
}

// PrintStatus writes one line per migration.
func PrintStatus(ctx context.Context, d *bun.DB, w io.Writer) error {
	return withLock(ctx, d, func(m *migrate.Migrator) error {
		ms, err := m.MigrationsWithStatus(ctx)
		if err != nil {
			return err
		}
		for _, mg := range ms {
			state := "pending"
			if mg.IsApplied() {
				state = "applied " + mg.MigratedAt.Format("2006-01-02 15:04:05")
			}
			fmt.Fprintf(w, "%s_%s\t%s\n", mg.Name, mg.Comment, state)
		}
		missing, err := m.MissingMigrations(ctx)
		if err != nil {
			return err
		}
		for i := len(missing) - 1; i >= 0; i-- {
			mg := missing[i]
			fmt.Fprintf(w, "%s\tapplied %s, UNKNOWN to this binary (the schema is newer: upgrade b40)\n",
				label(mg), mg.MigratedAt.Format("2006-01-02 15:04:05"))
		}
		return nil
	})
}

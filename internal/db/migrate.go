package db

import (
	"context"
	"fmt"
	"io"

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
func MigrateUp(ctx context.Context, d *bun.DB) (int, error) {
	var n int
	err := withLock(ctx, d, func(m *migrate.Migrator) error {
		group, err := m.Migrate(ctx)
		if group != nil {
			n = len(group.Migrations)
		}
		return err
	})
	return n, err
}

// MigrateDown rolls back the last applied group of migrations.
func MigrateDown(ctx context.Context, d *bun.DB) (int, error) {
	var n int
	err := withLock(ctx, d, func(m *migrate.Migrator) error {
		group, err := m.Rollback(ctx)
		if group != nil {
			n = len(group.Migrations)
		}
		return err
	})
	return n, err
}

// MigrateDownAll rolls back every migration group.
func MigrateDownAll(ctx context.Context, d *bun.DB) error {
	for {
		n, err := MigrateDown(ctx, d)
		if err != nil || n == 0 {
			return err
		}
	}
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
		return nil
	})
}

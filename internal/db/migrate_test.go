package db_test

import (
	"context"
	"testing"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// Up, down, up on an empty database: every migration applies, rolls back and re-applies.
func TestMigrateUpDownUp(t *testing.T) {
	ctx := context.Background()
	d, err := db.Open(ctx, testdb.NewEmpty(t), db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()

	pending, err := db.Pending(ctx, d)
	if err != nil || len(pending) == 0 {
		t.Fatalf("fresh database: pending=%v err=%v", pending, err)
	}
	n, err := db.MigrateUp(ctx, d)
	if err != nil || n != len(pending) {
		t.Fatalf("up: ran %d of %d: %v", n, len(pending), err)
	}
	if p, _ := db.Pending(ctx, d); len(p) != 0 {
		t.Fatalf("after up, pending %v", p)
	}
	if err := db.MigrateDownAll(ctx, d); err != nil {
		t.Fatalf("down: %v", err)
	}
	var tables int
	if err := d.NewRaw("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'bun_%'").Scan(ctx, &tables); err != nil {
		t.Fatal(err)
	}
	if tables != 0 {
		t.Fatalf("down left %d tables", tables)
	}
	if _, err := db.MigrateUp(ctx, d); err != nil {
		t.Fatalf("second up: %v", err)
	}
	if n, err := db.MigrateUp(ctx, d); err != nil || n != 0 {
		t.Fatalf("up twice ran %d: %v", n, err)
	}
}

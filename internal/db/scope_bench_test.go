package db_test

import (
	"context"
	"testing"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/testdb"
)

// BenchmarkSimpleQuery prices the per-request scoped transaction: the same one-row query bare
// on the pool, and inside db.Read (BEGIN READ ONLY, one set_config round trip, the query,
// COMMIT: four round trips instead of one). Throughput is 1e9 / ns/op per second.
func BenchmarkSimpleQuery(b *testing.B) {
	d := testdb.New(b)
	ctx := context.Background()
	if _, err := d.ExecContext(ctx, "INSERT INTO city (slug, name, country) VALUES ('athens', 'Athens', 'GR')"); err != nil {
		b.Fatal(err)
	}
	scoped := db.NewContext(ctx, db.Scope{UserID: 1, CityIDs: []int64{1}, NetworkRole: ""})
	query := func(tx bun.IDB) error {
		var name string
		return tx.NewRaw("SELECT name FROM city WHERE slug = 'athens'").Scan(ctx, &name)
	}
	b.Run("bare", func(b *testing.B) {
		b.SetParallelism(4)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := query(d); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
	b.Run("scoped-transaction", func(b *testing.B) {
		b.SetParallelism(4)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := db.Read(scoped, d, func(tx bun.IDB) error { return query(tx) }); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// Package migrations holds the schema as SQL files, embedded into the binary so that
// `b40 migrate` and the embedded database need nothing from the working directory.
package migrations

import (
	"embed"

	"github.com/uptrace/bun/migrate"
)

//go:embed *.sql
var files embed.FS

// New returns the project's migrations in order.
func New() (*migrate.Migrations, error) {
	m := migrate.NewMigrations()
	if err := m.Discover(files); err != nil {
		return nil, err
	}
	return m, nil
}

// FS exposes the raw files, for hashing (test templates) and inspection.
func FS() embed.FS { return files }

// Newest names the newest migration the binary carries ("0008_accounts"), or "unknown".
func Newest() string {
	ms, err := New()
	if err != nil {
		return "unknown"
	}
	sorted := ms.Sorted()
	if len(sorted) == 0 {
		return "unknown"
	}
	last := sorted[len(sorted)-1]
	return last.Name + "_" + last.Comment
}

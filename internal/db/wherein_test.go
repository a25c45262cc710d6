package db

import (
	"database/sql"
	"strings"
	"testing"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

func TestWhereInTreatsAnEmptyFilterAsUnset(t *testing.T) {
	d := bun.NewDB(&sql.DB{}, pgdialect.New())
	base := func() *bun.SelectQuery { return d.NewSelect().Table("city").Column("id") }

	if got, want := WhereIn(base(), "city.country", []string{}).String(), base().String(); got != want {
		t.Fatalf("empty filter changed the query:\n got %s\nwant %s", got, want)
	}
	got := WhereIn(base(), "city.id", []int64{3, 5}).String()
	if !strings.Contains(got, "WHERE (city.id IN (3, 5))") {
		t.Fatalf("filter not applied: %s", got)
	}
}

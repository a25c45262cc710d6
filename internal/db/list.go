package db

import (
	"context"
	"reflect"
	"strings"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/page"
)

// List reads one page of T in the caller's scope: build returns the filtered query (it is
// called once for the page and once more, lazily, for totalCount).
func List[T any](ctx context.Context, d *bun.DB, args page.Args, key page.Key, values func(T) []any,
	build func(bun.IDB) *bun.SelectQuery) (*page.Connection[T], error) {
	req, err := args.Validate(key)
	if err != nil {
		return nil, err
	}
	// A first page of a Totaled model whose totalCount is read counts its rows in the same
	// statement: a window over the query before the page's limit (past a cursor the window
	// would count only the rows after it, so a cursor's page counts on its own).
	var zero T
	_, totaled := any(zero).(page.Totaled)
	withTotal := args.Total && totaled && args.After == nil && args.Before == nil
	fetch := build
	if withTotal {
		t := reflect.TypeFor[T]()
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		alias := string(d.Table(t).Alias)
		fetch = func(tx bun.IDB) *bun.SelectQuery {
			return tx.NewSelect().TableExpr("(?) AS "+alias, build(tx)).ColumnExpr(alias + ".*").ColumnExpr("count(*) OVER () AS " + page.TotalColumn)
		}
	}
	var conn *page.Connection[T]
	err = Read(ctx, d, func(tx bun.IDB) error {
		conn, err = page.Fetch(ctx, fetch(tx), req, key, values, runPrepared(tx))
		return err
	})
	if err != nil {
		return nil, err
	}
	if withTotal {
		total := 0
		if edges := conn.Edges(); len(edges) > 0 {
			total = any(edges[0].Node).(page.Totaled).PageTotal()
		}
		return conn.WithCount(func(context.Context) (int, error) { return total, nil }), nil
	}
	return conn.WithCount(func(ctx context.Context) (n int, err error) {
		err = Read(ctx, d, func(tx bun.IDB) error {
			n, err = Count(ctx, build(tx))
			return err
		})
		return n, err
	}), nil
}

// SelectArgs is Select for a query with real placeholders: build writes $1, $2, … into its SQL
// where args go (bun leaves them alone: its own placeholder is ?), so the statement's text is
// the same whatever the values (a loader's batch of keys, say) and PostgreSQL plans it once per
// connection.
func SelectArgs[T any](ctx context.Context, d *bun.DB, args []any, build func(bun.IDB) *bun.SelectQuery) ([]T, error) {
	var rows []T
	err := Read(ctx, d, func(tx bun.IDB) error { return runPrepared(tx)(ctx, build(tx), args, &rows) })
	return rows, err
}

// runPrepared runs a bun query whose text holds placeholders for args on h, scanning as bun does.
func runPrepared(h bun.IDB) page.Run {
	return func(ctx context.Context, q *bun.SelectQuery, args []any, dest any) error {
		text, err := q.AppendQuery(q.DB().QueryGen(), nil)
		if err != nil {
			return err
		}
		rows, err := queryPrepared(ctx, h, string(text), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		return q.DB().ScanRows(ctx, rows, dest)
	}
}

// Select runs build in the caller's scope and scans all rows.
func Select[T any](ctx context.Context, d *bun.DB, build func(bun.IDB) *bun.SelectQuery) ([]T, error) {
	var rows []T
	err := Read(ctx, d, func(tx bun.IDB) error { return build(tx).Scan(ctx, &rows) })
	return rows, err
}

// First is Select returning the first row, or the zero value.
func First[T any](ctx context.Context, d *bun.DB, build func(bun.IDB) *bun.SelectQuery) (T, error) {
	rows, err := Select[T](ctx, d, func(tx bun.IDB) *bun.SelectQuery { return build(tx).Limit(1) })
	var zero T
	if err != nil || len(rows) == 0 {
		return zero, err
	}
	return rows[0], nil
}

// WhereIn narrows q to rows whose col is one of vals; an empty vals means "any" (an unset
// filter), never "none".
func WhereIn[T any](q *bun.SelectQuery, col string, vals []T) *bun.SelectQuery {
	if len(vals) == 0 {
		return q
	}
	return q.Where(col+" IN (?)", bun.List(vals))
}

// Lit renders vocabulary constants as SQL string literals ('A', 'B'), for statements whose text
// names a status: the values are the domain's typed constants, never input, and the statement
// text stays the same from call to call.
func Lit[T ~string](vs ...T) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("'" + strings.ReplaceAll(string(v), "'", "''") + "'")
	}
	return b.String()
}

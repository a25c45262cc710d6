package db

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"reflect"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/uptrace/bun"
)

// Statements with real placeholders ($1, $2, …). bun writes arguments into the SQL text, so
// each value makes a new statement that PostgreSQL plans again (and row-level security makes
// planning dear) and that pgx prepares and later evicts; here the text stays the same from call
// to call, pgx's statement cache prepares it once per connection and PostgreSQL keeps its plan.
// They are counted like every bun statement.

// QueryText runs query on h and returns its rows' one text column. On a pool (or a connection)
// it reads through pgx itself: no database/sql rows, no goroutine watching the context.
func QueryText(ctx context.Context, h bun.IDB, query string, args ...any) ([]string, error) {
	var conn *sql.Conn
	switch x := h.(type) {
	case *bun.DB:
		c, err := x.DB.Conn(ctx)
		if err != nil {
			return nil, err
		}
		defer c.Close()
		conn = c
	case bun.Conn:
		conn = x.Conn
	default:
		return queryTextSQL(ctx, h, query, args...)
	}
	count(ctx, query)
	var out []string
	err := conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("db: the connection is not pgx's but %T", dc)
		}
		rows, err := c.Conn().Query(ctx, query, args...)
		if err != nil {
			return err
		}
		out, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	return out, err
}

func queryTextSQL(ctx context.Context, h bun.IDB, query string, args ...any) ([]string, error) {
	rows, err := queryPrepared(ctx, h, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SelectPrepared is Select for a statement with real placeholders: it reads in the caller's
// scope and scans the rows into T with bun, as Select does.
func SelectPrepared[T any](ctx context.Context, d *bun.DB, query string, args ...any) ([]T, error) {
	var out []T
	err := Read(ctx, d, func(h bun.IDB) (err error) {
		out, err = scanPrepared[T](ctx, d, h, query, args...)
		return err
	})
	return out, err
}

// QueryPrepared runs a statement with real placeholders on d as it is, outside any transaction
// and scope (the owner's look-ups before a request has a caller), and scans its rows into T.
func QueryPrepared[T any](ctx context.Context, d *bun.DB, query string, args ...any) ([]T, error) {
	return scanPrepared[T](ctx, d, d, query, args...)
}

func scanPrepared[T any](ctx context.Context, d *bun.DB, h bun.IDB, query string, args ...any) ([]T, error) {
	rows, err := queryPrepared(ctx, h, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	err = d.ScanRows(ctx, rows, &out)
	return out, err
}

// queryPrepared sends query and args as they are to the connection under h.
func queryPrepared(ctx context.Context, h bun.IDB, query string, args ...any) (*sql.Rows, error) {
	count(ctx, query)
	switch x := h.(type) {
	case *bun.DB:
		return x.DB.QueryContext(ctx, query, args...)
	case bun.Conn:
		return x.Conn.QueryContext(ctx, query, args...)
	case bun.Tx:
		return x.Tx.QueryContext(ctx, query, args...)
	}
	return nil, fmt.Errorf("db: a prepared statement on %T", h)
}

// count counts a data statement sent outside bun.
func count(ctx context.Context, query string) {
	if os.Getenv("B40_DEBUG_SQL") != "" {
		fmt.Fprintln(os.Stderr, "DEBUGSQL (prepared):", query[:min(len(query), 400)])
	}
	if c, ok := ctx.Value(counterKey{}).(*StatementCount); ok {
		c.All.Add(1)
		c.Data.Add(1)
	}
}

// Columns lists T's columns (as bun maps the model, scan-only fields aside) as alias.column,
// for a prepared statement whose rows scan into T.
func Columns[T any](d *bun.DB, alias string) string {
	t := d.Table(reflect.TypeFor[T]())
	cols := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		cols[i] = alias + "." + string(f.SQLName)
	}
	return strings.Join(cols, ", ")
}

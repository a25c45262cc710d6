package db

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/uptrace/bun"
)

// QueryText runs query with real placeholders ($1, $2, …) and args on the connection under h,
// and returns its rows' one text column. bun writes arguments into the SQL text, so each value
// makes a new statement that PostgreSQL plans again (and row-level security makes planning
// dear); here the text stays the same from call to call, pgx's statement cache prepares it
// once per connection and PostgreSQL can keep its plan. It is counted like every statement.
func QueryText(ctx context.Context, h bun.IDB, query string, args ...any) ([]string, error) {
	if c, ok := ctx.Value(counterKey{}).(*StatementCount); ok {
		c.All.Add(1)
		c.Data.Add(1)
	}
	var rows *sql.Rows
	var err error
	switch x := h.(type) {
	case *bun.DB:
		rows, err = x.DB.QueryContext(ctx, query, args...)
	case bun.Conn:
		rows, err = x.Conn.QueryContext(ctx, query, args...)
	case bun.Tx:
		rows, err = x.Tx.QueryContext(ctx, query, args...)
	default:
		return nil, fmt.Errorf("db: QueryText on %T", h)
	}
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

package db

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/uptrace/bun"
)

// ReadText runs one query whose rows are one text column, as Read with QueryText would, in
// fewer round trips: what the transaction needs around the query goes in the query's own round
// trip, as one pgx pipeline (Batch) on the connection.
//
//   - Opening a transaction (BEGIN READ ONLY and the scope) travels with the query.
//   - Ending it (COMMIT) travels with the query too when the query is the transaction's last:
//     always for a transaction of its own, and in an operation's read session when ctx is
//     marked by LastRead.
//
// A signed-in operation the nested reads answer whole is then one round trip, as the bare-Go
// floor is, instead of three (opening, query, COMMIT). The anonymous public on the request
// pool reads without a transaction, as Read does.
func ReadText(ctx context.Context, d *bun.DB, query string, args ...any) ([]string, error) {
	if _, public := publicPools.Load(d); public && FromContext(ctx).IsPublic() {
		return QueryText(ctx, d, query, args...)
	}
	if s, ok := ctx.Value(sessionKey{}).(*Session); ok && s != nil {
		if out, served, err := s.readText(ctx, d, query, args); served {
			return out, err
		}
	}
	conn, err := d.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	out, err := pipeline(ctx, conn.Conn, true, query, args, true)
	if err != nil {
		discardUnlessIdle(conn)
	}
	return out, err
}

type lastReadKey struct{}

// LastRead marks ctx: the ReadText it is given is its operation's last read, so the operation's
// read session ends its transaction in the same round trip. A read after it (the mark was
// wrong, or the read failed and resolvers answer instead) opens a new transaction: the mark
// saves a round trip and never changes an answer.
func LastRead(ctx context.Context) context.Context {
	return context.WithValue(ctx, lastReadKey{}, true)
}

// readText is ReadText in the session's transaction, opening it or ending it (LastRead) in the
// query's round trip.
func (s *Session) readText(ctx context.Context, d *bun.DB, query string, args []any) ([]string, bool, error) {
	if g := goid(); g != 0 && s.holder.Load() == g {
		// Inside a Read's fn: its transaction is open and its turn held.
		var out []string
		served, err := s.nested(ctx, d, func(tx bun.IDB) (err error) {
			out, err = QueryText(ctx, tx, query, args...)
			return err
		})
		return out, served, err
	}
	served, err := s.take(ctx, d)
	if !served || err != nil {
		return nil, served, err
	}
	defer func() { <-s.turn }()
	open := s.conn == nil
	if open {
		conn, err := d.Conn(ctx)
		if err != nil {
			return nil, true, err
		}
		s.opened(ctx, d, &conn)
	}
	last, _ := ctx.Value(lastReadKey{}).(bool)
	out, err := pipeline(ctx, s.conn.Conn, open, query, args, last)
	switch {
	case err != nil:
		s.end("ROLLBACK") // the transaction is aborted, or was never opened: end it either way
	case last:
		s.end("") // COMMIT went with the query
	}
	return out, true, err
}

// pipeline sends query on conn in one round trip, after BEGIN READ ONLY and the scope when
// open, and before COMMIT when commit. On an error the transaction may be open and aborted:
// the caller ends it.
func pipeline(ctx context.Context, conn *sql.Conn, open bool, query string, args []any, commit bool) ([]string, error) {
	count(ctx, query)
	if c, ok := ctx.Value(counterKey{}).(*StatementCount); ok {
		// Counted as Read counts them: the opening is one statement, COMMIT another.
		if open {
			c.All.Add(1)
		}
		if commit {
			c.All.Add(1)
		}
	}
	var out []string
	err := conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("db: the connection is not pgx's but %T", dc)
		}
		b := &pgx.Batch{}
		if open {
			b.Queue("BEGIN READ ONLY")
			b.Queue(setConfigPG, scopeArgs(ctx, FromContext(ctx), true)...)
		}
		b.Queue(query, args...)
		if commit {
			b.Queue("COMMIT")
		}
		res := c.Conn().SendBatch(ctx, b)
		err := func() error {
			if open {
				for range 2 {
					if _, err := res.Exec(); err != nil {
						return err
					}
				}
			}
			rows, err := res.Query()
			if err != nil {
				return err
			}
			if out, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
				return err
			}
			if commit {
				_, err = res.Exec()
			}
			return err
		}()
		if err != nil {
			_ = res.Close()
			return err
		}
		return res.Close()
	})
	return out, err
}

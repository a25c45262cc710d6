package db

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"github.com/uptrace/bun"
)

// ByKeys declares how a loader reads its rows by key; LoadByKeys (one row per key) and
// LoadGroupsByKeys (rows per key) run it. Every loader reads in the caller's scope (Read), so
// row-level security decides what a key finds and batching never widens visibility.
type ByKeys[K comparable, T any] struct {
	// Select is the statement without its key condition: model, columns, joins, grouping and
	// order; nil selects T's model (T a pointer to a bun model), all its columns, in no order.
	// Or SQL: a statement with real placeholders ending in WHERE, whose rows scan into T
	// (SelectPrepared).
	Select func(tx bun.IDB) *bun.SelectQuery
	SQL    string
	// Order orders the rows of T's model (nil Select) by these columns (bun's Order).
	Order []string
	// Cols are the key columns: one is matched with "col = ANY($1)"; several (bigint columns)
	// as a tuple, "(a, b) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[]))". Either way
	// the statement's text is the same whatever the keys.
	Cols []string
	// Args are the keys as the condition's arguments, one array per column; nil passes the keys
	// themselves as the one array.
	Args func(keys []K) []any
	// Key is a row's key.
	Key func(T) K
}

// where is the key condition.
func (b ByKeys[K, T]) where() string {
	if len(b.Cols) == 1 {
		return b.Cols[0] + " = ANY($1)"
	}
	arrays := make([]string, len(b.Cols))
	for i := range b.Cols {
		arrays[i] = "$" + strconv.Itoa(i+1) + "::bigint[]"
	}
	return "(" + strings.Join(b.Cols, ", ") + ") IN (SELECT * FROM unnest(" + strings.Join(arrays, ", ") + "))"
}

// rows reads the rows of keys, in one statement.
func (b ByKeys[K, T]) rows(ctx context.Context, d *bun.DB, keys []K) ([]T, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := []any{keys}
	if b.Args != nil {
		args = b.Args(keys)
	}
	if b.SQL != "" {
		return SelectPrepared[T](ctx, d, b.SQL+b.where(), args...)
	}
	sel := b.Select
	if sel == nil {
		sel = func(tx bun.IDB) *bun.SelectQuery {
			var model T // a typed nil pointer: bun reads the model from its type
			q := tx.NewSelect().Model(model)
			if len(b.Order) > 0 {
				q = q.Order(b.Order...)
			}
			return q
		}
	}
	return SelectArgs[T](ctx, d, args, func(tx bun.IDB) *bun.SelectQuery { return sel(tx).Where(b.where()) })
}

// LoadByKeys is a loader's batch function for one row per key: the rows of keys in one
// statement, in the order of keys (OrderByKeys: a key without a row, missing or hidden from the
// caller, gets nil and no error; of several rows of one key, the last; a failed statement is
// every key's error).
func LoadByKeys[K comparable, T any](ctx context.Context, d *bun.DB, b ByKeys[K, T], keys []K) ([]T, []error) {
	rows, err := b.rows(ctx, d, keys)
	return OrderByKeys(keys, rows, err, b.Key)
}

// LoadGroupsByKeys is a loader's batch function for rows per key: the rows of keys in one
// statement, one slice per key in the statement's order (GroupByKeys).
func LoadGroupsByKeys[K comparable, T any](ctx context.Context, d *bun.DB, b ByKeys[K, T], keys []K) ([][]T, []error) {
	rows, err := b.rows(ctx, d, keys)
	return GroupByKeys(keys, rows, err, b.Key)
}

// OrderByKeys arranges rows in the order of keys, as dataloaders need: one result and one
// error per key. A key without a row gets nil and no error: missing and invisible are nil, the
// same convention as First.
func OrderByKeys[K comparable, T any](keys []K, rows []T, err error, keyOf func(T) K) ([]T, []error) {
	out := make([]T, len(keys))
	errs := make([]error, len(keys))
	if err != nil {
		for i := range errs {
			errs[i] = err
		}
		return out, errs
	}
	byKey := make(map[K]T, len(rows))
	for _, r := range rows {
		byKey[keyOf(r)] = r
	}
	for i, k := range keys {
		out[i] = byKey[k]
	}
	return out, errs
}

// GroupByKeys arranges rows into one slice per key, for one-to-many loaders.
func GroupByKeys[K comparable, T any](keys []K, rows []T, err error, keyOf func(T) K) ([][]T, []error) {
	out := make([][]T, len(keys))
	errs := make([]error, len(keys))
	if err != nil {
		for i := range errs {
			errs[i] = err
		}
		return out, errs
	}
	byKey := make(map[K][]T, len(keys))
	for _, r := range rows {
		k := keyOf(r)
		byKey[k] = append(byKey[k], r)
	}
	for i, k := range keys {
		out[i] = byKey[k]
	}
	return out, errs
}

// Count runs q as a count query.
func Count(ctx context.Context, q *bun.SelectQuery) (int, error) {
	n, err := q.Count(ctx)
	return int(n), err
}

// IsNoRows reports a query that found no row.
func IsNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

// EscapeLike makes s match literally inside a LIKE pattern.
func EscapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

package db

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/uptrace/bun"
)

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

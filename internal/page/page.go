// Package page implements Relay connections (contract C3) with keyset pagination: a page
// starts strictly after (or before) the cursor's sort key, so inserts never shift it.
package page

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
)

const (
	DefaultSize = 20
	MaxSize     = 100
)

// Args are the connection arguments of every list field.
type Args struct {
	First  *int
	After  *string
	Last   *int
	Before *string
	// Total: the caller reads the connection's totalCount, so a first page of a model that
	// is Totaled counts its rows in its own statement (db.List).
	Total bool
}

// Totaled is a model whose rows carry the count of their list (a window over the page's
// query, column b40_page_total), so a first page and its totalCount are one statement.
type Totaled interface{ PageTotal() int }

// TotalColumn is the column a Totaled model scans its list's count from.
const TotalColumn = "b40_page_total"

// Size is the number of items the arguments ask for; used by the complexity limit too.
func (a Args) Size() int {
	switch {
	case a.First != nil:
		return *a.First
	case a.Last != nil:
		return *a.Last
	}
	return DefaultSize
}

// Key is an ordering: SQL expressions with their types, all sorted one way, the last one
// unique (the id) so the order is total.
type Key struct {
	Exprs []string
	Types []string
	Desc  bool
}

// OrderSQL is the key's order as SQL ("t.year DESC, t.id DESC"): what a first page is
// ordered by (the nested reads' root lists read it from the declarations).
func (k Key) OrderSQL() string {
	terms := make([]string, len(k.Exprs))
	for i, e := range k.Exprs {
		terms[i] = e
		if k.Desc {
			terms[i] += " DESC"
		}
	}
	return strings.Join(terms, ", ")
}

// PageInfo is Relay's page information.
type PageInfo struct {
	HasNextPage     bool
	HasPreviousPage bool
	StartCursor     *string
	EndCursor       *string
}

// Edge is one node and its cursor.
type Edge[T any] struct {
	Cursor string
	Node   T
}

// Connection is one page of T.
type Connection[T any] struct {
	edges []Edge[T]
	info  PageInfo
	count func(context.Context) (int, error)
}

func (c *Connection[T]) Edges() []Edge[T]   { return c.edges }
func (c *Connection[T]) PageInfo() PageInfo { return c.info }

// TotalCount counts every item the filter matches (not just this page); it runs only when
// the client asks for it.
func (c *Connection[T]) TotalCount(ctx context.Context) (int, error) {
	if c.count == nil {
		return len(c.edges), nil
	}
	return c.count(ctx)
}

// Nodes returns the page's items.
func (c *Connection[T]) Nodes() []T {
	out := make([]T, len(c.edges))
	for i, e := range c.edges {
		out[i] = e.Node
	}
	return out
}

// Request is validated arguments.
type Request struct {
	limit    int
	backward bool
	after    []string
	before   []string
}

// Validate checks the arguments: first/last in 1..100, not both, cursors well formed.
func (a Args) Validate(key Key) (Request, error) {
	var r Request
	if a.First != nil && a.Last != nil {
		return r, apperr.Invalid([]string{"first"}, "pass first or last, not both")
	}
	r.limit = DefaultSize
	for name, v := range map[string]*int{"first": a.First, "last": a.Last} {
		if v == nil {
			continue
		}
		if *v < 1 || *v > MaxSize {
			return r, apperr.Invalid([]string{name}, "%s must be between 1 and %d", name, MaxSize)
		}
		r.limit = *v
	}
	r.backward = a.Last != nil
	var err error
	if a.After != nil {
		if r.after, err = decodeCursor(*a.After, key.Types); err != nil {
			return r, apperr.Invalid([]string{"after"}, "invalid cursor")
		}
	}
	if a.Before != nil {
		if r.before, err = decodeCursor(*a.Before, key.Types); err != nil {
			return r, apperr.Invalid([]string{"before"}, "invalid cursor")
		}
	}
	return r, nil
}

// Run runs q, whose text holds real placeholders ($1, …) for args, and scans its rows into
// dest (db.List runs it in the caller's scope).
type Run func(ctx context.Context, q *bun.SelectQuery, args []any, dest any) error

// Fetch runs q for one page. q holds the filters; Fetch adds the keyset condition, the order
// and the limit. values returns an item's sort key, in key order.
func Fetch[T any](ctx context.Context, q *bun.SelectQuery, r Request, key Key, values func(T) []any, run Run) (*Connection[T], error) {
	// The cursor's values are real placeholders, so a page's statement text is the same
	// whatever the cursor and PostgreSQL keeps its plan.
	var args []any
	if r.after != nil {
		q = q.Where(keysetCond(key, !key.Desc), keysetArgs(r.after, len(args))...)
		args = append(args, stringArgs(r.after)...)
	}
	if r.before != nil {
		q = q.Where(keysetCond(key, key.Desc), keysetArgs(r.before, len(args))...)
		args = append(args, stringArgs(r.before)...)
	}
	desc := key.Desc != r.backward
	for _, e := range key.Exprs {
		if desc {
			q = q.OrderExpr(e + " DESC")
		} else {
			q = q.OrderExpr(e + " ASC")
		}
	}
	var items []T
	if err := run(ctx, q.Limit(int64(r.limit+1)), args, &items); err != nil {
		return nil, err
	}
	more := len(items) > r.limit
	if more {
		items = items[:r.limit]
	}
	if r.backward {
		slices.Reverse(items)
	}
	c := &Connection[T]{edges: make([]Edge[T], len(items))}
	for i, it := range items {
		c.edges[i] = Edge[T]{Cursor: encodeCursor(values(it)), Node: it}
	}
	if r.backward {
		c.info.HasPreviousPage = more
		c.info.HasNextPage = r.before != nil
	} else {
		c.info.HasNextPage = more
		c.info.HasPreviousPage = r.after != nil
	}
	if n := len(c.edges); n > 0 {
		c.info.StartCursor, c.info.EndCursor = &c.edges[0].Cursor, &c.edges[n-1].Cursor
	}
	return c, nil
}

// WithCount attaches the lazy total count.
func (c *Connection[T]) WithCount(count func(context.Context) (int, error)) *Connection[T] {
	c.count = count
	return c
}

// keysetCond is "(a, b) > (?::text::ta, ?::text::tb)" for greater, "<" otherwise; its ? are
// keysetArgs' placeholders, whose values travel as text.
func keysetCond(key Key, greater bool) string {
	op := "<"
	if greater {
		op = ">"
	}
	ph := make([]string, len(key.Exprs))
	for i, t := range key.Types {
		ph[i] = "?::text::" + t
	}
	return fmt.Sprintf("(%s) %s (%s)", strings.Join(key.Exprs, ", "), op, strings.Join(ph, ", "))
}

// keysetArgs are the placeholders keysetCond's ? stand for: $from+1, $from+2, …
func keysetArgs(vals []string, from int) []any {
	out := make([]any, len(vals))
	for i := range vals {
		out[i] = bun.Safe("$" + strconv.Itoa(from+i+1))
	}
	return out
}

func stringArgs(vals []string) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}

func encodeCursor(vals []any) string {
	strs := make([]string, len(vals))
	for i, v := range vals {
		switch t := v.(type) {
		case time.Time:
			strs[i] = t.UTC().Format(time.RFC3339Nano)
		default:
			strs[i] = fmt.Sprint(v)
		}
	}
	b, _ := json.Marshal(strs)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string, types []string) ([]string, error) {
	if len(s) > 1024 {
		return nil, fmt.Errorf("cursor too long")
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, err
	}
	var vals []string
	if err := json.Unmarshal(b, &vals); err != nil {
		return nil, err
	}
	if len(vals) != len(types) {
		return nil, fmt.Errorf("cursor has %d values, want %d", len(vals), len(types))
	}
	for i, v := range vals {
		c, ok := canonicalValue(types[i], v)
		if !ok {
			return nil, fmt.Errorf("cursor value %d is not a %s", i, types[i])
		}
		vals[i] = c
	}
	return vals, nil
}

// canonicalValue keeps a tampered cursor from reaching SQL as anything PostgreSQL would refuse
// (an error of ours, not the client's): it returns v as PostgreSQL reads a value of typ, or false
// when PostgreSQL could not hold it. Text holds no NUL byte; integers fit their type; dates and
// times lie in years 1 to 9999 (PostgreSQL has no year 0), times in UTC; numbers are decimal.
func canonicalValue(typ, v string) (string, bool) {
	if strings.IndexByte(v, 0) >= 0 {
		return "", false
	}
	switch typ {
	case "bigint", "integer":
		bits := 64
		if typ == "integer" {
			bits = 32
		}
		n, err := strconv.ParseInt(v, 10, bits)
		return strconv.FormatInt(n, 10), err == nil
	case "date":
		if v == "infinity" {
			return v, true
		}
		t, err := time.Parse(time.DateOnly, v)
		return t.Format(time.DateOnly), err == nil && t.Year() >= 1
	case "timestamptz":
		t, err := time.Parse(time.RFC3339Nano, v)
		t = t.UTC()
		return t.Format(time.RFC3339Nano), err == nil && t.Year() >= 1 && t.Year() <= 9999
	case "double precision":
		f, err := strconv.ParseFloat(v, 64)
		switch {
		case err != nil:
			return "", false
		case math.IsNaN(f):
			return "NaN", true
		case math.IsInf(f, 1):
			return "Infinity", true
		case math.IsInf(f, -1):
			return "-Infinity", true
		}
		return strconv.FormatFloat(f, 'g', -1, 64), true
	}
	return v, len(v) <= 500
}

// FirstPage builds the first page of a forward connection from up to limit+1 rows already
// fetched in order (by a batch query that fetched many parents' first pages at once).
func FirstPage[T any](items []T, limit int, values func(T) []any) *Connection[T] {
	more := len(items) > limit
	if more {
		items = items[:limit]
	}
	c := &Connection[T]{edges: make([]Edge[T], len(items))}
	for i, it := range items {
		c.edges[i] = Edge[T]{Cursor: encodeCursor(values(it)), Node: it}
	}
	c.info.HasNextPage = more
	if n := len(c.edges); n > 0 {
		c.info.StartCursor, c.info.EndCursor = &c.edges[0].Cursor, &c.edges[n-1].Cursor
	}
	return c
}

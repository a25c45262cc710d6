package db

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"

	"github.com/uptrace/bun"
)

// StatementCount counts the statements a piece of work sends, for tests and benchmarks that
// prove a request's statement count does not grow with its result (no N+1).
type StatementCount struct {
	// All counts every statement; Data leaves out BEGIN, COMMIT, ROLLBACK and the scope's
	// set_config.
	All, Data atomic.Int64
}

type counterKey struct{}

// WithStatementCount returns ctx counting the statements run with it.
func WithStatementCount(ctx context.Context) (context.Context, *StatementCount) {
	c := &StatementCount{}
	return context.WithValue(ctx, counterKey{}, c), c
}

// statementCounter is the bun query hook behind StatementCount.
type statementCounter struct{}

func (statementCounter) BeforeQuery(ctx context.Context, e *bun.QueryEvent) context.Context {
	if c, ok := ctx.Value(counterKey{}).(*StatementCount); ok {
		c.All.Add(1)
		if isData(e.Query) {
			c.Data.Add(1)
			if os.Getenv("B40_DEBUG_SQL") != "" {
				fmt.Fprintln(os.Stderr, "DEBUGSQL:", e.Query[:min(len(e.Query), 400)])
			}
		}
	}
	return ctx
}

func (statementCounter) AfterQuery(context.Context, *bun.QueryEvent) {}

func isData(q string) bool {
	q = strings.TrimSpace(q)
	for _, p := range []string{"BEGIN", "COMMIT", "ROLLBACK", "SELECT set_config('b40.user_id'"} {
		if strings.HasPrefix(q, p) {
			return false
		}
	}
	return true
}

// StatementCountFrom returns the counter ctx carries, or nil.
func StatementCountFrom(ctx context.Context) *StatementCount {
	c, _ := ctx.Value(counterKey{}).(*StatementCount)
	return c
}

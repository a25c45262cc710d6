package db

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	petermattis "github.com/petermattis/goid"
	"github.com/uptrace/bun"
)

// Session is one GraphQL query operation's read transaction: opened (BEGIN READ ONLY and the
// scope, one round trip) by the operation's first Read in a signed-in scope, shared by all its
// Reads, ended by Close (COMMIT) when the operation has answered. A signed-in operation then
// costs its data statements plus two, however many resolvers and loaders read.
//
// Reads take turns (a connection runs one statement at a time), and a turn not had within
// lockWait fails rather than hang. A Read inside a Read's fn, in the goroutine running that fn,
// is re-entrant: it runs in the turn it is inside of, on the same connection and transaction,
// and does not wait for a turn (which would wait for itself); only the outermost Read ends the
// transaction. A Write inside a Read's fn fails at once (ErrWriteInRead): it would hold a second
// connection while its operation holds the first, the way operations starve the pool. The
// session holds its one connection from its first Read to Close: an operation never needs a
// second one, and nothing waits on another operation while a turn is held, so the pool cannot
// starve. Mutations have no session: they write in transactions of their own.
type Session struct {
	turn chan struct{}
	// holder is the goroutine running a Read's fn in the session's transaction, 0 when none:
	// what tells a Read nested in that fn from a concurrent one. Both share the operation's
	// context, and fn is given none to mark, so only the goroutine can tell them apart.
	holder atomic.Uint64
	mu     sync.Mutex // guards the fields below
	d      *bun.DB
	scope  Scope
	conn   *bun.Conn
	endCtx context.Context // the opening Read's context, never cancelled: COMMIT is counted with the operation's
	closed bool
	failed bool // a nested Read failed: the transaction is aborted, the outermost Read ends it
}

// lockWait bounds the wait for a session's turn.
const lockWait = 30 * time.Second

var errSessionBusy = errors.New("db: the operation's read transaction stayed busy (a Read's fn waiting for another goroutine's Read waits for itself)")

// ErrWriteInRead is a Write inside the fn of a Read in an operation's read session.
var ErrWriteInRead = errors.New("db: Write inside a Read: write before or after reading, in a transaction of its own")

type sessionKey struct{}

// NewSession returns a session for one operation; In puts it in the contexts its reads run in.
func NewSession() *Session { return &Session{turn: make(chan struct{}, 1)} }

// Detached returns ctx for work shared between callers: not cancelled with the request, outside
// the request's read session, and reading in scope instead of the caller's.
func Detached(ctx context.Context, scope Scope) context.Context {
	ctx = context.WithValue(context.WithoutCancel(ctx), sessionKey{}, (*Session)(nil))
	return NewContext(ctx, scope)
}

// In returns ctx carrying s.
func (s *Session) In(ctx context.Context) context.Context {
	return context.WithValue(ctx, sessionKey{}, s)
}

// read runs fn in the session's transaction, opening it on first use. It reports false when the
// session cannot serve the Read (another pool, another scope, or already closed): the caller
// then reads on its own.
func (s *Session) read(ctx context.Context, d *bun.DB, fn func(tx bun.IDB) error) (bool, error) {
	g := goid()
	if g != 0 && s.holder.Load() == g {
		return s.nested(ctx, d, fn)
	}
	served, err := s.take(ctx, d)
	if !served || err != nil {
		return served, err
	}
	defer func() { <-s.turn }()
	if s.conn == nil {
		conn, err := d.Conn(ctx)
		if err != nil {
			return true, err
		}
		if _, err := conn.ExecContext(ctx, "BEGIN READ ONLY; "+setConfigSQL, scopeArgs(ctx, FromContext(ctx), true)...); err != nil {
			discardUnlessIdle(conn)
			_ = conn.Close()
			return true, err
		}
		s.opened(ctx, d, &conn)
	}
	s.holder.Store(g)
	err = fn(*s.conn)
	s.holder.Store(0)
	s.mu.Lock()
	failed := s.failed
	s.failed = false
	s.mu.Unlock()
	if err != nil || failed {
		// A failed statement aborts the transaction: end it, so the operation's next Read
		// opens a fresh one instead of failing too.
		s.end("ROLLBACK")
	}
	return true, err
}

// take waits for the session's turn; false (and no turn held) when the session cannot serve a
// Read on d in ctx's scope (another pool, another scope, or already closed). With true and no
// error the caller holds the turn and gives it back (<-s.turn).
func (s *Session) take(ctx context.Context, d *bun.DB) (bool, error) {
	timer := time.NewTimer(lockWait)
	defer timer.Stop()
	select {
	case s.turn <- struct{}{}:
	case <-ctx.Done():
		return true, ctx.Err()
	case <-timer.C:
		return true, errSessionBusy
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || (s.d != nil && (s.d != d || !sameScope(s.scope, FromContext(ctx)))) {
		<-s.turn
		return false, nil
	}
	return true, nil
}

// opened records the transaction just opened on conn, in ctx's scope.
func (s *Session) opened(ctx context.Context, d *bun.DB, conn *bun.Conn) {
	s.mu.Lock()
	s.d, s.scope, s.conn, s.endCtx = d, FromContext(ctx), conn, context.WithoutCancel(ctx)
	s.mu.Unlock()
}

// nested runs fn inside the Read whose fn the calling goroutine is running: on its connection,
// in its transaction, in its turn. A Read the session cannot serve (another pool or scope) reads
// on its own.
func (s *Session) nested(ctx context.Context, d *bun.DB, fn func(tx bun.IDB) error) (bool, error) {
	s.mu.Lock()
	conn := s.conn
	serves := conn != nil && s.d == d && sameScope(s.scope, FromContext(ctx))
	s.mu.Unlock()
	if !serves {
		return false, nil
	}
	if err := fn(*conn); err != nil {
		s.mu.Lock()
		s.failed = true
		s.mu.Unlock()
		return true, err
	}
	return true, nil
}

// inRead reports whether the calling goroutine is running a Read's fn in the session.
func (s *Session) inRead() bool {
	return s.holder.Load() != 0 && s.holder.Load() == goid()
}

// goid is the calling goroutine's id, read by github.com/petermattis/goid from the runtime's
// goroutine structure (a few nanoseconds). Parsing it from runtime.Stack, as before, walked the
// whole stack on every Read: a sixth of the server's CPU on the workspace page.
func goid() uint64 { return uint64(petermattis.Get()) }

// end finishes the open transaction with verb and returns its connection to the pool (or
// discards it when the transaction could not be ended); with no verb it only returns it.
func (s *Session) end(verb string) {
	s.mu.Lock()
	conn, ctx := s.conn, s.endCtx
	s.conn = nil
	s.mu.Unlock()
	if conn == nil {
		return
	}
	if verb == "" { // ended already, in a pipeline (readText): only give the connection back
		_ = conn.Close()
		return
	}
	if _, err := conn.ExecContext(ctx, verb); err != nil {
		discard(*conn)
	}
	_ = conn.Close()
}

// Close ends the operation's transaction, once its answer is complete; later Reads read on
// their own.
func (s *Session) Close() {
	s.turn <- struct{}{} // wait for a Read still running
	defer func() { <-s.turn }()
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.end("COMMIT")
}

// sameScope reports whether a and b give row-level security the same caller.
func sameScope(a, b Scope) bool {
	return a.UserID == b.UserID && a.NetworkRole == b.NetworkRole && a.Secretariat == b.Secretariat && a.Presidency == b.Presidency &&
		slices.Equal(a.CityIDs, b.CityIDs) && slices.Equal(a.EditorCityIDs, b.EditorCityIDs) && slices.Equal(a.AdminCityIDs, b.AdminCityIDs)
}

package db

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/uptrace/bun"
)

// Session is one GraphQL query operation's read transaction: opened (BEGIN READ ONLY and the
// scope, one round trip) by the operation's first Read in a signed-in scope, shared by all its
// Reads, ended by Close (COMMIT) when the operation has answered. A signed-in operation then
// costs its data statements plus two, however many resolvers and loaders read.
//
// Reads take turns (a connection runs one statement at a time); a Read's fn must not itself call
// Read (none does), and a turn not had within lockWait fails rather than hang. The session holds
// its one connection from its first Read to Close: an operation never needs a second one, and
// nothing waits on another operation while a turn is held, so the pool cannot starve. Mutations
// have no session: they write in transactions of their own.
type Session struct {
	turn   chan struct{}
	mu     sync.Mutex // guards the fields below
	d      *bun.DB
	scope  Scope
	conn   *bun.Conn
	endCtx context.Context // the opening Read's context, never cancelled: COMMIT is counted with the operation's
	closed bool
}

// lockWait bounds the wait for a session's turn.
const lockWait = 30 * time.Second

var errSessionBusy = errors.New("db: the operation's read transaction stayed busy")

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
	timer := time.NewTimer(lockWait)
	defer timer.Stop()
	select {
	case s.turn <- struct{}{}:
	case <-ctx.Done():
		return true, ctx.Err()
	case <-timer.C:
		return true, errSessionBusy
	}
	defer func() { <-s.turn }()
	sc := FromContext(ctx)
	s.mu.Lock()
	if s.closed || (s.d != nil && (s.d != d || !sameScope(s.scope, sc))) {
		s.mu.Unlock()
		return false, nil
	}
	s.mu.Unlock()
	if s.conn == nil {
		conn, err := d.Conn(ctx)
		if err != nil {
			return true, err
		}
		if _, err := conn.ExecContext(ctx, "BEGIN READ ONLY; "+setConfigSQL, scopeArgs(sc, true)...); err != nil {
			discardUnlessIdle(conn)
			_ = conn.Close()
			return true, err
		}
		s.mu.Lock()
		s.d, s.scope, s.conn, s.endCtx = d, sc, &conn, context.WithoutCancel(ctx)
		s.mu.Unlock()
	}
	if err := fn(*s.conn); err != nil {
		// A failed statement aborts the transaction: end it, so the operation's next Read
		// opens a fresh one instead of failing too.
		s.end("ROLLBACK")
		return true, err
	}
	return true, nil
}

// end finishes the open transaction with verb and returns its connection to the pool (or
// discards it when the transaction could not be ended).
func (s *Session) end(verb string) {
	s.mu.Lock()
	conn, ctx := s.conn, s.endCtx
	s.conn = nil
	s.mu.Unlock()
	if conn == nil {
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

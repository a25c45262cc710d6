// Package live is the server side of live updates (issue 21, items 8 and 9): one LISTEN
// connection per server process on PostgreSQL's channel b40_live (migration 0012's triggers
// NOTIFY it in the transaction of each change), fanned out in process to the subscriptions
// of the people it concerns, each with a bounded buffer. Events carry IDs and kinds only: the
// client re-reads through the API, so nothing here bypasses row-level security.
package live

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
)

// Channel is the PostgreSQL notification channel every server process listens on.
const Channel = "b40_live"

// Kinds of events beside the notification kinds (notify.Kind*).
const (
	// Ready is every subscription's first event: from here on it is live; the client reads
	// what it shows once (it may have missed changes while it was not connected).
	Ready = "READY"
	// Resync says events may have been missed (the buffer overflowed, or this server lost its
	// LISTEN connection for a while): the client reads what it shows again.
	Resync = "RESYNC"
	// ItemChanged says the followed item changed.
	ItemChanged = "ITEM_CHANGED"
)

// Event is what a subscriber is told: a kind and IDs, never content.
type Event struct {
	Kind string
	// NotificationID is the new notification's database id (0: none).
	NotificationID int64
	// SubjectID is the global ID of the item the event is about ("" when none).
	SubjectID string
}

// Defaults.
const (
	DefaultMaxPerViewer = 5
	DefaultBuffer       = 32
	DefaultSessionCheck = 15 * time.Second
	// readyWait bounds how long a new subscription waits for the LISTEN connection.
	readyWait = 10 * time.Second
)

// Config tunes a Hub (zero values: the defaults).
type Config struct {
	// MaxPerViewer is how many streams one person may hold open on this server at once.
	MaxPerViewer int
	// Buffer is how many events wait for a slow subscriber; beyond, they are replaced by one
	// Resync.
	Buffer int
	// SessionCheck is how often the sessions of open streams are checked (expiry; revocation
	// is heard at once through the channel).
	SessionCheck time.Duration
	Logger       *slog.Logger
}

// Hub is one server process's end of the channel. It connects lazily, on the first
// subscription, so processes that never serve one (CLI commands) hold no connection.
type Hub struct {
	owner *bun.DB
	cfg   Config
	log   *slog.Logger

	mu      sync.Mutex
	users   map[int64]map[*Sub]struct{}
	items   map[string]map[*Sub]struct{}
	count   map[int64]int
	started bool
	closed  bool
	ready   chan struct{} // closed once LISTEN is first in place
	stop    context.CancelFunc
	done    chan struct{}
	// reconnects counts LISTEN connections made after the first (tests and metrics).
	reconnects int
}

// NewHub returns a hub listening through connections like owner's.
func NewHub(owner *bun.DB, cfg Config) *Hub {
	if cfg.MaxPerViewer <= 0 {
		cfg.MaxPerViewer = DefaultMaxPerViewer
	}
	if cfg.Buffer <= 0 {
		cfg.Buffer = DefaultBuffer
	}
	if cfg.SessionCheck <= 0 {
		cfg.SessionCheck = DefaultSessionCheck
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Hub{owner: owner, cfg: cfg, log: log, users: map[int64]map[*Sub]struct{}{}, items: map[string]map[*Sub]struct{}{},
		count: map[int64]int{}, ready: make(chan struct{}), done: make(chan struct{})}
}

// SetLogger sets where the hub logs (before its first subscription).
func (h *Hub) SetLogger(l *slog.Logger) {
	if l == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.log = l
}

// Sub is one open stream.
type Sub struct {
	// C delivers the events; it is closed when the stream must end (its context ended, the
	// session ended, the server is shutting down).
	C       <-chan Event
	ch      chan Event
	userID  int64
	session int64
	item    string
	closed  bool
	hub     *Hub
	stopCtx func() bool
}

// Notifications opens a stream of the caller's own new notifications.
func (h *Hub) Notifications(ctx context.Context) (*Sub, error) { return h.subscribe(ctx, "") }

// Item opens a stream of changes to the item with global ID id; the caller has checked that
// the viewer may see it.
func (h *Hub) Item(ctx context.Context, id string) (*Sub, error) { return h.subscribe(ctx, id) }

// TooMany is the error of a viewer over the limit.
func (h *Hub) tooMany() error {
	return apperr.New(apperr.TooManyConnections, "at most %d live streams per person at once; close one and retry", h.cfg.MaxPerViewer)
}

func (h *Hub) subscribe(ctx context.Context, item string) (*Sub, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "sign in to receive live updates")
	}
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil, apperr.New(apperr.Unavailable, "the server is shutting down; reconnect")
	}
	if h.count[v.UserID] >= h.cfg.MaxPerViewer {
		h.mu.Unlock()
		return nil, h.tooMany()
	}
	h.count[v.UserID]++ // taken now, so parallel connects cannot pass the limit together
	if !h.started {
		h.started = true
		lctx, cancel := context.WithCancel(context.Background())
		h.stop = cancel
		go h.run(lctx)
		go h.checkSessions(lctx)
	}
	h.mu.Unlock()

	wait, cancel := context.WithTimeout(ctx, readyWait)
	defer cancel()
	select {
	case <-h.ready:
	case <-wait.Done():
		h.mu.Lock()
		h.count[v.UserID]--
		h.mu.Unlock()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, apperr.New(apperr.Unavailable, "live updates are unavailable: the database cannot be reached; retry shortly")
	}

	ch := make(chan Event, h.cfg.Buffer)
	s := &Sub{C: ch, ch: ch, userID: v.UserID, session: v.SessionID, item: item, hub: h}
	ch <- Event{Kind: Ready, SubjectID: item}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		h.count[v.UserID]--
		return nil, apperr.New(apperr.Unavailable, "the server is shutting down; reconnect")
	}
	if item == "" {
		add(h.users, v.UserID, s)
	} else {
		add(h.items, item, s)
	}
	// The stream ends with its request (the client went away); the callback waits for the lock.
	s.stopCtx = context.AfterFunc(ctx, func() { h.end(s) })
	return s, nil
}

func add[K comparable](m map[K]map[*Sub]struct{}, k K, s *Sub) {
	set := m[k]
	if set == nil {
		set = map[*Sub]struct{}{}
		m[k] = set
	}
	set[s] = struct{}{}
}

func del[K comparable](m map[K]map[*Sub]struct{}, k K, s *Sub) {
	if set := m[k]; set != nil {
		delete(set, s)
		if len(set) == 0 {
			delete(m, k)
		}
	}
}

// end closes s and forgets it (once).
func (h *Hub) end(s *Sub) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.endLocked(s)
}

func (h *Hub) endLocked(s *Sub) {
	if s.closed {
		return
	}
	s.closed = true
	close(s.ch)
	if s.stopCtx != nil {
		s.stopCtx()
	}
	if s.item == "" {
		del(h.users, s.userID, s)
	} else {
		del(h.items, s.item, s)
	}
	if h.count[s.userID]--; h.count[s.userID] <= 0 {
		delete(h.count, s.userID)
	}
}

// Close ends every stream (each ends with its complete event) and stops listening; new
// subscriptions are refused. The server calls it when it begins shutting down.
func (h *Hub) Close() {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return
	}
	h.closed = true
	started := h.started
	h.eachLocked(h.endLocked)
	h.mu.Unlock()
	if started {
		h.stop()
		<-h.done
	}
}

// Open is how many streams this person holds on this server.
func (h *Hub) Open(userID int64) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.count[userID]
}

// Reconnects is how many times the LISTEN connection was made again after a loss.
func (h *Hub) Reconnects() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.reconnects
}

// send hands e to s without blocking: a full buffer is emptied and replaced by one Resync
// (the events are hints to re-read, so one Resync says all they said).
func (h *Hub) send(s *Sub, e Event) {
	if s.closed {
		return
	}
	select {
	case s.ch <- e:
		return
	default:
	}
	for {
		select {
		case <-s.ch:
			continue
		default:
		}
		break
	}
	select {
	case s.ch <- Event{Kind: Resync, SubjectID: s.item}:
	default:
	}
}

// payload is what the triggers of migration 0012 send.
type payload struct {
	User         int64  `json:"u"`
	Notification int64  `json:"n"`
	Kind         string `json:"k"`
	Subject      string `json:"s"`
	Item         string `json:"i"`
	Session      int64  `json:"x"`
}

// dispatch routes one notification from the channel.
func (h *Hub) dispatch(raw string) {
	var p payload
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		h.log.Warn("live: unreadable event on the channel", "error", err.Error())
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case p.User != 0:
		for s := range h.users[p.User] {
			h.send(s, Event{Kind: p.Kind, NotificationID: p.Notification, SubjectID: p.Subject})
		}
	case p.Item != "":
		for s := range h.items[p.Item] {
			h.send(s, Event{Kind: ItemChanged, SubjectID: p.Item})
		}
	case p.Session != 0:
		h.endSessionsLocked(func(id int64) bool { return id == p.Session })
	}
}

func (h *Hub) endSessionsLocked(ended func(int64) bool) {
	h.eachLocked(func(s *Sub) {
		if ended(s.session) {
			h.endLocked(s)
		}
	})
}

// eachLocked calls f for every open stream (f may end it).
func (h *Hub) eachLocked(f func(*Sub)) {
	var all []*Sub
	for _, set := range h.users {
		for s := range set {
			all = append(all, s)
		}
	}
	for _, set := range h.items {
		for s := range set {
			all = append(all, s)
		}
	}
	for _, s := range all {
		f(s)
	}
}

// resyncAll tells every stream to re-read (after a gap in listening).
func (h *Hub) resyncAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.eachLocked(func(s *Sub) { h.send(s, Event{Kind: Resync, SubjectID: s.item}) })
}

// Back-off between attempts to (re)connect the LISTEN connection.
const (
	minBackoff = 100 * time.Millisecond
	maxBackoff = 10 * time.Second
)

// run keeps one LISTEN connection open until ctx ends, reconnecting with exponential back-off
// and jitter; after a reconnection every stream is told to re-read (events sent while no one
// listened are not replayed by PostgreSQL).
func (h *Hub) run(ctx context.Context) {
	defer close(h.done)
	backoff := minBackoff
	first := true
	for ctx.Err() == nil {
		conn, err := h.connect(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			h.log.Warn("live: cannot LISTEN; retrying", "error", err.Error(), "in", backoff.String())
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff/2 + rand.N(backoff/2+1)):
			}
			backoff = min(backoff*2, maxBackoff)
			continue
		}
		backoff = minBackoff
		if first {
			first = false
			close(h.ready)
		} else {
			h.mu.Lock()
			h.reconnects++
			h.mu.Unlock()
			h.log.Info("live: listening again; streams told to re-read")
			h.resyncAll()
		}
		for {
			n, err := conn.WaitForNotification(ctx)
			if err == nil && n == nil {
				continue
			}
			if err != nil {
				if ctx.Err() == nil {
					h.log.Warn("live: the LISTEN connection was lost; reconnecting", "error", err.Error())
				}
				break
			}
			h.dispatch(n.Payload)
		}
		cctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_ = conn.Close(cctx)
		cancel()
	}
}

// connect opens a connection with the owner's settings and LISTENs.
func (h *Hub) connect(ctx context.Context) (*pgx.Conn, error) {
	cfg, err := db.ConnConfig(ctx, h.owner)
	if err != nil {
		return nil, err
	}
	cfg.RuntimeParams["application_name"] = "b40-live"
	// The copied settings carry the pool connection's own notification handler: this
	// connection buffers its notifications for WaitForNotification.
	cfg.OnNotification = nil
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, err := pgx.ConnectConfig(cctx, cfg)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(cctx, "LISTEN "+Channel); err != nil {
		_ = conn.Close(context.Background())
		return nil, err
	}
	return conn, nil
}

// checkSessions ends the streams whose session expired (revocations arrive on the channel at
// once; expiry has no event).
func (h *Hub) checkSessions(ctx context.Context) {
	t := time.NewTicker(h.cfg.SessionCheck)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := h.CheckSessions(ctx); err != nil && ctx.Err() == nil {
			h.log.Warn("live: checking the sessions of open streams failed", "error", err.Error())
		}
	}
}

// CheckSessions ends every stream whose session is no longer valid (expired, revoked, its
// account deactivated), in one statement.
func (h *Hub) CheckSessions(ctx context.Context) error {
	h.mu.Lock()
	var ids []int64
	seen := map[int64]bool{}
	h.eachLocked(func(s *Sub) {
		if !seen[s.session] {
			seen[s.session] = true
			ids = append(ids, s.session)
		}
	})
	h.mu.Unlock()
	if len(ids) == 0 {
		return nil
	}
	var valid []int64
	if err := h.owner.NewRaw(`SELECT s.id FROM session s JOIN app_user u ON u.id = s.user_id
		WHERE s.id IN (?) AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'`, bun.List(ids)).Scan(ctx, &valid); err != nil {
		if errors.Is(err, context.Canceled) {
			return nil
		}
		return err
	}
	ok := map[int64]bool{}
	for _, id := range valid {
		ok[id] = true
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.endSessionsLocked(func(id int64) bool { return !ok[id] })
	return nil
}

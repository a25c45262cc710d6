// Package httpserver holds the HTTP side: routes, CORS, body limits, timeouts, health,
// metrics and graceful shutdown.
package httpserver

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"slices"
	"strings"
	"sync/atomic"

	"time"

	"golang.org/x/time/rate"

	"github.com/klauspost/compress/gzhttp"
	rscors "github.com/rs/cors"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/graph/engine"
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/tracing"
)

// Options configure the routes.
type Options struct {
	Logger  *slog.Logger
	GraphQL http.Handler
	DB      *bun.DB
	Metrics *Metrics
	// CORSOrigins are the exact origins allowed to call from a browser; none means no
	// cross-origin access at all (rs/cors would otherwise allow every origin).
	CORSOrigins []string
	// CORSHeaders are request headers browsers may send, beside DefaultCORSHeaders.
	CORSHeaders []string
	// GraphiQL serves the GraphiQL page at /graphiql.
	GraphiQL bool
	// App serves the single-page app at / (every path the routes above do not take).
	App http.Handler
	// GraphiQLPage is GraphiQL's page, served at /graphiql when GraphiQL is on.
	GraphiQLPage http.Handler
	MaxBodyBytes int64
	// Reports serves GET /reports/annual/{year}.md (authenticated like /graphql).
	Reports http.Handler
	// Health knows when the database is down (the embedded one's supervisor says so); nil
	// means it is never known to be down ahead of a failing query.
	Health *Health
	// ReadOnly: the schema is newer than this binary, which serves reads only.
	ReadOnly bool
	// WriteTimeout is when a request's work ends: its context is done then (0: WriteTimeout).
	WriteTimeout time.Duration
	// Unsubscribe serves /mail/unsubscribe (RFC 8058 one-click links in mail).
	Unsubscribe http.Handler
	// Calendar serves GET /calendar/... (.ics of meetings and summits, subscription feeds).
	Calendar http.Handler
	// Minutes serves GET /minutes/{meetingId}.md (approved minutes as Markdown).
	Minutes http.Handler
	// Tracing, when on, makes a server span per request, continuing an incoming traceparent.
	Tracing *tracing.Tracing
}

// Health is what the server knows of its database between queries.
type Health struct {
	down   atomic.Bool
	reason atomic.Pointer[string]
	// diskFull is when a request last met a full disk (Unix nanoseconds; 0: never).
	diskFull atomic.Int64
}

// DiskFullFor is how long after a request last met a full disk /readyz says so.
const DiskFullFor = 10 * time.Second

// NoteDiskFull records that a request met a full disk just now.
func (h *Health) NoteDiskFull() {
	if h != nil {
		h.diskFull.Store(time.Now().UnixNano())
	}
}

// DiskFull reports whether a request met a full disk in the last DiskFullFor.
func (h *Health) DiskFull() bool {
	if h == nil {
		return false
	}
	at := h.diskFull.Load()
	return at != 0 && time.Since(time.Unix(0, at)) < DiskFullFor
}

// Down marks the database down: requests are answered UNAVAILABLE until Up. reason, when not
// empty, is why (pgembed.DownDiskFull): /readyz names it.
func (h *Health) Down(reason string) {
	h.reason.Store(&reason)
	h.down.Store(true)
}

// Up marks the database back.
func (h *Health) Up() { h.down.Store(false) }

// downReason is why the database is down, or "".
func (h *Health) downReason() string {
	if r := h.reason.Load(); r != nil {
		return *r
	}
	return ""
}

// IsDown reports whether the database is known to be down.
func (h *Health) IsDown() bool { return h != nil && h.down.Load() }

// unavailableWhenDown answers UNAVAILABLE at once while the database is known to be down, and
// lets the error presenter add Retry-After to answers that meet a failing database.
func unavailableWhenDown(h *Health, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.IsDown() {
			apperr.WriteUnavailable(w, r, "the database is restarting; retry shortly")
			return
		}
		ctx, w := apperr.WithUnavailableNote(r.Context(), w)
		if h != nil {
			ctx = apperr.WithDiskFullHook(ctx, h.NoteDiskFull)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// explain is a small page for a person who opened an address meant for programs.
func explain(status int, title, body string) http.Handler {
	page := []byte(`<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
		`<title>` + title + `</title><main style="font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em">` +
		`<h1>` + title + `</h1><p>` + body + `</p></main></html>`)
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
		w.Header().Set("Cache-Control", "no-cache")
		w.WriteHeader(status)
		_, _ = w.Write(page)
	})
}

// compressJSON gzips answers of at least a kilobyte for clients that accept it (klauspost's
// gzhttp: Vary: Accept-Encoding, streamed answers flushed through); smaller ones are not worth
// the bytes of the header.
func compressJSON(next http.Handler) http.Handler {
	wrap, err := gzhttp.NewWrapper(gzhttp.MinSize(1024))
	if err != nil {
		panic(err)
	}
	return wrap(next)
}

// DefaultMaxBodyBytes bounds a POST /graphql body.
const DefaultMaxBodyBytes = 1 << 20

// NewHandler returns the server's routes.
func NewHandler(o Options) http.Handler {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = WriteTimeout
	}
	mux := http.NewServeMux()
	route := func(pattern, name string, h http.Handler) {
		h = withRequestID(o.Logger, o.Metrics, name, withDeadline(o.WriteTimeout, h))
		if o.Tracing.On() {
			h = withSpan(o.Tracing, pattern, h)
		}
		mux.Handle(pattern, h)
	}
	cors := corsFor(o.Logger, o.CORSOrigins, o.CORSHeaders)
	api := compressJSON(cors.Handler(guardGraphQL(o.MaxBodyBytes, unavailableWhenDown(o.Health, o.GraphQL))))
	// Event streams are not compressed (each event must go out as it is written).
	stream := cors.Handler(guardGraphQL(o.MaxBodyBytes, unavailableWhenDown(o.Health, o.GraphQL)))
	graphiql := "GraphiQL, when the operator turned introspection on (B40_INTROSPECTION=1)"
	if o.GraphiQL {
		graphiql = `<a href="/graphiql">GraphiQL</a>`
	}
	browser := explain(http.StatusOK, "B40 Workspace GraphQL API",
		`This address answers GraphQL: POST a JSON request, or GET with a <code>query</code> parameter. `+
			`People use <a href="/">the app</a>; developers, `+graphiql+`.`)
	route("/graphql", "graphql", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A browser opening the address itself (no query, HTML wanted) is shown where to go.
		if r.Method == http.MethodGet && r.URL.RawQuery == "" && strings.Contains(r.Header.Get("Accept"), "text/html") {
			browser.ServeHTTP(w, r)
			return
		}
		if isEventStream(r) {
			stream.ServeHTTP(w, r)
			return
		}
		api.ServeHTTP(w, r)
	}))
	route("GET /healthz", "healthz", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("ok\n"))
	}))
	route("GET /readyz", "readyz", readyHandler(o.DB, o.Health, o.ReadOnly))
	if o.Reports != nil {
		route("GET /reports/annual/{file}", "report", cors.Handler(noStore(unavailableWhenDown(o.Health, o.Reports))))
	}
	if o.Calendar != nil {
		route("GET /calendar/", "calendar", cors.Handler(unavailableWhenDown(o.Health, o.Calendar)))
	}
	if o.Minutes != nil {
		route("GET /minutes/{file}", "minutes", cors.Handler(noStore(unavailableWhenDown(o.Health, o.Minutes))))
	}
	if o.Unsubscribe != nil {
		route("/mail/unsubscribe", "unsubscribe", http.MaxBytesHandler(noStore(unavailableWhenDown(o.Health, o.Unsubscribe)), 4096))
	}
	if o.GraphiQL {
		page := o.GraphiQLPage
		if page == nil {
			page = http.NotFoundHandler()
		}
		route("GET /graphiql", "graphiql", page)
	} else {
		route("GET /graphiql", "graphiql", explain(http.StatusNotFound, "GraphiQL is off on this server",
			`Introspection is off, and GraphiQL needs it. The operator turns both on with <code>B40_INTROSPECTION=1</code>. `+
				`The API answers at <a href="/graphql">/graphql</a>; the app is at <a href="/">/</a>.`))
	}
	if o.App != nil {
		route("/", "app", o.App) // "GET /" would conflict with "/graphql" in the mux
	}
	return mux
}

// MetricsHandler serves /metrics and /debug/pprof/ for the separate metrics listener: the figures name
// operations and load, which the public listener does not show.
func MetricsHandler(m *Metrics) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	// Profiles for the operator, on the operator's listener only (never the API's).
	mux.HandleFunc("GET /debug/pprof/", pprof.Index)
	mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	return mux
}

// noStore keeps answers out of every cache: they are for one caller only.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// DefaultCORSHeaders are the request headers common GraphQL clients send from a browser:
// Apollo Client's client awareness and CSRF headers, W3C trace context and baggage, Sentry's
// trace header.
var DefaultCORSHeaders = []string{"Authorization", "Content-Type", "Accept", "Accept-Language", "X-Request-Id",
	"apollographql-client-name", "apollographql-client-version", "apollo-require-preflight", "x-apollo-operation-name",
	"traceparent", "tracestate", "baggage", "sentry-trace"}

// cors is rs/cors with our own origin match (its empty list means "every origin" and it expands
// wildcards) and a warning for every refused preflight, so an app developer can see why the
// browser says only "Failed to fetch".
type cors struct {
	log     *slog.Logger
	origins map[string]bool
	headers map[string]bool
	c       *rscors.Cors
	// logs bounds the warnings (a flood of hostile preflights must not flood the log);
	// suppressed counts those left out, reported with the next one written.
	logs       *rate.Limiter
	suppressed atomic.Int64
}

// warn logs one refused preflight, at most corsLogBurst at once and one a second after that.
func (c *cors) warn(r *http.Request, msg string, args ...any) {
	if !c.logs.Allow() {
		c.suppressed.Add(1)
		return
	}
	if n := c.suppressed.Swap(0); n > 0 {
		args = append(args, "suppressed_before", n)
	}
	c.log.WarnContext(r.Context(), msg, args...)
}

const corsLogBurst = 20

func corsFor(log *slog.Logger, origins, extraHeaders []string) *cors {
	c := &cors{log: log, origins: map[string]bool{}, headers: map[string]bool{}, logs: rate.NewLimiter(rate.Every(time.Second), corsLogBurst)}
	for _, o := range origins {
		c.origins[o] = true
	}
	all := append(slices.Clone(DefaultCORSHeaders), extraHeaders...)
	for _, h := range all {
		c.headers[strings.ToLower(h)] = true
	}
	c.c = rscors.New(rscors.Options{
		AllowOriginFunc:  func(origin string) bool { return c.origins[origin] },
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   all,
		ExposedHeaders:   []string{"X-Request-Id", "Retry-After", "WWW-Authenticate"},
		AllowCredentials: false,
		MaxAge:           600,
	})
	return c
}

func (c *cors) Handler(next http.Handler) http.Handler {
	inner := c.c.Handler(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if r.Method == http.MethodOptions && origin != "" && r.Header.Get("Access-Control-Request-Method") != "" {
			if !c.origins[origin] {
				c.warn(r, "CORS preflight refused: origin not in B40_CORS_ORIGINS", "origin", origin)
			} else {
				for h := range strings.SplitSeq(r.Header.Get("Access-Control-Request-Headers"), ",") {
					if h = strings.ToLower(strings.TrimSpace(h)); h != "" && !c.headers[h] {
						c.warn(r, "CORS preflight refused: header not allowed (add it to B40_CORS_HEADERS)", "origin", origin, "header", h)
					}
				}
				if m := r.Header.Get("Access-Control-Request-Method"); m != http.MethodGet && m != http.MethodPost {
					c.warn(r, "CORS preflight refused: method not allowed", "origin", origin, "method", m)
				}
			}
		}
		inner.ServeHTTP(w, r)
	})
}

// readyHandler is ready when the database answers and its schema is the one this binary knows:
// no migration pending, none unknown (unless serving read-only).
func readyHandler(d *bun.DB, h *Health, readOnly bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain")
		notReady := func(msg string) {
			w.Header().Set("Retry-After", apperr.RetryAfterSeconds)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte(msg + "\n"))
		}
		if h.IsDown() {
			if r := h.downReason(); r != "" {
				notReady("database restarting: " + r)
			} else {
				notReady("database restarting")
			}
			return
		}
		if h.DiskFull() {
			notReady("database disk full (no space left on device): writes fail until space is freed")
			return
		}
		if err := d.PingContext(ctx); err != nil {
			notReady("database unreachable")
			return
		}
		unknown, err := db.UnknownMigrations(ctx, d)
		if err != nil {
			notReady("database unreachable")
			return
		}
		if len(unknown) > 0 && !readOnly {
			notReady("the schema is newer than this binary: " + strings.Join(unknown, ", "))
			return
		}
		pending, err := db.Pending(ctx, d)
		if err != nil || len(pending) > 0 {
			notReady("migrations pending")
			return
		}
		if readOnly {
			_, _ = w.Write([]byte("ready (read-only: the schema is newer than this binary)\n"))
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
}

// withDeadline ends a request's work at its write deadline: its context is done then, so every
// statement it runs is cancelled in PostgreSQL and the resolvers still to run fail at once.
// (http.Server's WriteTimeout alone only makes the late answer's writes fail: the work went on
// to its end.) The answer, an error by then, has AnswerGrace more to be written.
//
// An event stream (Accept: text/event-stream) has no such end: it lasts until its client, its
// session or the server ends it, and the transport bounds each of its writes instead.
func withDeadline(timeout time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isEventStream(r) {
			next.ServeHTTP(w, r)
			return
		}
		deadline := time.Now().Add(timeout)
		// A test's recorder has no deadline to set.
		_ = http.NewResponseController(w).SetWriteDeadline(deadline.Add(AnswerGrace))
		ctx, cancel := context.WithDeadline(r.Context(), deadline)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Timeouts of the HTTP server: none may be zero (slowloris).
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 15 * time.Second
	// WriteTimeout is when a request's work ends (its context is done); its answer may be
	// written for AnswerGrace more.
	WriteTimeout    = 30 * time.Second
	AnswerGrace     = time.Second
	IdleTimeout     = 120 * time.Second
	MaxHeaderBytes  = 64 << 10
	ShutdownTimeout = 25 * time.Second
)

// ServeMetrics serves /metrics on addr until ctx is done. The figures are not worth refusing
// to start for: a taken port is logged and the API serves on without them.
func ServeMetrics(ctx context.Context, addr string, m *Metrics, log *slog.Logger) {
	if addr == "" || addr == "off" {
		return
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		log.Warn("metrics not served", "addr", addr, "error", err)
		return
	}
	srv := &http.Server{Handler: MetricsHandler(m), ReadHeaderTimeout: ReadHeaderTimeout, ReadTimeout: ReadTimeout,
		WriteTimeout: WriteTimeout, IdleTimeout: IdleTimeout, MaxHeaderBytes: MaxHeaderBytes}
	log.Info("metrics on http://" + ln.Addr().String() + "/metrics")
	go func() { _ = srv.Serve(ln) }()
	go func() { <-ctx.Done(); _ = srv.Close() }()
}

// Serve serves h on ln until ctx is done, then finishes in-flight requests for at most
// shutdownTimeout (0: ShutdownTimeout). ready is called with the bound address.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger, shutdownTimeout time.Duration, ready func(addr string)) error {
	if shutdownTimeout <= 0 {
		shutdownTimeout = ShutdownTimeout
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout + AnswerGrace,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if ready != nil {
		ready(ln.Addr().String())
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing in-flight requests", "within", shutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		log.Warn("requests still running at the shutdown bound were cut off", "error", err)
		_ = srv.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// isEventStream reports whether r asks for server-sent events: the transport's own rule.
func isEventStream(r *http.Request) bool { return engine.IsEventStream(r) }

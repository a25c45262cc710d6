// Package httpserver holds the HTTP side: routes, CORS, body limits, timeouts, health,
// metrics and graceful shutdown.
package httpserver

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/rs/cors"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
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
	// GraphiQL serves the GraphiQL page at /.
	GraphiQL     bool
	MaxBodyBytes int64
	// Reports serves GET /reports/annual/{year}.md (authenticated like /graphql).
	Reports http.Handler
}

// DefaultMaxBodyBytes bounds a POST /graphql body.
const DefaultMaxBodyBytes = 1 << 20

// NewHandler returns the server's routes.
func NewHandler(o Options) http.Handler {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	mux := http.NewServeMux()
	route := func(pattern, name string, h http.Handler) {
		mux.Handle(pattern, withRequestID(o.Logger, o.Metrics, name, h))
	}
	route("/graphql", "graphql", corsFor(o.CORSOrigins).Handler(guardGraphQL(o.MaxBodyBytes, o.GraphQL)))
	route("GET /healthz", "healthz", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("ok\n"))
	}))
	route("GET /readyz", "readyz", readyHandler(o.DB))
	if o.Reports != nil {
		route("GET /reports/annual/{file}", "report", corsFor(o.CORSOrigins).Handler(noStore(o.Reports)))
	}
	if o.GraphiQL {
		route("GET /{$}", "graphiql", playground.Handler("B40 Workspace", "/graphql"))
	}
	return mux
}

// MetricsHandler serves /metrics alone, for the separate metrics listener: the figures name
// operations and load, which the public listener does not show.
func MetricsHandler(m *Metrics) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	return mux
}

// noStore keeps answers out of every cache: they are for one caller only.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// corsFor allows exactly the listed origins. The match is ours, not rs/cors's: its empty list
// means "every origin" and it expands "*" and wildcards.
func corsFor(origins []string) *cors.Cors {
	allowed := make(map[string]bool, len(origins))
	for _, o := range origins {
		allowed[o] = true
	}
	return cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return allowed[origin] },
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   []string{"Authorization", "Content-Type", "Accept-Language", "X-Request-Id"},
		ExposedHeaders:   []string{"X-Request-Id"},
		AllowCredentials: false,
		MaxAge:           600,
	})
}

// readyHandler is ready when the database answers and no migration is pending.
func readyHandler(d *bun.DB) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain")
		if err := d.PingContext(ctx); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("database unreachable\n"))
			return
		}
		pending, err := db.Pending(ctx, d)
		if err != nil || len(pending) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("migrations pending\n"))
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
}

// Timeouts of the HTTP server: none may be zero (slowloris).
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 15 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 120 * time.Second
	MaxHeaderBytes    = 64 << 10
	ShutdownTimeout   = 25 * time.Second
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

// Serve listens on addr and serves h until ctx is done, then finishes in-flight requests.
// ready is called with the bound address once it accepts connections.
func Serve(ctx context.Context, addr string, h http.Handler, log *slog.Logger, ready func(addr string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
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
	log.Info("shutting down: finishing in-flight requests")
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

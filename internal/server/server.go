// Package server is the one composition root of the HTTP stack: `b40 serve` and the test
// harness both build what they serve here, so the tests run exactly what production runs.
package server

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/graph"
	"github.com/b40-network/workspace/graph/engine"
	"github.com/b40-network/workspace/internal/app"
	"github.com/b40-network/workspace/internal/calendar"
	"github.com/b40-network/workspace/internal/httpserver"
	"github.com/b40-network/workspace/internal/live"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/report"
	"github.com/b40-network/workspace/internal/tracing"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/migrations"
	"github.com/b40-network/workspace/web"
)

// Config is what changes the stack between deployments (and tests).
type Config struct {
	Logger        *slog.Logger
	Introspection bool
	Limits        engine.Limits
	CORSOrigins   []string
	CORSHeaders   []string
	// ReadOnly: the binary is older than the schema; mutations are refused.
	ReadOnly bool
	// Health knows when the database is down (nil: never known ahead of a failing query).
	Health *httpserver.Health
	// AnalyticsTTL shortens how long analytics answers are shared (0: the default).
	AnalyticsTTL time.Duration
	// PerFieldOnly turns nested reads off (tests compare the two paths).
	PerFieldOnly bool
	// WriteTimeout is when a request's work ends (0: httpserver.WriteTimeout).
	WriteTimeout time.Duration
	// Version names the build in b40_build_info ("dev" when empty).
	Version string
	// Tracing, when on, makes spans per request, operation and resolver (nil: off).
	Tracing *tracing.Tracing
	// Documents is engine.DocumentsOpen ("" too) or engine.DocumentsTrusted (B40_DOCUMENTS).
	Documents string
	// Heartbeat is how often an idle event stream gets a comment line (0: engine.DefaultHeartbeat).
	Heartbeat time.Duration
}

// Stack is the built HTTP side.
type Stack struct {
	Handler http.Handler
	Metrics *httpserver.Metrics
	// Live holds the event streams; Close it when shutting down, so that they complete.
	Live *live.Hub
}

// New builds the routes (app, API, GraphiQL, reports, health) over svc; owner answers /readyz.
func New(svc *app.Services, owner *bun.DB, cfg Config) *Stack {
	metrics := httpserver.NewMetrics(svc.DB.DB)
	if owner != nil && owner.DB != svc.DB.DB {
		metrics.OwnerPool(owner.DB)
	}
	version := cfg.Version
	if version == "" {
		version = "dev"
	}
	metrics.Build(version, migrations.Newest())
	gql := engine.NewHandler(svc, engine.HandlerOptions{
		Introspection: cfg.Introspection, Limits: cfg.Limits, Logger: cfg.Logger, Observe: metrics.ObserveOperation, ObserveNested: metrics.ObserveNestedRead,
		ReadOnly: cfg.ReadOnly, AnalyticsTTL: cfg.AnalyticsTTL, PerFieldOnly: cfg.PerFieldOnly,
		Tracer: cfg.Tracing.Tracer(), Manifest: web.PersistedDocuments(), Documents: cfg.Documents, Heartbeat: cfg.Heartbeat,
	})
	svc.Live.SetLogger(cfg.Logger)
	h := httpserver.NewHandler(httpserver.Options{
		Logger: cfg.Logger, GraphQL: graph.Endpoint(svc, gql), Reports: svc.Auth.Middleware(report.Handler(svc.Reports)),
		DB: owner, Metrics: metrics, CORSOrigins: cfg.CORSOrigins, CORSHeaders: cfg.CORSHeaders,
		GraphiQL: cfg.Introspection, App: web.Handler(), GraphiQLPage: web.GraphiQL(), Health: cfg.Health, ReadOnly: cfg.ReadOnly,
		WriteTimeout: cfg.WriteTimeout, Tracing: cfg.Tracing,
		Unsubscribe: &notify.Unsubscribe{Owner: owner},
		Calendar:    calendar.Handler(svc.Calendar, svc.Auth.Middleware),
		Minutes:     svc.Auth.Middleware(workinggroup.MinutesHandler(svc.WorkingGroups)),
	})
	return &Stack{Handler: h, Metrics: metrics, Live: svc.Live}
}

// Serve serves the stack on ln until ctx is done, then shuts down: the event streams are ended
// at once (each with its complete event, so clients reconnect elsewhere) while the requests in
// flight finish, within shutdownTimeout.
func (s *Stack) Serve(ctx context.Context, ln net.Listener, log *slog.Logger, shutdownTimeout time.Duration, ready func(addr string)) error {
	stop := context.AfterFunc(ctx, s.Live.Close)
	defer func() {
		stop()
		s.Live.Close()
	}()
	return httpserver.Serve(ctx, ln, s.Handler, log, shutdownTimeout, ready)
}

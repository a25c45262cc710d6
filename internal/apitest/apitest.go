// Package apitest drives the real HTTP handler, with the real GraphQL handler and services, on a
// fresh PostgreSQL database with the demo data: the harness of every API test.
package apitest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/graph/engine"
	"github.com/b40-network/workspace/internal/app"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/httpserver"
	"github.com/b40-network/workspace/internal/live"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/internal/server"
	"github.com/b40-network/workspace/internal/testdb"
	"github.com/b40-network/workspace/internal/tracing"
)

// Options change the server under test.
type Options struct {
	Introspection bool
	CORSOrigins   []string
	CORSHeaders   []string
	Limits        *engine.Limits
	// NoDemo starts from an empty, migrated database.
	NoDemo bool
	// Showcase adds the demo's sample staff, indicators and membership dates (make run has
	// them; most tests build their own).
	Showcase bool
	// AnalyticsTTL shortens how long analytics answers are shared (staleness tests).
	AnalyticsTTL time.Duration
	// Log receives the server's log; discarded when nil.
	Log io.Writer
	// PerFieldOnly turns nested reads off, so a test can compare them with the resolvers.
	PerFieldOnly bool
	// WriteTimeout shortens a request's write deadline (0: httpserver.WriteTimeout).
	WriteTimeout time.Duration
	// Deliver starts River's workers with this delivery, as b40 serve does (nil: no workers;
	// jobs wait in the queue). Its Mailer nil keeps mail instead of sending it.
	Deliver *notify.Delivery
	// RetryPolicy spaces delivery retries (nil: River's back-off).
	RetryPolicy river.ClientRetryPolicy
	// Tracing, when on, traces requests, operations, resolvers and the request pool's SQL.
	Tracing *tracing.Tracing
	// TrustedDocuments serves as B40_DOCUMENTS=trusted does: sessions and the public run only
	// the app's documents.
	TrustedDocuments bool
	// Live configures the hub of event streams (limits, buffers, session checks).
	Live live.Config
	// Heartbeat is how often an idle event stream gets a comment line (0: the default, 15 s).
	Heartbeat time.Duration
}

// API is a server under test.
type API struct {
	t testing.TB
	// DB is the owner's pool, for setting up and inspecting data behind the API's back.
	DB      *bun.DB
	Svc     *app.Services
	Handler http.Handler
	// Metrics is what the separate metrics listener serves.
	Metrics http.Handler
	stack   *server.Stack
	log     *slog.Logger
}

// Serve serves the API over a real listener on loopback, as b40 serve does (its timeouts, its
// shutdown), and returns its base URL and a function that shuts it down (also run at cleanup).
// Event streams need it: a recorder cannot stream.
func (a *API) Serve() (base string, shutdown func()) {
	a.t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		a.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.stack.Serve(ctx, ln, a.log, 10*time.Second, nil) }()
	var once sync.Once
	shutdown = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				a.t.Errorf("serve: %v", err)
			}
		})
	}
	a.t.Cleanup(shutdown)
	return "http://" + ln.Addr().String(), shutdown
}

// New returns a server on its own database.
func New(t testing.TB, o Options) *API {
	t.Helper()
	d := testdb.New(t)
	load := seed.DemoWithoutShowcase
	if o.Showcase {
		load = seed.Demo
	}
	if !o.NoDemo {
		if err := load(context.Background(), d, seed.DefaultPassword); err != nil {
			t.Fatalf("demo seed: %v", err)
		}
	}
	return NewOn(t, d, o)
}

// NewOn returns a server on an existing database.
func NewOn(t testing.TB, d *bun.DB, o Options) *API {
	logOut := o.Log
	if logOut == nil {
		logOut = testLog{t}
	}
	log := slog.New(slog.NewTextHandler(logOut, nil))
	limits := engine.DefaultLimits
	if o.Limits != nil {
		limits = *o.Limits
	}
	req := d // an unmigrated database (tests of readiness and failures) has no request role
	var migrated bool
	if err := d.NewRaw("SELECT to_regclass('b40_private.secret') IS NOT NULL").Scan(context.Background(), &migrated); err == nil && migrated {
		var err error
		if req, err = db.OpenRequestPool(context.Background(), d, db.Options{MaxOpenConns: 10, TracerProvider: o.Tracing.DBProvider()}); err != nil {
			t.Fatalf("request pool: %v", err)
		}
		t.Cleanup(func() { _ = req.Close() })
	}
	svc := app.New(req, d)
	svc.Live = live.NewHub(d, o.Live)
	t.Cleanup(svc.Live.Close)
	if o.Deliver != nil {
		runner, err := notify.StartRunner(context.Background(), d, notify.RunnerConfig{Delivery: *o.Deliver, Logger: log, RetryPolicy: o.RetryPolicy,
			Register: svc.RegisterWorkers})
		if err != nil {
			t.Fatalf("job queue: %v", err)
		}
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			_ = runner.Stop(ctx)
		})
	}
	stack := server.New(svc, d, server.Config{Logger: log, Introspection: o.Introspection, Limits: limits,
		CORSOrigins: o.CORSOrigins, CORSHeaders: o.CORSHeaders, AnalyticsTTL: o.AnalyticsTTL, PerFieldOnly: o.PerFieldOnly,
		WriteTimeout: o.WriteTimeout, Tracing: o.Tracing, Documents: documents(o.TrustedDocuments), Heartbeat: o.Heartbeat})
	return &API{t: t, DB: d, Svc: svc, Handler: stack.Handler, Metrics: httpserver.MetricsHandler(stack.Metrics), stack: stack, log: log}
}

func documents(trusted bool) string {
	if trusted {
		return engine.DocumentsTrusted
	}
	return engine.DocumentsOpen
}

// Error is one GraphQL error of a response.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Response is a decoded answer.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
}

// Decode unmarshals data into v, failing the test on errors.
func (r *Response) Decode(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %s", r.Body)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode %s: %v", r.Body, err)
	}
}

// ErrorCode returns the code of the first error, or "".
func (r *Response) ErrorCode() string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Code()
}

// Request is one HTTP request to the server.
type Request struct {
	Method      string
	Path        string
	ContentType string
	Body        []byte
	Header      map[string]string
	// RemoteAddr is the client address (default httptest's 192.0.2.1:1234).
	RemoteAddr string
	// Count, when set, receives the statements the request sent to PostgreSQL.
	Count **db.StatementCount
	// Context, when set, is the request's context (a client that goes away cancels it).
	Context context.Context
}

// Do sends a raw request.
func (a *API) Do(r Request) *Response {
	a.t.Helper()
	if r.Method == "" {
		r.Method = http.MethodPost
	}
	if r.Path == "" {
		r.Path = "/graphql"
	}
	req := httptest.NewRequest(r.Method, r.Path, bytes.NewReader(r.Body))
	if r.Context != nil {
		req = req.WithContext(r.Context)
	}
	if r.ContentType != "" {
		req.Header.Set("Content-Type", r.ContentType)
	}
	for k, v := range r.Header {
		req.Header.Set(k, v)
	}
	if r.RemoteAddr != "" {
		req.RemoteAddr = r.RemoteAddr
	}
	if r.Count != nil {
		ctx, c := db.WithStatementCount(req.Context())
		req = req.WithContext(ctx)
		defer func() { *r.Count = c }()
	}
	rec := httptest.NewRecorder()
	a.Handler.ServeHTTP(rec, req)
	resp := &Response{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "application/") && json.Valid(resp.Body) {
		_ = json.Unmarshal(resp.Body, resp)
	}
	return resp
}

// Query POSTs a GraphQL operation with optional variables and headers.
func (a *API) Query(query string, vars map[string]any, header ...map[string]string) *Response {
	a.t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		a.t.Fatal(err)
	}
	r := Request{Body: body, ContentType: "application/json"}
	if len(header) > 0 {
		r.Header = header[0]
	}
	return a.Do(r)
}

// MustQuery runs Query and decodes its data into v.
func (a *API) MustQuery(v any, query string, vars map[string]any, header ...map[string]string) {
	a.t.Helper()
	a.Query(query, vars, header...).Decode(a.t, v)
}

// Bearer returns the Authorization header for token.
func Bearer(token string) map[string]string {
	return map[string]string{"Authorization": "Bearer " + token}
}

// Login signs in with the demo password and returns the session token.
func (a *API) Login(email string) string {
	a.t.Helper()
	return a.LoginWith(email, seed.DefaultPassword)
}

// LoginWith signs in and returns the session token, failing the test otherwise.
func (a *API) LoginWith(email, password string) string {
	a.t.Helper()
	var out struct {
		Login struct {
			Token      *string
			UserErrors []struct{ Code, Message string }
		}
	}
	a.MustQuery(&out, `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token userErrors { code message } } }`,
		map[string]any{"e": email, "p": password})
	if out.Login.Token == nil {
		a.t.Fatalf("login %s: %+v", email, out.Login.UserErrors)
	}
	return *out.Login.Token
}

// As runs query as the holder of token.
func (a *API) As(token, query string, vars map[string]any) *Response {
	a.t.Helper()
	return a.Query(query, vars, Bearer(token))
}

// ID returns the global ID of a row, as the API encodes it.
func ID(typ string, key ...int64) string { return gid.Encode(typ, key...) }

// CityID returns the database id of a demo city.
func (a *API) CityID(slug string) int64 {
	a.t.Helper()
	var id int64
	if err := a.DB.NewRaw("SELECT id FROM city WHERE slug = ?", slug).Scan(context.Background(), &id); err != nil {
		a.t.Fatalf("city %s: %v", slug, err)
	}
	return id
}

// UserID returns the database id of an account.
func (a *API) UserID(email string) int64 {
	a.t.Helper()
	var id int64
	if err := a.DB.NewRaw("SELECT id FROM app_user WHERE email = ?", email).Scan(context.Background(), &id); err != nil {
		a.t.Fatalf("user %s: %v", email, err)
	}
	return id
}

// testLog shows the server's log with a failing test's output only.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

package httpserver_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/httpserver"
	"github.com/b40-network/workspace/internal/testdb"
)

func TestCORSAllowsExactlyTheListedOrigins(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{NoDemo: true, CORSOrigins: []string{"https://app.b40.example"}})
	preflight := func(origin string) *apitest.Response {
		return api.Do(apitest.Request{Method: http.MethodOptions, Header: map[string]string{
			"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"}})
	}
	if r := preflight("https://app.b40.example"); r.Header.Get("Access-Control-Allow-Origin") != "https://app.b40.example" {
		t.Errorf("listed origin refused: %v", r.Header)
	}
	for _, o := range []string{"https://evil.example", "https://app.b40.example.evil.example", "null", "http://app.b40.example"} {
		if r := preflight(o); r.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("origin %s allowed: %v", o, r.Header)
		}
	}
	r := api.Do(apitest.Request{Body: gqlBody("{ network { name } }"), ContentType: "application/json", Header: map[string]string{"Origin": "https://app.b40.example"}})
	if r.Header.Get("Access-Control-Allow-Origin") != "https://app.b40.example" || r.Header.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("simple request headers: %v", r.Header)
	}
	none := apitest.New(t, apitest.Options{NoDemo: true})
	r = none.Do(apitest.Request{Body: gqlBody("{ network { name } }"), ContentType: "application/json", Header: map[string]string{"Origin": "https://any.example"}})
	if r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("no origins configured, yet allowed: %v", r.Header)
	}
}

func TestHealthReadyAndMetrics(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/healthz"}); r.Status != 200 {
		t.Errorf("healthz %d", r.Status)
	}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/readyz"}); r.Status != 200 {
		t.Errorf("readyz %d %s", r.Status, r.Body)
	}
	api.Query("query CityList { cities { totalCount } }", nil)
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/metrics"}); bytes.Contains(r.Body, []byte("b40_http_requests_total")) {
		t.Errorf("/metrics is served on the API listener")
	}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/debug/pprof/"}); bytes.Contains(r.Body, []byte("goroutine")) {
		t.Errorf("profiles are served on the API listener")
	}
	prof := httptest.NewRecorder()
	api.Metrics.ServeHTTP(prof, httptest.NewRequest(http.MethodGet, "/debug/pprof/", nil))
	if prof.Code != 200 || !bytes.Contains(prof.Body.Bytes(), []byte("goroutine")) {
		t.Errorf("the metrics listener serves no profiles: %d", prof.Code)
	}
	rec := httptest.NewRecorder()
	api.Metrics.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	r := &apitest.Response{Status: rec.Code, Body: rec.Body.Bytes()}
	for _, want := range []string{`b40_graphql_operations_total{operation="query:cities",outcome="ok"} 1`,
		`b40_graphql_operation_duration_seconds_bucket{operation="query:cities"`, `go_sql_open_connections{db_name="b40"}`,
		`b40_http_requests_total{code="200",route="graphql"}`} {
		if !bytes.Contains(r.Body, []byte(want)) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// A database with migrations pending is alive but not ready.
	empty := testdb.NewEmpty(t)
	d := openURL(t, empty)
	notReady := apitest.NewOn(t, d, apitest.Options{})
	if r := notReady.Do(apitest.Request{Method: http.MethodGet, Path: "/readyz"}); r.Status != http.StatusServiceUnavailable {
		t.Errorf("readyz on an unmigrated database: %d", r.Status)
	}
}

// An unexpected failure answers INTERNAL with a request id and nothing of its cause; the cause
// goes to the log under the same id.
func TestInternalErrorsAreScrubbed(t *testing.T) {
	t.Parallel()
	var logBuf syncBuffer
	d := openURL(t, testdb.NewEmpty(t)) // no tables: every query fails in PostgreSQL
	api := apitest.NewOn(t, d, apitest.Options{Log: &logBuf})
	r := api.Do(apitest.Request{Body: gqlBody("{ cities { totalCount } }"), ContentType: "application/json", Header: map[string]string{"X-Request-Id": "req-123"}})
	if r.ErrorCode() != "INTERNAL" || r.Errors[0].Extensions["requestId"] != "req-123" {
		t.Fatalf("got %s", r.Body)
	}
	if bytes.Contains(bytes.ToLower(r.Body), []byte("city")) || bytes.Contains(r.Body, []byte("SQLSTATE")) {
		t.Errorf("internals leaked: %s", r.Body)
	}
	if !strings.Contains(logBuf.String(), "req-123") || !strings.Contains(logBuf.String(), "city") {
		t.Errorf("log lacks the cause under the request id: %s", logBuf.String())
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// Shutdown finishes a request in flight before Serve returns.
func TestGracefulShutdownFinishesInFlightRequests(t *testing.T) {
	t.Parallel()
	started := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		_, _ = w.Write([]byte("finished"))
	})
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		done <- httpserver.Serve(ctx, ln, h, slog.New(slog.DiscardHandler), 0, func(a string) { addrc <- a })
	}()
	addr := <-addrc
	respc := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/")
		if err != nil {
			respc <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		respc <- string(b)
	}()
	<-started
	cancel()
	if got := <-respc; got != "finished" {
		t.Errorf("in-flight request got %q", got)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := http.Get("http://" + addr + "/"); err == nil {
		t.Error("still accepting after shutdown")
	}
}

// B40_SHUTDOWN_TIMEOUT bounds the wait: a request still running then is cut off and Serve
// returns.
func TestShutdownIsBounded(t *testing.T) {
	t.Parallel()
	started, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	h := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		close(started)
		<-release // never finishes by itself while the test waits
		_, _ = w.Write([]byte("finished"))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- httpserver.Serve(ctx, ln, h, slog.New(slog.DiscardHandler), 200*time.Millisecond, nil) }()
	respc := make(chan error, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err == nil {
			_, err = io.ReadAll(resp.Body)
			resp.Body.Close()
		}
		respc <- err
	}()
	<-started
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if err := <-respc; err == nil {
		t.Error("the request outlived the shutdown bound")
	}
}

// A database that gives up on a request says so in a way a client can act on: a statement that
// outlived the statement timeout (a write blocked on a lock) and a request whose connection
// PostgreSQL ended while it ran both answer HTTP 503, Retry-After and a coded UNAVAILABLE,
// never an INTERNAL with 200.
func TestDatabaseGivingUpAnswersUnavailable(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	ctx := context.Background()
	token := api.Login("editor@tirana.b40.demo")
	unavailable := func(what string, r *apitest.Response) {
		t.Helper()
		if r.Status != http.StatusServiceUnavailable || r.ErrorCode() != "UNAVAILABLE" || r.Header.Get("Retry-After") == "" {
			t.Errorf("%s: %d Retry-After %q %s", what, r.Status, r.Header.Get("Retry-After"), r.Body)
		}
	}
	lock := func(table string) (release func()) {
		t.Helper()
		tx, err := api.DB.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, "LOCK TABLE "+table+" IN ACCESS EXCLUSIVE MODE"); err != nil {
			t.Fatal(err)
		}
		return func() { _ = tx.Rollback() }
	}

	// A write blocked longer than the statement timeout.
	release := lock("practice")
	r := api.As(token, `mutation($c: ID!) { createPractice(input: {cityId: $c, title: "Blocked", body: [{locale: "en", text: "b"}]}) { practice { id } } }`,
		map[string]any{"c": apitest.ID("City", api.CityID("tirana"))})
	release()
	unavailable("a write blocked past the statement timeout", r)

	// A read in flight when its backend is ended (as when PostgreSQL dies or restarts).
	super := testdb.NewAsSuperuser(t) // sees and ends any backend
	var dbName string
	if err := api.DB.NewRaw("SELECT current_database()").Scan(ctx, &dbName); err != nil {
		t.Fatal(err)
	}
	release = lock("city")
	defer release()
	done := make(chan *apitest.Response, 1)
	go func() { done <- api.Query(`{ cities(first: 3) { totalCount } }`, nil) }()
	deadline := time.Now().Add(4 * time.Second)
	for {
		var n int
		if err := super.NewRaw(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE wait_event_type = 'Lock' AND datname = ?`, dbName).Scan(ctx, &n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the read never waited on the lock")
		}
		time.Sleep(20 * time.Millisecond)
	}
	unavailable("a read whose connection ended under it", <-done)
}

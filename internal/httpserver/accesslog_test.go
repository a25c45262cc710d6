package httpserver_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/httpserver"
	"github.com/b40-network/workspace/internal/requestid"
)

// A failure of the server is logged at WARN, an ordinary answer at INFO; both access lines say
// the client's address and user agent (cut to 200 bytes), and the operation when the GraphQL
// layer named one. Four at once: the operation's note is per request.
func TestAccessLinesSayWhoAndWhatAndFailuresWarn(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	log := slog.New(requestid.LogHandler{Handler: slog.NewTextHandler(&logs, nil)})
	gql := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requestid.SetOperation(r.Context(), "query:"+r.URL.Query().Get("op"))
		log.InfoContext(r.Context(), "inner", "request_id", requestid.FromContext(r.Context()))
		if r.URL.Query().Get("fail") != "" {
			w.WriteHeader(http.StatusInternalServerError)
		}
		_, _ = w.Write([]byte("{}"))
	})
	h := httpserver.NewHandler(httpserver.Options{Logger: log, GraphQL: gql, Metrics: httpserver.NewMetrics(nil)})
	parallel(4, func(i int) {
		q := "/graphql?op=cities"
		if i%2 == 1 {
			q = "/graphql?op=network&fail=1"
		}
		r := httptest.NewRequest(http.MethodGet, q, nil).WithContext(context.Background())
		r.Header.Set("User-Agent", "b40-test/"+strings.Repeat("x", 300))
		r.RemoteAddr = "203.0.113.9:5555"
		h.ServeHTTP(httptest.NewRecorder(), r)
	})
	out := logs.String()
	ua := "b40-test/" + strings.Repeat("x", 200-len("b40-test/"))
	for _, want := range []string{
		`level=INFO msg=request method=GET path=/graphql status=200`,
		`level=WARN msg=request method=GET path=/graphql status=500`,
	} {
		if n := strings.Count(out, want); n != 2 {
			t.Errorf("%d lines with %q, want 2:\n%s", n, want, out)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Count(line, "request_id=") != 1 {
			t.Errorf("request_id not exactly once: %s", line)
		}
		if strings.Contains(line, "msg=request ") && (!strings.Contains(line, "client=203.0.113.9") || !strings.Contains(line, "user_agent="+ua+" ") ||
			!(strings.Contains(line, "status=200") == strings.Contains(line, "operation=query:cities"))) {
			t.Errorf("access line: %s", line)
		}
	}
}

// /metrics has the HTTP latency by route, the build, and the owner pool beside the request pool.
func TestMetricsNameTheBuildLatencyAndBothPools(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	api.Query(`{ network { name } }`, nil)
	rec := httptest.NewRecorder()
	api.Metrics.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		`b40_http_request_duration_seconds_bucket{route="graphql",le=`,
		`b40_build_info{schema="`,
		`db_name="b40_owner"`,
		`db_name="b40"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// A person who opens an address meant for programs is told where to go: /graphql in a browser
// points to the app and GraphiQL; /graphiql with introspection off says why it is off.
func TestAddressesForProgramsExplainThemselvesToPeople(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	page := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql", Header: map[string]string{"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}})
	if page.Status != 200 || !strings.HasPrefix(page.Header.Get("Content-Type"), "text/html") || !strings.Contains(string(page.Body), `href="/"`) ||
		!strings.Contains(string(page.Body), "B40_INTROSPECTION=1") {
		t.Errorf("GET /graphql from a browser: %d %s", page.Status, page.Body)
	}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?query=%7Bnetwork%7Bname%7D%7D", Header: map[string]string{"Accept": "text/html,*/*"}}); r.Status != 200 || !strings.Contains(string(r.Body), `"network"`) {
		t.Errorf("a browser's GET with a query: %d %s", r.Status, r.Body)
	}
	off := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphiql"})
	if off.Status != http.StatusNotFound || !strings.Contains(string(off.Body), "Introspection is off") {
		t.Errorf("GraphiQL off: %d %s", off.Status, off.Body)
	}
	on := apitest.New(t, apitest.Options{Introspection: true})
	if r := on.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql", Header: map[string]string{"Accept": "text/html"}}); !strings.Contains(string(r.Body), `href="/graphiql"`) {
		t.Errorf("GET /graphql with GraphiQL on: %s", r.Body)
	}
}

package httpserver_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// Issue 19.7: a client that goes away (the app cancelling a superseded search) is no failure of
// the server: its request is logged as status 499 at INFO, never as an ERROR "internal error",
// never as 503 (authentication is not unavailable because its caller left), and its operation
// is counted as canceled, not as an error. Four at once, signed in and not, cancelled before the
// request starts and while it runs.
func TestClientCancellationIsNoFailure(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	api := apitest.New(t, apitest.Options{Log: &logs})
	token := apitest.Bearer(api.Login(seed.DemoEmail("viewer", "tirana")))
	search := gqlVarsBody(`query($s: String) { practices(first: 20, filter: {search: $s}) { edges { node { title city { name } adoptions { city { name } } } } }
		cities(first: 5) { edges { node { name practices(first: 3) { totalCount } } } } }`, map[string]any{"s": "water"})
	headers := []map[string]string{token, nil}
	gone, cancel := context.WithCancel(context.Background())
	cancel()
	parallel(4, func(i int) {
		api.Do(apitest.Request{Body: search, ContentType: "application/json", Header: headers[i%2], Context: gone})
	})
	for _, d := range []time.Duration{100 * time.Microsecond, 500 * time.Microsecond, time.Millisecond, 2 * time.Millisecond, 5 * time.Millisecond} {
		parallel(4, func(i int) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			time.AfterFunc(d, cancel)
			api.Do(apitest.Request{Body: search, ContentType: "application/json", Header: headers[i%2], Context: ctx})
		})
	}
	if r := api.Do(apitest.Request{Body: search, ContentType: "application/json", Header: token}); r.Status != 200 || len(r.Errors) > 0 {
		t.Errorf("a request that stays: %d %.300s", r.Status, r.Body)
	}
	out := logs.String()
	for _, bad := range []string{"level=ERROR", "internal error", "status=503", "database unavailable"} {
		if strings.Contains(out, bad) {
			t.Errorf("a client that went away logged as %q:\n%s", bad, grepLines(out, bad))
		}
	}
	if n := strings.Count(out, "level=INFO msg=request method=POST path=/graphql status=499"); n < 4 {
		t.Errorf("%d requests logged as status 499 at INFO, want at least the 4 cancelled before they began:\n%s", n, grepLines(out, "msg=request"))
	}
	rec := httptest.NewRecorder()
	api.Metrics.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	metrics := rec.Body.String()
	if !strings.Contains(metrics, `b40_http_requests_total{code="499",route="graphql"}`) || strings.Contains(metrics, `b40_http_requests_total{code="503"`) {
		t.Errorf("HTTP counts:\n%s", grepLines(metrics, "b40_http_requests_total"))
	}
	if !strings.Contains(metrics, `outcome="canceled"`) || strings.Contains(metrics, `operation="query:practices+",outcome="error"`) {
		t.Errorf("operation counts:\n%s", grepLines(metrics, "b40_graphql_operations_total"))
	}
}

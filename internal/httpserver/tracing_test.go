package httpserver_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sort"
	"strings"
	"testing"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/requestid"
	"github.com/b40-network/workspace/internal/testdb"
	"github.com/b40-network/workspace/internal/tracing"
)

func noEnv(string) string { return "" }

// traceparent is an incoming W3C trace context, sampled, for trace i.
func traceparent(i int) (header string, traceID trace.TraceID, parent trace.SpanID) {
	header = fmt.Sprintf("00-%032x-%016x-01", 0xb40000+i, 0xcafe00+i)
	traceID, _ = trace.TraceIDFromHex(fmt.Sprintf("%032x", 0xb40000+i))
	parent, _ = trace.SpanIDFromHex(fmt.Sprintf("%016x", 0xcafe00+i))
	return header, traceID, parent
}

// dumpTrace is a trace's spans as an indented tree, for failure messages.
func dumpTrace(spans []sdktrace.ReadOnlySpan) string {
	var b strings.Builder
	for _, s := range spans {
		fmt.Fprintf(&b, "%s %s parent=%s kind=%s\n", s.SpanContext().SpanID(), s.Name(), s.Parent().SpanID(), s.SpanKind())
	}
	return b.String()
}

// Four signed-in requests at once, each continuing its own incoming traceparent, make four
// traces: the server span a child of the incoming parent, the operation span (named by its
// label) the server span's child, the root field's resolver span the operation's child (its
// selection is read by nested reads in one statement: no span per nested field), and the SQL
// statements children of spans of the same trace, at least one of the resolver's. The access
// line of each carries its trace id.
func TestTracingSpansPerRequestOperationResolverAndStatement(t *testing.T) {
	t.Parallel()
	rec := tracetest.NewSpanRecorder()
	tr, err := tracing.Setup(context.Background(), noEnv, tracing.Options{Processor: rec, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	api := apitest.New(t, apitest.Options{Tracing: tr, Log: &logs})
	token := api.Login("analyst@b40.demo")
	const query = `{ city(slug: "athens") { name country proposals(first: 2) { totalCount } } }`
	parallel(4, func(i int) {
		header, _, _ := traceparent(i)
		r := api.Do(apitest.Request{Body: gqlBody(query), ContentType: "application/json",
			Header: map[string]string{"traceparent": header, "Authorization": "Bearer " + token}})
		if r.Status != http.StatusOK || len(r.Errors) > 0 {
			t.Errorf("request %d: %d %s", i, r.Status, r.Body)
		}
	})
	byTrace := map[trace.TraceID][]sdktrace.ReadOnlySpan{}
	for _, s := range rec.Ended() {
		byTrace[s.SpanContext().TraceID()] = append(byTrace[s.SpanContext().TraceID()], s)
	}
	for i := range 4 {
		_, traceID, parent := traceparent(i)
		spans := byTrace[traceID]
		sort.Slice(spans, func(a, b int) bool { return spans[a].StartTime().Before(spans[b].StartTime()) })
		ids := map[trace.SpanID]sdktrace.ReadOnlySpan{}
		named := map[string][]sdktrace.ReadOnlySpan{}
		for _, s := range spans {
			ids[s.SpanContext().SpanID()] = s
			named[s.Name()] = append(named[s.Name()], s)
		}
		one := func(name string) sdktrace.ReadOnlySpan {
			if len(named[name]) != 1 {
				t.Fatalf("trace %d: %d spans named %q, want 1:\n%s", i, len(named[name]), name, dumpTrace(spans))
			}
			return named[name][0]
		}
		server, op, field := one("POST /graphql"), one("query:city"), one("Query.city")
		if server.Parent().SpanID() != parent || !server.Parent().IsRemote() || server.SpanKind() != trace.SpanKindServer {
			t.Errorf("trace %d: the server span does not continue the incoming traceparent:\n%s", i, dumpTrace(spans))
		}
		if op.Parent().SpanID() != server.SpanContext().SpanID() || field.Parent().SpanID() != op.SpanContext().SpanID() {
			t.Errorf("trace %d: operation or resolver span misplaced:\n%s", i, dumpTrace(spans))
		}
		statements, underResolver := 0, 0
		for _, s := range spans {
			if s == server {
				continue
			}
			p, ok := ids[s.Parent().SpanID()]
			if !ok {
				t.Errorf("trace %d: span %s has a parent outside its trace:\n%s", i, s.Name(), dumpTrace(spans))
			}
			if s.SpanKind() == trace.SpanKindClient {
				statements++
				if strings.Contains(p.Name(), ".") {
					underResolver++
				}
			}
		}
		if statements == 0 || underResolver == 0 {
			t.Errorf("trace %d: %d SQL spans, %d under a resolver:\n%s", i, statements, underResolver, dumpTrace(spans))
		}
		line := ""
		for _, l := range strings.Split(logs.String(), "\n") {
			if strings.Contains(l, "trace_id="+traceID.String()) {
				if line != "" {
					t.Errorf("trace %d: two log lines with its trace id", i)
				}
				line = l
			}
		}
		if !strings.Contains(line, "msg=request ") || !strings.Contains(line, "operation=query:city") {
			t.Errorf("trace %d: no access line with its trace id:\n%s", i, logs.String())
		}
	}
	if t.Failed() {
		t.Logf("all traces: %d", len(byTrace))
	}
}

// An INTERNAL error names the trace, beside the request id.
func TestTracingInternalErrorsCarryTheTraceID(t *testing.T) {
	t.Parallel()
	rec := tracetest.NewSpanRecorder()
	tr, err := tracing.Setup(context.Background(), noEnv, tracing.Options{Processor: rec})
	if err != nil {
		t.Fatal(err)
	}
	d := openURL(t, testdb.NewEmpty(t)) // no tables: every query fails in PostgreSQL
	api := apitest.NewOn(t, d, apitest.Options{Tracing: tr})
	header, traceID, _ := traceparent(7)
	r := api.Do(apitest.Request{Body: gqlBody("{ cities { totalCount } }"), ContentType: "application/json",
		Header: map[string]string{"traceparent": header}})
	if r.ErrorCode() != "INTERNAL" || r.Errors[0].Extensions["traceId"] != traceID.String() || r.Errors[0].Extensions["requestId"] == nil {
		t.Fatalf("got %s", r.Body)
	}
	failed := false
	for _, s := range rec.Ended() {
		failed = failed || (s.Name() == "Query.cities" && s.Status().Code.String() == "Error")
	}
	if !failed {
		t.Errorf("the failing resolver's span is not marked failed")
	}
}

// Tracing off (no OTEL_* variables): an incoming traceparent is ignored, no trace id is logged
// or answered.
func TestTracingOffNamesNoTrace(t *testing.T) {
	t.Parallel()
	tr, err := tracing.Setup(context.Background(), noEnv, tracing.Options{})
	if err != nil || tr.On() {
		t.Fatalf("tracing on without a variable asking for it (%v)", err)
	}
	var logs syncBuffer
	d := openURL(t, testdb.NewEmpty(t))
	api := apitest.NewOn(t, d, apitest.Options{Tracing: tr, Log: &logs})
	header, _, _ := traceparent(9)
	r := api.Do(apitest.Request{Body: gqlBody("{ cities { totalCount } }"), ContentType: "application/json",
		Header: map[string]string{"traceparent": header}})
	if r.ErrorCode() != "INTERNAL" || r.Errors[0].Extensions["traceId"] != nil {
		t.Fatalf("got %s", r.Body)
	}
	if strings.Contains(logs.String(), "trace_id") {
		t.Errorf("a trace id logged with tracing off:\n%s", logs.String())
	}
}

// Which variables turn tracing on.
func TestTracingEnabledByTheStandardVariables(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want bool
	}{
		{nil, false},
		{map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}, true},
		{map[string]string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://127.0.0.1:4318/v1/traces"}, true},
		{map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318", "OTEL_SDK_DISABLED": "true"}, false},
		{map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318", "OTEL_TRACES_EXPORTER": "none"}, false},
		{map[string]string{"OTEL_SDK_DISABLED": "false"}, true}, // on, to the default endpoint
	} {
		if got := tracing.Enabled(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: on=%v, want %v", c.env, got, c.want)
		}
	}
}

// On the resolvers' path (countryName, which the nested reads leave to its resolver, keeps the
// query there) each nested field with a
// resolver of its own gets its span in the request's trace; a field read off the loaded model
// gets none.
func TestTracingNestedResolverSpans(t *testing.T) {
	t.Parallel()
	rec := tracetest.NewSpanRecorder()
	tr, err := tracing.Setup(context.Background(), noEnv, tracing.Options{Processor: rec})
	if err != nil {
		t.Fatal(err)
	}
	api := apitest.New(t, apitest.Options{Tracing: tr})
	header, traceID, _ := traceparent(11)
	r := api.Do(apitest.Request{Body: gqlBody(`{ cities(first: 3, filter: {countries: ["GR", "AL", "TR"]}) { edges { node { name countryName workingGroups { slug } } } } }`),
		ContentType: "application/json", Header: map[string]string{"traceparent": header}})
	if r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("%d %s", r.Status, r.Body)
	}
	var spans []sdktrace.ReadOnlySpan
	ids := map[trace.SpanID]bool{}
	count := map[string]int{}
	for _, s := range rec.Ended() {
		if s.SpanContext().TraceID() == traceID {
			spans = append(spans, s)
			ids[s.SpanContext().SpanID()] = true
			count[s.Name()]++
		}
	}
	if count["Query.cities"] != 1 || count["City.workingGroups"] != 3 || count["City.name"] != 0 {
		t.Fatalf("resolver spans:\n%s", dumpTrace(spans))
	}
	parents := map[trace.SpanID]string{}
	for _, s := range spans {
		parents[s.SpanContext().SpanID()] = s.Name()
	}
	for _, s := range spans {
		if s.Name() != "POST /graphql" && !ids[s.Parent().SpanID()] {
			t.Errorf("%s has a parent outside the trace:\n%s", s.Name(), dumpTrace(spans))
		}
		if s.Name() == "City.workingGroups" && parents[s.Parent().SpanID()] != "Query.cities" {
			t.Errorf("City.workingGroups is not a child of Query.cities:\n%s", dumpTrace(spans))
		}
	}
}

// Every line logged in a traced request's context names the trace, once.
func TestTracingLogLinesNameTheTrace(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tr, err := tracing.Setup(context.Background(), noEnv, tracing.Options{Processor: rec})
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	log := slog.New(requestid.LogHandler{Handler: slog.NewTextHandler(&logs, nil)})
	ctx, span := tr.Tracer().Start(requestid.NewContext(context.Background(), "req-1"), "x")
	log.ErrorContext(ctx, "internal error")
	log.InfoContext(ctx, "request", requestid.TraceKey, span.SpanContext().TraceID().String())
	span.End()
	log.InfoContext(context.Background(), "untraced")
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	for i, l := range lines {
		want := 1
		if i == 2 {
			want = 0
		}
		if strings.Count(l, "trace_id="+span.SpanContext().TraceID().String()) != want {
			t.Errorf("line %d: %s", i, l)
		}
	}
}

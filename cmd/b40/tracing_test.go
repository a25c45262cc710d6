package main

import (
	"bytes"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"
)

// otlpReceiver is an OTLP/HTTP trace receiver: POST /v1/traces with a protobuf body.
type otlpReceiver struct {
	mu       sync.Mutex
	services map[string]bool
	spans    []*tracepb.Span
}

func (o *otlpReceiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/traces" || r.Header.Get("Content-Type") != "application/x-protobuf" {
		http.Error(w, "not an OTLP/HTTP protobuf trace export", http.StatusBadRequest)
		return
	}
	body, err := io.ReadAll(r.Body)
	var req coltracepb.ExportTraceServiceRequest
	if err != nil || proto.Unmarshal(body, &req) != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	o.mu.Lock()
	for _, rs := range req.GetResourceSpans() {
		for _, a := range rs.GetResource().GetAttributes() {
			if a.GetKey() == "service.name" {
				o.services[a.GetValue().GetStringValue()] = true
			}
		}
		for _, ss := range rs.GetScopeSpans() {
			o.spans = append(o.spans, ss.GetSpans()...)
		}
	}
	o.mu.Unlock()
	out, _ := proto.Marshal(&coltracepb.ExportTraceServiceResponse{})
	w.Header().Set("Content-Type", "application/x-protobuf")
	_, _ = w.Write(out)
}

// `b40 serve` with OTEL_EXPORTER_OTLP_ENDPOINT set exports its spans over OTLP/HTTP, with
// service.name b40, continuing the request's traceparent; the last are flushed at the stop.
func TestServeExportsTracesOverOTLP(t *testing.T) {
	t.Parallel()
	recv := &otlpReceiver{services: map[string]bool{}}
	collector := httptest.NewServer(recv)
	defer collector.Close()
	s := startServer(t, b40Env(dataDir(t), "OTEL_EXPORTER_OTLP_ENDPOINT="+collector.URL, "OTEL_BSP_SCHEDULE_DELAY=60000"))
	if !strings.Contains(s.logs.String(), "tracing on") || !strings.Contains(s.logs.String(), collector.URL) {
		t.Errorf("the start log does not say where traces go:\n%s", s.logs.String())
	}
	const traceID = "0af7651916cd43dd8448eb211c80319c"
	req, _ := http.NewRequest(http.MethodPost, "http://"+s.addr+"/graphql", bytes.NewReader([]byte(`{"query":"{ cities { totalCount edges { node { countryName } } } }"}`)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("traceparent", "00-"+traceID+"-b7ad6b7169203331-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || strings.Contains(string(body), `"errors"`) {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	s.stop() // the batch waits a minute: only the shutdown's flush sends the spans
	recv.mu.Lock()
	defer recv.mu.Unlock()
	if !recv.services["b40"] {
		t.Errorf("no spans from service.name b40: %v", recv.services)
	}
	names := map[string]bool{}
	for _, sp := range recv.spans {
		if hex.EncodeToString(sp.GetTraceId()) == traceID {
			names[sp.GetName()] = true
		}
	}
	for _, want := range []string{"POST /graphql", "query:cities", "Query.cities", "query SELECT"} {
		if !names[want] {
			t.Errorf("no span %q in the request's trace; got %v", want, names)
		}
	}
	if !strings.Contains(s.logs.String(), "trace_id="+traceID) {
		t.Errorf("the access line lacks the trace id:\n%s", s.logs.String())
	}
}

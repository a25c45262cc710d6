package httpserver_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/tracing"
)

// BenchmarkTracing is the cost of tracing on shape (a), a city by id, end to end through the
// handler, with the OTLP/HTTP exporter on, exporting to a receiver in this process that reads
// and drops the spans: "off" as served without OTEL_* variables, "every" with every request
// sampled (the default), "tenth" sampling 1 in 10 (parentbased_traceidratio 0.1). "interleaved"
// sends the three request by request in turn (which goes first rotates), so a busy machine slows
// them alike, and reports each traced server's extra time as a percentage: on this shared
// virtual machine two servers in separate processes differed by 5–13% with nothing traced,
// which a comparison across processes cannot see through.
func BenchmarkTracing(b *testing.B) {
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/x-protobuf")
	}))
	b.Cleanup(receiver.Close)
	// The OTLP exporter reads its endpoint from the environment itself.
	b.Setenv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.URL)
	traced := func(sampler sdktrace.Sampler) *tracing.Tracing {
		tr, err := tracing.Setup(context.Background(), os.Getenv, tracing.Options{Sampler: sampler})
		if err != nil || !tr.On() {
			b.Fatalf("tracing: %v", err)
		}
		b.Cleanup(func() { _ = tr.Shutdown(context.Background()) })
		return tr
	}
	// The servers are built alike on the seeded database (the seeding one would be another kind:
	// its pools did the seeding).
	seeded := apitest.New(b, apitest.Options{})
	off := apitest.NewOn(b, seeded.DB, apitest.Options{})
	every := apitest.NewOn(b, seeded.DB, apitest.Options{Tracing: traced(nil)})
	tenth := apitest.NewOn(b, seeded.DB, apitest.Options{Tracing: traced(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.1)))})
	body, _ := json.Marshal(map[string]string{"query": `{ node(id: "` + apitest.ID("City", seeded.CityID("athens")) +
		`") { ... on City { name country population } } }`})
	do := func(b *testing.B, api *apitest.API) {
		r := api.Do(apitest.Request{Body: body, ContentType: "application/json"})
		if r.Status != 200 || len(r.Errors) > 0 {
			b.Fatalf("%d %s", r.Status, r.Body)
		}
	}
	apis := []struct {
		name string
		api  *apitest.API
	}{{"off", off}, {"every", every}, {"tenth", tenth}}
	for _, c := range apis {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				do(b, c.api)
			}
		})
	}
	b.Run("interleaved", func(b *testing.B) {
		spent := make([]time.Duration, len(apis))
		for i := 0; b.Loop(); i++ {
			for k := range apis {
				j := (k + i) % len(apis)
				start := time.Now()
				do(b, apis[j].api)
				spent[j] += time.Since(start)
			}
		}
		b.ReportMetric(float64(spent[0].Nanoseconds())/float64(b.N), "off-ns/req")
		b.ReportMetric(100*(float64(spent[1])/float64(spent[0])-1), "every-overhead-%")
		b.ReportMetric(100*(float64(spent[2])/float64(spent[0])-1), "tenth-overhead-%")
	})
}

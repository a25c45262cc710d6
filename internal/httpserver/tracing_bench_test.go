package httpserver_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/tracing"
)

// BenchmarkTracing is the cost of tracing on shape (a), a city by id, end to end through the
// handler: "off" as served without OTEL_* variables, "on" with every request sampled and its
// spans (HTTP, operation, resolver, SQL) batched to an exporter that drops them, as the OTLP
// exporter is fed. "interleaved" alternates the two request by request, so a busy machine
// slows both alike, and reports on's extra time as overhead-%.
func BenchmarkTracing(b *testing.B) {
	// Both servers are built alike on the seeded database (the seeding one would be a third
	// kind: its pools did the seeding).
	seeded := apitest.New(b, apitest.Options{})
	off := apitest.NewOn(b, seeded.DB, apitest.Options{})
	tr, err := tracing.Setup(context.Background(), func(string) string { return "" }, tracing.Options{Exporter: tracetest.NewNoopExporter()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = tr.Shutdown(context.Background()) })
	on := apitest.NewOn(b, seeded.DB, apitest.Options{Tracing: tr})
	body, _ := json.Marshal(map[string]string{"query": `{ node(id: "` + apitest.ID("City", seeded.CityID("athens")) +
		`") { ... on City { name country population } } }`})
	do := func(b *testing.B, api *apitest.API) {
		r := api.Do(apitest.Request{Body: body, ContentType: "application/json"})
		if r.Status != 200 || len(r.Errors) > 0 {
			b.Fatalf("%d %s", r.Status, r.Body)
		}
	}
	for _, c := range []struct {
		name string
		api  *apitest.API
	}{{"off", off}, {"on", on}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				do(b, c.api)
			}
		})
	}
	b.Run("interleaved", func(b *testing.B) {
		var tOff, tOn time.Duration
		for i := 0; b.Loop(); i++ {
			// Which goes first alternates too.
			first, second, tFirst, tSecond := off, on, &tOff, &tOn
			if i%2 == 1 {
				first, second, tFirst, tSecond = on, off, &tOn, &tOff
			}
			start := time.Now()
			do(b, first)
			mid := time.Now()
			do(b, second)
			*tFirst += mid.Sub(start)
			*tSecond += time.Since(mid)
		}
		b.ReportMetric(float64(tOff.Nanoseconds())/float64(b.N), "off-ns/req")
		b.ReportMetric(float64(tOn.Nanoseconds())/float64(b.N), "on-ns/req")
		b.ReportMetric(100*(float64(tOn)/float64(tOff)-1), "overhead-%")
	})
}

package graph_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// BenchmarkCommitToSubscriber: the time from an event's commit on one server to its arrival
// at a subscriber's event stream on another server of the same database (NOTIFY, the second
// server's LISTEN connection, its hub, gqlgen's SSE transport, loopback HTTP), p50 and p99.
func BenchmarkCommitToSubscriber(b *testing.B) {
	a := apitest.New(b, apitest.Options{})
	other := apitest.NewOn(b, a.DB, apitest.Options{})
	base, _ := other.Serve()
	s := ready(b, base, a.Login(seed.DemoEmail("editor", "athens")))
	actor := viewerOf(b, a, seed.DemoEmail("editor", "sarajevo"))
	athens := a.CityID("athens")
	lat := make([]float64, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		raise(b, a, actor, athens, fmt.Sprintf("B%d", i), false)
		committed := time.Now()
		s.event()
		lat = append(lat, float64(time.Since(committed).Microseconds())/1000)
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(lat[len(lat)/2], "p50-ms")
	b.ReportMetric(lat[min(len(lat)-1, len(lat)*99/100)], "p99-ms")
}

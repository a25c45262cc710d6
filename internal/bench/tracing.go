package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"sync/atomic"
)

// tracingCost measures what tracing costs on shape (a): a second server on the same database
// with tracing on (OTEL_EXPORTER_OTLP_ENDPOINT), every request sampled and its spans exported
// over OTLP/HTTP to a receiver in this process that reads and drops them, against the first
// server (tracing off), 16 clients, interleaved rounds, medians.
func tracingCost(b40 string, env []string, client *http.Client, base string) error {
	var sc *scenario
	for i := range scenarios {
		if scenarios[i].name == "a_CityById" {
			sc = &scenarios[i]
		}
	}
	if sc == nil {
		return nil
	}
	var exports, received atomic.Int64
	collector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := io.Copy(io.Discard, r.Body)
		exports.Add(1)
		received.Add(n)
		w.Header().Set("Content-Type", "application/x-protobuf")
	}))
	defer collector.Close()
	srv := exec.Command(b40, "serve")
	srv.Env = append(env, "B40_ADDR=127.0.0.1:0", "B40_METRICS_ADDR=127.0.0.1:0", "OTEL_EXPORTER_OTLP_ENDPOINT="+collector.URL)
	stderr, _ := srv.StderrPipe()
	if err := srv.Start(); err != nil {
		return err
	}
	defer func() { _ = srv.Process.Signal(os.Interrupt); _ = srv.Wait() }()
	addr, _, err := waitListening(stderr)
	if err != nil {
		return fmt.Errorf("the traced server: %w", err)
	}
	go io.Copy(io.Discard, stderr) //nolint:errcheck
	traced := "http://" + addr
	body, _ := json.Marshal(map[string]any{"query": sc.query, "variables": sc.vars})
	var off, on []float64
	for range floorRounds {
		rps, _, _, err := load(client, base+"/graphql", body, false, "", 16, *benchDuration)
		if err != nil {
			return err
		}
		off = append(off, rps)
		if rps, _, _, err = load(client, traced+"/graphql", body, false, "", 16, *benchDuration); err != nil {
			return fmt.Errorf("traced: %w", err)
		}
		on = append(on, rps)
	}
	o, t := median(off), median(on)
	fmt.Printf("\ntracing cost (a second server with OTEL_EXPORTER_OTLP_ENDPOINT set, every request sampled, spans exported\n"+
		"over OTLP/HTTP to a receiver in this process), 16 clients, %d interleaved rounds, medians:\n\n"+
		"| query | tracing off req/s | tracing on req/s | cost |\n| --- | ---: | ---: | ---: |\n| %s | %.0f | %.0f | %.1f%% |\n",
		floorRounds, sc.name, o, t, 100*(1-t/o))
	fmt.Printf("\n(the receiver got %d exports, %d KiB of spans so far; the rest are flushed at the server's stop)\n", exports.Load(), received.Load()>>10)
	return nil
}

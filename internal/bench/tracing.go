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
	body, _ := json.Marshal(map[string]any{"query": sc.query, "variables": sc.vars})
	fmt.Printf("\ntracing cost on %s: a second server on the same database with OTEL_EXPORTER_OTLP_ENDPOINT set, its spans\n"+
		"exported over OTLP/HTTP to a receiver in this process, against the first (tracing off), 16 clients,\n"+
		"%d interleaved rounds, medians:\n\n| sampled | tracing off req/s | tracing on req/s | cost |\n| --- | ---: | ---: | ---: |\n", sc.name, floorRounds)
	for _, c := range []struct{ name, sampler, arg string }{
		// The control: a second server exactly like the first, to see what being the second costs.
		{"none: the control, a second server with OTEL_SDK_DISABLED=true", "off", ""},
		{"every request (the default)", "", ""},
		{"1 in 10 (OTEL_TRACES_SAMPLER=parentbased_traceidratio, ARG=0.1)", "parentbased_traceidratio", "0.1"},
	} {
		o, t, err := tracedRounds(b40, env, client, base, collector.URL, c.sampler, c.arg, body)
		if err != nil {
			return err
		}
		fmt.Printf("| %s | %.0f | %.0f | %.1f%% |\n", c.name, o, t, 100*(1-t/o))
	}
	fmt.Printf("\n(the receiver got %d exports, %d KiB of spans so far; the rest are flushed at the server's stop)\n", exports.Load(), received.Load()>>10)
	return nil
}

// tracedRounds starts a traced server with the sampler given and measures it against base.
func tracedRounds(b40 string, env []string, client *http.Client, base, collector, sampler, arg string, body []byte) (off, on float64, err error) {
	srv := exec.Command(b40, "serve")
	srv.Env = append(env, "B40_ADDR=127.0.0.1:0", "B40_METRICS_ADDR=127.0.0.1:0", "OTEL_EXPORTER_OTLP_ENDPOINT="+collector)
	if sampler == "off" {
		srv.Env = append(srv.Env, "OTEL_SDK_DISABLED=true")
	} else if sampler != "" {
		srv.Env = append(srv.Env, "OTEL_TRACES_SAMPLER="+sampler, "OTEL_TRACES_SAMPLER_ARG="+arg)
	}
	stderr, _ := srv.StderrPipe()
	if err := srv.Start(); err != nil {
		return 0, 0, err
	}
	defer func() { _ = srv.Process.Signal(os.Interrupt); _ = srv.Wait() }()
	addr, _, err := waitListening(stderr)
	if err != nil {
		return 0, 0, fmt.Errorf("the traced server: %w", err)
	}
	go io.Copy(io.Discard, stderr) //nolint:errcheck
	var offs, ons []float64
	for range floorRounds {
		rps, _, _, err := load(client, base+"/graphql", body, false, "", 16, *benchDuration)
		if err != nil {
			return 0, 0, err
		}
		offs = append(offs, rps)
		if rps, _, _, err = load(client, "http://"+addr+"/graphql", body, false, "", 16, *benchDuration); err != nil {
			return 0, 0, fmt.Errorf("traced: %w", err)
		}
		ons = append(ons, rps)
	}
	return median(offs), median(ons), nil
}

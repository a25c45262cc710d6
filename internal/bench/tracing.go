package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"sync/atomic"
)

// tracingCost measures what tracing costs on shape (a). Three servers like the first start on
// the same database at once: the control with OTEL_SDK_DISABLED=true, one sampling every
// request (the default) and one sampling 1 in 10, both exporting over OTLP/HTTP to a receiver in
// this process that reads and drops the spans. Rounds of 16 clients go to each in turn; the cost
// is each traced server's median against the control's, so what being a later, colder process
// costs (18% in one run against the first server) is not counted as tracing.
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
	body := sc.body()
	servers := []struct{ name, sampler, arg, addr string }{
		{name: "none: the control, OTEL_SDK_DISABLED=true", sampler: "off"},
		{name: "every request (the default)"},
		{name: "1 in 10 (OTEL_TRACES_SAMPLER=parentbased_traceidratio, ARG=0.1)", sampler: "parentbased_traceidratio", arg: "0.1"},
	}
	for i := range servers {
		addr, stop, err := startTraced(b40, env, collector.URL, servers[i].sampler, servers[i].arg)
		if err != nil {
			return err
		}
		defer stop()
		servers[i].addr = addr
	}
	rps := make([][]float64, len(servers))
	for range floorRounds {
		for i, srv := range servers {
			r, _, _, err := load(client, "http://"+srv.addr+"/graphql", body, false, "", 16, *benchDuration)
			if err != nil {
				return fmt.Errorf("%s: %w", srv.name, err)
			}
			rps[i] = append(rps[i], r)
		}
	}
	fmt.Printf("\ntracing cost on %s: three servers like the first on the same database, the traced ones exporting\n"+
		"over OTLP/HTTP to a receiver in this process, 16 clients, %d rounds to each in turn, medians, cost against the control:\n\n"+
		"| sampled | req/s | cost |\n| --- | ---: | ---: |\n", sc.name, floorRounds)
	control := median(rps[0])
	for i, srv := range servers {
		fmt.Printf("| %s | %.0f | %.1f%% |\n", srv.name, median(rps[i]), 100*(1-median(rps[i])/control))
	}
	fmt.Printf("\n(the receiver got %d exports, %d KiB of spans so far; the rest are flushed at the servers' stop)\n", exports.Load(), received.Load()>>10)
	return nil
}

// startTraced starts a server with OTEL_EXPORTER_OTLP_ENDPOINT set and the sampler given ("off":
// OTEL_SDK_DISABLED=true, "": the default), and returns its address and how to stop it.
func startTraced(b40 string, env []string, collector, sampler, arg string) (addr string, stop func(), err error) {
	srv := exec.Command(b40, "serve")
	srv.Env = append(env, "B40_ADDR=127.0.0.1:0", "B40_METRICS_ADDR=127.0.0.1:0", "OTEL_EXPORTER_OTLP_ENDPOINT="+collector)
	if sampler == "off" {
		srv.Env = append(srv.Env, "OTEL_SDK_DISABLED=true")
	} else if sampler != "" {
		srv.Env = append(srv.Env, "OTEL_TRACES_SAMPLER="+sampler, "OTEL_TRACES_SAMPLER_ARG="+arg)
	}
	stderr, _ := srv.StderrPipe()
	if err := srv.Start(); err != nil {
		return "", nil, err
	}
	stop = func() { _ = srv.Process.Signal(os.Interrupt); _ = srv.Wait() }
	addr, _, err = waitListening(stderr)
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("a traced server: %w", err)
	}
	go io.Copy(io.Discard, stderr) //nolint:errcheck
	return addr, stop, nil
}

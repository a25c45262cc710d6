package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
)

// tracingCost measures what tracing costs on shape (a). Four servers like the first start on
// the same database at once: two controls with OTEL_SDK_DISABLED=true, one sampling every
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
	servers := []struct {
		name, sampler, arg, addr string
		pid                      int
	}{
		{name: "none: the control, OTEL_SDK_DISABLED=true", sampler: "off"},
		// A second control: the difference between two identical servers is the noise floor.
		{name: "none: a second control (A/A)", sampler: "off"},
		{name: "every request (the default)"},
		{name: "1 in 10 (OTEL_TRACES_SAMPLER=parentbased_traceidratio, ARG=0.1)", sampler: "parentbased_traceidratio", arg: "0.1"},
	}
	for i := range servers {
		addr, pid, stop, err := startTraced(b40, env, collector.URL, servers[i].sampler, servers[i].arg)
		if err != nil {
			return err
		}
		defer stop()
		servers[i].addr, servers[i].pid = addr, pid
	}
	// Throughput on a shared 2-core virtual machine moved by ±10% between rounds of the same
	// server; the server's own CPU time per request (from /proc) is what tracing adds to it.
	rps := make([][]float64, len(servers))
	cpu := make([][]float64, len(servers))
	for range tracingRounds {
		for i, srv := range servers {
			before := cpuSeconds(srv.pid)
			r, _, _, err := load(client, "http://"+srv.addr+"/graphql", body, false, "", 16, *benchDuration)
			if err != nil {
				return fmt.Errorf("%s: %w", srv.name, err)
			}
			rps[i] = append(rps[i], r)
			if r > 0 {
				cpu[i] = append(cpu[i], 1e6*(cpuSeconds(srv.pid)-before)/(r*benchDuration.Seconds()))
			}
		}
	}
	fmt.Printf("\ntracing cost on %s: four servers like the first on the same database, the traced ones exporting\n"+
		"over OTLP/HTTP to a receiver in this process, 16 clients, %d rounds to each in turn, medians, against the control:\n\n"+
		"| sampled | req/s | fewer req/s | server CPU µs per request | more CPU |\n| --- | ---: | ---: | ---: | ---: |\n", sc.name, tracingRounds)
	control, controlCPU := median(rps[0]), median(cpu[0])
	for i, srv := range servers {
		fmt.Printf("| %s | %.0f | %.1f%% | %.0f | %.1f%% |\n", srv.name, median(rps[i]), 100*(1-median(rps[i])/control),
			median(cpu[i]), 100*(median(cpu[i])/controlCPU-1))
	}
	fmt.Printf("\n(the receiver got %d exports, %d KiB of spans so far; the rest are flushed at the servers' stop)\n", exports.Load(), received.Load()>>10)
	return nil
}

// tracingRounds is more than the floor's rounds: two runs of five differed by 8 points on the
// same build, the size of what is measured.
const tracingRounds = 11

// startTraced starts a server with OTEL_EXPORTER_OTLP_ENDPOINT set and the sampler given ("off":
// OTEL_SDK_DISABLED=true, "": the default), and returns its address and how to stop it.
func startTraced(b40 string, env []string, collector, sampler, arg string) (addr string, pid int, stop func(), err error) {
	srv := exec.Command(b40, "serve")
	srv.Env = append(env, "B40_ADDR=127.0.0.1:0", "B40_METRICS_ADDR=127.0.0.1:0", "OTEL_EXPORTER_OTLP_ENDPOINT="+collector)
	if sampler == "off" {
		srv.Env = append(srv.Env, "OTEL_SDK_DISABLED=true")
	} else if sampler != "" {
		srv.Env = append(srv.Env, "OTEL_TRACES_SAMPLER="+sampler, "OTEL_TRACES_SAMPLER_ARG="+arg)
	}
	stderr, _ := srv.StderrPipe()
	if err := srv.Start(); err != nil {
		return "", 0, nil, err
	}
	stop = func() { _ = srv.Process.Signal(os.Interrupt); _ = srv.Wait() }
	addr, _, err = waitListening(stderr)
	if err != nil {
		stop()
		return "", 0, nil, fmt.Errorf("a traced server: %w", err)
	}
	go io.Copy(io.Discard, stderr) //nolint:errcheck
	return addr, srv.Process.Pid, stop, nil
}

// cpuSeconds is the user and system CPU time process pid has used (Linux /proc; 0 elsewhere).
func cpuSeconds(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / clockTicks
}

// clockTicks is Linux's USER_HZ, the unit of /proc's CPU times (100 on every common platform).
const clockTicks = 100

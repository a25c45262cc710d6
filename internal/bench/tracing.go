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

// tracingCost measures what tracing costs on shape (a). Each round starts four servers like the
// first on the same database, in an order that rotates from round to round: two controls with OTEL_SDK_DISABLED=true, one sampling every
// request (the default) and one sampling 1 in 10, both exporting over OTLP/HTTP to a receiver in
// this process that reads and drops the spans; 16 clients go to each in turn (the order rotates
// from round to round), then the four stop. A round's figures are each server's against that
// round's control, and the table gives their medians: servers started earlier ran up to 18%
// faster than later ones, and two identical servers kept for a whole run differed by 5–8%, so
// fresh processes each round and paired ratios are what keep the noise below the figure sought.
// The second control's row is that noise.
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
	servers := []struct{ name, sampler, arg string }{
		{name: "none: the control, OTEL_SDK_DISABLED=true", sampler: "off"},
		// A second control: the difference between two identical servers is the noise floor.
		{name: "none: a second control (A/A)", sampler: "off"},
		{name: "every request (the default)"},
		{name: "1 in 10 (OTEL_TRACES_SAMPLER=parentbased_traceidratio, ARG=0.1)", sampler: "parentbased_traceidratio", arg: "0.1"},
	}
	rps := make([][]float64, len(servers))     // requests per second, by server
	cpu := make([][]float64, len(servers))     // server CPU µs per request
	rpsLoss := make([][]float64, len(servers)) // 1 - rps/control's, per round
	cpuMore := make([][]float64, len(servers)) // cpu/control's - 1, per round
	for round := range tracingRounds {
		addrs, pids := make([]string, len(servers)), make([]int, len(servers))
		var stops []func()
		// The order of the starts rotates too: a server started later ran slower, whatever it was.
		for k := range servers {
			i := (k + round) % len(servers)
			srv := servers[i]
			addr, pid, stop, err := startTraced(b40, env, collector.URL, srv.sampler, srv.arg)
			if err != nil {
				for _, s := range stops {
					s()
				}
				return err
			}
			stops = append(stops, stop)
			addrs[i], pids[i] = addr, pid
		}
		r := make([]float64, len(servers))
		c := make([]float64, len(servers))
		var err error
		for k := range servers {
			i := (k + round) % len(servers)
			endpoint := "http://" + addrs[i] + "/graphql"
			// A short warm-up: the statement cache, the pools and the exporter's connection.
			if _, _, _, err = load(client, endpoint, body, false, "", 16, *benchDuration/4); err != nil {
				break
			}
			before := cpuSeconds(pids[i])
			if r[i], _, _, err = load(client, endpoint, body, false, "", 16, *benchDuration); err != nil {
				break
			}
			if r[i] > 0 {
				c[i] = 1e6 * (cpuSeconds(pids[i]) - before) / (r[i] * benchDuration.Seconds())
			}
		}
		for _, s := range stops {
			s()
		}
		if err != nil {
			return fmt.Errorf("tracing cost: %w", err)
		}
		for i := range servers {
			rps[i] = append(rps[i], r[i])
			cpu[i] = append(cpu[i], c[i])
			if r[0] > 0 && c[0] > 0 {
				rpsLoss[i] = append(rpsLoss[i], 1-r[i]/r[0])
				cpuMore[i] = append(cpuMore[i], c[i]/c[0]-1)
			}
		}
	}
	fmt.Printf("\ntracing cost on %s: %d rounds, each starting four servers like the first on the same database (the\n"+
		"traced ones exporting over OTLP/HTTP to a receiver in this process), 16 clients to each in turn; medians of\n"+
		"each round's figures against that round's control:\n\n"+
		"| sampled | req/s | fewer req/s | server CPU µs per request | more CPU |\n| --- | ---: | ---: | ---: | ---: |\n", sc.name, tracingRounds)
	for i, srv := range servers {
		if len(rpsLoss[i]) == 0 {
			continue
		}
		fmt.Printf("| %s | %.0f | %.1f%% | %.0f | %.1f%% |\n", srv.name, median(rps[i]), 100*median(rpsLoss[i]),
			median(cpu[i]), 100*median(cpuMore[i]))
	}
	fmt.Printf("\n(the receiver got %d exports, %d KiB of spans)\n", exports.Load(), received.Load()>>10)
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

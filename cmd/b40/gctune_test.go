package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// serve tunes the collector only where the environment says nothing.
func TestTuneGCLeavesTheOperatorsSettings(t *testing.T) {
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) })

	env := map[string]string{"GOGC": "150", "GOMEMLIMIT": "1GiB"}
	if applied := tuneGC(func(k string) string { return env[k] }); len(applied) != 0 {
		t.Errorf("set by the operator, yet tuned: %v", applied)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC changed to %d", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("GOMEMLIMIT changed to %d", got)
	}

	env = map[string]string{"GOGC": "150"}
	tuneGC(func(k string) string { return env[k] })
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC changed to %d", got)
	}
	if got := debug.SetMemoryLimit(-1); got != serveMemoryLimit {
		t.Errorf("GOMEMLIMIT is %d, want the default %d", got, serveMemoryLimit)
	}

	tuneGC(func(string) string { return "" })
	if got := debug.SetGCPercent(100); got != serveGCPercent {
		t.Errorf("GOGC is %d, want the default %d", got, serveGCPercent)
	}
}

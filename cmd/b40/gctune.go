package main

import (
	"runtime/debug"
)

// The server's live heap is small (4–20 MB: bounded caches, pooled connections) and it allocates
// fast (~300 MB/s at 13k requests/s), so under Go's default GOGC=100 the collector ran ~60 times
// a second and took ~15% of the CPU on the lightest query. Unless the operator sets them, serve
// runs with GOGC=400 (~7 collections a second) under a soft limit of 100 MiB, so the heap stays
// bounded whatever the load: the limit only makes the collector work harder near it.
const (
	serveGCPercent   = 400
	serveMemoryLimit = 100 << 20
)

// tuneGC applies serve's collector settings that the environment leaves unset, and says which.
func tuneGC(getenv func(string) string) (applied []any) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
		applied = append(applied, "GOGC", serveGCPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
		applied = append(applied, "GOMEMLIMIT", "100MiB")
	}
	return applied
}

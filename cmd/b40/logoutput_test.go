package main

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/httpserver"
)

// Access lines are batched, every other record goes out at once with the access lines before
// it, and stopping loses nothing: four writers at once, exact counts, whole lines.
func TestServeLogBatchesAccessLinesOnly(t *testing.T) {
	var out lockedBuffer
	log, stop := newServeLogger(&out, "info", "text")
	log.Info(httpserver.AccessLogMessage, "n", -1)
	log.Warn("the database is down")
	if got := out.String(); !strings.Contains(got, "n=-1") || !strings.Contains(got, "the database is down") {
		t.Fatalf("a warning went out late, or without the access line before it:\n%q", got)
	}
	// An access line alone goes out within the flush interval, without a stop.
	log.Info(httpserver.AccessLogMessage, "n", -2)
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(out.String(), "n=-2"); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("an access line never went out")
		}
	}
	const writers, lines = 4, 5000
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range lines {
				log.Info(httpserver.AccessLogMessage, "writer", w, "n", i, "path", strings.Repeat("x", 100))
			}
			log.Error("writer done", "writer", w)
		})
	}
	wg.Wait()
	stop()
	counts := map[string]int{}
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		switch {
		case strings.Contains(l, "msg=request writer=") && strings.HasSuffix(l, strings.Repeat("x", 100)):
			counts["access"]++
		case strings.Contains(l, "msg=\"writer done\""):
			counts["done"]++
		case strings.Contains(l, "n=-1"), strings.Contains(l, "n=-2"), strings.Contains(l, "database is down"):
			counts["first"]++
		default:
			t.Errorf("a broken line: %q", l)
		}
	}
	if counts["access"] != writers*lines || counts["done"] != writers || counts["first"] != 3 {
		t.Errorf("lines: %v, want %d access, %d done, 3 first", counts, writers*lines, writers)
	}
	if flushBeforeExit.Load() != nil {
		t.Error("a stopped log is still flushed before exit")
	}
}

package db

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
	"testing"
)

// goid tells goroutines apart: distinct in concurrent goroutines, the same within one.
func TestGoidTellsGoroutinesApart(t *testing.T) {
	const n = 16
	ids := make([][2]uint64, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { ids[i] = [2]uint64{goid(), goid()} })
	}
	wg.Wait()
	// The runtime's own name for the goroutine: the first line of its stack trace
	// ("goroutine 18 [running]:").
	var buf [64]byte
	line := bytes.TrimPrefix(buf[:runtime.Stack(buf[:], false)], []byte("goroutine "))
	if own, err := strconv.ParseUint(string(line[:bytes.IndexByte(line, ' ')]), 10, 64); err != nil || own != goid() {
		t.Errorf("goid() = %d, the stack trace says %d (%v)", goid(), own, err)
	}
	seen := map[uint64]bool{goid(): true}
	for i, id := range ids {
		if id[0] == 0 || id[0] != id[1] || seen[id[0]] {
			t.Errorf("goroutine %d: ids %v (seen %v)", i, id, seen)
		}
		seen[id[0]] = true
	}
}

// BenchmarkGoid is the price a session Read pays to know its goroutine.
func BenchmarkGoid(b *testing.B) {
	for b.Loop() {
		goid()
	}
}

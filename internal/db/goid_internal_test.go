package db

import (
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

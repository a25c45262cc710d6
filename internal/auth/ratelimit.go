package auth

import (
	"sync"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"golang.org/x/time/rate"
)

// failureLimiter limits failed attempts per key (an e-mail, a client address): a burst, then
// one more per interval. Keys live in a bounded LRU, so a flood of keys cannot grow memory.
type failureLimiter struct {
	mu       sync.Mutex
	keys     *expirable.LRU[string, *rate.Limiter]
	burst    int
	interval time.Duration
}

func newFailureLimiter(burst int, interval time.Duration) *failureLimiter {
	return &failureLimiter{keys: expirable.NewLRU[string, *rate.Limiter](50_000, nil, 30*time.Minute), burst: burst, interval: interval}
}

func (f *failureLimiter) get(key string) *rate.Limiter {
	f.mu.Lock()
	defer f.mu.Unlock()
	l, ok := f.keys.Get(key)
	if !ok {
		l = rate.NewLimiter(rate.Every(f.interval), f.burst)
		f.keys.Add(key, l)
	}
	return l
}

// Blocked reports whether key has no attempts left.
func (f *failureLimiter) Blocked(key string) bool { return f.get(key).Tokens() < 1 }

// Fail records a failed attempt.
func (f *failureLimiter) Fail(key string) { f.get(key).Allow() }

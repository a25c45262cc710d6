package auth

import (
	"sync"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"golang.org/x/time/rate"
)

// AttemptLimiter limits attempts per key (an e-mail, a client address): a burst, then
// one more per interval. Keys live in a bounded LRU, so a flood of keys cannot grow memory.
type AttemptLimiter struct {
	mu       sync.Mutex
	keys     *expirable.LRU[string, *rate.Limiter]
	burst    int
	interval time.Duration
}

func NewAttemptLimiter(burst int, interval time.Duration) *AttemptLimiter {
	return &AttemptLimiter{keys: expirable.NewLRU[string, *rate.Limiter](50_000, nil, 30*time.Minute), burst: burst, interval: interval}
}

func (f *AttemptLimiter) get(key string) *rate.Limiter {
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
func (f *AttemptLimiter) Blocked(key string) bool { return f.get(key).Tokens() < 1 }

// Fail records a failed attempt.
func (f *AttemptLimiter) Fail(key string) { f.get(key).Allow() }

package auth

import (
	"sync"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
)

// AttemptLimiter limits attempts per key (an e-mail, a client address): a burst, then one more
// per interval. An attempt is taken before the work it guards, under one lock, so parallel
// requests cannot all pass a check made before any of them is counted; work that succeeds
// may give its attempt back. Keys live in a bounded LRU, so a flood of keys cannot grow memory.
type AttemptLimiter struct {
	mu       sync.Mutex
	keys     *expirable.LRU[string, *bucket]
	burst    float64
	interval time.Duration
	now      func() time.Time
}

// bucket is a token bucket: tokens refill at one per interval up to burst.
type bucket struct {
	tokens float64
	at     time.Time
}

// NewAttemptLimiter allows burst attempts per key, then one per interval.
func NewAttemptLimiter(burst int, interval time.Duration) *AttemptLimiter {
	return &AttemptLimiter{keys: expirable.NewLRU[string, *bucket](50_000, nil, 30*time.Minute),
		burst: float64(burst), interval: interval, now: time.Now}
}

// refilled returns key's bucket brought up to now; the caller holds mu.
func (f *AttemptLimiter) refilled(key string) *bucket {
	now := f.now()
	b, ok := f.keys.Get(key)
	if !ok {
		b = &bucket{tokens: f.burst, at: now}
		f.keys.Add(key, b)
		return b
	}
	b.tokens = min(f.burst, b.tokens+float64(now.Sub(b.at))/float64(f.interval))
	b.at = now
	return b
}

// Take spends one attempt of each key, all or none: false when any key has none left.
func (f *AttemptLimiter) Take(keys ...string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	bs := make([]*bucket, len(keys))
	for i, k := range keys {
		bs[i] = f.refilled(k)
		if bs[i].tokens < 1 {
			return false
		}
	}
	for _, b := range bs {
		b.tokens--
	}
	return true
}

// Give returns an attempt taken for keys (the work it guarded succeeded).
func (f *AttemptLimiter) Give(keys ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, k := range keys {
		b := f.refilled(k)
		b.tokens = min(f.burst, b.tokens+1)
	}
}

// Reset gives key its whole burst back (the account's owner proved who they are).
func (f *AttemptLimiter) Reset(key string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.keys.Remove(key)
}

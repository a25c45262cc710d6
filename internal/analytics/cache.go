package analytics

import (
	"context"
	"encoding/json"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"golang.org/x/sync/singleflight"
)

// CacheTTL is how stale a network-wide figure may be. The figures do not depend on who asks
// (PRIVATE items are excluded explicitly, not by the caller's scope), so one computation
// serves every caller for this long, and concurrent askers share one computation.
const CacheTTL = 15 * time.Second

// Cache memoises expensive read-only computations by key.
type Cache struct {
	entries *expirable.LRU[string, any]
	flight  singleflight.Group
}

// NewCache returns a cache of at most size entries, each kept for ttl.
func NewCache(size int, ttl time.Duration) *Cache {
	return &Cache{entries: expirable.NewLRU[string, any](size, nil, ttl)}
}

// Do returns the cached value for key, or computes it once (even under concurrent calls).
// Errors are not cached.
func Do[T any](ctx context.Context, c *Cache, key string, compute func(context.Context) (T, error)) (T, error) {
	if v, ok := c.entries.Get(key); ok {
		return v.(T), nil
	}
	v, err, _ := c.flight.Do(key, func() (any, error) {
		// The first caller's cancellation must not fail the others waiting on it.
		v, err := compute(context.WithoutCancel(ctx))
		if err == nil {
			c.entries.Add(key, v)
		}
		return v, err
	})
	if err != nil {
		var zero T
		return zero, err
	}
	return v.(T), nil
}

// Key builds a cache key from a name and its arguments.
func Key(name string, args ...any) string {
	b, _ := json.Marshal(args)
	return name + string(b)
}

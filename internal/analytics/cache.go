package analytics

import (
	"context"
	"encoding/json"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"golang.org/x/sync/singleflight"

	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
)

// CacheTTL is how stale a network-wide figure may be. The figures do not depend on who asks:
// Do computes them in one fixed scope (auth.NetworkReadScope), never the first caller's, so one
// computation serves every caller for this long, and concurrent askers share one computation.
// Each caller is authorised before Do is reached.
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

// Do returns the cached value for key, or computes it once (even under concurrent calls), in
// the network read scope and outside the caller's read session. Errors are not cached.
func Do[T any](ctx context.Context, c *Cache, key string, compute func(context.Context) (T, error)) (T, error) {
	if v, ok := c.entries.Get(key); ok {
		return v.(T), nil
	}
	v, err, _ := c.flight.Do(key, func() (any, error) {
		// The first caller's cancellation must not fail the others waiting on it.
		v, err := compute(db.Detached(ctx, auth.NetworkReadScope()))
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

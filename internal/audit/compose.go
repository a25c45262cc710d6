package audit

import (
	"context"
	"sync"
)

// Effects collects what the owning packages' Tx functions changed inside an operation that
// spans domains, so the operation still writes one event (the audit log's promise) that names
// every change.
type Effects struct {
	mu   sync.Mutex
	list []map[string]any
}

type effectsKey struct{}

// Compose returns ctx for the Tx functions an operation calls in other domains: their events
// become effects of the operation's own event instead of events of their own.
func Compose(ctx context.Context) (context.Context, *Effects) {
	e := &Effects{}
	return context.WithValue(ctx, effectsKey{}, e), e
}

func (e *Effects) add(ev Event) {
	e.mu.Lock()
	defer e.mu.Unlock()
	effect := map[string]any{"action": ev.Action, "entityType": ev.EntityType}
	if ev.EntityID != nil {
		effect["entityId"] = *ev.EntityID
	}
	if len(ev.Changes) > 0 {
		effect["changes"] = ev.Changes
	}
	e.list = append(e.list, effect)
}

// Into adds the collected effects to an event's changes, under "effects".
func (e *Effects) Into(changes map[string]any) map[string]any {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.list) == 0 {
		return changes
	}
	if changes == nil {
		changes = map[string]any{}
	}
	changes["effects"] = append([]map[string]any(nil), e.list...)
	return changes
}

package graph

import (
	"context"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/live"
)

// eventModel is a hub event as the schema says it.
func eventModel(e live.Event) *model.NotificationEvent {
	m := &model.NotificationEvent{Kind: e.Kind}
	if e.NotificationID != 0 {
		id := gid.Encode(gid.Notification, e.NotificationID)
		m.NotificationID = &id
	}
	if e.SubjectID != "" {
		m.SubjectID = &e.SubjectID
	}
	return m
}

// forward passes a stream's events to gqlgen until the stream ends, or keep says no (the
// stream then completes).
func forward(ctx context.Context, sub *live.Sub, keep func(live.Event) bool) <-chan *model.NotificationEvent {
	out := make(chan *model.NotificationEvent, 1)
	go func() {
		defer close(out)
		for e := range sub.C {
			if keep != nil && !keep(e) {
				return
			}
			select {
			case out <- eventModel(e):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// notificationStream is Subscription.notificationReceived.
func (r *Resolver) notificationStream(ctx context.Context) (<-chan *model.NotificationEvent, error) {
	sub, err := r.Svc.Live.Notifications(ctx)
	if err != nil {
		return nil, err
	}
	return forward(ctx, sub, nil), nil
}

// itemStream is Subscription.itemChanged: only for an item the viewer may see (node(id) answers
// it), checked again at each change, so a stream ends when the item is no longer visible.
func (r *Resolver) itemStream(ctx context.Context, id string) (<-chan *model.NotificationEvent, error) {
	if auth.FromContext(ctx) == nil {
		return nil, apperr.New(apperr.Unauthenticated, "sign in to receive live updates")
	}
	typ, key, err := DecodeNodeID(id, "id")
	if err != nil {
		return nil, err
	}
	visible := func() (bool, error) {
		// Fresh loaders each time: the request's would answer from their cache.
		n, err := r.resolveNode(context.WithValue(ctx, loadersKey{}, nil), id)
		return n != nil, err
	}
	switch ok, err := visible(); {
	case err != nil:
		return nil, err
	case !ok:
		return nil, apperr.New(apperr.NotFound, "no such item")
	}
	// The audit log names items by their canonical global ID.
	sub, err := r.Svc.Live.Item(ctx, gid.Encode(typ, key...))
	if err != nil {
		return nil, err
	}
	return forward(ctx, sub, func(e live.Event) bool {
		if e.Kind == live.Ready {
			return true
		}
		ok, err := visible()
		return err == nil && ok
	}), nil
}

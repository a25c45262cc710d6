package live

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
)

// hubWithoutListener is a hub whose LISTEN side is taken as in place: the tests feed it
// payloads through dispatch, as the connection would.
func hubWithoutListener(cfg Config) *Hub {
	h := NewHub(nil, cfg)
	h.started = true
	close(h.ready)
	close(h.done)
	h.stop = func() {}
	return h
}

func viewer(userID, sessionID int64) context.Context {
	return auth.NewContext(context.Background(), &auth.Viewer{UserID: userID, SessionID: sessionID})
}

func drain(s *Sub) []Event {
	var out []Event
	for {
		select {
		case e, ok := <-s.C:
			if !ok {
				return out
			}
			out = append(out, e)
		default:
			return out
		}
	}
}

// Fifty streams asked for at once by one person: exactly the limit are opened, the rest are
// refused with TOO_MANY_CONNECTIONS, and each stream that ends gives its place back.
func TestLimitUnderConcurrency(t *testing.T) {
	h := hubWithoutListener(Config{MaxPerViewer: 5})
	var mu sync.Mutex
	var opened []context.CancelFunc
	refused := 0
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			ctx, cancel := context.WithCancel(viewer(7, 1))
			_, err := h.Notifications(ctx)
			mu.Lock()
			defer mu.Unlock()
			if e, ok := apperr.As(err); ok && e.Code == apperr.TooManyConnections {
				refused++
				cancel()
				return
			}
			if err != nil {
				t.Error(err)
			}
			opened = append(opened, cancel)
		})
	}
	wg.Wait()
	if len(opened) != 5 || refused != 45 || h.Open(7) != 5 {
		t.Fatalf("%d opened, %d refused, %d counted; want 5, 45, 5", len(opened), refused, h.Open(7))
	}
	if _, err := h.Notifications(viewer(8, 2)); err != nil {
		t.Errorf("another person is refused: %v", err)
	}
	for _, cancel := range opened {
		cancel()
	}
	// context.AfterFunc ends each stream in a goroutine of its own: the count reaches 0.
	for h.Open(7) != 0 {
		runtime.Gosched()
	}
	if _, err := h.Notifications(viewer(7, 1)); err != nil {
		t.Errorf("after the streams ended: %v", err)
	}
}

// A subscriber that does not read loses events for one RESYNC, never more than its buffer, and
// is told of what comes after; others are not held up.
func TestOverflowBecomesOneResync(t *testing.T) {
	h := hubWithoutListener(Config{Buffer: 4})
	slow, _ := h.Notifications(viewer(7, 1))
	fast, _ := h.Notifications(viewer(7, 2))
	var fastSeen []Event
	for i := 1; i <= 10; i++ {
		h.dispatch(fmt.Sprintf(`{"u": 7, "n": %d, "k": "PROPOSAL_DECIDED", "s": "item"}`, i))
		fastSeen = append(fastSeen, drain(fast)...)
	}
	got := drain(slow)
	want := []Event{{Kind: Resync}, {Kind: "PROPOSAL_DECIDED", NotificationID: 9, SubjectID: "item"}, {Kind: "PROPOSAL_DECIDED", NotificationID: 10, SubjectID: "item"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("the slow stream holds %v, want %v", got, want)
	}
	if len(fastSeen) != 11 || fastSeen[0].Kind != Ready || fastSeen[10].NotificationID != 10 {
		t.Errorf("the reading stream got %d events: %v", len(fastSeen), fastSeen)
	}
}

// Events go to their recipient's streams only; an item's to its followers; a session's end
// closes that session's streams only; Close completes every stream and refuses new ones.
func TestRouting(t *testing.T) {
	h := hubWithoutListener(Config{})
	a, _ := h.Notifications(viewer(1, 10))
	b, _ := h.Notifications(viewer(2, 20))
	item, _ := h.Item(viewer(2, 21), "UHJvcG9zYWw6MTox")
	for _, s := range []*Sub{a, b, item} {
		drain(s) // READY
	}
	h.dispatch(`{"u": 1, "n": 5, "k": "PROPOSAL_DECIDED"}`)
	h.dispatch(`{"i": "UHJvcG9zYWw6MTox"}`)
	h.dispatch(`{"i": "another"}`)
	if got := drain(a); len(got) != 1 || got[0].NotificationID != 5 {
		t.Errorf("recipient: %v", got)
	}
	if got := drain(b); len(got) != 0 {
		t.Errorf("someone else: %v", got)
	}
	if got := drain(item); len(got) != 1 || got[0].Kind != ItemChanged || got[0].SubjectID != "UHJvcG9zYWw6MTox" {
		t.Errorf("follower: %v", got)
	}
	h.dispatch(`{"x": 20}`)
	if _, ok := <-b.C; ok {
		t.Error("the ended session's stream is open")
	}
	select {
	case <-item.C:
		t.Error("another session's stream was touched")
	default:
	}
	h.Close()
	for _, s := range []*Sub{a, item} {
		if _, ok := <-s.C; ok {
			t.Error("a stream is open after Close")
		}
	}
	if _, err := h.Notifications(viewer(1, 10)); err == nil {
		t.Error("a stream was opened after Close")
	}
	if h.Open(1) != 0 || h.Open(2) != 0 {
		t.Errorf("counts after Close: %d %d", h.Open(1), h.Open(2))
	}
}

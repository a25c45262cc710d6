package graph_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/live"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/web"
)

const (
	subNotifications = `subscription { notificationReceived { kind notificationId subjectId } }`
	subItem          = `subscription($id: ID!) { itemChanged(id: $id) { kind subjectId } }`
)

// sse is one server-sent event (or, with comment set, a comment line).
type sse struct {
	event, data string
	comment     bool
}

// stream is a graphql-sse client's stream, read as it arrives.
type stream struct {
	t      testing.TB
	status int
	events chan sse
	cancel context.CancelFunc
}

// eventWait bounds how long a test waits for an event that must come (a failure, not a
// measurement: a hung stream fails the test rather than hanging it).
const eventWait = 20 * time.Second

// subscribe opens an event stream on base (POST, or GET with get) as the holder of token.
func subscribe(t testing.TB, base, token, query string, vars map[string]any, get ...bool) *stream {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var req *http.Request
	if len(get) > 0 && get[0] {
		q := url.Values{"query": {query}}
		if vars != nil {
			b, _ := json.Marshal(vars)
			q.Set("variables", string(b))
		}
		req, _ = http.NewRequestWithContext(ctx, http.MethodGet, base+"/graphql?"+q.Encode(), nil)
	} else {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		req, _ = http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
	}
	return open(t, req, token, cancel)
}

// subscribeBody opens an event stream by POSTing body as it is (a persisted document by hash,
// say).
func subscribeBody(t testing.TB, base, token string, body map[string]any) *stream {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	b, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	return open(t, req, token, cancel)
}

func open(t testing.TB, req *http.Request, token string, cancel context.CancelFunc) *stream {
	t.Helper()
	req.Header.Set("Accept", "text/event-stream")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		t.Fatalf("subscribe: %v", err)
	}
	s := &stream{t: t, status: resp.StatusCode, events: make(chan sse, 64), cancel: cancel}
	go func() {
		defer close(s.events)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		var ev sse
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.event != "" || ev.data != "" {
					s.events <- ev
				}
				ev = sse{}
			case strings.HasPrefix(line, ":"):
				s.events <- sse{comment: true, data: strings.TrimSpace(line[1:])}
			case strings.HasPrefix(line, "event:"):
				ev.event = strings.TrimSpace(line[len("event:"):])
			case strings.HasPrefix(line, "data:"):
				ev.data += strings.TrimSpace(line[len("data:"):])
			}
		}
	}()
	t.Cleanup(cancel)
	return s
}

// close ends the stream from the client's side.
func (s *stream) close() { s.cancel() }

// raw is the next event or comment; ok false when the stream ended.
func (s *stream) raw() (sse, bool) {
	s.t.Helper()
	select {
	case e, ok := <-s.events:
		return e, ok
	case <-time.After(eventWait):
		s.t.Fatal("no event on the stream")
		return sse{}, false
	}
}

// result is one `next` event's GraphQL result.
type result struct {
	Data   map[string]json.RawMessage
	Errors []apitest.Error
}

// next is the next `next` event's result (comments skipped); it fails on `complete` or the end.
func (s *stream) next() result {
	s.t.Helper()
	for {
		e, ok := s.raw()
		if !ok {
			s.t.Fatal("the stream ended")
		}
		if e.comment {
			continue
		}
		if e.event != "next" {
			s.t.Fatalf("event %q, want next", e.event)
		}
		var r result
		if err := json.Unmarshal([]byte(e.data), &r); err != nil {
			s.t.Fatalf("event data %q: %v", e.data, err)
		}
		return r
	}
}

// liveEvent is a NotificationEvent.
type liveEvent struct {
	Kind           string
	NotificationID *string
	SubjectID      *string
}

// event is the next event's NotificationEvent, failing on errors.
func (s *stream) event() liveEvent {
	s.t.Helper()
	r := s.next()
	if len(r.Errors) > 0 {
		s.t.Fatalf("errors on the stream: %+v", r.Errors)
	}
	for _, v := range r.Data {
		var e liveEvent
		if err := json.Unmarshal(v, &e); err != nil {
			s.t.Fatal(err)
		}
		return e
	}
	s.t.Fatalf("an event without data: %+v", r)
	return liveEvent{}
}

// completes checks that the stream ends with `complete` (comments aside) and then closes.
func (s *stream) completes() {
	s.t.Helper()
	for {
		e, ok := s.raw()
		if !ok {
			s.t.Fatal("the stream ended without complete")
		}
		if e.comment {
			continue
		}
		if e.event != "complete" {
			s.t.Fatalf("event %q (%s), want complete", e.event, e.data)
		}
		break
	}
	if e, ok := s.raw(); ok {
		s.t.Fatalf("%+v after complete", e)
	}
}

// ready opens a notification stream and reads its READY.
func ready(t testing.TB, base, token string) *stream {
	t.Helper()
	s := subscribe(t, base, token, subNotifications, nil)
	if e := s.event(); e.Kind != live.Ready {
		t.Fatalf("first event %q, want READY", e.Kind)
	}
	return s
}

// raise commits (or, with fail, rolls back) an endorsement event for city's editors, acting
// as ctx's viewer, and returns the endorser tag it carries.
func raise(t testing.TB, api *apitest.API, ctx context.Context, cityID int64, tag string, fail bool) {
	t.Helper()
	errRollback := fmt.Errorf("roll back")
	err := db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
		if _, err := api.Svc.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindProposalEndorsed, CityID: cityID,
			Params: map[string]string{"title": "Live", "endorser": tag, "city": "X"}}); err != nil {
			return err
		}
		if fail {
			return errRollback
		}
		return nil
	})
	if fail && err != errRollback || !fail && err != nil {
		t.Fatalf("raise %s: %v", tag, err)
	}
}

// tagOf is the endorser tag of a notification event, read from the database.
func tagOf(t testing.TB, api *apitest.API, e liveEvent) string {
	t.Helper()
	if e.NotificationID == nil {
		t.Fatalf("event %q without a notification", e.Kind)
	}
	typ, key, err := gid.Decode(*e.NotificationID)
	if err != nil || typ != gid.Notification {
		t.Fatalf("notification id %q: %s %v", *e.NotificationID, typ, err)
	}
	var tag string
	if err := api.DB.NewRaw("SELECT params->>'endorser' FROM notification WHERE id = ?", key[0]).Scan(context.Background(), &tag); err != nil {
		t.Fatal(err)
	}
	return tag
}

// Each person's stream carries their own notifications and no one else's: an Athens editor
// hears of Athens's endorsement; a Tirana editor and the secretariat do not (their next event
// is their own); the notification it names is readable by its recipient through node(id) and
// by no one else. A rolled-back change sends nothing.
func TestLiveEventsReachOnlyTheirRecipients(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	base, _ := api.Serve()
	athensEd, tiranaEd, sec := api.Login(seed.DemoEmail("editor", "athens")), api.Login(seed.DemoEmail("editor", "tirana")), api.Login("secretariat@b40.demo")
	a, ti, s := ready(t, base, athensEd), ready(t, base, tiranaEd), ready(t, base, sec)
	actor := viewerOf(t, api, seed.DemoEmail("editor", "sarajevo"))

	raise(t, api, actor, api.CityID("athens"), "rolled-back", true)
	raise(t, api, actor, api.CityID("athens"), "athens-1", false)
	e := a.event()
	if e.Kind != notify.KindProposalEndorsed || tagOf(t, api, e) != "athens-1" {
		t.Fatalf("Athens's editor got %+v (%s), want the committed endorsement and not the rolled-back one", e, tagOf(t, api, e))
	}
	// The event names; the API tells, to its recipient only.
	nodeQ := `query($id: ID!) { node(id: $id) { id ... on Notification { kind readAt } } }`
	var mine, theirs struct{ Node *struct{ ID, Kind string } }
	api.As(athensEd, nodeQ, map[string]any{"id": *e.NotificationID}).Decode(t, &mine)
	api.As(tiranaEd, nodeQ, map[string]any{"id": *e.NotificationID}).Decode(t, &theirs)
	if mine.Node == nil || mine.Node.Kind != notify.KindProposalEndorsed || theirs.Node != nil {
		t.Errorf("node(notification): recipient %+v, another city's editor %+v", mine.Node, theirs.Node)
	}

	raise(t, api, actor, api.CityID("tirana"), "tirana-1", false)
	if e := ti.event(); tagOf(t, api, e) != "tirana-1" {
		t.Errorf("Tirana's editor's next event is %s, want tirana-1 (Athens's is not theirs)", tagOf(t, api, e))
	}
	// The secretariat's own event: an application submitted.
	var sub struct{ Application struct{ ID string } }
	if got := mutation(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Novi Sad", "RS")}, &sub); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	if e := s.event(); e.Kind != notify.KindApplicationSubmitted {
		t.Errorf("the secretariat's next event is %s, want APPLICATION_SUBMITTED (the cities' endorsements are not theirs)", e.Kind)
	}
	raise(t, api, actor, api.CityID("tirana"), "tirana-2", false)
	if e := ti.event(); tagOf(t, api, e) != "tirana-2" {
		t.Errorf("Tirana's editor's next event is %s, want tirana-2 (the secretariat's is not theirs)", tagOf(t, api, e))
	}
	raise(t, api, actor, api.CityID("athens"), "athens-2", false)
	if e := a.event(); tagOf(t, api, e) != "athens-2" {
		t.Errorf("Athens's editor's next event is %s, want athens-2", tagOf(t, api, e))
	}
}

// Two servers on one database: a proposal submitted through server A reaches the secretariat's
// stream on server B, and the same event reaches a stream on A too.
func TestLiveEventCrossesServers(t *testing.T) {
	t.Parallel()
	a := apitest.New(t, apitest.Options{})
	b := apitest.NewOn(t, a.DB, apitest.Options{})
	baseA, _ := a.Serve()
	baseB, _ := b.Serve()
	sec := a.Login("secretariat@b40.demo")
	onB, onA := ready(t, baseB, sec), ready(t, baseA, sec)
	id := newProposal(t, a, "tirana", "Across servers", "NETWORK")
	if got := mutation(t, a, a.Login(seed.DemoEmail("editor", "tirana")), submitProposal, "submitProposal", map[string]any{"id": id}, nil); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	for name, s := range map[string]*stream{"B": onB, "A": onA} {
		e := s.event()
		if e.Kind != notify.KindProposalSubmitted || e.SubjectID == nil || *e.SubjectID != id {
			t.Errorf("server %s's stream: %+v, want PROPOSAL_SUBMITTED about %s", name, e, id)
		}
	}
}

// One person holds at most five streams on a server: eight connecting at once get exactly five
// streams and three TOO_MANY_CONNECTIONS; closing one lets one more in; another person is not
// counted against them.
func TestLiveConnectionLimit(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	base, _ := api.Serve()
	tok := api.Login(seed.DemoEmail("editor", "athens"))
	uid := api.UserID(seed.DemoEmail("editor", "athens"))
	var mu sync.Mutex
	var opened []*stream
	outcomes := map[string]int{}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			s := subscribe(t, base, tok, subNotifications, nil)
			r := s.next()
			outcome := ""
			switch {
			case len(r.Errors) > 0:
				outcome = r.Errors[0].Code()
				s.completes()
			default:
				outcome = "READY"
			}
			mu.Lock()
			defer mu.Unlock()
			outcomes[outcome]++
			if outcome == "READY" {
				opened = append(opened, s)
			}
		})
	}
	wg.Wait()
	if outcomes["READY"] != live.DefaultMaxPerViewer || outcomes["TOO_MANY_CONNECTIONS"] != 8-live.DefaultMaxPerViewer || len(outcomes) != 2 {
		t.Fatalf("eight at once: %v, want %d streams and %d TOO_MANY_CONNECTIONS", outcomes, live.DefaultMaxPerViewer, 8-live.DefaultMaxPerViewer)
	}
	if n := api.Svc.Live.Open(uid); n != live.DefaultMaxPerViewer {
		t.Errorf("the hub counts %d streams, want %d", n, live.DefaultMaxPerViewer)
	}
	ready(t, base, api.Login(seed.DemoEmail("editor", "tirana"))) // someone else: not counted
	opened[0].close()
	waitFor(t, func() bool { return api.Svc.Live.Open(uid) == live.DefaultMaxPerViewer-1 })
	ready(t, base, tok)
	if r := subscribe(t, base, tok, subNotifications, nil).next(); len(r.Errors) == 0 || r.Errors[0].Code() != "TOO_MANY_CONNECTIONS" {
		t.Errorf("a sixth stream: %+v, want TOO_MANY_CONNECTIONS", r)
	}
}

// waitFor waits until cond holds (the server notices a client gone asynchronously).
func waitFor(t testing.TB, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(eventWait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("the condition never held")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// An idle stream gets heartbeat comments, and outlives the request deadline (here 200 ms: ten
// heartbeats 50 ms apart pass it, and the stream still carries events); shutting the server
// down ends every stream with complete.
func TestLiveHeartbeatAndShutdown(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	short := apitest.NewOn(t, api.DB, apitest.Options{Heartbeat: 50 * time.Millisecond, WriteTimeout: 200 * time.Millisecond})
	base, shutdown := short.Serve()
	// Signed in through a server with the usual deadline (a password hash may take longer).
	s := ready(t, base, api.Login(seed.DemoEmail("editor", "athens")))
	other := ready(t, base, api.Login("secretariat@b40.demo"))
	for range 10 {
		if e, ok := s.raw(); !ok || !e.comment || e.data != "ping" {
			t.Fatalf("idle stream: %+v, want a ping comment", e)
		}
	}
	raise(t, api, viewerOf(t, api, seed.DemoEmail("editor", "sarajevo")), api.CityID("athens"), "late", false)
	if e := s.event(); tagOf(t, api, e) != "late" {
		t.Errorf("after the request deadline: %+v", e)
	}
	shutdown()
	s.completes()
	other.completes()
}

// A stream ends when its session does: at sign-out (heard at once), and at expiry (found by the
// periodic check).
func TestLiveStreamEndsWithItsSession(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	base, _ := api.Serve()
	tok := api.Login(seed.DemoEmail("editor", "athens"))
	s := ready(t, base, tok)
	keep := ready(t, base, api.Login(seed.DemoEmail("editor", "athens"))) // another session of the same person
	var out struct{ Logout struct{ UserErrors []any } }
	api.As(tok, `mutation { logout(input: {}) { userErrors { code } } }`, nil).Decode(t, &out)
	s.completes()

	exec(t, api, "UPDATE session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL AND user_id = ?", api.UserID(seed.DemoEmail("editor", "athens")))
	if err := api.Svc.Live.CheckSessions(context.Background()); err != nil {
		t.Fatal(err)
	}
	keep.completes()
	// A stream asked for with a token that no longer works is refused before it starts.
	if st := subscribe(t, base, tok, subNotifications, nil); st.status != http.StatusUnauthorized {
		t.Errorf("a revoked token's stream: HTTP %d, want 401", st.status)
	}
}

// A lost LISTEN connection is made again, and every stream is told to re-read (what was sent
// meanwhile is lost); events flow again afterwards.
func TestLiveListenerReconnects(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	base, _ := api.Serve()
	s := ready(t, base, api.Login(seed.DemoEmail("editor", "athens")))
	exec(t, api, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'b40-live' AND datname = current_database()")
	if e := s.event(); e.Kind != live.Resync {
		t.Fatalf("after the connection was lost: %q, want RESYNC", e.Kind)
	}
	if api.Svc.Live.Reconnects() != 1 {
		t.Errorf("%d reconnections, want 1", api.Svc.Live.Reconnects())
	}
	raise(t, api, viewerOf(t, api, seed.DemoEmail("editor", "sarajevo")), api.CityID("athens"), "after", false)
	if e := s.event(); tagOf(t, api, e) != "after" {
		t.Errorf("after reconnecting: %+v", e)
	}
}

// An open item's page follows it: its city's editor hears each change to a proposal; another
// city's editor may not follow a draft (it is not theirs to see: NOT_FOUND, as node(id) says),
// and no one anonymous follows anything. GET works as well as POST.
func TestLiveItemChanged(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	base, _ := api.Serve()
	id := newProposal(t, api, "tirana", "Followed", "NETWORK")
	editor := api.Login(seed.DemoEmail("editor", "tirana"))
	s := subscribe(t, base, editor, subItem, map[string]any{"id": id}, true)
	if e := s.event(); e.Kind != live.Ready {
		t.Fatalf("first: %+v", e)
	}
	if got := mutation(t, api, editor, submitProposal, "submitProposal", map[string]any{"id": id}, nil); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	if e := s.event(); e.Kind != live.ItemChanged || e.SubjectID == nil || *e.SubjectID != id {
		t.Errorf("after submitting: %+v", e)
	}
	draft := newProposal(t, api, "tirana", "Draft", "NETWORK")
	if r := subscribe(t, base, api.Login(seed.DemoEmail("editor", "athens")), subItem, map[string]any{"id": draft}).next(); len(r.Errors) == 0 || r.Errors[0].Code() != "NOT_FOUND" {
		t.Errorf("another city's draft: %+v, want NOT_FOUND", r)
	}
	if r := subscribe(t, base, "", subNotifications, nil).next(); len(r.Errors) == 0 || r.Errors[0].Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous: %+v, want UNAUTHENTICATED", r)
	}
}

// A subscription sent as a plain request (no event stream) is refused with a coded error.
func TestSubscriptionNeedsAnEventStream(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	r := api.As(api.Login(seed.DemoEmail("editor", "athens")), subNotifications, nil)
	if r.ErrorCode() != "INVALID_INPUT" || !strings.Contains(r.Errors[0].Message, "text/event-stream") {
		t.Errorf("%d %s", r.Status, r.Body)
	}
}

// Under B40_DOCUMENTS=trusted a browser session's stream runs the app's own subscription, sent
// by its manifest hash as the bell sends it, and no document of its own; an API token may
// still bring one.
func TestLiveUnderTrustedDocuments(t *testing.T) {
	t.Parallel()
	openServer := apitest.New(t, apitest.Options{})
	api := apitest.NewOn(t, openServer.DB, apitest.Options{TrustedDocuments: true})
	base, _ := api.Serve()
	var hash string
	for h, text := range web.PersistedDocuments() {
		if strings.Contains(text, "subscription LiveNotifications") {
			hash = h
		}
	}
	if hash == "" {
		t.Fatal("the app's manifest has no LiveNotifications subscription")
	}
	sec := openServer.Login("secretariat@b40.demo") // a session is a session on either server
	byHash := subscribeBody(t, base, sec, map[string]any{"query": "", "extensions": map[string]any{
		"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}})
	if e := byHash.event(); e.Kind != live.Ready {
		t.Fatalf("the app's subscription by hash: first event %q, want READY", e.Kind)
	}
	adHoc := subscribe(t, base, sec, subNotifications, nil)
	if r := adHoc.next(); len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "FORBIDDEN" {
		t.Fatalf("an ad-hoc subscription from a session under trusted documents: %+v, want FORBIDDEN", r)
	}
}

// The app's fetches accept text/event-stream besides JSON, so a query or mutation it POSTs by
// documentId reaches the event-stream transport: that transport must read the documentId too
// (it once answered "no operation provided" to every mutation of the app).
func TestEventStreamPostByDocumentID(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	base, _ := api.Serve()
	var hash string
	for h, text := range web.PersistedDocuments() {
		if strings.Contains(text, "query NetworkPage") {
			hash = h
		}
	}
	if hash == "" {
		t.Fatal("the app's manifest has no NetworkPage query")
	}
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(`{"documentId":"sha256:`+hash+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if !strings.Contains(string(body), `"workingGroups"`) || strings.Contains(string(body), `"errors"`) {
		t.Fatalf("%d %s", res.StatusCode, body)
	}
	// Not a stream: one JSON answer, as the first type the client accepts.
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/graphql-response+json") {
		t.Fatalf("Content-Type %q for a client that accepts JSON first, want application/graphql-response+json", ct)
	}
}

package engine

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/b40-network/workspace/internal/apperr"
)

// DefaultHeartbeat is how often an idle event stream gets a comment line, so that proxies and
// browsers do not take it for dead.
const DefaultHeartbeat = 15 * time.Second

// streamWriteTimeout bounds each write to an event stream.
const streamWriteTimeout = 30 * time.Second

// sseTransport is gqlgen's server-sent events transport (the graphql-sse protocol, distinct
// connections mode: `event: next` per result, `event: complete` at the end, heartbeat
// comments), taking GET as well as POST, and guarding the response writer so that gqlgen's
// heartbeat goroutine cannot write once the request is over.
type sseTransport struct{ transport.SSE }

var _ graphql.Transport = sseTransport{}

// IsEventStream reports whether r asks for server-sent events: text/event-stream and no JSON
// answer (graphql-sse sends Accept: text/event-stream alone). A client that lists the event
// stream among JSON types, as urql's fetches do, gets the one JSON answer its query or mutation
// has, through the plain transport with its rules (no mutation by GET, the media types).
func IsEventStream(r *http.Request) bool {
	accept := r.Header.Get("Accept")
	return strings.Contains(accept, "text/event-stream") && !strings.Contains(accept, "json") && r.Header.Get("Upgrade") == ""
}

func (t sseTransport) Supports(r *http.Request) bool {
	if !IsEventStream(r) {
		return false
	}
	return r.Method == http.MethodGet || t.SSE.Supports(r)
}

func (t sseTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	// graphql-sse's GET: the request's parameters in the URL; a POST's documentId, which
	// gqlgen's SSE does not read (the app's fetches accept text/event-stream, so every
	// mutation of the app comes here). gqlgen's SSE reads a JSON body: it is rebuilt.
	params, documentID, status, err := readParams(r)
	if err != nil {
		w.Header().Set("Content-Type", mediaJSON)
		writeErrors(w, status, gqlerror.List{codedError(string(apperr.InvalidInput), "%s", err.Error())})
		return
	}
	body, _ := json.Marshal(map[string]any{"query": params.Query, "operationName": params.OperationName,
		"variables": params.Variables, "extensions": params.Extensions})
	r = r.Clone(withDocumentID(r.Context(), documentID))
	r.Method = http.MethodPost
	r.Header.Set("Content-Type", mediaJSON)
	r.Body = io.NopCloser(strings.NewReader(string(body)))
	r.ContentLength = int64(len(body))
	// The body has been read: a stream reads nothing more, and writes as long as it lasts, each
	// write with a deadline of its own (a client that stops reading is cut off).
	_ = http.NewResponseController(w).SetReadDeadline(time.Time{})
	g := &guardedWriter{w: w}
	defer g.close()
	w.Header().Set("X-Accel-Buffering", "no") // nginx: pass each event on at once
	t.SSE.Do(g, r, exec)
}

// guardedWriter serialises writes and drops those after the handler returned.
type guardedWriter struct {
	mu   sync.Mutex
	w    http.ResponseWriter
	done bool
}

func (g *guardedWriter) Header() http.Header { return g.w.Header() }

func (g *guardedWriter) Write(b []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.done {
		return 0, http.ErrHandlerTimeout
	}
	_ = http.NewResponseController(g.w).SetWriteDeadline(time.Now().Add(streamWriteTimeout))
	return g.w.Write(b)
}

func (g *guardedWriter) WriteHeader(code int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.done {
		g.w.WriteHeader(code)
	}
}

func (g *guardedWriter) Flush() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.done {
		_ = http.NewResponseController(g.w).Flush()
	}
}

func (g *guardedWriter) close() {
	g.mu.Lock()
	g.done = true
	g.mu.Unlock()
}

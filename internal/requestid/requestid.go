// Package requestid carries the id that ties a request's log lines and error answers together.
package requestid

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"sync/atomic"

	"go.opentelemetry.io/otel/trace"
)

type key struct{}

// New returns a fresh random id.
func New() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// info is what one request's log line says of it beyond HTTP: its id, and the operation it ran
// (named by the GraphQL layer once it knows, read by the access log when the request ends).
type info struct {
	id        string
	operation atomic.Pointer[string]
}

// NewContext returns ctx carrying id.
func NewContext(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, key{}, &info{id: id})
}

// FromContext returns the request id, or "".
func FromContext(ctx context.Context) string {
	if i, ok := ctx.Value(key{}).(*info); ok {
		return i.id
	}
	return ""
}

// SetOperation names the operation the request ran (graph's operation label), for its access
// log line; without a request in ctx it does nothing.
func SetOperation(ctx context.Context, label string) {
	if i, ok := ctx.Value(key{}).(*info); ok {
		i.operation.Store(&label)
	}
}

// Operation is the label SetOperation gave, or "".
func Operation(ctx context.Context) string {
	if i, ok := ctx.Value(key{}).(*info); ok {
		if op := i.operation.Load(); op != nil {
			return *op
		}
	}
	return ""
}

// LogHandler adds the request id of the context to every record logged with one, once: a
// record that names it already is left as it is. When the context's span is recording
// (tracing is on), it adds the trace id too, as TraceKey, likewise once.
type LogHandler struct{ slog.Handler }

// Key is the attribute that carries the request id in log records.
const Key = "request_id"

// TraceKey is the attribute that carries the trace id in log records.
const TraceKey = "trace_id"

func (h LogHandler) Handle(ctx context.Context, r slog.Record) error {
	id := FromContext(ctx)
	span := trace.SpanFromContext(ctx)
	traced := span.IsRecording()
	if id != "" || traced {
		hasID, hasTrace := false, false
		r.Attrs(func(a slog.Attr) bool {
			hasID = hasID || a.Key == Key
			hasTrace = hasTrace || a.Key == TraceKey
			return !(hasID && hasTrace)
		})
		if id != "" && !hasID {
			r.AddAttrs(slog.String(Key, id))
		}
		if traced && !hasTrace {
			r.AddAttrs(slog.String(TraceKey, span.SpanContext().TraceID().String()))
		}
	}
	return h.Handler.Handle(ctx, r)
}

func (h LogHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return LogHandler{h.Handler.WithAttrs(attrs)}
}

func (h LogHandler) WithGroup(name string) slog.Handler { return LogHandler{h.Handler.WithGroup(name)} }

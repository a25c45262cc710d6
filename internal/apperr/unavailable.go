package apperr

import (
	"context"
	"net/http"
	"sync/atomic"
)

// RetryAfterSeconds is what an UNAVAILABLE answer tells clients to wait.
const RetryAfterSeconds = "2"

type unavailableKey struct{}

type diskFullKey struct{}

// WithDiskFullHook returns ctx whose NoteDiskFull calls fn (the server's health, so /readyz
// says the disk is full).
func WithDiskFullHook(ctx context.Context, fn func()) context.Context {
	return context.WithValue(ctx, diskFullKey{}, fn)
}

// NoteDiskFull records, for the current request and the server's health, that the database
// met a full disk.
func NoteDiskFull(ctx context.Context) {
	NoteUnavailable(ctx)
	if fn, ok := ctx.Value(diskFullKey{}).(func()); ok && fn != nil {
		fn()
	}
}

// WithUnavailableNote returns ctx able to carry the note that an answer reports an
// unavailable database, and w, which then adds Retry-After before the answer is written.
func WithUnavailableNote(ctx context.Context, w http.ResponseWriter) (context.Context, http.ResponseWriter) {
	flag := new(atomic.Bool)
	return context.WithValue(ctx, unavailableKey{}, flag), &retryAfterWriter{ResponseWriter: w, flag: flag}
}

// NoteUnavailable records, for the current request, that its answer reports UNAVAILABLE.
func NoteUnavailable(ctx context.Context) {
	if f, ok := ctx.Value(unavailableKey{}).(*atomic.Bool); ok {
		f.Store(true)
	}
}

type retryAfterWriter struct {
	http.ResponseWriter
	flag    *atomic.Bool
	written bool
}

func (w *retryAfterWriter) before() {
	if !w.written {
		w.written = true
		if w.flag.Load() {
			w.Header().Set("Retry-After", RetryAfterSeconds)
		}
	}
}

func (w *retryAfterWriter) WriteHeader(code int) { w.before(); w.ResponseWriter.WriteHeader(code) }

func (w *retryAfterWriter) Write(b []byte) (int, error) { w.before(); return w.ResponseWriter.Write(b) }

func (w *retryAfterWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Flush lets streamed answers (multipart/mixed incremental delivery) through.
func (w *retryAfterWriter) Flush() {
	w.before()
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

// WriteUnavailable answers 503 with Retry-After and a coded error.
func WriteUnavailable(w http.ResponseWriter, r *http.Request, msg string) {
	w.Header().Set("Retry-After", RetryAfterSeconds)
	WriteHTTP(w, r, http.StatusServiceUnavailable, Unavailable, msg)
}

package main

import (
	"context"
	"io"
	"log/slog"
	"sync/atomic"
	"time"

	"go.uber.org/zap/zapcore"

	"github.com/b40-network/workspace/internal/httpserver"
)

// The server's access log is one line per request. Written one write(2) each, those lines cost
// ~4% of the server's CPU on the lightest query, so serve writes them in batches (zap's
// BufferedWriteSyncer: at most every 100 ms, or at 32 KiB, which fits a pipe's buffer, so the
// request whose line fills it rarely waits for the reader). Every other record goes out at
// once, with whatever access lines are waiting before it, so order is kept; stopping flushes.
const (
	accessLogBuffer = 32 << 10
	accessLogFlush  = 100 * time.Millisecond
)

// flushBeforeExit is the running server's flush, for an immediate stop (a second signal).
var flushBeforeExit atomic.Pointer[func()]

// newServeLogger is newLogger writing through the batching buffer; stop flushes and ends it.
func newServeLogger(w io.Writer, level, format string) (log *slog.Logger, stop func()) {
	// A plain writer: zap would fsync an *os.File on every flush.
	out := &zapcore.BufferedWriteSyncer{WS: zapcore.AddSync(struct{ io.Writer }{w}), Size: accessLogBuffer, FlushInterval: accessLogFlush}
	flush := func() { _ = out.Sync() }
	flushBeforeExit.Store(&flush)
	log = newLogger(out, level, format)
	return slog.New(flushing{log.Handler(), flush}), func() {
		flushBeforeExit.Store(nil)
		_ = out.Stop()
	}
}

// flushing writes out the buffer after every record but the access log's.
type flushing struct {
	slog.Handler
	flush func()
}

func (h flushing) Handle(ctx context.Context, r slog.Record) error {
	err := h.Handler.Handle(ctx, r)
	if r.Message != httpserver.AccessLogMessage {
		h.flush()
	}
	return err
}

func (h flushing) WithAttrs(attrs []slog.Attr) slog.Handler {
	return flushing{h.Handler.WithAttrs(attrs), h.flush}
}

func (h flushing) WithGroup(name string) slog.Handler {
	return flushing{h.Handler.WithGroup(name), h.flush}
}

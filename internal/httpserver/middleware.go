package httpserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/requestid"
	"github.com/b40-network/workspace/internal/tracing"
)

// AccessLogMessage is the message of the access log's one line per request.
const AccessLogMessage = "request"

var incomingIDRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// withRequestID gives every request an id (a sane incoming X-Request-Id is kept), echoes it,
// and logs one line per request. A request whose client went away before it ended is logged and
// counted as 499 (apperr.StatusClientClosedRequest), whatever the handler wrote to no one.
func withRequestID(log *slog.Logger, m *Metrics, route string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !incomingIDRE.MatchString(id) {
			id = requestid.New()
		}
		w.Header().Set("X-Request-Id", id)
		// Every answer is exactly the type it says (JSON, Markdown, the app): no browser sniffs
		// another into it.
		w.Header().Set("X-Content-Type-Options", "nosniff")
		ctx := requestid.NewContext(r.Context(), id)
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		start := time.Now()
		next.ServeHTTP(rec, r.WithContext(ctx))
		code := rec.code
		if apperr.ClientGone(ctx) {
			code = apperr.StatusClientClosedRequest
		}
		took := time.Since(start)
		m.observeHTTP(route, code, took)
		// A failure of the server (5xx) is a warning; a client that went away (499) is not.
		level := slog.LevelInfo
		if code >= 500 && code != apperr.StatusClientClosedRequest {
			level = slog.LevelWarn
		}
		attrs := []any{"method", r.Method, "path", r.URL.Path, "status", code, "bytes", rec.bytes,
			"duration_ms", float64(took.Microseconds()) / 1000, "client", clientAddr(r), "user_agent", clip(r.UserAgent(), maxUserAgent)}
		if op := requestid.Operation(ctx); op != "" {
			attrs = append(attrs, "operation", op)
		}
		if span := trace.SpanFromContext(ctx); span.IsRecording() {
			attrs = append(attrs, requestid.TraceKey, span.SpanContext().TraceID().String())
			// One call: each SetAttributes grows and re-checks the span's attribute list.
			end := [3]attribute.KeyValue{semconv.HTTPResponseStatusCode(code), attribute.String("b40.request_id", id)}
			n := 2
			if op := requestid.Operation(ctx); op != "" {
				end[n] = attribute.String("b40.operation", op)
				n++
			}
			span.SetAttributes(end[:n]...)
			if code >= 500 && code != apperr.StatusClientClosedRequest {
				span.SetStatus(codes.Error, http.StatusText(code))
			}
		}
		log.Log(ctx, level, AccessLogMessage, attrs...)
	})
}

// withSpan makes the request's server span, a child of the incoming traceparent when there is
// one, named by the route's pattern ("POST /graphql"); withRequestID adds the status to it.
func withSpan(t *tracing.Tracing, pattern string, next http.Handler) http.Handler {
	tracer := t.Tracer()
	route := pattern
	if i := strings.IndexByte(pattern, ' '); i >= 0 {
		route = pattern[i+1:]
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := t.Propagator.Extract(r.Context(), propagation.HeaderCarrier(r.Header))
		attrs := make([]attribute.KeyValue, 0, 5)
		attrs = append(attrs, attribute.String("http.request.method", r.Method), semconv.HTTPRoute(route))
		// A fixed route's path is the route: the span says it once.
		if r.URL.Path != route {
			attrs = append(attrs, semconv.URLPath(r.URL.Path))
		}
		attrs = append(attrs, semconv.ClientAddress(clientAddr(r)))
		if ua := r.UserAgent(); ua != "" {
			attrs = append(attrs, semconv.UserAgentOriginal(clip(ua, maxUserAgent)))
		}
		ctx, span := tracer.Start(ctx, r.Method+" "+route, trace.WithSpanKind(trace.SpanKindServer), trace.WithAttributes(attrs...))
		defer span.End()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// maxUserAgent bounds what a client's User-Agent may put in the log.
const maxUserAgent = 200

// clip cuts s to at most n bytes, on a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// clientAddr is the peer's address without its port.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

type statusRecorder struct {
	http.ResponseWriter
	code  int
	bytes int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// Flush lets streamed answers (multipart/mixed incremental delivery) through.
func (s *statusRecorder) Flush() { _ = http.NewResponseController(s.ResponseWriter).Flush() }

// anonymousCacheControl: how long a shared cache may keep an anonymous GET answer; as stale as
// the analytics answers may be.
const anonymousCacheControl = "public, max-age=15"

// guardGraphQL enforces contract C1 before gqlgen sees the request: GET or POST only; POST
// bodies are application/json, at most maxBody bytes, one JSON object (no batches).
func guardGraphQL(maxBody int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// An authenticated answer, a mutation's (a sign-in token among them) or a refusal is for
		// this caller alone: no cache keeps it. An anonymous GET query answers the public's view,
		// the same for every anonymous caller, so a shared cache may keep it briefly, but only
		// per media type and language (texts follow Accept-Language) and never for a signed-in
		// request (CORS adds Origin).
		if r.Method != http.MethodGet || r.Header.Get("Authorization") != "" {
			w.Header().Set("Cache-Control", "no-store")
		} else {
			w.Header().Set("Cache-Control", anonymousCacheControl)
			w.Header().Add("Vary", "Accept")
			w.Header().Add("Vary", "Accept-Language")
			w.Header().Add("Vary", "Authorization")
		}
		switch r.Method {
		case http.MethodGet:
		case http.MethodPost:
			mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if err != nil || mt != "application/json" {
				apperr.WriteHTTP(w, r, http.StatusUnsupportedMediaType, apperr.InvalidInput, "Content-Type must be application/json")
				return
			}
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
			if err != nil {
				var tooLarge *http.MaxBytesError
				if errors.As(err, &tooLarge) {
					apperr.WriteHTTP(w, r, http.StatusRequestEntityTooLarge, apperr.InvalidInput, "request body is larger than the limit")
					return
				}
				apperr.WriteHTTP(w, r, http.StatusBadRequest, apperr.InvalidInput, "could not read the request body")
				return
			}
			trimmed := bytes.TrimLeft(body, " \t\r\n")
			switch {
			case len(trimmed) > 0 && trimmed[0] == '[':
				apperr.WriteHTTP(w, r, http.StatusBadRequest, apperr.InvalidInput, "batched requests are not supported; send one operation per request")
				return
			case len(trimmed) == 0 || trimmed[0] != '{' || !json.Valid(trimmed):
				apperr.WriteHTTP(w, r, http.StatusBadRequest, apperr.InvalidInput, "the request body must be one JSON object")
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		default:
			w.Header().Set("Allow", "GET, POST")
			apperr.WriteHTTP(w, r, http.StatusMethodNotAllowed, apperr.InvalidInput, "use POST, or GET for queries")
			return
		}
		ctx := i18n.NewContext(r.Context(), i18n.AcceptLanguage(r.Header.Get("Accept-Language")))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

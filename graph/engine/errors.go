package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"go.opentelemetry.io/otel/trace"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/requestid"
)

// Codes set by the limits, beside apperr's (contract C5).
const (
	codeComplexity = "COMPLEXITY_LIMIT_EXCEEDED"
	codeDepth      = "DEPTH_LIMIT_EXCEEDED"
)

// codedError returns a top-level error carrying extensions.code.
func codedError(code, format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": code}}
}

// ErrorPresenter maps domain errors to coded GraphQL errors and scrubs everything else: an
// unexpected error answers INTERNAL with the request id, its detail goes only to the log.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if ae, ok := apperr.As(err); ok {
			gqlErr.Message = ae.Message
			gqlErr.Extensions = map[string]any{"code": string(ae.Code)}
			if len(ae.Field) > 0 {
				gqlErr.Extensions["field"] = ae.Field
			}
			return gqlErr
		}
		var ue *apperr.UserError
		if errors.As(err, &ue) {
			// Outside a mutation's payload (a query's ID argument or filter), an input error is
			// a top-level INVALID_INPUT on the same field (contract C5).
			code := apperr.InvalidInput
			if ue.Code == apperr.CodeNotFound {
				code = apperr.NotFound
			}
			gqlErr.Message = ue.Message
			gqlErr.Extensions = map[string]any{"code": string(code)}
			if len(ue.Field) > 0 {
				gqlErr.Extensions["field"] = ue.Field
			}
			return gqlErr
		}
		var own *gqlerror.Error
		if errors.As(err, &own) && own.Unwrap() == nil {
			// Made by gqlgen, gqlparser or our limits: parse and validation messages are safe,
			// but the POST transport's decode error echoes the whole body.
			if strings.HasPrefix(own.Message, "json request body could not be decoded") || strings.HasPrefix(own.Message, "could not read request body") {
				gqlErr.Message = "the request body is not a GraphQL request object"
			}
			switch own.Extensions["code"] {
			case codeComplexity, codeDepth, string(apperr.InvalidInput), string(apperr.RateLimited), string(apperr.ReadOnly),
				string(apperr.Forbidden), codePersistedQueryNotFound:
			case errcode.ValidationFailed, errcode.ParseFailed, nil:
				gqlErr.Extensions = map[string]any{"code": string(apperr.InvalidInput)}
			}
			return gqlErr
		}
		if apperr.ClientGone(ctx) {
			// The client went away (a superseded search): what failed failed because of it, and
			// no one reads this answer. The access log records the request as 499.
			return &gqlerror.Error{Message: "the request was cancelled by its client", Path: gqlErr.Path,
				Extensions: map[string]any{"code": string(apperr.Internal)}}
		}
		if db.IsDiskFull(err) {
			apperr.NoteDiskFull(ctx)
			log.ErrorContext(ctx, "database disk full: no space left on device; free space and it recovers by itself",
				"request_id", requestid.FromContext(ctx), "path", gqlErr.Path.String(), "error", err.Error())
			return &gqlerror.Error{Message: "the database's disk is full; retry later", Path: gqlErr.Path,
				Extensions: map[string]any{"code": string(apperr.Unavailable)}}
		}
		// Past the request's own deadline, a failure is the deadline's (a connection no longer
		// acquired, a statement cancelled), not the database's: the request was stopped.
		if ctx.Err() == nil && db.IsUnavailable(err) {
			apperr.NoteUnavailable(ctx)
			log.WarnContext(ctx, "database unavailable", "request_id", requestid.FromContext(ctx), "error", err.Error())
			return &gqlerror.Error{Message: "the database is unavailable; retry shortly", Path: gqlErr.Path,
				Extensions: map[string]any{"code": string(apperr.Unavailable)}}
		}
		if ctx.Err() == nil && db.IsTimedOut(err) {
			// Blocked or slow past the statement timeout while the request still had time: busy,
			// not broken.
			apperr.NoteUnavailable(ctx)
			log.WarnContext(ctx, "database too busy: a statement timed out", "request_id", requestid.FromContext(ctx),
				"path", gqlErr.Path.String(), "error", err.Error())
			return &gqlerror.Error{Message: "the database took too long to answer; retry shortly", Path: gqlErr.Path,
				Extensions: map[string]any{"code": string(apperr.Unavailable)}}
		}
		id := requestid.FromContext(ctx)
		if ctx.Err() != nil {
			// The request's work was stopped (its client went away, or its write deadline
			// passed): expected, not a fault of the server's.
			log.WarnContext(ctx, "request stopped: its client went away or its deadline passed", "request_id", id,
				"path", gqlErr.Path.String(), "error", err.Error())
		} else {
			log.ErrorContext(ctx, "internal error", "request_id", id, "path", gqlErr.Path.String(), "error", err.Error())
		}
		ext := map[string]any{"code": string(apperr.Internal), "requestId": id}
		if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
			ext["traceId"] = sc.TraceID().String()
		}
		return &gqlerror.Error{
			Message:    "internal error; quote request id " + id,
			Path:       gqlErr.Path,
			Extensions: ext,
		}
	}
}

// RecoverFunc turns a resolver panic into an INTERNAL error and logs the stack.
func RecoverFunc(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "request_id", requestid.FromContext(ctx), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errors.New("panic")
	}
}

package engine

import (
	"context"
	"fmt"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"

	"github.com/b40-network/workspace/internal/apperr"
)

// tracer is the gqlgen extension behind the operation and resolver spans: one span per
// operation, named by its label ("query:cities", as the metrics name it), and one per field
// that has a resolver of its own (the fields that load: relations, root fields, mutations).
// Fields read off a loaded model get none. It is registered only when tracing is on, and does
// nothing for a request whose span is not recording (not sampled).
type tracer struct{ t trace.Tracer }

var (
	_ graphql.HandlerExtension    = tracer{}
	_ graphql.ResponseInterceptor = tracer{}
	_ graphql.FieldInterceptor    = tracer{}
)

func (tracer) ExtensionName() string                   { return "B40Tracing" }
func (tracer) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse wraps the operation's execution: its resolvers run in the context given
// here, so their spans are the operation span's children.
func (tr tracer) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !trace.SpanFromContext(ctx).IsRecording() || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil {
		return next(ctx)
	}
	attrs := []attribute.KeyValue{attribute.String("graphql.operation.type", string(oc.Operation.Operation))}
	if oc.OperationName != "" {
		attrs = append(attrs, semconv.GraphQLOperationName(oc.OperationName))
	}
	ctx, span := tr.t.Start(ctx, OperationLabel(oc.Doc, oc.Operation), trace.WithAttributes(attrs...))
	defer span.End()
	resp := next(ctx)
	if resp != nil && len(resp.Errors) > 0 {
		span.SetAttributes(attribute.Int("graphql.errors", len(resp.Errors)))
		var errCodes []string
		for _, e := range resp.Errors {
			if c, _ := e.Extensions["code"].(string); c != "" && !slices.Contains(errCodes, c) && len(errCodes) < 8 {
				errCodes = append(errCodes, c)
			}
		}
		if len(errCodes) > 0 {
			span.SetAttributes(attribute.StringSlice("graphql.error_codes", errCodes))
		}
	}
	return resp
}

// InterceptField makes a span for a field with a resolver of its own ("City.proposals").
func (tr tracer) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	// A nested field runs in its parent field's context, whose span has ended by then (it
	// ends when the parent's resolver returns): sampled, not recording, is what counts.
	if fc == nil || !fc.IsResolver || !trace.SpanContextFromContext(ctx).IsSampled() {
		return next(ctx)
	}
	ctx, span := tr.t.Start(ctx, fc.Object+"."+fc.Field.Name, trace.WithAttributes(
		attribute.String("graphql.field.path", fc.Path().String())))
	defer span.End()
	res, err := next(ctx)
	if err != nil {
		span.SetStatus(codes.Error, "resolver failed")
		kind := fmt.Sprintf("%T", err)
		if ae, ok := apperr.As(err); ok {
			kind = string(ae.Code)
		}
		span.SetAttributes(attribute.String("error.type", kind))
	}
	return res, err
}

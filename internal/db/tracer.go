package db

import (
	"github.com/exaring/otelpgx"
	"github.com/jackc/pgx/v5"
	"go.opentelemetry.io/otel/metric/noop"
	"go.opentelemetry.io/otel/trace"
)

// statementTracer is pgx's tracer making a client span per statement, named by its kind and
// operation ("query SELECT", "prepare SELECT", "connect"), a child of the resolver or request span in the statement's context.
// The statement's text is left out of the spans: bun writes arguments into the SQL text, so
// the text carries e-mail addresses, token hashes and the viewer's scope. Statements run
// without a recording span in their context (migrations, the start-up) make no span.
func statementTracer(tp trace.TracerProvider) pgx.QueryTracer {
	return otelpgx.NewTracer(otelpgx.WithTracerProvider(tp), otelpgx.WithDisableSQLStatementInAttributes(),
		otelpgx.WithDisableAcquireTracer(),
		// The pool's server, port and database are the same for every statement: the cost of
		// five attributes per span buys nothing the resource and the parent spans do not say.
		otelpgx.WithDisableConnectionDetailsInAttributes(), otelpgx.WithQuerySpanNamePrefix(),
		// The statements are counted and timed by /metrics already: no second set of figures.
		otelpgx.WithMeterProvider(noop.NewMeterProvider()))
}

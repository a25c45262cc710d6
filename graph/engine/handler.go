// Package engine is the execution machinery around the resolvers of package graph: the
// handler and its transports (HTTP, server-sent events), the limits, persisted documents, the
// analytics answer cache, the nested reads' planner and plan cache, variable coercion, tracing
// and the error presenter. graph holds what answers fields; engine, how a request becomes an
// answer.
package engine

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"go.opentelemetry.io/otel/trace"

	"github.com/b40-network/workspace/graph"
	"github.com/b40-network/workspace/graph/generated"
	"github.com/b40-network/workspace/internal/app"
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/requestid"
)

// HandlerOptions configure the GraphQL handler.
type HandlerOptions struct {
	Introspection bool
	Limits        Limits
	Logger        *slog.Logger
	// ReadOnly refuses every mutation (the binary is older than the schema).
	ReadOnly bool
	// AnalyticsTTL is how long analytics answers are shared (default analytics.CacheTTL).
	AnalyticsTTL time.Duration
	// PerFieldOnly turns nested reads off (fastpath.go): every field through its resolver.
	// Tests use it to compare the two paths' answers.
	PerFieldOnly bool
	// Observe, when set, is told each operation's name, duration, outcome (OperationOK,
	// OperationError, or OperationCanceled when its client went away) and how many SQL
	// statements it sent (-1 when not counted).
	Observe func(operation string, d time.Duration, outcome string, statements int64)
	// ObserveNested, when set, is told the outcome of each root field nested reads consider:
	// NestedHit, NestedFallback or NestedError.
	ObserveNested func(field, outcome string)
	// Tracer, when set (tracing is on), makes the operation and resolver spans.
	Tracer trace.Tracer
	// Manifest is the app's documents by the hex SHA-256 of their text (web.PersistedDocuments):
	// sent by documentId or APQ hash, they need no registration.
	Manifest map[string]string
	// Documents is DocumentsOpen ("" too) or DocumentsTrusted: then sessions and the public run
	// only Manifest's documents (documents.go).
	Documents string
	// Heartbeat is how often an idle event stream gets a comment line (0: DefaultHeartbeat).
	Heartbeat time.Duration
}

// Outcomes of an operation, as observed (b40_graphql_operations_total's outcome).
const (
	OperationOK       = "ok"
	OperationError    = "error"    // its answer has errors
	OperationCanceled = "canceled" // its client went away before it ended
)

// readSession gives a query operation one read transaction for all its resolvers and loaders
// (db.Session), ended once the answer is complete. Mutations write in transactions of their
// own and get none. An operation the nested reads read has its statements planned once
// (db.WithGenericPlans): planning one of their statements cost as much as running it.
func readSession(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	// The anonymous public reads without a transaction: nothing to share.
	if oc := graphql.GetOperationContext(ctx); oc.Operation == nil || oc.Operation.Operation != ast.Query || db.FromContext(ctx).IsPublic() {
		return next(ctx)
	}
	if readsNested(graphql.GetOperationContext(ctx)) {
		ctx = db.WithGenericPlans(ctx)
	}
	session := db.NewSession()
	answer := next(session.In(ctx))
	return func(ctx context.Context) *graphql.Response {
		defer session.Close()
		// The resolvers run in the context the answer is asked for with.
		return answer(session.In(ctx))
	}
}

// Caches are bounded by entries and by the size of what goes in, so a flood of large unique
// queries cannot grow memory without bound.
const (
	queryCacheEntries = 500
	apqCacheEntries   = 1000
	maxCachedQuery    = 8 << 10
)

// NewHandler builds the GraphQL handler: GET and POST only, bounded caches, APQ,
// the limits, suggestions off, introspection only when asked for.
func NewHandler(svc *app.Services, opts HandlerOptions) *handler.Server {
	cfg := generated.Config{Resolvers: &graph.Resolver{Svc: svc}}
	es := generated.NewExecutableSchema(cfg)
	withoutDefer(es.Schema())
	srv := handler.New(es)
	heartbeat := opts.Heartbeat
	if heartbeat <= 0 {
		heartbeat = DefaultHeartbeat
	}
	// Server-sent events first (sse.go): a request asking for text/event-stream; then GET and
	// POST (transport.go).
	srv.AddTransport(sseTransport{transport.SSE{KeepAlivePingInterval: heartbeat}})
	srv.AddTransport(httpTransport{})
	manifestTexts := make(map[string]bool, len(opts.Manifest))
	for _, text := range opts.Manifest {
		manifestTexts[text] = true
	}
	srv.SetQueryCache(&documentCache{lru: boundedCache[*ast.QueryDocument]{lru.New[*ast.QueryDocument](queryCacheEntries),
		func(query string, _ *ast.QueryDocument) int { return len(query) }}, manifest: manifestTexts})
	srv.SetParserTokenLimit(opts.Limits.MaxTokens)
	srv.SetDisableSuggestion(true)
	srv.SetErrorPresenter(ErrorPresenter(opts.Logger))
	srv.SetRecoverFunc(RecoverFunc(opts.Logger))
	if opts.Tracer != nil {
		srv.Use(tracer{opts.Tracer}) // first: its operation span is around every other interceptor
	}
	srv.Use(persistedDocuments{manifest: opts.Manifest, trusted: opts.Documents == DocumentsTrusted,
		apq: boundedCache[string]{lru.New[string](apqCacheEntries), func(_ string, query string) int { return len(query) }}})
	limits := opts.Limits
	limits.Introspection = opts.Introspection
	limits.schema = es.Schema()
	limits.precheck(manifestTexts)
	srv.Use(limits) // after the persisted documents, so a document sent by hash is counted too
	srv.Use(&scalarCoercion{})
	if opts.Introspection {
		srv.Use(extension.Introspection{})
	}
	if opts.ReadOnly {
		srv.Use(readOnly{})
	}
	srv.Use(newAnalyticsAnswers(opts.AnalyticsTTL))
	if !opts.PerFieldOnly {
		nr := newNestedReader(svc, opts.Logger, opts.ObserveNested)
		srv.AroundResponses(nr.prefetch)
		srv.AroundRootFields(nr.rootField)
	}
	srv.AroundOperations(readSession)
	srv.AroundResponses(capErrors)
	// Every operation is named for the access log (and counted, when observed).
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		start := time.Now()
		resp := next(ctx)
		name := "invalid"
		if graphql.HasOperationContext(ctx) {
			if oc := graphql.GetOperationContext(ctx); oc.Operation != nil {
				name = OperationLabel(oc.Doc, oc.Operation)
			}
		}
		requestid.SetOperation(ctx, name)
		if opts.Observe == nil {
			return resp
		}
		statements := int64(-1)
		if c := db.StatementCountFrom(ctx); c != nil {
			statements = c.All.Load()
		}
		outcome := OperationOK
		switch {
		case apperr.ClientGone(ctx):
			outcome = OperationCanceled
		case resp != nil && len(resp.Errors) > 0:
			outcome = OperationError
		}
		opts.Observe(name, time.Since(start), outcome, statements)
		return resp
	})
	return srv
}

// boundedCache keeps only short queries: a long one is served, just not remembered.
type boundedCache[T any] struct {
	graphql.Cache[T]
	size func(key string, value T) int
}

func (c boundedCache[T]) Add(ctx context.Context, key string, value T) {
	if c.size(key, value) <= maxCachedQuery {
		c.Cache.Add(ctx, key, value)
	}
}

// MaxErrors bounds the errors one answer carries; the rest are counted in a last one.
const MaxErrors = 100

// capErrors keeps an answer's size bounded whatever produced its errors (validation included:
// gqlgen dispatches those through the response middleware too).
func capErrors(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp != nil && len(resp.Errors) > MaxErrors {
		more := len(resp.Errors) - MaxErrors
		code, _ := resp.Errors[MaxErrors].Extensions["code"].(string)
		if code == "" {
			code = string(apperr.InvalidInput)
		}
		resp.Errors = append(resp.Errors[:MaxErrors:MaxErrors], codedError(code, "and %d more errors", more))
	}
	return resp
}

// OperationLabel names an operation for metrics by what it runs, not by the name the client
// chose: its type and first root field, with "+" when it has more ("query:cities",
// "mutation:login", "query:analytics+"). The set of labels is bounded by the schema, so no
// stream of made-up operation names can crowd the real ones out.
func OperationLabel(doc *ast.QueryDocument, op *ast.OperationDefinition) string {
	var fields []string
	var walk func(ast.SelectionSet, int)
	walk = func(set ast.SelectionSet, depth int) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				if !slices.Contains(fields, s.Name) {
					fields = append(fields, s.Name)
				}
			case *ast.InlineFragment:
				walk(s.SelectionSet, depth)
			case *ast.FragmentSpread:
				if f := doc.Fragments.ForName(s.Name); f != nil && depth < 3 {
					walk(f.SelectionSet, depth+1)
				}
			}
		}
	}
	walk(op.SelectionSet, 0)
	if len(fields) == 0 {
		return string(op.Operation)
	}
	label := string(op.Operation) + ":" + fields[0]
	if len(fields) > 1 {
		label += "+"
	}
	return label
}

// readOnly refuses mutations before they run, except signing in and out: a session row is not
// domain data, and a rollback of the binary must not lock out everyone not already signed in.
type readOnly struct{}

var _ graphql.OperationContextMutator = readOnly{}

// sessionMutations are the mutations a read-only server still runs.
var sessionMutations = map[string]bool{"login": true, "logout": true, "__typename": true}

func (readOnly) ExtensionName() string                   { return "B40ReadOnly" }
func (readOnly) Validate(graphql.ExecutableSchema) error { return nil }

func (readOnly) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	for _, sel := range oc.Operation.SelectionSet {
		if f, ok := sel.(*ast.Field); !ok || !sessionMutations[f.Name] {
			return codedError(string(apperr.ReadOnly), "this server is read-only: its binary is older than the database schema (only login and logout run)")
		}
	}
	return nil
}

// withoutDefer removes @defer from the schema. gqlparser declares it for every schema, but
// gqlgen's incremental delivery sends a deferred field as null in the first payload, which
// breaks non-null fields for every client; so the directive is not advertised (introspection
// does not list it) and a document using it fails validation with a coded error.
func withoutDefer(s *ast.Schema) {
	deferRemoved.Do(func() { delete(s.Directives, "defer") }) // the parsed schema is shared
}

var deferRemoved sync.Once

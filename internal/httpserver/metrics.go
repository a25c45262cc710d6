package httpserver

import (
	"database/sql"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/b40-network/workspace/graph/engine"
)

// Metrics are the server's Prometheus figures, on a registry of its own.
type Metrics struct {
	registry     *prometheus.Registry
	httpTotal    *prometheus.CounterVec
	httpDuration *prometheus.HistogramVec
	opTotal      *prometheus.CounterVec
	opDuration   *prometheus.HistogramVec
	opSQL        *prometheus.HistogramVec
	nested       *prometheus.CounterVec

	mu  sync.Mutex
	ops map[string]bool
}

// Nested reads' outcomes and the root fields they consider (engine.NestedHit, …): the labels
// are these and no others.
var (
	nestedOutcomes = []string{"hit", "fallback", "error"}
	nestedFields   = engine.NestedRootFields
)

// maxOperationLabels bounds the label values (the schema's root fields bound them already).
const maxOperationLabels = 200

// Labels are engine.OperationLabel's: "query:cities", "mutation:login+".
var operationNameRE = regexp.MustCompile(`^[a-z]+(:[A-Za-z_][A-Za-z0-9_]{0,63}\+?)?$`)

// NewMetrics registers the HTTP, GraphQL, Go runtime and database pool collectors.
func NewMetrics(db *sql.DB) *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		httpTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "b40_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "b40_http_request_duration_seconds", Help: "HTTP request latency by route, from the first byte read to the last written.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route"}),
		opTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "b40_graphql_operations_total", Help: "GraphQL operations by name and outcome (ok, error, or canceled: the client went away).",
		}, []string{"operation", "outcome"}),
		opDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "b40_graphql_operation_duration_seconds", Help: "GraphQL operation latency by name.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .2, .5, 1, 2.5, 5},
		}, []string{"operation"}),
		opSQL: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "b40_graphql_operation_sql_statements", Help: "SQL statements sent per GraphQL operation, by name (N+1 shows here).",
			Buckets: []float64{1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 128},
		}, []string{"operation"}),
		nested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "b40_nested_reads_total",
			Help: "Root fields the nested reads considered, by field and outcome: hit (one statement answered), fallback (the planner declined; the resolvers answered), error (the statement failed; the resolvers answered).",
		}, []string{"field", "outcome"}),
		ops: map[string]bool{},
	}
	for _, f := range nestedFields {
		for _, o := range nestedOutcomes {
			m.nested.WithLabelValues(f, o) // every series from zero, so rates start at once
		}
	}
	m.registry.MustRegister(m.httpTotal, m.httpDuration, m.opTotal, m.opDuration, m.opSQL, m.nested,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if db != nil {
		m.registry.MustRegister(collectors.NewDBStatsCollector(db, "b40"))
	}
	return m
}

// ObserveOperation records one GraphQL operation and its outcome: ok, error, or canceled (its
// client went away).
func (m *Metrics) ObserveOperation(name string, d time.Duration, outcome string, statements int64) {
	name = m.label(name)
	switch outcome {
	case "ok", "error", "canceled":
	default:
		outcome = "error"
	}
	m.opTotal.WithLabelValues(name, outcome).Inc()
	m.opDuration.WithLabelValues(name).Observe(d.Seconds())
	if statements >= 0 {
		m.opSQL.WithLabelValues(name).Observe(float64(statements))
	}
}

// ObserveNestedRead records the outcome of one root field the nested reads considered.
func (m *Metrics) ObserveNestedRead(field, outcome string) {
	if !slices.Contains(nestedOutcomes, outcome) {
		return
	}
	if !slices.Contains(nestedFields, field) {
		field = "other"
	}
	m.nested.WithLabelValues(field, outcome).Inc()
}

func (m *Metrics) label(name string) string {
	if !operationNameRE.MatchString(name) {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.ops[name] {
		return name
	}
	if len(m.ops) >= maxOperationLabels {
		return "other"
	}
	m.ops[name] = true
	return name
}

// Handler serves the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

func (m *Metrics) observeHTTP(route string, code int, took time.Duration) {
	m.httpTotal.WithLabelValues(route, strconv.Itoa(code)).Inc()
	m.httpDuration.WithLabelValues(route).Observe(took.Seconds())
}

// Build publishes b40_build_info{version, schema} 1: which build serves, and the newest
// migration it carries.
func (m *Metrics) Build(version, schema string) {
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "b40_build_info", Help: "The build that serves (always 1): its version and the newest migration it carries.",
	}, []string{"version", "schema"})
	info.WithLabelValues(version, schema).Set(1)
	m.registry.MustRegister(info)
}

// OwnerPool adds the owner pool's figures (go_sql_* with db_name="b40_owner"): migrations,
// readiness, sign-in lookups and the attempt budgets run on it.
func (m *Metrics) OwnerPool(db *sql.DB) {
	m.registry.MustRegister(collectors.NewDBStatsCollector(db, "b40_owner"))
}

// Package tracing sets up OpenTelemetry tracing for `b40 serve` and the tests: the SDK's tracer
// provider with the OTLP/HTTP exporter, configured by the standard OTEL_* variables, and the
// W3C trace-context propagator. When nothing asks for traces, nothing is installed: the rest of
// the server sees a nil provider and adds no middleware, no gqlgen extension and no pgx tracer.
package tracing

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
)

// ServiceName is the service.name of every span the server exports (OTEL_SERVICE_NAME or
// OTEL_RESOURCE_ATTRIBUTES may override it).
const ServiceName = "b40"

// Options configure Setup.
type Options struct {
	// Version is the build's version (service.version).
	Version string
	// Processor, when set, turns tracing on whatever the environment says and hands every span
	// to it as it ends (tests: tracetest.SpanRecorder).
	Processor sdktrace.SpanProcessor
	// Exporter, when set, turns tracing on whatever the environment says and exports to it in
	// batches, as the OTLP exporter is used (benchmarks: a discarding exporter).
	Exporter sdktrace.SpanExporter
	// Sampler, when set, replaces the one OTEL_TRACES_SAMPLER names (benchmarks: 1 in 10).
	Sampler sdktrace.Sampler
}

// Tracing is the set-up tracing: a provider, or none when tracing is off.
type Tracing struct {
	// Provider makes the server's tracers; nil when tracing is off.
	Provider trace.TracerProvider
	// Propagator reads an incoming traceparent (W3C trace context).
	Propagator propagation.TextMapPropagator
	// Endpoint is where spans are exported ("" when off or not OTLP).
	Endpoint string
	sdk      *sdktrace.TracerProvider
}

// On reports whether spans are made at all.
func (t *Tracing) On() bool { return t != nil && t.Provider != nil }

// Enabled reports whether the standard variables ask for traces: an OTLP endpoint is set
// (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), or OTEL_SDK_DISABLED is
// set to false (the exporter's default endpoint, http://localhost:4318, then); never when
// OTEL_SDK_DISABLED is true or OTEL_TRACES_EXPORTER is none.
func Enabled(getenv func(string) string) bool {
	disabled := strings.ToLower(strings.TrimSpace(getenv("OTEL_SDK_DISABLED")))
	if disabled == "true" || strings.EqualFold(strings.TrimSpace(getenv("OTEL_TRACES_EXPORTER")), "none") {
		return false
	}
	return endpoint(getenv) != "" || disabled == "false"
}

func endpoint(getenv func(string) string) string {
	if e := strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")); e != "" {
		return e
	}
	return strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_ENDPOINT"))
}

// Setup builds the tracer provider when the environment (or o) asks for traces, and returns a
// Tracing that is off otherwise. The OTLP exporter reads its own variables (endpoint, headers,
// timeout, compression, certificates); the provider reads OTEL_TRACES_SAMPLER and the batch
// processor OTEL_BSP_*. Only OTLP over HTTP (protobuf) is built in.
func Setup(ctx context.Context, getenv func(string) string, o Options) (*Tracing, error) {
	t := &Tracing{Propagator: propagation.TraceContext{}}
	var opts []sdktrace.TracerProviderOption
	switch {
	case o.Processor != nil:
		opts = append(opts, sdktrace.WithSpanProcessor(o.Processor))
	case o.Exporter != nil:
		opts = append(opts, sdktrace.WithBatcher(o.Exporter))
	case !Enabled(getenv):
		return t, nil
	default:
		proto := strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"))
		if proto == "" {
			proto = strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_PROTOCOL"))
		}
		if proto != "" && proto != "http/protobuf" {
			return nil, fmt.Errorf("OTEL_EXPORTER_OTLP_PROTOCOL %q is not supported: b40 exports traces over OTLP/HTTP (http/protobuf); point OTEL_EXPORTER_OTLP_ENDPOINT at the collector's HTTP port (usually 4318)", proto)
		}
		exp, err := otlptracehttp.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("tracing: the OTLP exporter: %w", err)
		}
		opts = append(opts, sdktrace.WithBatcher(exp))
		t.Endpoint = endpoint(getenv)
		if t.Endpoint == "" {
			t.Endpoint = "http://localhost:4318 (the default)"
		}
	}
	version := o.Version
	if version == "" {
		version = "dev"
	}
	// The environment's attributes (OTEL_RESOURCE_ATTRIBUTES, OTEL_SERVICE_NAME) come last, so
	// they win.
	res, err := resource.New(ctx, resource.WithSchemaURL(semconv.SchemaURL),
		resource.WithAttributes(semconv.ServiceName(ServiceName), semconv.ServiceVersion(version)),
		resource.WithTelemetrySDK(), resource.WithHost(), resource.WithProcessPID(), resource.WithFromEnv())
	if err != nil && !errors.Is(err, resource.ErrPartialResource) {
		return nil, fmt.Errorf("tracing: the resource: %w", err)
	}
	if o.Sampler != nil {
		opts = append(opts, sdktrace.WithSampler(o.Sampler))
	}
	t.sdk = sdktrace.NewTracerProvider(append(opts, sdktrace.WithResource(res))...)
	t.Provider = t.sdk
	return t, nil
}

// Install makes t the process's global provider and propagator, for libraries that use the
// globals. Nothing is installed when tracing is off: the globals stay no-ops.
func (t *Tracing) Install() {
	if !t.On() {
		return
	}
	otel.SetTracerProvider(t.Provider)
	otel.SetTextMapPropagator(t.Propagator)
}

// Shutdown exports the spans still buffered and stops the provider.
func (t *Tracing) Shutdown(ctx context.Context) error {
	if t == nil || t.sdk == nil {
		return nil
	}
	return t.sdk.Shutdown(ctx)
}

// Tracer is the server's tracer, or nil when tracing is off.
func (t *Tracing) Tracer() trace.Tracer {
	if !t.On() {
		return nil
	}
	return t.Provider.Tracer("github.com/b40-network/workspace")
}

// DBProvider is the provider for the database pools' statement spans, or nil when off.
func (t *Tracing) DBProvider() trace.TracerProvider {
	if !t.On() {
		return nil
	}
	return t.Provider
}

// TraceID is the trace id of ctx's span when it is recording, else "".
func TraceID(ctx context.Context) string {
	span := trace.SpanFromContext(ctx)
	if !span.IsRecording() {
		return ""
	}
	return span.SpanContext().TraceID().String()
}

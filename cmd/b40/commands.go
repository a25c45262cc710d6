package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/graph"
	"github.com/b40-network/workspace/internal/app"
	"github.com/b40-network/workspace/internal/config"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/httpserver"
	"github.com/b40-network/workspace/internal/pgembed"
	"github.com/b40-network/workspace/internal/report"
	"github.com/b40-network/workspace/internal/requestid"
	"github.com/b40-network/workspace/internal/seed"
)

func requestIDHandler(h slog.Handler) slog.Handler { return requestid.LogHandler{Handler: h} }

// openDatabase connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset.
// close stops both.
func openDatabase(ctx context.Context, cfg config.Config, log *slog.Logger) (d *bun.DB, closeFn func(), err error) {
	url := cfg.DatabaseURL
	var embedded *pgembed.Server
	if url == "" {
		embedded, err = pgembed.Start(ctx, pgembed.Config{DataDir: cfg.DataDir, Durable: true, Logger: log})
		if err != nil {
			return nil, nil, err
		}
		url = embedded.URL()
	}
	d, err = db.Open(ctx, url, db.Options{})
	if err != nil {
		if embedded != nil {
			_ = embedded.Stop()
		}
		return nil, nil, err
	}
	return d, func() {
		_ = d.Close()
		if embedded != nil {
			if err := embedded.Stop(); err != nil {
				log.Error("stopping embedded postgres", "error", err)
			} else {
				log.Info("embedded postgres stopped")
			}
		}
	}, nil
}

func setup(ctx context.Context, getenv func(string) string, stderr io.Writer) (config.Config, *slog.Logger, *bun.DB, func(), error) {
	cfg, err := config.FromEnv(getenv)
	if err != nil {
		return cfg, nil, nil, nil, err
	}
	log := newLogger(stderr, cfg.LogLevel, cfg.LogFormat)
	d, closeFn, err := openDatabase(ctx, cfg, log)
	return cfg, log, d, closeFn, err
}

func serve(ctx context.Context, getenv func(string) string, stderr io.Writer) error {
	cfg, log, d, closeFn, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer closeFn()
	n, err := db.MigrateUp(ctx, d)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	log.Info("migrations applied", "count", n)
	if cfg.Demo {
		if err := seed.Demo(ctx, d, cfg.DemoPassword); err != nil {
			return err
		}
		log.Info("demo data loaded")
	}
	req, err := db.OpenRequestPool(ctx, d, db.Options{})
	if err != nil {
		return err
	}
	defer req.Close()
	svc := app.New(req, d)
	metrics := httpserver.NewMetrics(req.DB)
	gql := graph.NewHandler(svc, graph.HandlerOptions{
		Introspection: cfg.Introspection, Limits: graph.DefaultLimits, Logger: log, Observe: metrics.ObserveOperation,
	})
	h := httpserver.NewHandler(httpserver.Options{
		Logger: log, GraphQL: graph.Endpoint(svc, gql), Reports: svc.Auth.Middleware(report.Handler(svc.Reports)), DB: d, Metrics: metrics,
		CORSOrigins: cfg.CORSOrigins, GraphiQL: cfg.Introspection,
	})
	httpserver.ServeMetrics(ctx, cfg.MetricsAddr, metrics, log)
	return httpserver.Serve(ctx, cfg.Addr, h, log, func(addr string) {
		log.Info("listening on http://" + addr)
	})
}

func migrateCmd(ctx context.Context, verb string, getenv func(string) string, stdout, stderr io.Writer) error {
	if verb != "up" && verb != "down" && verb != "status" {
		return usageError(usage)
	}
	_, _, d, closeFn, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer closeFn()
	switch verb {
	case "up":
		n, err := db.MigrateUp(ctx, d)
		fmt.Fprintf(stdout, "applied %d migration(s)\n", n)
		return err
	case "down":
		n, err := db.MigrateDown(ctx, d)
		fmt.Fprintf(stdout, "rolled back %d migration(s)\n", n)
		return err
	}
	return db.PrintStatus(ctx, d, stdout)
}

func seedCmd(ctx context.Context, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, _, d, closeFn, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer closeFn()
	if _, err := db.MigrateUp(ctx, d); err != nil {
		return err
	}
	if err := seed.Demo(ctx, d, cfg.DemoPassword); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "demo data loaded")
	return nil
}

func syntheticCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("seed synthetic", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cities := fs.Int("cities", 1000, "how many synthetic cities")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	cfg, _, d, closeFn, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer closeFn()
	if _, err := db.MigrateUp(ctx, d); err != nil {
		return err
	}
	st, err := seed.Synthetic(ctx, d, *cities, cfg.DemoPassword)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "synthetic network: %d cities, %d rows in %s\n", st.Cities, st.Rows, st.Elapsed.Round(time.Millisecond))
	return nil
}

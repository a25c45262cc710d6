package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	"github.com/uptrace/bun"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"

	"github.com/b40-network/workspace/graph/engine"
	"github.com/b40-network/workspace/internal/app"
	"github.com/b40-network/workspace/internal/backup"
	"github.com/b40-network/workspace/internal/config"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/httpserver"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/pgembed"
	"github.com/b40-network/workspace/internal/requestid"
	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/internal/server"
	"github.com/b40-network/workspace/internal/tracing"
)

func requestIDHandler(h slog.Handler) slog.Handler { return requestid.LogHandler{Handler: h} }

// database is an open database and, when it is the embedded one, its server.
type database struct {
	DB       *bun.DB
	URL      string
	Embedded *pgembed.Server
	close    func()
}

// openDatabase connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset
// (as its owner with Exclusive, a server; as a guest of a running server with Shared, a CLI
// command). Close stops both.
func openDatabase(ctx context.Context, cfg config.Config, log *slog.Logger, own pgembed.Ownership, tp trace.TracerProvider) (*database, error) {
	out := &database{URL: cfg.DatabaseURL}
	if out.URL == "" {
		embedded, err := pgembed.Start(ctx, pgembed.Config{DataDir: cfg.DataDir, Durable: true, Logger: log, Ownership: own})
		if err != nil {
			return nil, err
		}
		out.Embedded, out.URL = embedded, embedded.URL()
	}
	d, err := db.Open(ctx, out.URL, db.Options{TracerProvider: tp})
	if err != nil {
		if out.Embedded != nil {
			_ = out.Embedded.Stop()
		}
		return nil, err
	}
	out.DB = d
	out.close = func() {
		_ = d.Close()
		if out.Embedded != nil && !out.Embedded.Guest() {
			if err := out.Embedded.Stop(); err != nil {
				log.Error("stopping embedded postgres", "error", err)
			} else {
				log.Info("embedded postgres stopped")
			}
		}
	}
	return out, nil
}

// Close closes the pool and stops the embedded PostgreSQL this process owns.
func (d *database) Close() { d.close() }

// setup reads the settings and opens the database, for CLI commands.
func setup(ctx context.Context, getenv func(string) string, stderr io.Writer) (config.Config, *slog.Logger, *database, error) {
	cfg, err := config.FromEnv(getenv)
	if err != nil {
		return cfg, nil, nil, err
	}
	log := newLogger(stderr, cfg.LogLevel, cfg.LogFormat)
	d, err := openDatabase(ctx, cfg, log, pgembed.Shared, nil)
	return cfg, log, d, err
}

func serve(ctx context.Context, getenv func(string) string, stderr io.Writer) error {
	cfg, err := config.FromEnv(getenv)
	if err != nil {
		return err
	}
	log, stopLog := newServeLogger(stderr, cfg.LogLevel, cfg.LogFormat)
	defer stopLog() // last: the shutdown's own lines go out too
	if applied := tuneGC(getenv); len(applied) > 0 {
		log.Info("garbage collector tuned for serving (set GOGC or GOMEMLIMIT to choose)", applied...)
	}
	// A taken port is found before anything is started, migrated or seeded.
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("B40_ADDR %s cannot be used (is another server running?): %w", cfg.Addr, err)
	}
	defer ln.Close()
	tr, err := tracing.Setup(ctx, getenv, tracing.Options{Version: buildVersion()})
	if err != nil {
		return err
	}
	defer func() {
		// The spans still buffered go out before the process ends.
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := tr.Shutdown(sctx); err != nil {
			log.Warn("tracing: the last spans could not be exported", "error", err.Error())
		}
	}()
	tr.Install()
	if tr.On() {
		// The SDK's own failures (an unreachable collector) go to our log, at most once a batch.
		otel.SetErrorHandler(otel.ErrorHandlerFunc(func(err error) {
			log.Warn("tracing: exporting spans failed", "error", err.Error())
		}))
		log.Info("tracing on: spans exported over OTLP/HTTP", "endpoint", tr.Endpoint)
	} else {
		log.Info("tracing off (OTEL_EXPORTER_OTLP_ENDPOINT turns it on)")
	}
	d, err := openDatabase(ctx, cfg, log, pgembed.Exclusive, tr.DBProvider())
	if err != nil {
		return err
	}
	defer d.Close()
	unknown, err := db.UnknownMigrations(ctx, d.DB)
	if err != nil {
		return err
	}
	readOnly := len(unknown) > 0
	if readOnly {
		if !cfg.AllowNewerSchema {
			return fmt.Errorf("%w: %s. Upgrade b40, or set B40_ALLOW_NEWER_SCHEMA=1 to serve it read-only", db.ErrUnknownMigrations, strings.Join(unknown, ", "))
		}
		log.Warn("serving read-only: the schema is newer than this binary", "unknown_migrations", unknown)
	} else {
		n, err := db.MigrateUpWith(ctx, d.DB, func(name string, took time.Duration) {
			log.Info("migration applied", "migration", name, "took", took.Round(time.Millisecond).String())
		})
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		log.Info("schema up to date", "applied", n)
		if cfg.Demo {
			if err := seed.Demo(ctx, d.DB, cfg.DemoPassword); err != nil {
				return err
			}
			log.Info("demo data loaded")
		}
	}
	req, err := db.OpenRequestPool(ctx, d.DB, db.Options{TracerProvider: tr.DBProvider()})
	if err != nil {
		return err
	}
	defer req.Close()
	// Other processes learn that this one serves the schema it has (migrate down asks first).
	go db.HoldServing(ctx, d.DB)
	svc := app.New(req, d.DB)
	// Calendars carry absolute URLs: the public address, else the one listened on.
	svc.Calendar.Base = cfg.PublicURL
	if svc.Calendar.Base == "" {
		svc.Calendar.Base = "http://" + ln.Addr().String()
	}
	if !readOnly {
		stopRunner, err := startDelivery(ctx, cfg, d.DB, svc, log)
		if err != nil {
			return err
		}
		defer stopRunner()
	}
	health := &httpserver.Health{}
	if d.Embedded != nil {
		go d.Embedded.Supervise(ctx, health.Down, health.Up)
	}
	stack := server.New(svc, d.DB, server.Config{
		Logger: log, Introspection: cfg.Introspection, Limits: engine.DefaultLimits, CORSOrigins: cfg.CORSOrigins,
		CORSHeaders: cfg.CORSHeaders, ReadOnly: readOnly, Health: health, Version: buildVersion(), Tracing: tr,
		Documents: cfg.Documents,
	})
	httpserver.ServeMetrics(ctx, cfg.MetricsAddr, stack.Metrics, log)
	return stack.Serve(ctx, ln, log, cfg.ShutdownTimeout, func(addr string) {
		log.Info("listening on http://" + addr)
		announce(log, cfg, "http://"+addr, readOnly)
	})
}

func migrateCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError(usage)
	}
	verb := args[0]
	fs := flag.NewFlagSet("migrate "+verb, flag.ContinueOnError)
	fs.SetOutput(stderr)
	to := fs.String("to", "", "down: undo every migration after this version (e.g. 0003)")
	yes := fs.Bool("yes", false, "down: do not ask before dropping data")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError(usage)
	}
	if verb != "up" && verb != "down" && verb != "status" || (verb != "down" && (*to != "" || *yes)) {
		return usageError(usage)
	}
	_, _, d, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer d.Close()
	switch verb {
	case "up":
		n, err := db.MigrateUpWith(ctx, d.DB, func(name string, took time.Duration) {
			fmt.Fprintf(stdout, "applied %s (%s)\n", name, took.Round(time.Millisecond))
		})
		fmt.Fprintf(stdout, "applied %d migration(s)\n", n)
		return err
	case "down":
		// A running server's schema is not changed under it unless the operator says so.
		switch servers, err := db.ServersRunning(ctx, d.DB); {
		case err != nil:
			return err
		case servers > 0 && !*yes:
			return errors.New("refused: a b40 server is serving this database, and the rollback changes its schema under it; stop it first, or run again with --yes")
		case servers > 0:
			fmt.Fprintln(stdout, "a b40 server is serving this database: rolling back under it (--yes)")
		}
		n, err := db.MigrateDown(ctx, d.DB, *to, func(plan []db.DownStep) error {
			return confirmDown(plan, *yes, stdin, stdout)
		})
		fmt.Fprintf(stdout, "rolled back %d migration(s)\n", n)
		return err
	}
	return db.PrintStatus(ctx, d.DB, stdout)
}

// confirmDown says what a rollback drops, and goes on only when that is no data, when --yes was
// given, or when a person at a terminal types "yes".
func confirmDown(plan []db.DownStep, yes bool, stdin io.Reader, stdout io.Writer) error {
	for _, st := range plan {
		fmt.Fprintf(stdout, "will undo %s\n", st.Name)
		for _, t := range st.Drops {
			fmt.Fprintf(stdout, "  drops %s (%d rows)\n", t.Table, t.Rows)
		}
	}
	if yes || !db.LosesData(plan) {
		return nil
	}
	if f, ok := stdin.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			fmt.Fprint(stdout, "This deletes the rows above. Type yes to go on: ")
			answer, _ := bufio.NewReader(f).ReadString('\n')
			if strings.TrimSpace(answer) == "yes" {
				return nil
			}
		}
	}
	return errors.New("refused: the rollback drops the rows listed above; run again with --yes to go on (take a backup first: b40 backup FILE)")
}

func backupCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return withDumpTools(ctx, args, getenv, stderr, func(bin, file string, d *database) error {
		return backup.Backup(ctx, bin, d.URL, file, d.DB, stdout)
	})
}

func restoreCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return withDumpTools(ctx, args, getenv, stderr, func(bin, file string, d *database) error {
		if err := backup.Restore(ctx, bin, d.URL, file, d.DB, stdout); err != nil {
			return err
		}
		n, err := db.MigrateUp(ctx, d.DB)
		if err != nil {
			return fmt.Errorf("the backup is restored, but migrating it forward failed: %w", err)
		}
		fmt.Fprintf(stdout, "restore: done; %d newer migration(s) applied\n", n)
		return nil
	})
}

// withDumpTools checks a one-FILE command line, opens the database and finds pg_dump's folder.
func withDumpTools(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer, fn func(bin, file string, d *database) error) error {
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return usageError(usage)
	}
	_, _, d, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer d.Close()
	bin, err := pgembed.FindBinaries()
	if err != nil {
		return err
	}
	return fn(bin, args[0], d)
}

func seedCmd(ctx context.Context, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, _, d, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer d.Close()
	if _, err := db.MigrateUp(ctx, d.DB); err != nil {
		return err
	}
	if err := seed.Demo(ctx, d.DB, cfg.DemoPassword); err != nil {
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
	cfg, _, d, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer d.Close()
	if _, err := db.MigrateUp(ctx, d.DB); err != nil {
		return err
	}
	st, err := seed.Synthetic(ctx, d.DB, *cities, cfg.DemoPassword, func(step, steps int, table string, rows int64) {
		fmt.Fprintf(stdout, "synthetic: %d/%d %s (%d rows)\n", step, steps, strings.TrimPrefix(table, "INSERT INTO "), rows)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "synthetic network: %d cities, %d rows in %s\n", st.Cities, st.Rows, st.Elapsed.Round(time.Millisecond))
	return nil
}

// announce tells a person starting the server where to go and, in demo mode, how to sign in.
func announce(log *slog.Logger, cfg config.Config, base string, readOnly bool) {
	log.Info("app: " + base + "/")
	log.Info("API: " + base + "/graphql (POST, or GET for queries)")
	if cfg.Introspection {
		log.Info("GraphiQL: " + base + "/graphiql")
	} else {
		log.Info("introspection and GraphiQL are off (B40_INTROSPECTION=1 turns them on)")
	}
	if cfg.Documents == engine.DocumentsTrusted {
		log.Info("documents: trusted (B40_DOCUMENTS=trusted): sessions and the public run only the app's own documents; API tokens may send their own")
		if cfg.Introspection {
			log.Info("GraphiQL runs documents of its own: give it an API token in its Headers tab ({\"Authorization\": \"Bearer b40t_…\"})")
		}
	} else {
		log.Info("documents: open (any document runs; B40_DOCUMENTS=trusted runs only the app's own for sessions and the public)")
	}
	if readOnly {
		log.Warn("read-only: mutations are refused (the schema is newer than this binary)")
	}
	if cfg.Demo {
		pw := "the value of B40_DEMO_PASSWORD"
		if cfg.DemoPassword == "b40-demo-password" {
			pw = "b40-demo-password"
		}
		log.Info("demo accounts: secretariat@b40.demo, analyst@b40.demo, and <admin|editor|viewer>@<city-slug>.b40.demo " +
			"(e.g. admin@tirana.b40.demo); password " + pw)
	}
}

// startDelivery starts River's workers (mail delivery) on the owner's connection settings, and
// says in the log whether mail is sent or kept. The returned stop lets deliveries in flight
// finish, within the shutdown timeout.
func startDelivery(ctx context.Context, cfg config.Config, owner *bun.DB, svc *app.Services, log *slog.Logger) (func(), error) {
	delivery := notify.Delivery{From: cfg.MailFrom, PublicURL: cfg.PublicURL}
	if delivery.PublicURL == "" {
		delivery.PublicURL = "http://" + cfg.Addr
	}
	key, err := notify.UnsubscribeKey(ctx, owner)
	if err != nil {
		return nil, err
	}
	delivery.UnsubscribeKey = key
	if cfg.SMTPURL != "" {
		smtp, err := notify.ParseSMTPURL(cfg.SMTPURL)
		if err != nil {
			return nil, err
		}
		delivery.Mailer = notify.NewSMTPMailer(*smtp)
		log.Info("mail: sending through SMTP", "host", smtp.Host, "port", smtp.Port, "implicit_tls", smtp.ImplicitTLS, "from", cfg.MailFrom)
	} else {
		log.Info("mail: no B40_SMTP_URL, so messages are kept, not sent: the recipient and the secretariat read them in the app")
	}
	// Not the serve context: River stops when told, after the HTTP server has drained.
	runner, err := notify.StartRunner(context.WithoutCancel(ctx), owner, notify.RunnerConfig{Delivery: delivery, Logger: log, Register: svc.RegisterWorkers,
		Schedule: true})
	if err != nil {
		return nil, err
	}
	return func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
		defer cancel()
		if err := runner.Stop(stopCtx); err != nil {
			log.Error("stopping the job queue", "error", err)
		} else {
			log.Info("job queue stopped")
		}
	}, nil
}

// Command b40 is the B40 Workspace server and its administration: serve, migrate, seed.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	// The first signal stops gracefully (requests in flight finish, within
	// B40_SHUTDOWN_TIMEOUT); a second one stops at once (the embedded PostgreSQL follows, by its
	// parent-death signal).
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		say(slog.LevelInfo, "b40: stopping; send the signal again to stop at once")
		cancel()
		<-sig
		if flush := flushBeforeExit.Load(); flush != nil {
			(*flush)()
		}
		say(slog.LevelWarn, "b40: stopping at once")
		os.Exit(130)
	}()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	cancel()
	if err != nil {
		var u usageError
		if errors.As(err, &u) {
			say(slog.LevelError, u.Error())
			os.Exit(2)
		}
		say(slog.LevelError, "b40: "+err.Error())
		os.Exit(1)
	}
}

// say writes one of the process's own lines to stderr: a JSON record when B40_LOG_FORMAT=json,
// so that every line an operator's collector reads is JSON, the last ones included.
func say(level slog.Level, msg string) {
	if os.Getenv("B40_LOG_FORMAT") == "json" {
		slog.New(slog.NewJSONHandler(os.Stderr, nil)).Log(context.Background(), level, msg)
		return
	}
	fmt.Fprintln(os.Stderr, msg)
}

type usageError string

func (u usageError) Error() string { return string(u) }

var usage = `b40: the B40 Workspace server and its administration.

usage:
  b40 serve                      serve HTTP (GraphQL at /graphql)
  b40 migrate up|status          apply, or list migrations (unknown newer ones included)
  b40 migrate down [--to VERSION] [--yes]
                                 undo the last migration (or every one after VERSION); says
                                 what it drops and asks before dropping rows
  b40 backup FILE                online, consistent backup (pg_dump custom format), with progress
  b40 restore FILE               into an empty data dir or database, then migrate forward
  b40 seed demo                  load the demo data set (idempotent)
  b40 seed synthetic [--cities N]
                                 load a large synthetic network for load tests (default 1000 cities)
  b40 users create --email E --role ROLE [--city SLUG] [--name N] --password-stdin
                                 create or update an account (the first SECRETARIAT)

` + settings + `
  b40 COMMAND --help | b40 --help | --version`

// settings names the environment every command reads.
const settings = `Settings come from the environment: B40_ADDR, DATABASE_URL, B40_DATA_DIR, B40_DEMO,
B40_DEMO_PASSWORD, B40_CORS_ORIGINS, B40_INTROSPECTION, B40_LOG_LEVEL, B40_LOG_FORMAT,
B40_METRICS_ADDR, B40_SHUTDOWN_TIMEOUT, B40_ALLOW_NEWER_SCHEMA, B40_CORS_HEADERS, B40_DOCUMENTS.`

// commandUsage is each command's own help (b40 COMMAND --help).
var commandUsage = map[string]string{
	"serve": `usage: b40 serve

Serves HTTP: the app at /, GraphQL at /graphql, GraphiQL at /graphiql (with B40_INTROSPECTION=1),
health at /healthz and /readyz, metrics on B40_METRICS_ADDR. Without DATABASE_URL it starts its
own PostgreSQL under B40_DATA_DIR; B40_DEMO=1 loads the demo data once. B40_DOCUMENTS=trusted
runs only the app's own documents for sessions and the public (API tokens may send their own;
the default, open, runs any). The first Ctrl-C stops
gracefully (requests in flight finish within B40_SHUTDOWN_TIMEOUT), a second at once.

` + settings,
	"migrate": `usage: b40 migrate up|status
       b40 migrate down [--to VERSION] [--yes]

up applies every migration the binary carries; status lists them (unknown newer ones included);
down undoes the last one (or every one after VERSION), says what it drops and asks before
dropping rows (--yes does not ask).

` + settings,
	"backup": `usage: b40 backup FILE

An online, consistent backup (pg_dump custom format), with progress.

` + settings,
	"restore": `usage: b40 restore FILE

Restores into an empty data dir or database, then migrates forward.

` + settings,
	"seed": `usage: b40 seed demo
       b40 seed synthetic [--cities N]

demo loads the demo data set (idempotent); synthetic a large network for load tests (default
1000 cities).

` + settings,
	"users": `usage: b40 users create --email E --role ROLE [--city SLUG] [--name N] --password-stdin

Creates or updates an account (the first SECRETARIAT of a deployment); the password is read from
standard input. ROLE is SECRETARIAT, ANALYST, CITY_ADMIN, CITY_EDITOR or CITY_VIEWER (city
roles need --city).

` + settings,
}

// run is main without the process: everything it needs comes in as arguments.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError(usage)
	}
	// Asking for help or the version never does anything else, wherever the flag stands; help
	// after a command is that command's.
	for _, a := range args {
		switch a {
		case "-h", "-help", "--help", "help":
			if text, ok := commandUsage[args[0]]; ok {
				fmt.Fprintln(stdout, text)
				return nil
			}
			fmt.Fprintln(stdout, usage)
			return nil
		case "--version", "-version", "version":
			fmt.Fprintln(stdout, versionLine())
			return nil
		}
	}
	switch args[0] {
	case "serve":
		return serve(ctx, getenv, stderr)
	case "migrate":
		return migrateCmd(ctx, args[1:], getenv, stdin, stdout, stderr)
	case "backup":
		return backupCmd(ctx, args[1:], getenv, stdout, stderr)
	case "restore":
		return restoreCmd(ctx, args[1:], getenv, stdout, stderr)
	case "seed":
		if len(args) >= 2 && args[1] == "synthetic" {
			return syntheticCmd(ctx, args[2:], getenv, stdout, stderr)
		}
		if len(args) != 2 || args[1] != "demo" {
			return usageError(usage)
		}
		return seedCmd(ctx, getenv, stdout, stderr)
	case "users":
		return usersCmd(ctx, args[1:], getenv, stdin, stdout, stderr)
	}
	return usageError(usage)
}

func newLogger(w io.Writer, level, format string) *slog.Logger {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(level)); err != nil {
		lvl = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if format == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	return slog.New(requestIDHandler(h))
}

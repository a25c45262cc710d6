package pgembed

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5"
)

func tempDataDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "b40-pgembed-test-")
	if err != nil {
		t.Fatal(err)
	}
	_ = os.Chmod(dir, 0o755)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

func query(t *testing.T, url, sql string) string {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(context.Background())
	var out string
	if err := conn.QueryRow(context.Background(), sql).Scan(&out); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return out
}

// Start, stop, start again: the data survives and the second start skips initdb.
func TestStartStopRestartKeepsData(t *testing.T) {
	dir := tempDataDir(t)
	ctx := context.Background()
	s, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.URL(), "postgres://b40:") || !strings.Contains(s.URL(), "@127.0.0.1:") {
		t.Errorf("url %s: want loopback with a password", s.URL())
	}
	conn, err := pgx.Connect(ctx, s.URL())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('survives')"); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	if got := query(t, s.URL(), "SHOW listen_addresses"); got != "127.0.0.1" {
		t.Errorf("listen_addresses = %s", got)
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := pgx.Connect(ctx, s.URL()); err == nil {
		t.Error("still accepting after Stop")
	}
	s2, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Stop()
	if got := query(t, s2.URL(), "SELECT v FROM kept"); got != "survives" {
		t.Errorf("after restart got %q", got)
	}
}

// A crashed earlier run leaves postmaster.pid behind, with its postgres gone or still running:
// neither blocks the next start.
func TestStartAfterCrash(t *testing.T) {
	dir := tempDataDir(t)
	ctx := context.Background()
	s, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	// Still running, as if its parent had died without stopping it.
	s2, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatalf("start beside a running orphan: %v", err)
	}
	<-s.done // the orphan was stopped
	if err := s2.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-s2.done
	if _, err := os.Stat(filepath.Join(dir, "pgdata", "postmaster.pid")); err != nil {
		t.Fatalf("want a stale postmaster.pid after SIGKILL: %v", err)
	}
	s3, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatalf("start over a stale postmaster.pid: %v", err)
	}
	defer s3.Stop()
	if got := query(t, s3.URL(), "SELECT 'up'"); got != "up" {
		t.Errorf("got %q", got)
	}
}

func TestMissingBinariesSayWhatToDo(t *testing.T) {
	t.Setenv("PATH", "")
	old := searchGlob
	searchGlob = filepath.Join(t.TempDir(), "*", "bin")
	defer func() { searchGlob = old }()
	_, err := Start(context.Background(), Config{DataDir: t.TempDir()})
	if !errors.Is(err, ErrNoBinaries) || !strings.Contains(err.Error(), "DATABASE_URL") || strings.Contains(err.Error(), "\n") {
		t.Errorf("got %v", err)
	}
}

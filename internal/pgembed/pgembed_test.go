package pgembed

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

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

// An owner that died leaves its postgres running (Pdeathsig asks it to stop) or a stale
// postmaster.pid: neither blocks the next owner.
func TestStartAfterOwnerDied(t *testing.T) {
	dir := tempDataDir(t)
	ctx := context.Background()
	s, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	s.release() // the owner process is gone; its postgres still runs
	s2, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatalf("start beside a running orphan: %v", err)
	}
	<-s.done // the orphan was stopped
	if err := s2.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-s2.done
	s2.release()
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

// A second process on a live data dir never stops the owner's cluster: a CLI command uses it
// as a guest, a second server is refused with a message that says who holds it.
func TestSecondStartUsesOrRefusesNeverStops(t *testing.T) {
	dir := tempDataDir(t)
	ctx := context.Background()
	owner, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Stop()
	guest, err := Start(ctx, Config{DataDir: dir, Ownership: Shared})
	if err != nil {
		t.Fatalf("CLI beside a server: %v", err)
	}
	if !guest.Guest() || guest.Port() != owner.Port() {
		t.Fatalf("guest %v on port %d, owner on %d", guest.Guest(), guest.Port(), owner.Port())
	}
	if got := query(t, guest.URL(), "SELECT 'shared'"); got != "shared" {
		t.Errorf("guest query: %q", got)
	}
	if err := guest.Stop(); err != nil {
		t.Fatal(err)
	}
	_, err = Start(ctx, Config{DataDir: dir})
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "B40_DATA_DIR") {
		t.Fatalf("second server: %v", err)
	}
	if got := query(t, owner.URL(), "SELECT 'still up'"); got != "still up" {
		t.Errorf("the owner's cluster after a guest and a refused server: %q", got)
	}
}

// Parallel first starts on an empty data dir: exactly one initialises, all of them work.
func TestParallelFirstStartsInitialiseOnce(t *testing.T) {
	dir := tempDataDir(t)
	var log syncBuf
	logger := slog.New(slog.NewTextHandler(&log, nil))
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			s, err := Start(context.Background(), Config{DataDir: dir, Ownership: Shared, Logger: logger})
			if err == nil {
				conn, cerr := pgx.Connect(context.Background(), s.URL())
				if cerr == nil {
					_ = conn.Close(context.Background())
				}
				err = errors.Join(cerr, s.Stop())
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if n := strings.Count(log.String(), "initialising embedded postgres"); n != 1 {
		t.Errorf("initdb ran %d times:\n%s", n, log.String())
	}
}

// After PostgreSQL dies, the supervisor says so at once and brings it back on the same port.
func TestSuperviseRestartsAfterACrash(t *testing.T) {
	dir := tempDataDir(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	down, up := make(chan struct{}, 4), make(chan struct{}, 4)
	go s.Supervise(ctx, func(string) { down <- struct{}{} }, func() { up <- struct{}{} })
	for round := range 2 {
		s.mu.Lock()
		pid := s.cmd.Process.Pid
		s.mu.Unlock()
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		select {
		case <-down:
		case <-time.After(5 * time.Second):
			t.Fatalf("round %d: no down signal", round)
		}
		select {
		case <-up:
		case <-time.After(60 * time.Second):
			t.Fatalf("round %d: not restarted", round)
		}
		if got := query(t, s.URL(), "SELECT 'back'"); got != "back" {
			t.Errorf("round %d: %q", round, got)
		}
	}
}

// A password that no longer matches the cluster fails the start at once, saying what to check.
func TestWrongPasswordFailsFast(t *testing.T) {
	dir := tempDataDir(t)
	s, err := Start(context.Background(), Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "superuser-password"), []byte("not-the-password\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = Start(context.Background(), Config{DataDir: dir})
	if !errors.Is(err, errAuth) || !strings.Contains(err.Error(), "superuser-password") {
		t.Fatalf("want the authentication failure without retries, got %v", err)
	}
}

// As root, a data dir under a directory the postgres user cannot enter (a clone in /root),
// with missing parents, still works: the cluster moves to a place of its own, and says where.
func TestDataDirOutOfPostgresReach(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root runs PostgreSQL as another user")
	}
	closed := tempDataDir(t)
	if err := os.Chmod(closed, 0o700); err != nil {
		t.Fatal(err)
	}
	old := relocatedRoot
	relocatedRoot = filepath.Join(tempDataDir(t), "clusters")
	defer func() { relocatedRoot = old }()
	dir := filepath.Join(closed, "home", "clone", ".b40")
	var log syncBuf
	s, err := Start(context.Background(), Config{DataDir: dir, Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	if got := query(t, s.URL(), "SELECT 'up'"); got != "up" {
		t.Errorf("got %q", got)
	}
	note, err := os.ReadFile(filepath.Join(dir, "CLUSTER-LOCATION"))
	if err != nil || !strings.Contains(string(note), relocatedRoot) || !strings.Contains(log.String(), relocatedRoot) {
		t.Errorf("where the cluster lives is not said: %s / %s", note, log.String())
	}
}

type syncBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
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

// A backend of a PostgreSQL that died goes on with its statement (it notices the postmaster's
// death only when it next waits) and keeps the dead cluster's shared memory: the supervisor
// stops it (it belongs to the dead cluster) instead of waiting for its statement to end.
func TestSuperviseStopsTheDeadClustersBackends(t *testing.T) {
	dir := tempDataDir(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	up := make(chan struct{}, 4)
	go s.Supervise(ctx, func(string) {}, func() { up <- struct{}{} })
	conn, err := pgx.Connect(ctx, s.URL())
	if err != nil {
		t.Fatal(err)
	}
	// A statement of minutes that never waits.
	go func() {
		_, _ = conn.Exec(ctx, "SELECT count(*) FROM generate_series(1, 100000000000)")
	}()
	time.Sleep(500 * time.Millisecond)
	s.mu.Lock()
	pid := s.cmd.Process.Pid
	s.mu.Unlock()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	select {
	case <-up:
	case <-time.After(30 * time.Second): // the statement would run for minutes more
		t.Fatal("not restarted while the dead cluster's backend still ran its statement")
	}
	if got := query(t, s.URL(), "SELECT 'back'"); got != "back" {
		t.Errorf("%q", got)
	}
}

// A start error no retry can fix (a data dir PostgreSQL may not write) fails the start at once,
// with PostgreSQL's reason, instead of being retried.
func TestPermanentStartErrorFailsAtOnce(t *testing.T) {
	dir := tempDataDir(t)
	s, err := Start(context.Background(), Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	pgdata := s.pgdata
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	// Out of PostgreSQL's reach: owned by another user as root, no permissions otherwise.
	if os.Geteuid() == 0 {
		err = os.Chown(pgdata, 0, 0)
	} else {
		err = os.Chmod(pgdata, 0)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(pgdata, 0o700) })
	var log syncBuf
	_, err = Start(context.Background(), Config{DataDir: dir, Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err == nil || !errors.Is(err, errPermanent) {
		t.Fatalf("want a permanent start error, got %v", err)
	}
	if strings.Contains(log.String(), "retrying") {
		t.Errorf("a permanent start error was retried:\n%s", log.String())
	}
}

// An owner and its PostgreSQL died, but a backend running a long statement did not: the next
// start stops that backend (it belongs to the dead cluster) instead of retrying until its
// statement ends or the start gives up.
func TestStartStopsADeadClustersBackend(t *testing.T) {
	dir := tempDataDir(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, s.URL())
	if err != nil {
		t.Fatal(err)
	}
	go func() { _, _ = conn.Exec(ctx, "SELECT count(*) FROM generate_series(1, 100000000000)") }()
	time.Sleep(500 * time.Millisecond)
	if err := s.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-s.done
	s.release() // the owner is gone too
	if len(orphans(s.pgdata)) == 0 {
		t.Fatal("the long statement's backend did not outlive its postmaster")
	}
	var log syncBuf
	s2, err := Start(ctx, Config{DataDir: dir, Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Fatalf("start beside the dead cluster's backend: %v\n%s", err, log.String())
	}
	defer s2.Stop()
	if strings.Contains(log.String(), "retrying") {
		t.Errorf("the start waited for the dead cluster's backend:\n%s", log.String())
	}
	if got := query(t, s2.URL(), "SELECT 'up'"); got != "up" {
		t.Errorf("got %q", got)
	}
}

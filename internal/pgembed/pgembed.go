// Package pgembed runs a private PostgreSQL from the machine's binaries: the default database
// of `b40 serve` when DATABASE_URL is unset, and the one database of a `make test` run.
package pgembed

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Config says where the cluster lives and how it runs.
type Config struct {
	// DataDir holds the cluster (pgdata/, or a note of where it lives), its superuser password,
	// its log and the owner lock.
	DataDir string
	// Database is created on first start; default "b40".
	Database string
	// Durable false turns off fsync: for throw-away test clusters only.
	Durable bool
	// ExtraSettings are passed as -c name=value.
	ExtraSettings map[string]string
	Logger        *slog.Logger
	// Ownership: Exclusive (a server) refuses a data dir another server owns; Shared (a CLI
	// command) uses that server's cluster as a guest.
	Ownership Ownership
	// Port pins the TCP port; 0 picks a free one.
	Port int
}

// Server is a running private PostgreSQL, or a guest's view of one another process runs.
type Server struct {
	cfg      Config
	bin      string
	pgdata   string
	runAs    *credential
	password string
	port     int
	url      string
	lock     *os.File // nil for a guest
	guest    bool

	mu       sync.Mutex
	cmd      *exec.Cmd
	done     chan struct{}
	stopping bool
}

const superuser = "b40"

// Start makes this process the owner of the data dir (or, with Shared, a guest of the server
// that owns it), initialises the cluster if needed, starts PostgreSQL on a loopback port and
// waits until it accepts connections.
func Start(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Database == "" {
		cfg.Database = "b40"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	bin, err := FindBinaries()
	if err != nil {
		return nil, err
	}
	dataDir, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	cfg.DataDir = dataDir
	runAs, err := runAsUser()
	if err != nil {
		return nil, err
	}
	if err := mkdirParents(dataDir); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	lock, owner, err := acquire(ctx, dataDir, cfg.Ownership, cfg.Logger.Info)
	if err != nil {
		return nil, err
	}
	if owner != nil {
		return guestOf(ctx, cfg, owner)
	}
	s, err := own(ctx, cfg, bin, runAs, lock)
	if err != nil {
		lock.Close()
		return nil, err
	}
	return s, nil
}

// own initialises and starts the cluster while holding the data dir's lock.
func own(ctx context.Context, cfg Config, bin string, runAs *credential, lock *os.File) (*Server, error) {
	home, moved, err := clusterHome(cfg.DataDir, runAs)
	if err != nil {
		return nil, err
	}
	if moved {
		cfg.Logger.Info("the data dir is out of the postgres user's reach: the cluster lives elsewhere", "data_dir", cfg.DataDir, "cluster", home)
	}
	pgdata := filepath.Join(home, "pgdata")
	password, err := ensureCluster(ctx, bin, cfg.DataDir, home, pgdata, runAs, cfg.Logger)
	if err != nil {
		return nil, err
	}
	stopStale(pgdata, cfg.Logger) // we hold the lock: whatever runs there is an orphan
	s := &Server{cfg: cfg, bin: bin, pgdata: pgdata, runAs: runAs, password: password, lock: lock}
	s.port = cfg.Port
	if s.port == 0 {
		if s.port, err = freePort(); err != nil {
			return nil, err
		}
	}
	if err := s.startWithBackoff(ctx, 30*time.Second); err != nil {
		return nil, err
	}
	mode := "serve"
	if cfg.Ownership == Shared {
		mode = "cli"
	}
	if err := writeOwner(cfg.DataDir, ownerInfo{PID: os.Getpid(), Mode: mode, Port: s.port, StartedAt: time.Now().UTC()}); err != nil {
		_ = s.Stop()
		return nil, err
	}
	return s, nil
}

// guestOf connects to the cluster another process owns.
func guestOf(ctx context.Context, cfg Config, owner *ownerInfo) (*Server, error) {
	pw, err := os.ReadFile(filepath.Join(cfg.DataDir, "superuser-password"))
	if err != nil {
		return nil, fmt.Errorf("the data dir is served by pid %d, but its password file is unreadable: %w", owner.PID, err)
	}
	s := &Server{cfg: cfg, password: strings.TrimSpace(string(pw)), port: owner.Port, guest: true}
	s.url = s.urlFor(cfg.Database)
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(cctx, s.url)
	if err != nil {
		return nil, fmt.Errorf("the data dir is served by b40 pid %d, but its PostgreSQL on port %d does not answer: %w", owner.PID, owner.Port, err)
	}
	_ = conn.Close(ctx)
	cfg.Logger.Info("using the embedded postgres of the running server", "pid", owner.PID, "port", owner.Port)
	return s, nil
}

// URL is the connection URL of the application database.
func (s *Server) URL() string { return s.url }

// AdminURL is the connection URL of the maintenance database "postgres".
func (s *Server) AdminURL() string { return s.urlFor("postgres") }

// Port is the TCP port PostgreSQL listens on (loopback only).
func (s *Server) Port() int { return s.port }

// Guest reports whether another process owns the cluster.
func (s *Server) Guest() bool { return s.guest }

// BinDir is where the PostgreSQL binaries are (pg_dump, pg_restore beside postgres).
func (s *Server) BinDir() string { return s.bin }

func (s *Server) urlFor(database string) string {
	u := url.URL{Scheme: "postgres", User: url.UserPassword(superuser, s.password),
		Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)), Path: "/" + database, RawQuery: "sslmode=disable"}
	return u.String()
}

// Done is closed when the current PostgreSQL process exits (never, for a guest).
func (s *Server) Done() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done == nil {
		return make(chan struct{})
	}
	return s.done
}

// Stop shuts PostgreSQL down (fast mode: open sessions are ended), waits for it and gives up
// the data dir. A guest only forgets the cluster.
func (s *Server) Stop() error {
	if s.guest {
		return nil
	}
	s.mu.Lock()
	s.stopping = true
	cmd, done := s.cmd, s.done
	s.mu.Unlock()
	defer s.release()
	if cmd == nil || cmd.Process == nil {
		return nil
	}
	_ = cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-done:
		return nil
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		return errors.New("postgres did not stop within 30s; killed")
	}
}

func (s *Server) release() {
	if s.lock != nil {
		_ = os.Remove(filepath.Join(s.cfg.DataDir, ownerFile))
		_ = s.lock.Close()
		s.lock = nil
	}
}

// errAuth marks a start that failed on authentication: retrying cannot help; errStopping one
// that Stop overtook.
var (
	errAuth     = errors.New("authentication failed")
	errStopping = errors.New("stopping")
	// errPermanent: PostgreSQL refused to start for a reason no retry fixes.
	errPermanent = errors.New("postgres cannot start")
)

// startWithBackoff launches PostgreSQL, retrying with back-off while the previous process's
// remains (its shared memory, its backends) are still going away, for at most budget (0: until
// ctx ends).
func (s *Server) startWithBackoff(ctx context.Context, budget time.Duration) error {
	wait := 100 * time.Millisecond
	start := time.Now()
	for {
		err := s.launch(ctx)
		if err == nil || errors.Is(err, errAuth) || errors.Is(err, errStopping) || errors.Is(err, errPermanent) || ctx.Err() != nil {
			return err
		}
		if budget > 0 && time.Since(start) > budget {
			return err
		}
		s.cfg.Logger.Warn("embedded postgres did not start; retrying", "in", wait.String(), "error", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 5*time.Second)
	}
}

func (s *Server) launch(ctx context.Context) error {
	cfg := s.cfg
	args := []string{"-D", s.pgdata, "-p", strconv.Itoa(s.port),
		"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
		"-c", "max_connections=200", "-c", "shared_buffers=128MB"}
	if !cfg.Durable {
		args = append(args, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	for k, v := range cfg.ExtraSettings {
		args = append(args, "-c", k+"="+v)
	}
	logFile, err := os.OpenFile(filepath.Join(cfg.DataDir, "postgres.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	cmd := exec.Command(filepath.Join(s.bin, "postgres"), args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Pdeathsig: if this process dies, PostgreSQL stops too instead of holding the data dir.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGINT}
	if s.runAs != nil {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: s.runAs.uid, Gid: s.runAs.gid}
		cmd.Env = append(os.Environ(), "HOME="+filepath.Dir(s.pgdata))
	}
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		logFile.Close()
		return errStopping
	}
	if err := cmd.Start(); err != nil {
		s.mu.Unlock()
		logFile.Close()
		return fmt.Errorf("start postgres: %w", err)
	}
	done := make(chan struct{})
	s.cmd, s.done = cmd, done
	s.mu.Unlock()
	go func() { _ = cmd.Wait(); logFile.Close(); close(done) }()

	admin := s.urlFor("postgres")
	if err := s.waitReady(ctx, admin, done); err != nil {
		_ = cmd.Process.Signal(syscall.SIGINT)
		<-done
		return err
	}
	if err := createDatabase(ctx, admin, cfg.Database); err != nil {
		_ = cmd.Process.Signal(syscall.SIGINT)
		<-done
		return err
	}
	s.url = s.urlFor(cfg.Database)
	cfg.Logger.Info("embedded postgres started", "port", s.port, "data_dir", s.pgdata)
	return nil
}

func (s *Server) waitReady(ctx context.Context, admin string, done <-chan struct{}) error {
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case <-done:
			logPath := filepath.Join(s.cfg.DataDir, "postgres.log")
			last := lastLogLines(logPath, 2)
			if permanent(last) {
				return fmt.Errorf("%w: %s (full log: %s)", errPermanent, last, logPath)
			}
			return fmt.Errorf("postgres exited during start-up: %s (full log: %s)", last, logPath)
		default:
		}
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		conn, err := pgx.Connect(cctx, admin)
		cancel()
		if err == nil {
			_ = conn.Close(ctx)
			return nil
		}
		var pg *pgconn.PgError
		if errors.As(err, &pg) && (pg.Code == "28P01" || pg.Code == "28000") {
			return fmt.Errorf("%w: the embedded PostgreSQL refused the password in %s (was the cluster restored from elsewhere, or the file edited?); put back the matching password file, or start from an empty B40_DATA_DIR",
				errAuth, filepath.Join(s.cfg.DataDir, "superuser-password"))
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("postgres did not accept connections: %w", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func createDatabase(ctx context.Context, admin, name string) error {
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return err
	}
	if exists {
		return nil
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	return err
}

// ensureCluster runs initdb once, with a random superuser password kept in the data dir.
func ensureCluster(ctx context.Context, bin, dataDir, home, pgdata string, runAs *credential, log *slog.Logger) (string, error) {
	pwFile := filepath.Join(dataDir, "superuser-password")
	if _, err := os.Stat(filepath.Join(pgdata, "PG_VERSION")); err == nil {
		pw, err := os.ReadFile(pwFile)
		if err != nil {
			return "", fmt.Errorf("the cluster in %s has no readable password file in the data dir (%w): put the file back, or remove %s to start afresh", pgdata, err, pgdata)
		}
		return strings.TrimSpace(string(pw)), nil
	}
	// A half-made cluster from an interrupted initdb is worthless: start over.
	_ = os.RemoveAll(pgdata)
	buf := make([]byte, 24)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	password := hex.EncodeToString(buf)
	if err := os.WriteFile(pwFile, []byte(password+"\n"), 0o600); err != nil {
		return "", err
	}
	// initdb (as postgres) reads the password from a copy it can reach, removed afterwards.
	initPw := filepath.Join(home, ".initdb-password")
	if err := os.WriteFile(initPw, []byte(password+"\n"), 0o600); err != nil {
		return "", err
	}
	defer os.Remove(initPw)
	if runAs != nil {
		for _, p := range []string{home, initPw} {
			if err := os.Lchown(p, int(runAs.uid), int(runAs.gid)); err != nil {
				return "", err
			}
		}
	}
	log.Info("initialising embedded postgres", "data_dir", pgdata)
	cmd := exec.CommandContext(ctx, filepath.Join(bin, "initdb"), "-D", pgdata, "-U", superuser,
		"--pwfile", initPw, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync")
	cmd.SysProcAttr = &syscall.SysProcAttr{}
	if runAs != nil {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: runAs.uid, Gid: runAs.gid}
		cmd.Env = append(os.Environ(), "HOME="+home)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("initdb failed: %v: %s", err, lastLines(string(out), 5))
	}
	return password, nil
}

// stopStale ends a PostgreSQL left running on this data dir by an owner that died (its
// Pdeathsig asks it to stop; this waits for that, and insists). Called only with the lock held.
func stopStale(pgdata string, log *slog.Logger) {
	b, err := os.ReadFile(filepath.Join(pgdata, "postmaster.pid"))
	if err != nil {
		return
	}
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil || pid <= 1 {
		return
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil || !strings.Contains(string(cmdline), pgdata) {
		// The postmaster is gone (or its pid belongs to another process): its backends may not be.
		stopOrphans(pgdata, log)
		return
	}
	log.Warn("stopping postgres left running by an owner that died", "pid", pid)
	_ = syscall.Kill(pid, syscall.SIGINT)
	for i := 0; i < 300; i++ {
		if syscall.Kill(pid, 0) != nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = syscall.Kill(pid, syscall.SIGKILL)
	stopOrphans(pgdata, log)
}

type credential struct{ uid, gid uint32 }

// runAsUser is nil when not root; as root, initdb and postgres refuse to run, so they run as
// the unprivileged "postgres" system user (or "nobody" when there is none).
func runAsUser() (*credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return &credential{uid: uint32(uid), gid: uint32(gid)}, nil
	}
	return nil, errors.New("running as root, but there is no unprivileged 'postgres' user to run PostgreSQL as")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// permanentMarks are what PostgreSQL says when it cannot start for a reason no retry fixes: its
// files out of its reach, or not a cluster it can run. (A dead cluster's shared memory, its
// port or its lock file still held are of the moment, and retried.)
var permanentMarks = []string{"permission denied", "wrong ownership", "invalid permissions",
	"is not a valid data directory", "incompatible with server", "database files are incompatible",
	"read-only file system"}

// permanent reports whether PostgreSQL's last words say no retry will help.
func permanent(lastLog string) bool {
	l := strings.ToLower(lastLog)
	for _, m := range permanentMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

// lastLogLines returns the last n lines of the file at path, or "".
func lastLogLines(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return lastLines(string(b), n)
}

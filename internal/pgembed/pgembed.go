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
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// Config says where the cluster lives and how it runs.
type Config struct {
	// DataDir holds the cluster (pgdata/), its superuser password and its log.
	DataDir string
	// Database is created on first start; default "b40".
	Database string
	// Durable false turns off fsync: for throw-away test clusters only.
	Durable bool
	// ExtraSettings are passed as -c name=value.
	ExtraSettings map[string]string
	Logger        *slog.Logger
}

// Server is a running private PostgreSQL.
type Server struct {
	cfg  Config
	cmd  *exec.Cmd
	done chan struct{}
	url  string
	port int
}

const superuser = "b40"

// Start initialises the cluster if needed, starts PostgreSQL on a free loopback port and waits
// until it accepts connections.
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
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	if runAs != nil {
		if err := reachable(dataDir); err != nil {
			return nil, err
		}
	}
	pgdata := filepath.Join(dataDir, "pgdata")
	password, err := ensureCluster(ctx, bin, dataDir, pgdata, runAs, cfg.Logger)
	if err != nil {
		return nil, err
	}
	stopStale(pgdata, cfg.Logger)

	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		s, err := launch(ctx, cfg, bin, pgdata, runAs, password)
		if err == nil {
			return s, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

// URL is the connection URL of the application database.
func (s *Server) URL() string { return s.url }

// AdminURL is the connection URL of the maintenance database "postgres".
func (s *Server) AdminURL() string {
	return strings.Replace(s.url, "/"+s.cfg.Database+"?", "/postgres?", 1)
}

// Port is the TCP port PostgreSQL listens on (loopback only).
func (s *Server) Port() int { return s.port }

// Stop shuts PostgreSQL down (fast mode: open sessions are ended) and waits for it.
func (s *Server) Stop() error {
	if s.cmd == nil || s.cmd.Process == nil {
		return nil
	}
	_ = s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-s.done:
		return nil
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
		return errors.New("postgres did not stop within 30s; killed")
	}
}

func launch(ctx context.Context, cfg Config, bin, pgdata string, runAs *credential, password string) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := []string{"-D", pgdata, "-p", strconv.Itoa(port),
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
		return nil, err
	}
	cmd := exec.Command(filepath.Join(bin, "postgres"), args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Pdeathsig: if this process dies, PostgreSQL stops too instead of holding the data dir.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGINT}
	if runAs != nil {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: runAs.uid, Gid: runAs.gid}
		cmd.Env = append(os.Environ(), "HOME="+cfg.DataDir)
	}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start postgres: %w", err)
	}
	s := &Server{cfg: cfg, cmd: cmd, done: make(chan struct{}), port: port}
	go func() { _ = cmd.Wait(); logFile.Close(); close(s.done) }()

	u := url.URL{Scheme: "postgres", User: url.UserPassword(superuser, password),
		Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), Path: "/postgres", RawQuery: "sslmode=disable"}
	admin := u.String()
	if err := s.waitReady(ctx, admin); err != nil {
		_ = s.Stop()
		return nil, err
	}
	if err := createDatabase(ctx, admin, cfg.Database); err != nil {
		_ = s.Stop()
		return nil, err
	}
	u.Path = "/" + cfg.Database
	s.url = u.String()
	cfg.Logger.Info("embedded postgres started", "port", port, "data_dir", pgdata)
	return s, nil
}

func (s *Server) waitReady(ctx context.Context, admin string) error {
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case <-s.done:
			return fmt.Errorf("postgres exited during start-up; see %s", filepath.Join(s.cfg.DataDir, "postgres.log"))
		default:
		}
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		conn, err := pgx.Connect(cctx, admin)
		cancel()
		if err == nil {
			_ = conn.Close(ctx)
			return nil
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

// ensureCluster runs initdb once, with a random superuser password kept beside the cluster.
func ensureCluster(ctx context.Context, bin, dataDir, pgdata string, runAs *credential, log *slog.Logger) (string, error) {
	pwFile := filepath.Join(dataDir, "superuser-password")
	if _, err := os.Stat(filepath.Join(pgdata, "PG_VERSION")); err == nil {
		pw, err := os.ReadFile(pwFile)
		if err != nil {
			return "", fmt.Errorf("cluster exists but its password file is unreadable: %w", err)
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
	if runAs != nil {
		if err := chownAll(dataDir, runAs); err != nil {
			return "", err
		}
	}
	log.Info("initialising embedded postgres", "data_dir", pgdata)
	cmd := exec.CommandContext(ctx, filepath.Join(bin, "initdb"), "-D", pgdata, "-U", superuser,
		"--pwfile", pwFile, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync")
	cmd.SysProcAttr = &syscall.SysProcAttr{}
	if runAs != nil {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: runAs.uid, Gid: runAs.gid}
		cmd.Env = append(os.Environ(), "HOME="+dataDir)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("initdb failed: %v: %s", err, lastLines(string(out), 5))
	}
	return password, nil
}

// stopStale ends a PostgreSQL left running on this data dir by a crashed earlier run. A
// postmaster.pid whose process is gone needs nothing: PostgreSQL removes it itself.
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
		return // gone, or the pid now belongs to another process
	}
	log.Warn("stopping postgres left running by an earlier run", "pid", pid)
	_ = syscall.Kill(pid, syscall.SIGINT)
	for i := 0; i < 300; i++ {
		if syscall.Kill(pid, 0) != nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = syscall.Kill(pid, syscall.SIGKILL)
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

// reachable checks that the unprivileged user can reach dir through every parent directory.
func reachable(dir string) error {
	for p := filepath.Dir(dir); ; p = filepath.Dir(p) {
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if st.Mode().Perm()&0o001 == 0 {
			return fmt.Errorf("data dir %s is inside %s, which the unprivileged postgres user cannot enter; set B40_DATA_DIR to a path under /tmp or /var/lib", dir, p)
		}
		if p == "/" {
			return nil
		}
	}
}

func chownAll(dir string, c *credential) error {
	return filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, int(c.uid), int(c.gid))
	})
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

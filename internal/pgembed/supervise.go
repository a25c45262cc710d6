package pgembed

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// DownDiskFull is the reason Supervise gives when PostgreSQL stopped on a full disk.
const DownDiskFull = "disk full (no space left on device)"

// lowSpace is less free space than one WAL segment: PostgreSQL cannot go on writing.
const lowSpace = 16 << 20

// diskFull says why PostgreSQL stopped when it was its disk, or "": the last line of its recent
// log that says so, or, when the full disk kept even that line out of the log, the free space
// left where the cluster and its WAL live.
func (s *Server) diskFull(logPath string) string {
	lines := strings.Split(lastLogLines(logPath, 30), " | ")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(strings.ToLower(lines[i]), "no space left on device") {
			return strings.TrimSpace(lines[i])
		}
	}
	for _, dir := range []string{s.pgdata, filepath.Join(s.pgdata, "pg_wal")} {
		var st syscall.Statfs_t
		if err := syscall.Statfs(dir, &st); err == nil && st.Bavail*uint64(st.Bsize) < lowSpace {
			return fmt.Sprintf("%s has %d KiB free", dir, st.Bavail*uint64(st.Bsize)>>10)
		}
	}
	return ""
}

// Supervise watches the PostgreSQL this process owns until ctx ends. When it exits without
// being asked to, onDown is called at once, and PostgreSQL is started again on the same port
// with back-off (the dead cluster's backends and shared memory take a moment to go); onUp is
// called when it accepts connections again. onDown is told why, when PostgreSQL's log says
// (DownDiskFull), else "". A guest has nothing to supervise.
func (s *Server) Supervise(ctx context.Context, onDown func(reason string), onUp func()) {
	if s.guest {
		return
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.Done():
		}
		s.mu.Lock()
		stopping := s.stopping
		s.mu.Unlock()
		if stopping {
			return
		}
		logPath := filepath.Join(s.cfg.DataDir, "postgres.log")
		if line := s.diskFull(logPath); line != "" {
			onDown(DownDiskFull)
			s.cfg.Logger.Error("embedded postgres exited: its disk is full (no space left on device); free space and it restarts by itself",
				"postgres", line, "log", logPath)
		} else {
			onDown("")
			s.cfg.Logger.Error("embedded postgres exited unexpectedly; restarting it", "log", logPath)
		}
		began := time.Now()
		stopOrphans(s.pgdata, s.cfg.Logger)
		if err := s.startWithBackoff(ctx, 0); err != nil {
			if ctx.Err() == nil {
				s.cfg.Logger.Error("embedded postgres cannot be restarted", "error", err)
			}
			return
		}
		s.cfg.Logger.Info("embedded postgres is back", "after", time.Since(began).Round(time.Millisecond).String())
		onUp()
	}
}

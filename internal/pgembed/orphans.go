package pgembed

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// orphans lists the processes left of a cluster whose postmaster is gone: PostgreSQL's backends
// and auxiliary processes work in the data directory (the postmaster changes into it and every
// child inherits it), so any process whose working directory is pgdata belongs to it. A backend
// notices its postmaster's death only when it next waits: one running a long statement goes on
// and keeps the dead cluster's shared memory, and no new postmaster starts until it ends.
func orphans(pgdata string) []int {
	want, err := filepath.EvalSymlinks(pgdata)
	if err != nil {
		return nil
	}
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		// PostgreSQL's processes only, not, say, a shell someone left in the data directory.
		exe, err := os.Readlink(filepath.Join("/proc", e.Name(), "exe"))
		if err != nil || filepath.Base(strings.TrimSuffix(exe, " (deleted)")) != "postgres" {
			continue
		}
		if cwd, err := os.Readlink(filepath.Join("/proc", e.Name(), "cwd")); err == nil && cwd == want {
			pids = append(pids, pid)
		}
	}
	return pids
}

// stopOrphans stops, deliberately, what is left of the cluster in pgdata after its postmaster
// died (it belongs to the dead cluster), and waits until it is gone.
func stopOrphans(pgdata string, log *slog.Logger) {
	pids := orphans(pgdata)
	if len(pids) == 0 {
		return
	}
	log.Warn("stopping the backends of the postgres that died (they hold its shared memory)", "pids", pids)
	for _, pid := range pids {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
	for range 200 {
		if !slices.ContainsFunc(pids, running) {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// running reports whether pid still runs: neither gone nor a zombie (whose memory, the dead
// cluster's shared memory included, is released).
func running(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return false
	}
	// pid (comm) state ...: comm may hold spaces and parentheses, so read after the last ")".
	rest := string(stat[bytes.LastIndexByte(stat, ')')+1:])
	return !strings.HasPrefix(strings.TrimSpace(rest), "Z") && !strings.HasPrefix(strings.TrimSpace(rest), "X")
}

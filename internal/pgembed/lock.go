package pgembed

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// One owner per data dir: the process that runs the embedded PostgreSQL holds an exclusive
// flock on B40_DATA_DIR/owner.lock for its whole life (the kernel releases it when the process
// dies, however it dies), and describes the running cluster in owner.json. Every other process
// either uses that cluster as a guest or waits for the lock; none ever stops a cluster it does
// not own.

// Ownership says how a Start may share a data dir another process holds.
type Ownership int

const (
	// Exclusive (serve): refuse when another long-running server owns the data dir.
	Exclusive Ownership = iota
	// Shared (CLI commands): use a running server's cluster as a guest.
	Shared
)

// ErrInUse is returned when another server owns the data dir.
var ErrInUse = errors.New("the data dir is in use by another b40 server")

// ownerInfo is owner.json: who runs the cluster and where it listens.
type ownerInfo struct {
	PID       int       `json:"pid"`
	Mode      string    `json:"mode"` // "serve" or "cli"
	Port      int       `json:"port"`
	StartedAt time.Time `json:"startedAt"`
}

const (
	lockFile  = "owner.lock"
	ownerFile = "owner.json"
	// lockWait bounds how long a start waits for a short-lived owner (a CLI command, or a first
	// start running initdb) to finish.
	lockWait = 3 * time.Minute
)

// tryLock takes the data dir's lock without waiting; ok is false when another process has it.
func tryLock(dataDir string) (f *os.File, ok bool, err error) {
	f, err = os.OpenFile(filepath.Join(dataDir, lockFile), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, false, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return f, true, nil
}

// acquire returns the lock when this process may own the cluster, or the running owner's
// description when this process should be its guest.
func acquire(ctx context.Context, dataDir string, own Ownership, log func(msg string, args ...any)) (*os.File, *ownerInfo, error) {
	deadline := time.Now().Add(lockWait)
	waiting := false
	for {
		f, ok, err := tryLock(dataDir)
		if err != nil {
			return nil, nil, fmt.Errorf("lock data dir: %w", err)
		}
		if ok {
			return f, nil, nil
		}
		info, _ := readOwner(dataDir)
		if info != nil && info.Mode == "serve" && info.Port > 0 && alive(info.PID) {
			if own == Shared {
				return nil, info, nil
			}
			return nil, nil, fmt.Errorf("%w: %s is served by b40 pid %d (PostgreSQL on 127.0.0.1:%d); stop it, or set B40_DATA_DIR to another directory",
				ErrInUse, dataDir, info.PID, info.Port)
		}
		// A CLI command or a first start is running: wait for it to finish.
		if !waiting {
			log("waiting for another b40 process using the data dir", "data_dir", dataDir)
			waiting = true
		}
		if time.Now().After(deadline) {
			return nil, nil, fmt.Errorf("%w: %s stayed locked for %s", ErrInUse, dataDir, lockWait)
		}
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func readOwner(dataDir string) (*ownerInfo, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, ownerFile))
	if err != nil {
		return nil, err
	}
	var info ownerInfo
	if err := json.Unmarshal(b, &info); err != nil {
		return nil, err
	}
	return &info, nil
}

// writeOwner publishes the running cluster, atomically (guests never read half a file).
func writeOwner(dataDir string, info ownerInfo) error {
	b, err := json.Marshal(info)
	if err != nil {
		return err
	}
	tmp := filepath.Join(dataDir, ownerFile+".tmp")
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dataDir, ownerFile))
}

func alive(pid int) bool { return pid > 0 && syscall.Kill(pid, 0) == nil }

package pgembed

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
)

// As root, PostgreSQL runs as the unprivileged postgres user, which must be able to enter every
// directory above its cluster. A data dir under /root (mode 0700), as in a fresh clone in
// root's home, is out of its reach: the cluster then lives under relocatedRoot, in a directory
// of its own named after the data dir, owned by postgres and mode 0700. Everything else (the
// lock, the password, the log) stays in the data dir, which only this root process reads.
var relocatedRoot = "/var/lib/b40/clusters"

// clusterHome returns where the cluster's directory (pgdata and its parent) lives, and whether
// that is away from dataDir.
func clusterHome(dataDir string, runAs *credential) (string, bool, error) {
	if runAs == nil || reachable(dataDir) == nil {
		return dataDir, false, nil
	}
	sum := sha256.Sum256([]byte(dataDir))
	home := filepath.Join(relocatedRoot, hex.EncodeToString(sum[:8]))
	if err := mkdirParents(home); err != nil {
		return "", false, err
	}
	if err := os.Mkdir(home, 0o700); err != nil && !os.IsExist(err) {
		return "", false, err
	}
	if err := os.Lchown(home, int(runAs.uid), int(runAs.gid)); err != nil {
		return "", false, err
	}
	// Say where it is, for people and for backups of the data dir.
	note := fmt.Sprintf("%s\nThe PostgreSQL cluster of this data dir lives in the directory above: the unprivileged postgres user cannot enter this directory's parents.\n", home)
	_ = os.WriteFile(filepath.Join(dataDir, "CLUSTER-LOCATION"), []byte(note), 0o644)
	return home, true, nil
}

// reachable checks that the unprivileged user can reach dir through every parent directory.
func reachable(dir string) error {
	for p := filepath.Dir(dir); ; p = filepath.Dir(p) {
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if st.Mode().Perm()&0o001 == 0 {
			return fmt.Errorf("%s is inside %s, which the unprivileged postgres user cannot enter", dir, p)
		}
		if p == "/" {
			return nil
		}
	}
}

// mkdirParents creates dir's missing parents, mode 0755, so that PostgreSQL can pass through
// them (os.MkdirAll would give them the leaf's 0700).
func mkdirParents(dir string) error {
	parent := filepath.Dir(dir)
	if _, err := os.Stat(parent); err == nil {
		return nil
	}
	if err := mkdirParents(parent); err != nil {
		return err
	}
	if err := os.Mkdir(parent, 0o755); err != nil && !os.IsExist(err) {
		return err
	}
	return nil
}

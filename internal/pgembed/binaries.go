package pgembed

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
)

// ErrNoBinaries is returned when no PostgreSQL installation is found.
var ErrNoBinaries = errors.New("no PostgreSQL binaries found (looked in PATH and /usr/lib/postgresql/*/bin): install PostgreSQL (e.g. apt-get install postgresql) or set DATABASE_URL")

// FindBinaries returns the directory holding initdb and postgres: PATH first, then the newest
// /usr/lib/postgresql/<version>/bin.
func FindBinaries() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(resolve(p))
		if isFile(filepath.Join(dir, "postgres")) {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob(searchGlob)
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, dir := range dirs {
		if isFile(filepath.Join(dir, "initdb")) && isFile(filepath.Join(dir, "postgres")) {
			return dir, nil
		}
	}
	return "", ErrNoBinaries
}

// resolve follows symlinks such as Debian's /usr/local/bin/initdb -> pg_wrapper.
func resolve(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

func version(binDir string) float64 {
	v, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(binDir)), 64)
	return v
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

// searchGlob is where distributions install PostgreSQL's server binaries.
var searchGlob = "/usr/lib/postgresql/*/bin"

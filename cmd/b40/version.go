package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/b40-network/workspace/migrations"
)

// version is set at build time (make build: -ldflags "-X main.version=$(git describe)").
var version = "dev"

// versionLine names the build, the Go toolchain and the newest migration the binary carries,
// so an operator can tell which schema a binary expects.
func versionLine() string {
	v := version
	if v == "dev" {
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	schema := "unknown"
	if ms, err := migrations.New(); err == nil {
		if sorted := ms.Sorted(); len(sorted) > 0 {
			last := sorted[len(sorted)-1]
			schema = last.Name + "_" + last.Comment
		}
	}
	return fmt.Sprintf("b40 %s (%s, schema %s)", v, runtime.Version(), schema)
}

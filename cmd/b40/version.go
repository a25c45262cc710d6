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
	return fmt.Sprintf("b40 %s (%s, schema %s)", buildVersion(), runtime.Version(), migrations.Newest())
}

// buildVersion is the version set at build time, else the module's, else "dev".
func buildVersion() string {
	if version == "dev" {
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			return bi.Main.Version
		}
	}
	return version
}

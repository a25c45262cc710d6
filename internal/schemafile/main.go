// Command schemafile writes schema.graphqls, the complete GraphQL schema in one file, from the
// domain files under graph/schema/ that gqlgen.yml lists, joined in gqlgen.yml's order (the order
// gqlgen itself loads them in). People edit the domain files; clients, the web app's codegen
// (web/codegen.ts) and the tests read the one file. graph/resolver.go runs it from
// `go generate ./...`, before gqlgen:
//
//	go run github.com/b40-network/workspace/internal/schemafile ..
//
// The argument is the repository root (where gqlgen.yml is); it writes only when the text
// changed.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/99designs/gqlgen/codegen/config"
)

// Out is the generated file, relative to the repository root.
const Out = "schema.graphqls"

// Header opens the generated file.
const Header = `# Code generated from graph/schema/*.graphqls by internal/schemafile (go generate ./...). DO NOT EDIT.
#
# The complete GraphQL schema of the API in one file, for clients, the web app's codegen and the
# tests. Do not edit it by hand: edit the domain files under graph/schema/ (gqlgen.yml lists them,
# in the order they are joined here) and run go generate ./... .
`

// Build returns the text of schema.graphqls from the gqlgen configuration cfgFile; the schema
// paths in it are relative to the working directory, as for gqlgen.
func Build(cfgFile string) ([]byte, error) {
	cfg, err := config.LoadConfig(cfgFile)
	if err != nil {
		return nil, err
	}
	if len(cfg.Sources) == 0 {
		return nil, errors.New(cfgFile + " lists no schema files")
	}
	var b bytes.Buffer
	b.WriteString(Header)
	for _, src := range cfg.Sources {
		if filepath.Clean(src.Name) == Out {
			return nil, fmt.Errorf("%s lists %s, the file generated from the others: list graph/schema/*.graphqls", cfgFile, Out)
		}
		b.WriteString("\n")
		b.WriteString(strings.TrimRight(src.Input, "\n"))
		b.WriteString("\n")
	}
	return b.Bytes(), nil
}

func main() {
	if len(os.Args) > 2 {
		fmt.Fprintln(os.Stderr, "usage: schemafile [repository root]")
		os.Exit(2)
	}
	if len(os.Args) == 2 {
		if err := os.Chdir(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "schemafile:", err)
			os.Exit(1)
		}
	}
	text, err := Build("gqlgen.yml")
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemafile:", err)
		os.Exit(1)
	}
	if old, err := os.ReadFile(Out); err == nil && bytes.Equal(old, text) {
		return
	}
	if err := os.WriteFile(Out, text, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "schemafile:", err)
		os.Exit(1)
	}
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/codegen/config"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
)

// schema.graphqls is exactly the header and the domain files in gqlgen.yml's order: a domain
// file edited without go generate, or schema.graphqls edited by hand, fails here.
func TestSchemaFileIsTheDomainFilesJoined(t *testing.T) {
	t.Chdir("../..")
	want, err := Build("gqlgen.yml")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(Out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		line := 0
		for line < len(g) && line < len(w) && g[line] == w[line] {
			line++
		}
		t.Errorf("%s differs from graph/schema/*.graphqls joined (first at line %d); edit the domain files and run go generate ./...", Out, line+1)
	}
	if !bytes.HasPrefix(got, []byte(Header)) {
		t.Errorf("%s does not open with the generated-file header", Out)
	}
}

// gqlgen.yml lists every domain file once and nothing else, so a new domain file is neither left
// out of the server nor out of schema.graphqls.
func TestGqlgenListsEveryDomainFile(t *testing.T) {
	t.Chdir("../..")
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("graph/schema/*.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	listed := make([]string, 0, len(cfg.SchemaFilename))
	for _, f := range cfg.SchemaFilename {
		listed = append(listed, filepath.Clean(f))
	}
	if len(files) < 2 {
		t.Fatalf("graph/schema holds %d schema files", len(files))
	}
	sorted := slices.Clone(listed)
	slices.Sort(sorted)
	if !slices.Equal(sorted, files) {
		t.Errorf("gqlgen.yml lists %v; graph/schema holds %v", listed, files)
	}
}

// The generated file and the domain files load as the same schema (the formatted SDL, types
// sorted, fields in their loaded order, descriptions included), and every type is defined in
// exactly one domain file (extensions aside).
func TestSchemaFileLoadsAsTheDomainFiles(t *testing.T) {
	t.Chdir("../..")
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		t.Fatal(err)
	}
	domains, gerr := gqlparser.LoadSchema(cfg.Sources...)
	if gerr != nil {
		t.Fatal(gerr)
	}
	text, err := os.ReadFile(Out)
	if err != nil {
		t.Fatal(err)
	}
	whole, gerr := gqlparser.LoadSchema(&ast.Source{Name: Out, Input: string(text)})
	if gerr != nil {
		t.Fatal(gerr)
	}
	if a, b := sdl(domains), sdl(whole); a != b {
		t.Errorf("the domain files and %s load as different schemas", Out)
	}
	if len(whole.Types) < 100 {
		t.Errorf("%s defines only %d types", Out, len(whole.Types))
	}
}

func sdl(s *ast.Schema) string {
	var b bytes.Buffer
	formatter.NewFormatter(&b).FormatSchema(s)
	return b.String()
}

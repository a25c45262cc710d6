package web

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/b40-network/workspace/graph/generated"
)

// Every document of the manifest is named by the SHA-256 of its text, is one named operation,
// and parses and validates against the server's schema: a manifest left behind by a schema
// change fails here (and CI's check that codegen leaves no diff).
func TestManifestDocumentsValidateAgainstTheSchema(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	manifest := PersistedDocuments()
	if len(manifest) < 30 {
		t.Fatalf("the manifest has %d documents; the app has more operations", len(manifest))
	}
	for hash, text := range manifest {
		sum := sha256.Sum256([]byte(text))
		if hex.EncodeToString(sum[:]) != hash {
			t.Errorf("%s is not the SHA-256 of its document", hash)
		}
		doc, err := parser.ParseQuery(&ast.Source{Input: text})
		if err != nil {
			t.Errorf("%s does not parse: %v", hash, err)
			continue
		}
		if errs := validator.ValidateWithRules(schema, doc, rules.NewDefaultRules()); len(errs) > 0 {
			t.Errorf("%s (%.60s…) is not valid against schema.graphqls: %v", hash, text, errs)
		}
		if len(doc.Operations) != 1 || doc.Operations[0].Name == "" {
			t.Errorf("%s: want one named operation, have %d", hash, len(doc.Operations))
		}
		// urql learns from __typename what a mutation changed; the root has none (the
		// operation's label in the metrics is its first root field).
		if op := doc.Operations[0]; len(op.SelectionSet) > 0 {
			if f, ok := op.SelectionSet[0].(*ast.Field); ok && f.Name == "__typename" {
				t.Errorf("%s selects __typename at its root", hash)
			}
		}
		if !strings.Contains(text, "__typename") {
			t.Errorf("%s selects no __typename", hash)
		}
	}
}

// The built app (dist) sends exactly the manifest's documents: a bundle built before the last
// codegen, or a manifest not rebuilt into it, fails here.
func TestBuiltAppSendsTheManifestsDocuments(t *testing.T) {
	re := regexp.MustCompile(`__meta__:\{hash:"([0-9a-f]{64})"\}`)
	var inApp []string
	err := fs.WalkDir(dist, "dist/assets", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".js") {
			return err
		}
		b, err := fs.ReadFile(dist, path)
		for _, m := range re.FindAllSubmatch(b, -1) {
			inApp = append(inApp, string(m[1]))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var inManifest []string
	for h := range PersistedDocuments() {
		inManifest = append(inManifest, h)
	}
	slices.Sort(inApp)
	slices.Sort(inManifest)
	if !slices.Equal(slices.Compact(inApp), inManifest) {
		t.Errorf("the app's bundle names %d documents, the manifest has %d: rebuild (make web)\napp: %v\nmanifest: %v",
			len(slices.Compact(inApp)), len(inManifest), inApp, inManifest)
	}
}

package graph_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gqlgen writes a panicking stub when a schema field's type and its Go binding disagree (an enum
// bound to a string field, say): a field that compiles and fails at run time. None may remain.
func TestNoResolverIsAGeneratedStub(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("*.resolvers.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no resolver files: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if strings.Contains(line, `panic(fmt.Errorf("not implemented`) {
				t.Errorf("%s:%d: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}

package graph_test

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

func TestZZDebugOps(t *testing.T) {
	api := apitest.New(t, apitest.Options{Showcase: true})
	raw, _ := os.ReadFile("../web/src/gql/persisted-documents.json")
	var manifest map[string]string
	_ = json.Unmarshal(raw, &manifest)
	tok := api.Login("secretariat@b40.demo")
	vars := replayVariables(t, api)
	opName := regexp.MustCompile(`\bquery (\w+)`)
	want := strings.Split(os.Getenv("OPS"), ",")
	for hash, doc := range manifest {
		m := opName.FindStringSubmatch(doc)
		if m == nil || !contains(want, m[1]) {
			continue
		}
		fmt.Fprintln(os.Stderr, "=== OP", m[1])
		body, _ := json.Marshal(map[string]any{"documentId": "sha256:" + hash, "variables": vars[m[1]]})
		r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: map[string]string{"Authorization": "Bearer " + tok}})
		fmt.Fprintln(os.Stderr, "=== END", m[1], r.Status, len(r.Errors))
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

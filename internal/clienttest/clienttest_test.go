// Package clienttest runs real GraphQL clients (Apollo Client, the graphql-http audit) from
// Node against the real handler.
package clienttest

import (
	"net/http/httptest"
	"os"
	"os/exec"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func TestRealClients(t *testing.T) {
	if _, err := os.Stat("node_modules/@apollo/client"); err != nil {
		t.Fatal("the Node packages are not installed: run make deps (npm ci in internal/clienttest)")
	}
	api := apitest.New(t, apitest.Options{Introspection: true}) // the audit reads __type
	srv := httptest.NewServer(api.Handler)
	defer srv.Close()
	expired := api.Login("analyst@b40.demo")
	api.As(expired, `mutation { logout(input: {}) { userErrors { code } } }`, nil)

	cmd := exec.Command("node", "--test", "--test-reporter=spec", "client.test.mjs")
	cmd.Env = append(os.Environ(), "B40_URL="+srv.URL, "B40_EXPIRED_TOKEN="+expired)
	out, err := cmd.CombinedOutput()
	t.Logf("node --test:\n%s", out)
	if err != nil {
		t.Fatalf("the client tests failed: %v", err)
	}
}

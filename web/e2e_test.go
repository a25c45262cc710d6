package web_test

import (
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// TestBrowser runs the app's browser tests (tests/*.test.mjs) in headless Chromium against the
// real server on a fresh database with the demo data.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat("node_modules/playwright-core"); err != nil {
		t.Fatal("the app's Node packages are not installed: run make deps")
	}
	api := apitest.New(t, apitest.Options{Showcase: true, Introspection: true}) // as make run: demo data, GraphiQL on
	srv := httptest.NewServer(api.Handler)
	defer srv.Close()
	shots, _ := filepath.Abs("test-results/screenshots")
	cmd := exec.Command("node", "--test", "--test-reporter=spec", "--test-concurrency=1", "tests/")
	cmd.Env = append(os.Environ(), "B40_URL="+srv.URL, "B40_SCREENSHOTS="+shots)
	out, err := cmd.CombinedOutput()
	t.Logf("node --test:\n%s", out)
	if err != nil {
		t.Fatalf("the browser tests failed: %v", err)
	}
}

// TestBrowserTrusted runs a whole flow of the app (a practice created, edited, published, found
// and adopted by another city) against a server with B40_DOCUMENTS=trusted: the app works with
// nothing but its own documents.
func TestBrowserTrusted(t *testing.T) {
	if _, err := os.Stat("node_modules/playwright-core"); err != nil {
		t.Fatal("the app's Node packages are not installed: run make deps")
	}
	api := apitest.New(t, apitest.Options{Showcase: true, TrustedDocuments: true})
	srv := httptest.NewServer(api.Handler)
	defer srv.Close()
	shots, _ := filepath.Abs("test-results/screenshots-trusted")
	cmd := exec.Command("node", "--test", "--test-reporter=spec", "--test-concurrency=1",
		"--test-name-pattern=creates, edits and publishes a practice", "tests/app.test.mjs")
	cmd.Env = append(os.Environ(), "B40_URL="+srv.URL, "B40_SCREENSHOTS="+shots)
	out, err := cmd.CombinedOutput()
	t.Logf("node --test:\n%s", out)
	if err != nil || !strings.Contains(string(out), "ℹ pass 1\n") {
		t.Fatalf("the browser flow failed against a trusted server: %v", err)
	}
}

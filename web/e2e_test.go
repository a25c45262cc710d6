package web_test

import (
	"context"
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
	failedMail(t, api)
	srv := httptest.NewUnstartedServer(api.Handler)
	// As b40 serve does without B40_PUBLIC_URL: calendar links to this server (set before it
	// serves, so no request reads it while it is written).
	api.Svc.Calendar.Base = "http://" + srv.Listener.Addr().String()
	srv.Start()
	defer srv.Close()
	shots, _ := filepath.Abs("test-results/screenshots")
	args := []string{"--test", "--test-reporter=spec", "--test-concurrency=1"}
	if p := os.Getenv("B40_TEST_NAME_PATTERN"); p != "" {
		args = append(args, "--test-name-pattern="+p) // run some of the browser tests only
	}
	cmd := exec.Command("node", append(args, "tests/")...)
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
	srv := httptest.NewUnstartedServer(api.Handler)
	// As b40 serve does without B40_PUBLIC_URL: calendar links to this server (set before it
	// serves, so no request reads it while it is written).
	api.Svc.Calendar.Base = "http://" + srv.Listener.Addr().String()
	srv.Start()
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

// failedMail adds a delivery that failed for good, as the secretariat's mail screen shows it:
// this server runs no River workers (nothing is delivered), so no delivery can fail by itself.
func failedMail(t *testing.T, api *apitest.API) {
	t.Helper()
	_, err := api.DB.ExecContext(context.Background(), `WITH u AS (SELECT id, email FROM app_user WHERE email = 'editor@kotor.b40.demo'),
		m AS (INSERT INTO mail_message (user_id, to_email, kind, status, subject, body_text, attempts, last_answer)
			SELECT id, email, 'PROPOSAL_DECIDED', 'FAILED', 'Proposal accepted: Bounced notice', 'The proposal was accepted.', 2,
				'550 5.1.1 <editor@kotor.b40.demo>: Recipient address rejected: mailbox unavailable' FROM u RETURNING id)
		INSERT INTO mail_attempt (mail_id, ok, answer)
		SELECT id, false, a FROM m, unnest(ARRAY['451 4.3.0 Try again later',
			'550 5.1.1 <editor@kotor.b40.demo>: Recipient address rejected: mailbox unavailable']) a`)
	if err != nil {
		t.Fatal(err)
	}
}

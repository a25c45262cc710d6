package web_test

import (
	"os"
	"os/exec"
	"testing"
)

// TestCSVWriter runs the unit tests of the app's CSV writer (tests/csv.test.mjs on src/csv.ts:
// RFC 4180, CSV-injection neutralisation, byte-order mark) in Node, without a browser or server.
// TestBrowser runs them again with the rest of tests/.
func TestCSVWriter(t *testing.T) {
	if _, err := os.Stat("node_modules/typescript"); err != nil {
		t.Fatal("the app's Node packages are not installed: run make deps")
	}
	out, err := exec.Command("node", "--test", "--test-reporter=spec", "tests/csv.test.mjs").CombinedOutput()
	t.Logf("node --test:\n%s", out)
	if err != nil {
		t.Fatalf("the CSV writer's tests failed: %v", err)
	}
}

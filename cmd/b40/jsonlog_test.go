package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// With B40_LOG_FORMAT=json every line the server writes is one JSON object, from the start of
// the embedded PostgreSQL to the last shutdown message; an access line names the operation,
// the client and its user agent, and no line carries request_id twice.
func TestJSONLogsFromStartToStop(t *testing.T) {
	t.Parallel()
	srv := startServer(t, b40Env(dataDir(t), "B40_LOG_FORMAT=json", "B40_DEMO=1"))
	if a := srv.query(t, "", `{ cities(first: 2) { totalCount } }`, nil); a.code() != "" {
		t.Fatalf("query: %s", a.Body)
	}
	srv.stop()
	lines := strings.Split(strings.TrimSpace(srv.logs.String()), "\n")
	var access map[string]any
	for _, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("not JSON: %q", line)
			continue
		}
		if strings.Count(line, `"request_id"`) > 1 {
			t.Errorf("request_id twice: %s", line)
		}
		if rec["msg"] == "request" && rec["path"] == "/graphql" {
			access = rec
		}
	}
	if access == nil || access["operation"] != "query:cities" || access["client"] != "127.0.0.1" || access["user_agent"] == nil || access["level"] != "INFO" {
		t.Errorf("the access line: %v", access)
	}
	if last := lines[len(lines)-1]; !strings.Contains(last, "{") {
		t.Errorf("the last line: %q", last)
	}
}

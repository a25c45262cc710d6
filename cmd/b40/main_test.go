package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

var listeningRE = regexp.MustCompile(`listening on http://(127\.0\.0\.1:\d+)`)

// The whole binary path: no DATABASE_URL, so serve starts its own PostgreSQL, migrates, loads
// the demo, serves, and on cancel stops everything cleanly.
func TestServeWithEmbeddedDatabaseAndDemo(t *testing.T) {
	dir, err := os.MkdirTemp("", "b40-serve-test-")
	if err != nil {
		t.Fatal(err)
	}
	_ = os.Chmod(dir, 0o755)
	defer os.RemoveAll(dir)
	env := map[string]string{"B40_ADDR": "127.0.0.1:0", "B40_DATA_DIR": dir, "B40_DEMO": "1"}
	ctx, cancel := context.WithCancel(context.Background())
	var logs lockedBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, &logs, &logs) }()

	var addr string
	for deadline := time.Now().Add(60 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if m := listeningRE.FindStringSubmatch(logs.String()); m != nil {
			addr = m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited: %v\n%s", err, logs.String())
		default:
		}
	}
	if addr == "" {
		t.Fatalf("no 'listening on' line:\n%s", logs.String())
	}
	body, _ := json.Marshal(map[string]string{"query": `{ city(slug: "istanbul") { isFoundingMember } network { memberCount } }`})
	resp, err := http.Post("http://"+addr+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Data struct {
			City    struct{ IsFoundingMember bool }
			Network struct{ MemberCount int }
		}
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if !out.Data.City.IsFoundingMember || out.Data.Network.MemberCount != 17 {
		t.Errorf("demo answer %+v", out)
	}
	// B40_DEMO turns GraphiQL on.
	if r, err := http.Get("http://" + addr + "/"); err != nil || r.StatusCode != 200 {
		t.Errorf("GraphiQL: %v %v", r, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(logs.String(), "embedded postgres stopped") {
		t.Errorf("postgres not stopped:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), "request_id=") {
		t.Errorf("request log lines carry no request id:\n%s", logs.String())
	}

	// Migrate status and seed against the same data dir, now stopped.
	var out2 lockedBuffer
	if err := run(context.Background(), []string{"migrate", "status"}, func(k string) string { return env[k] }, &out2, &out2); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out2.String(), "applied") {
		t.Errorf("status:\n%s", out2.String())
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{nil, {"bogus"}, {"migrate"}, {"migrate", "sideways"}, {"seed", "everything"}} {
		err := run(context.Background(), args, func(string) string { return "" }, &bytes.Buffer{}, &bytes.Buffer{})
		if _, ok := err.(usageError); !ok {
			t.Errorf("run(%v) = %v, want usage", args, err)
		}
	}
	bad := map[string]string{"B40_CORS_ORIGINS": "*"}
	if err := run(context.Background(), []string{"serve"}, func(k string) string { return bad[k] }, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Error("a wildcard CORS origin was accepted")
	}
}

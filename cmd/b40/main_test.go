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
	// The first secretariat account of a real deployment, made before the server starts.
	var out3 lockedBuffer
	if err := run(context.Background(), []string{"users", "create", "--email", "Head@IBB.example", "--role", "SECRETARIAT", "--password-stdin"},
		func(k string) string { return env[k] }, strings.NewReader("a-first-real-password\n"), &out3, &out3); err != nil {
		t.Fatalf("users create: %v\n%s", err, out3.String())
	}
	if !strings.Contains(out3.String(), "head@ibb.example") {
		t.Errorf("users create said: %s", out3.String())
	}
	err = run(context.Background(), []string{"users", "create", "--email", "x@y.example", "--role", "SECRETARIAT", "--password-stdin"},
		func(k string) string { return env[k] }, strings.NewReader("short\n"), &out3, &out3)
	if err == nil {
		t.Error("a short password was accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	var logs lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &logs, &logs)
	}()

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
	login, _ := json.Marshal(map[string]string{"query": `mutation { login(input: {email: "head@ibb.example", password: "a-first-real-password"}) { token } }`})
	resp, err = http.Post("http://"+addr+"/graphql", "application/json", bytes.NewReader(login))
	if err != nil {
		t.Fatal(err)
	}
	var signedIn struct {
		Data struct{ Login struct{ Token *string } }
	}
	_ = json.NewDecoder(resp.Body).Decode(&signedIn)
	resp.Body.Close()
	if signedIn.Data.Login.Token == nil {
		t.Error("the account made by 'b40 users create' cannot sign in")
	}
	// The app at /; B40_DEMO turns GraphiQL on, at /graphiql.
	for _, p := range []string{"/", "/graphiql"} {
		if r, err := http.Get("http://" + addr + p); err != nil || r.StatusCode != 200 {
			t.Errorf("%s: %v %v", p, r, err)
		}
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
	// No B40_SMTP_URL: the start log says mail is kept, and the job queue stops with the server.
	if !strings.Contains(logs.String(), "messages are kept, not sent") || !strings.Contains(logs.String(), "job queue stopped") {
		t.Errorf("the log does not say how mail goes, or that the queue stopped:\n%s", logs.String())
	}

	// Migrate status and seed against the same data dir, now stopped.
	var out2 lockedBuffer
	if err := run(context.Background(), []string{"migrate", "status"}, func(k string) string { return env[k] }, strings.NewReader(""), &out2, &out2); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out2.String(), "applied") {
		t.Errorf("status:\n%s", out2.String())
	}

}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{nil, {"bogus"}, {"migrate"}, {"migrate", "sideways"}, {"seed", "everything"}} {
		err := run(context.Background(), args, func(string) string { return "" }, strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
		if _, ok := err.(usageError); !ok {
			t.Errorf("run(%v) = %v, want usage", args, err)
		}
	}
	bad := map[string]string{"B40_CORS_ORIGINS": "*"}
	if err := run(context.Background(), []string{"serve"}, func(k string) string { return bad[k] }, strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Error("a wildcard CORS origin was accepted")
	}
}

// Help and version answer and do nothing else; settings that mean nothing are refused.
func TestHelpVersionAndBadSettings(t *testing.T) {
	none := func(string) string { return "" }
	for _, args := range [][]string{{"serve", "--help"}, {"--help"}, {"migrate", "down", "-h"}, {"help"}} {
		var out bytes.Buffer
		if err := run(context.Background(), args, none, strings.NewReader(""), &out, &out); err != nil || !strings.Contains(out.String(), "usage:") {
			t.Errorf("%v: %v\n%s", args, err, out.String())
		}
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"--version"}, none, strings.NewReader(""), &out, &out); err != nil ||
		!regexp.MustCompile(`^b40 \S+ \(go[0-9.]+, schema \d{4}_\w+\)\n$`).MatchString(out.String()) {
		t.Errorf("--version: %v %q", err, out.String())
	}
	for name, value := range map[string]string{"B40_LOG_LEVEL": "chatty", "B40_LOG_FORMAT": "yaml", "B40_DEMO": "please"} {
		env := map[string]string{name: value, "B40_ADDR": "127.0.0.1:0"}
		err := run(context.Background(), []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &out, &out)
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%s: %v", name, value, err)
		}
	}
}

// Help after a command is that command's own, for every command.
func TestEachCommandHasItsOwnHelp(t *testing.T) {
	none := func(string) string { return "" }
	for cmd, first := range map[string]string{"serve": "usage: b40 serve", "migrate": "usage: b40 migrate up|status",
		"backup": "usage: b40 backup FILE", "restore": "usage: b40 restore FILE", "seed": "usage: b40 seed demo", "users": "usage: b40 users create"} {
		var out bytes.Buffer
		if err := run(context.Background(), []string{cmd, "--help"}, none, strings.NewReader(""), &out, &out); err != nil ||
			!strings.HasPrefix(out.String(), first) || !strings.Contains(out.String(), "B40_ADDR") {
			t.Errorf("%s --help: %v\n%s", cmd, err, out.String())
		}
	}
}

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The operations tests run b40 as real processes: this test binary re-executes itself as
// the b40 command when B40_TEST_AS_BINARY is set.
func TestMain(m *testing.M) {
	if os.Getenv("B40_TEST_AS_BINARY") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// dataDir is an empty directory the postgres user can reach (removed after the test).
func dataDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "b40-ops-test-")
	if err != nil {
		t.Fatal(err)
	}
	_ = os.Chmod(dir, 0o755)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return filepath.Join(dir, "data")
}

// b40Env is the environment of a b40 process on dir.
func b40Env(dir string, extra ...string) []string {
	env := append(os.Environ(), "B40_TEST_AS_BINARY=1", "B40_DATA_DIR="+dir, "B40_ADDR=127.0.0.1:0",
		"B40_METRICS_ADDR=off", "DATABASE_URL=")
	return append(env, extra...)
}

// b40 runs a command to its end and returns what it printed and how it ended.
func b40(t *testing.T, env []string, stdin string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = env
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// serveProc is a running `b40 serve` process.
type serveProc struct {
	cmd  *exec.Cmd
	addr string
	logs *lockedBuffer
	done chan error
}

func startServer(t *testing.T, env []string) *serveProc {
	t.Helper()
	s, err := tryServer(env)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.stop)
	return s
}

// tryServer starts `b40 serve` and waits for its "listening on" line, or for it to exit.
func tryServer(env []string) (*serveProc, error) {
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Env = env
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	s := &serveProc{cmd: cmd, logs: &lockedBuffer{}, done: make(chan error, 1)}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			line := sc.Text()
			_, _ = s.logs.Write([]byte(line + "\n"))
			if m := listeningRE.FindStringSubmatch(line); m != nil {
				addrc <- m[1]
			}
		}
	}()
	go func() { err := cmd.Wait(); pw.Close(); s.done <- err }()
	select {
	case s.addr = <-addrc:
		return s, nil
	case err := <-s.done:
		s.done <- err
		return s, fmt.Errorf("serve exited: %v\n%s", err, s.logs.String())
	case <-time.After(90 * time.Second):
		s.stop()
		return s, fmt.Errorf("serve did not start:\n%s", s.logs.String())
	}
}

func (s *serveProc) stop() {
	if s.cmd.ProcessState != nil {
		return
	}
	_ = s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(60 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}

type answer struct {
	Status int
	Header http.Header
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string
		Extensions map[string]any
	} `json:"errors"`
	Body string
}

func (a answer) code() string {
	if len(a.Errors) == 0 {
		return ""
	}
	c, _ := a.Errors[0].Extensions["code"].(string)
	return c
}

func (s *serveProc) query(t *testing.T, token, q string, vars map[string]any) answer {
	t.Helper()
	a, err := s.tryQuery(token, q, vars)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func (s *serveProc) tryQuery(token, q string, vars map[string]any) (answer, error) {
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, "http://"+s.addr+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	resp, err := http.DefaultClient.Do(req.WithContext(ctx))
	if err != nil {
		return answer{}, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	a := answer{Status: resp.StatusCode, Header: resp.Header, Body: string(b)}
	_ = json.Unmarshal(b, &a)
	return a, nil
}

func (s *serveProc) ready() (int, string) {
	resp, err := http.Get("http://" + s.addr + "/readyz")
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (s *serveProc) login(t *testing.T, email, password string) string {
	t.Helper()
	a := s.query(t, "", `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`,
		map[string]any{"e": email, "p": password})
	var out struct{ Login struct{ Token string } }
	if err := json.Unmarshal(a.Data, &out); err != nil || out.Login.Token == "" {
		t.Fatalf("login %s: %s", email, a.Body)
	}
	return out.Login.Token
}

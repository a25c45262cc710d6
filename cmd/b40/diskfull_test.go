package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/b40-network/workspace/internal/pgembed"
)

// A disk that fills under a running server, tested on a real full filesystem (a small tmpfs
// holding the data dir; the test needs root to mount it): writes answer HTTP 503 UNAVAILABLE
// with Retry-After, /readyz answers 503 naming the disk, the log says "no space left on
// device", and once space is freed writes succeed again without a restart.
func TestFullDisk(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)
	mnt := filepath.Dir(dir)
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=320m,mode=0755"); err != nil {
		t.Skipf("cannot mount a small filesystem here (needs root): %v", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(mnt, syscall.MNT_DETACH) })
	srv := startServer(t, b40Env(dir, "B40_DEMO=1"))
	token := srv.login(t, "editor@tirana.b40.demo", "b40-demo-password")
	var tirana struct{ City struct{ ID string } }
	_ = json.Unmarshal(srv.query(t, "", `{ city(slug: "tirana") { id } }`, nil).Data, &tirana)
	create := func() answer {
		a, err := srv.tryQuery(token, `mutation($c: ID!) { createPractice(input: {cityId: $c, title: "Filling the disk",
			summary: "`+strings.Repeat("s", 400)+`", body: [{locale: "en", text: "`+strings.Repeat("b", 1500)+`"}]}) { practice { id } } }`,
			map[string]any{"c": tirana.City.ID})
		if err != nil {
			return answer{Body: err.Error()}
		}
		return a
	}
	if a := create(); a.code() != "" {
		t.Fatalf("a write before the disk fills: %s", a.Body)
	}

	filler := filepath.Join(mnt, "filler")
	fill(t, filler)
	var failed answer
	for range 2000 {
		if a := create(); len(a.Errors) > 0 || a.Status != 200 {
			failed = a
			break
		}
	}
	if failed.Status != 503 || failed.code() != "UNAVAILABLE" || failed.Header.Get("Retry-After") == "" {
		t.Errorf("a write on a full disk: %d Retry-After %q %s", failed.Status, failed.Header.Get("Retry-After"), failed.Body)
	}
	if code, body := srv.ready(); code != 503 || !strings.Contains(body, "disk full") {
		t.Errorf("readyz on a full disk: %d %s", code, body)
	}
	// The server's output reaches the test through a pipe: the line may come a moment after
	// the answer that it explains.
	for logDeadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		logs := srv.logs.String()
		if strings.Contains(strings.ToLower(logs), "no space left on device") {
			break
		}
		if time.Now().After(logDeadline) {
			t.Errorf("the log does not say the disk is full:\n%s", logs)
			break
		}
	}

	// The WAL meets the full disk too: PostgreSQL stops, the server says why and restarts it
	// once there is space again.
	walFull(t, dir)
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, body := srv.ready()
		if code == 503 && strings.Contains(body, "restarting: disk full") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("readyz after the WAL met the full disk: %d %s\n%s", code, body, srv.logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	if a := create(); a.Status != 503 || a.code() != "UNAVAILABLE" {
		t.Errorf("a write while PostgreSQL is down on a full disk: %d %s", a.Status, a.Body)
	}
	if !strings.Contains(srv.logs.String(), "its disk is full (no space left on device)") {
		t.Errorf("the log does not say why PostgreSQL stopped:\n%s", srv.logs.String())
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(90 * time.Second)
	for {
		a := create()
		code, body := srv.ready()
		if a.code() == "" && a.Status == 200 && code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no recovery once space was freed: write %d %s; readyz %d %s", a.Status, a.Body, code, body)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// fill writes path until its filesystem has no space left.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, size := range []int{1 << 20, 4 << 10, 512} {
		chunk := make([]byte, size)
		for {
			if _, err := f.Write(chunk); err != nil {
				if !errors.Is(err, syscall.ENOSPC) {
					t.Fatal(err)
				}
				break
			}
		}
	}
}

// walFull makes PostgreSQL write WAL (a new segment each time) until it stops.
func walFull(t *testing.T, dir string) {
	t.Helper()
	ctx := context.Background()
	pg, err := pgembed.Start(ctx, pgembed.Config{DataDir: dir, Ownership: pgembed.Shared})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Stop()
	conn, err := pgx.Connect(ctx, pg.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// WAL alone: a message in the log, no table extended.
	for range 200 {
		if _, err := conn.Exec(ctx, "SELECT pg_logical_emit_message(false, 'b40-test', repeat('w', 4000000)), pg_switch_wal()"); err != nil {
			if conn.IsClosed() {
				return
			}
			t.Logf("while filling the WAL: %v", err)
		}
	}
	t.Fatal("PostgreSQL never stopped on a full disk")
}

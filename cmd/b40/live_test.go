package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/b40-network/workspace/internal/mailtest"
	"github.com/b40-network/workspace/internal/pgembed"
	"github.com/b40-network/workspace/internal/seed"
)

// liveStream opens a notification stream on s and returns the kinds of its events as they
// arrive (the channel closes when the stream ends).
func liveStream(t *testing.T, s *serveProc, token string) <-chan string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	body, _ := json.Marshal(map[string]any{"query": "subscription { notificationReceived { kind } }"})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+s.addr+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	kinds := make(chan string, 16)
	go func() {
		defer close(kinds)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			data, ok := strings.CutPrefix(sc.Text(), "data:")
			if !ok {
				continue
			}
			var r struct {
				Data struct{ NotificationReceived struct{ Kind string } }
			}
			_ = json.Unmarshal([]byte(strings.TrimSpace(data)), &r)
			kinds <- r.Data.NotificationReceived.Kind
		}
	}()
	return kinds
}

func nextKind(t *testing.T, kinds <-chan string) string {
	t.Helper()
	select {
	case k, ok := <-kinds:
		if !ok {
			t.Fatal("the stream ended")
		}
		return k
	case <-time.After(30 * time.Second):
		t.Fatal("no event")
		return ""
	}
}

// Two `b40 serve` processes on one database, both delivering mail: a proposal submitted through
// server A reaches the secretariat's streams on both servers, and its mail to each secretariat
// account is sent exactly once.
func TestTwoServersShareLiveEventsAndSendEachMailOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg, err := pgembed.Start(ctx, pgembed.Config{DataDir: dataDir(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Stop()
	smtp := mailtest.Start(t)
	mailURL := fmt.Sprintf("B40_SMTP_URL=smtp://%s:%d", smtp.Host, smtp.Port)
	a := startServer(t, b40Env(dataDir(t), "DATABASE_URL="+pg.URL(), "B40_DEMO=1", mailURL))
	b := startServer(t, b40Env(dataDir(t), "DATABASE_URL="+pg.URL(), mailURL))

	sec := a.login(t, "secretariat@b40.demo", seed.DefaultPassword)
	onB, onA := liveStream(t, b, sec), liveStream(t, a, sec)
	for name, s := range map[string]<-chan string{"B": onB, "A": onA} {
		if k := nextKind(t, s); k != "READY" {
			t.Fatalf("server %s's first event: %q", name, k)
		}
	}
	editor := a.login(t, seed.DemoEmail("editor", "tirana"), seed.DefaultPassword)
	city := a.query(t, editor, `{ city(slug: "tirana") { id } }`, nil)
	var c struct{ City struct{ ID string } }
	_ = json.Unmarshal(city.Data, &c)
	created := a.query(t, editor, `mutation($c: ID!) { createProposal(input: {cityId: $c, title: "Two servers", body: [{locale: "en", text: "x"}], visibility: NETWORK}) { proposal { id } } }`,
		map[string]any{"c": c.City.ID})
	var p struct {
		CreateProposal struct{ Proposal struct{ ID string } }
	}
	if err := json.Unmarshal(created.Data, &p); err != nil || p.CreateProposal.Proposal.ID == "" {
		t.Fatalf("create: %s", created.Body)
	}
	if ans := a.query(t, editor, `mutation($id: ID!) { submitProposal(input: {proposalId: $id}) { proposal { status } } }`,
		map[string]any{"id": p.CreateProposal.Proposal.ID}); ans.code() != "" {
		t.Fatalf("submit: %s", ans.Body)
	}
	for name, s := range map[string]<-chan string{"B": onB, "A": onA} {
		if k := nextKind(t, s); k != "PROPOSAL_SUBMITTED" {
			t.Errorf("server %s's stream: %q, want PROPOSAL_SUBMITTED", name, k)
		}
	}

	db, err := sql.Open("pgx", pg.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var want int
	if err := db.QueryRow("SELECT count(*) FROM mail_message WHERE kind = 'PROPOSAL_SUBMITTED'").Scan(&want); err != nil || want == 0 {
		t.Fatalf("%d mails queued: %v", want, err)
	}
	smtp.Wait(t, want, 30*time.Second)
	// Both servers' workers poll every 100 ms: once the queue is empty, a second send could
	// only come from a job still running; none is.
	deadline := time.Now().Add(30 * time.Second)
	for {
		var pending int
		if err := db.QueryRow("SELECT count(*) FROM river_job WHERE state NOT IN ('completed', 'discarded', 'cancelled')").Scan(&pending); err != nil {
			t.Fatal(err)
		}
		if pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the queue did not settle")
		}
		time.Sleep(50 * time.Millisecond)
	}
	ids := map[string]int{}
	for _, m := range smtp.Messages() {
		ids[m.Header.Get("Message-Id")]++
	}
	var attempts int
	if err := db.QueryRow("SELECT count(*) FROM mail_attempt").Scan(&attempts); err != nil {
		t.Fatal(err)
	}
	if len(smtp.Messages()) != want || len(ids) != want || attempts != want {
		t.Errorf("%d messages (%d distinct), %d attempts; want %d each", len(smtp.Messages()), len(ids), attempts, want)
	}
}

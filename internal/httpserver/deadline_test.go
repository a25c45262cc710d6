package httpserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/testdb"
)

// Issue 19: an operation's work stops when its client is gone or its write deadline passes,
// in PostgreSQL too. Each test holds the practice table locked, so the searches it sends wait
// in PostgreSQL (as a slow statement would run) until something ends them; without the fix
// they waited for the statement timeout (5 s) after their clients had given up.

// blockPractices locks the practice table until the test ends, so every read of it waits.
func blockPractices(t *testing.T, api *apitest.API) {
	t.Helper()
	tx, err := api.DB.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tx.Rollback() })
	if _, err := tx.ExecContext(context.Background(), "LOCK TABLE practice IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
}

// requestBackends lists the PostgreSQL backends of the API's request role, in a state or all
// (read as the superuser: the database's owner does not see other roles' sessions).
func requestBackends(t *testing.T, api *apitest.API, state string) []int {
	t.Helper()
	ctx := context.Background()
	role, database, err := db.RequestRole(ctx, api.DB)
	if err != nil {
		t.Fatal(err)
	}
	superOnce.Do(func() { super, superErr = db.Open(ctx, testdb.ServerURL(), db.Options{MaxOpenConns: 2}) })
	if superErr != nil {
		t.Fatal(superErr)
	}
	var pids []int
	if err := super.NewRaw(`SELECT coalesce(array_agg(pid ORDER BY pid), '{}') FROM pg_stat_activity WHERE datname = ? AND usename = ? AND (state = ? OR ? = '')`,
		database, role, state, state).Scan(ctx, pgdialect.Array(&pids)); err != nil {
		t.Fatal(err)
	}
	return pids
}

// runningStatements counts the statements of the API's request role that PostgreSQL is running.
func runningStatements(t *testing.T, api *apitest.API) int {
	return len(requestBackends(t, api, "active"))
}

var (
	superOnce sync.Once
	super     *bun.DB
	superErr  error
)

// waitStatements waits up to within for the request role to run want statements; it returns
// how many it ran last.
func waitStatements(t *testing.T, api *apitest.API, want int, within time.Duration) int {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		n := runningStatements(t, api)
		if n == want || time.Now().After(deadline) {
			return n
		}
		time.Sleep(20 * time.Millisecond)
	}
}

const slowSearch = `{ practices(first: 100, filter: {search: "heat"}) { totalCount edges { node { title } } } }`

func post(ctx context.Context, url, query string) (*http.Response, error) {
	body, _ := json.Marshal(map[string]any{"query": query})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

// Four clients send a search and hang up while PostgreSQL runs it: within a second, none of
// their statements runs any more, and their connections are still open, back in the pool (a
// hung-up request costs no new PostgreSQL backend).
func TestClientGoneStopsItsStatements(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	srv := httptest.NewServer(api.Handler)
	defer srv.Close()
	blockPractices(t, api)

	const clients = 4
	done := make(chan error, clients)
	var cancels []context.CancelFunc
	for range clients {
		ctx, cancel := context.WithCancel(context.Background())
		cancels = append(cancels, cancel)
		go func() {
			resp, err := post(ctx, srv.URL, slowSearch)
			if err == nil {
				resp.Body.Close()
			}
			done <- err
		}()
	}
	if n := waitStatements(t, api, clients, 10*time.Second); n != clients {
		t.Fatalf("%d statements running, want %d", n, clients)
	}
	running := requestBackends(t, api, "active")
	for _, cancel := range cancels {
		cancel()
	}
	for range clients {
		if err := <-done; err == nil {
			t.Error("a client that hung up got an answer")
		}
	}
	// The lock holds until the test ends: a statement not cancelled would still wait then. The
	// wait is long because a loaded machine (the race detector, parallel packages) can take a
	// second or two to notice a closed connection and send PostgreSQL the cancel; it ends as soon
	// as none runs.
	if n := waitStatements(t, api, 0, 10*time.Second); n != 0 {
		t.Errorf("%d statements still run ten seconds after their clients hung up", n)
	}
	open := requestBackends(t, api, "")
	for _, pid := range running {
		if !slices.Contains(open, pid) {
			t.Errorf("backend %d, whose statement was cancelled, was disconnected (open: %v)", pid, open)
		}
	}
}

// Four requests whose write deadline passes while PostgreSQL runs their search: their
// statements are cancelled at the deadline, and each still gets a coded answer.
func TestWriteDeadlineStopsItsStatements(t *testing.T) {
	t.Parallel()
	const timeout = time.Second
	api := apitest.New(t, apitest.Options{WriteTimeout: timeout})
	srv := httptest.NewServer(api.Handler)
	defer srv.Close()
	blockPractices(t, api)

	const clients = 4
	type answer struct {
		status int
		body   []byte
		err    error
		took   time.Duration
	}
	answers := make(chan answer, clients)
	start := time.Now()
	for range clients {
		go func() {
			start := time.Now()
			resp, err := post(context.Background(), srv.URL, slowSearch)
			a := answer{err: err}
			if err == nil {
				a.status = resp.StatusCode
				a.body, a.err = io.ReadAll(resp.Body)
				resp.Body.Close()
			}
			a.took = time.Since(start)
			answers <- a
		}()
	}
	if n := waitStatements(t, api, clients, timeout/2); n != clients {
		t.Fatalf("%d statements running, want %d", n, clients)
	}
	// A second after the deadline, PostgreSQL runs none of them (the statement timeout, 5 s,
	// would end them much later).
	time.Sleep(time.Until(start.Add(timeout + time.Second)))
	if n := runningStatements(t, api); n != 0 {
		t.Errorf("%d statements still run a second after the write deadline", n)
	}
	for range clients {
		a := <-answers
		if a.err != nil {
			t.Errorf("no answer: %v", a.err)
			continue
		}
		var r apitest.Response
		_ = json.Unmarshal(a.body, &r)
		if a.took > timeout+2*time.Second || r.ErrorCode() != "INTERNAL" {
			t.Errorf("answered after %v (write deadline %v): %d %s", a.took, timeout, a.status, a.body)
		}
	}
}

package main

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/pgembed"
	"github.com/b40-network/workspace/internal/seed"
)

// Two server processes on one database spend one sign-in budget: ten wrong passwords for one
// account, four at once and alternating between the servers, give exactly five wrong-password
// answers and five refusals, and then the right password is refused on both until the budget
// refills.
func TestTwoServersShareOneSignInBudget(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg, err := pgembed.Start(ctx, pgembed.Config{DataDir: dataDir(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Stop()
	a := startServer(t, b40Env(dataDir(t), "DATABASE_URL="+pg.URL(), "B40_DEMO=1"))
	b := startServer(t, b40Env(dataDir(t), "DATABASE_URL="+pg.URL()))
	servers := []*serveProc{a, b}

	const login = `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token userErrors { code } } }`
	outcome := func(s *serveProc, password string) string {
		ans := s.query(t, "", login, map[string]any{"e": "analyst@b40.demo", "p": password})
		if c := ans.code(); c != "" {
			return c
		}
		var out struct {
			Login struct {
				Token      *string
				UserErrors []struct{ Code string }
			}
		}
		if err := json.Unmarshal(ans.Data, &out); err != nil {
			t.Errorf("%s", ans.Body)
			return ""
		}
		if out.Login.Token != nil {
			return "SIGNED_IN"
		}
		return out.Login.UserErrors[0].Code
	}
	counts := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	work := make(chan int)
	for range 4 {
		wg.Go(func() {
			for i := range work {
				c := outcome(servers[i%2], "not-the-right-password")
				mu.Lock()
				counts[c]++
				mu.Unlock()
			}
		})
	}
	for i := range 10 {
		work <- i
	}
	close(work)
	wg.Wait()
	if counts["INVALID"] != 5 || counts["RATE_LIMITED"] != 5 || len(counts) != 2 {
		t.Errorf("ten wrong passwords over two servers: %v, want 5 INVALID and 5 RATE_LIMITED", counts)
	}
	for i, s := range servers {
		if c := outcome(s, seed.DefaultPassword); c != "RATE_LIMITED" {
			t.Errorf("server %d let the right password through a spent budget: %s", i, c)
		}
	}
}

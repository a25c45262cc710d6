package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/seed"
)

// loginFrom signs in from a client address and returns the outcome: SIGNED_IN, a userError
// code or a top-level error code.
func loginFrom(t *testing.T, api *apitest.API, addr, email, password string) string {
	body, _ := json.Marshal(map[string]any{"query": loginMutation, "variables": map[string]any{"e": email, "p": password}})
	r := api.Do(apitest.Request{Body: body, ContentType: "application/json", RemoteAddr: addr + ":4321"})
	if c := r.ErrorCode(); c != "" {
		return c
	}
	var out loginOut
	r.Decode(t, &out)
	if out.Login.Token != nil {
		return "SIGNED_IN"
	}
	return out.Login.UserErrors[0].Code
}

// A flood of cheap sign-ins for made-up e-mails from an address that is already refused
// leaves no state and computes no hash, so it cannot push the victim's spent budget out and
// buy more guesses of the victim's password.
func TestSignInFloodCannotResetAnAccountsBackOff(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	const attacker = "203.0.113.7"
	victim := seed.DemoEmail("admin", "athens")
	for i := range 5 {
		if got := loginFrom(t, api, attacker, victim, fmt.Sprintf("guess-number-%d", i)); got != "INVALID" {
			t.Fatalf("guess %d: %s", i, got)
		}
	}
	// The address's own budget (20) runs out on other made-up accounts.
	for i := 0; ; i++ {
		if got := loginFrom(t, api, attacker, fmt.Sprintf("made-up-%d@example.org", i), "whatever-password"); got == "RATE_LIMITED" {
			break
		} else if i > 20 {
			t.Fatalf("the address was never limited: %s", got)
		}
	}
	var before int
	count := func() int {
		var n int
		if err := api.DB.NewRaw("SELECT count(*) FROM b40_private.attempt_bucket").Scan(context.Background(), &n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before = count()
	hashes := auth.PasswordHashes()
	const flood = 2000
	var wg sync.WaitGroup
	var mu sync.Mutex
	outcomes := map[string]int{}
	began := time.Now()
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < flood; i += 4 {
				got := loginFrom(t, api, attacker, fmt.Sprintf("flood-%d@example.org", i), "whatever-password")
				mu.Lock()
				outcomes[got]++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	// The address's budget gives one attempt back every 15 s: a flood that outlasts that (a slow
	// machine running every test package at once under -race) is allowed those, and no more.
	refills := int(time.Since(began) / (15 * time.Second))
	if outcomes["RATE_LIMITED"] < flood-refills {
		t.Errorf("the flood's outcomes: %v (%d refills in %s)", outcomes, refills, time.Since(began))
	}
	if after := count(); after > before+refills {
		t.Errorf("the refused flood left state: %d buckets before, %d after (%d refills)", before, after, refills)
	}
	if n := auth.PasswordHashes() - hashes; n > 0 {
		// Other tests run in parallel in this process: only a lower bound is exact, so
		// compare with the flood's size.
		if n >= flood/4 {
			t.Errorf("the refused flood computed %d password hashes", n)
		}
	}
	// The victim's account is still refused, from a fresh address, even with the right password.
	if got := loginFrom(t, api, "203.0.113.8", victim, seed.DefaultPassword); got != "RATE_LIMITED" {
		t.Errorf("after the flood the victim's password was checked again: %s", got)
	}
}

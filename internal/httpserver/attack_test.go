package httpserver_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/internal/testdb"
)

// parallel runs fn n times at once and waits for all of them.
func parallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { fn(i) })
	}
	wg.Wait()
}

// loginAs posts a login from addr and returns the outcome: "ok", a user error code, or the
// top-level error code.
func loginAs(api *apitest.API, email, password, addr string) string {
	body := gqlVarsBody(`mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token userErrors { code } } }`,
		map[string]any{"e": email, "p": password})
	r := api.Do(apitest.Request{Body: body, ContentType: "application/json", RemoteAddr: addr + ":1234"})
	if c := r.ErrorCode(); c != "" {
		return c
	}
	switch {
	case strings.Contains(string(r.Data), `"token":"b40s_`):
		return "ok"
	case strings.Contains(string(r.Data), `"code":"INVALID"`):
		return "INVALID"
	}
	return string(r.Body)
}

func tally(outcomes []string) map[string]int {
	m := map[string]int{}
	for _, o := range outcomes {
		m[o]++
	}
	return m
}

// Issue 10.1: ~1,000 aliases answering to one key with different fields used to produce
// 250,000 validation errors; now one coded error, before validation, four at once.
func TestConflictingAliasesAreRefusedBeforeValidation(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	hostile := "{ network { " + strings.Repeat("x: name x: memberCount ", 490) + "} }"
	outcomes := make([]*apitest.Response, 4)
	parallel(4, func(i int) {
		outcomes[i] = api.Do(apitest.Request{Body: gqlBody(hostile), ContentType: "application/json"})
	})
	for _, r := range outcomes {
		if r.ErrorCode() != "INVALID_INPUT" || len(r.Errors) != 1 || len(r.Body) > 1024 {
			t.Fatalf("hostile aliases: %d errors, %d bytes: %.300s", len(r.Errors), len(r.Body), r.Body)
		}
	}
	// A single conflict in a long document is named.
	pad := strings.Repeat(" ", 600)
	r := api.Do(apitest.Request{Body: gqlBody("{ network { x: name x: memberCount }" + pad + "}"), ContentType: "application/json"})
	if r.ErrorCode() != "INVALID_INPUT" || !strings.Contains(r.Errors[0].Message, `"x"`) {
		t.Errorf("one conflict: %s", r.Body)
	}
	// The same key under two different object types is no conflict (the spec's exemption).
	city := apitest.ID("City", api.CityID("tirana"))
	ok := fmt.Sprintf(`{ node(id: %q) { ... on City { x: name } ... on Summit { x: title } } %s}`, city, pad)
	if r := api.Do(apitest.Request{Body: gqlBody(ok), ContentType: "application/json"}); len(r.Errors) > 0 || !strings.Contains(string(r.Data), "Tirana") {
		t.Errorf("exempt aliases refused: %s", r.Body)
	}
	// Arguments in another order are the same arguments.
	same := `{ a: cities(first: 2, filter: {}) { totalCount } a: cities(filter: {}, first: 2) { totalCount } ` + pad + `}`
	if r := api.Do(apitest.Request{Body: gqlBody(same), ContentType: "application/json"}); len(r.Errors) > 0 {
		t.Errorf("equal arguments refused: %s", r.Body)
	}
}

// Issue 10.1: whatever produces errors, an answer carries at most 100 and a count of the rest.
func TestErrorsPerAnswerAreCapped(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var fields []string
	for i := range 150 {
		fields = append(fields, fmt.Sprintf("f%d", i))
	}
	r := api.Do(apitest.Request{Body: gqlBody("{ " + strings.Join(fields, " ") + " }"), ContentType: "application/json"})
	if len(r.Errors) != 101 || r.Errors[100].Message != "and 50 more errors" || r.Errors[100].Code() != "INVALID_INPUT" {
		t.Fatalf("%d errors, last %+v", len(r.Errors), r.Errors[len(r.Errors)-1])
	}
}

// Issue 10.2: the attempt is taken before the hash, so parallel guesses cannot all be checked.
func TestSignInLimiterHoldsUnderParallelRequests(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})

	// 40 guesses at one account from 40 addresses: the account's budget (5) holds.
	victim := seed.DemoEmail("admin", "tirana")
	out := make([]string, 40)
	parallel(40, func(i int) { out[i] = loginAs(api, victim, "wrong-password-guess", fmt.Sprintf("198.51.100.%d", i+1)) })
	if got := tally(out); got["INVALID"] != 5 || got["RATE_LIMITED"] != 35 {
		t.Errorf("40 parallel guesses at one account: %v", got)
	}

	// 60 guesses from one address at 60 accounts: the address's budget (20) holds.
	out = make([]string, 60)
	parallel(60, func(i int) {
		out[i] = loginAs(api, fmt.Sprintf("nobody%d@example.org", i), "wrong-password-guess", "203.0.113.7")
	})
	if got := tally(out); got["INVALID"] != 20 || got["RATE_LIMITED"] != 40 {
		t.Errorf("60 parallel guesses from one address: %v", got)
	}

	// Successful sign-ins give their attempt back; failures are what count.
	owner := seed.DemoEmail("editor", "split")
	for i := range 4 {
		if o := loginAs(api, owner, "wrong-password-guess", fmt.Sprintf("192.0.2.%d", 10+i)); o != "INVALID" {
			t.Fatalf("failure %d: %s", i, o)
		}
	}
	for i := range 3 {
		if o := loginAs(api, owner, seed.DefaultPassword, "192.0.2.20"); o != "ok" {
			t.Fatalf("right password after 4 failures (%d): %s", i, o)
		}
	}
	if o := loginAs(api, owner, "wrong-password-guess", "192.0.2.21"); o != "INVALID" {
		t.Fatalf("fifth failure: %s", o)
	}
	// The budget is spent: the owner waits out the back-off too...
	if o := loginAs(api, owner, seed.DefaultPassword, "192.0.2.22"); o != "RATE_LIMITED" {
		t.Fatalf("owner after 5 failures: %s", o)
	}
	// An invitation is no way around the back-off (issue 19: it was a way to take accounts
	// over): re-invited after the role was removed, the account's owner is told to sign in,
	// and neither the password nor the back-off changes.
	admin := api.Login(seed.DemoEmail("admin", "split"))
	split := apitest.ID("City", api.CityID("split"))
	api.As(admin, `mutation($u: ID!, $c: ID!) { setUserRole(input: {userId: $u, role: null, cityId: $c}) { userErrors { code } } }`,
		map[string]any{"u": apitest.ID("User", api.UserID(owner)), "c": split}).Decode(t, &struct{}{})
	var inv struct {
		InviteUser struct{ InvitationToken string }
	}
	api.As(admin, `mutation($c: ID!, $e: Email!) { inviteUser(input: {email: $e, role: CITY_EDITOR, cityId: $c}) { invitationToken userErrors { message } } }`,
		map[string]any{"c": split, "e": owner}).Decode(t, &inv)
	r := api.Query(`mutation($t: String!) { acceptInvitation(input: {token: $t, name: "Split editor", password: "a-new-long-password"}) { token userErrors { code } } }`,
		map[string]any{"t": inv.InviteUser.InvitationToken})
	if !strings.Contains(string(r.Data), `"token":null`) || !strings.Contains(string(r.Data), "SIGN_IN_REQUIRED") {
		t.Fatalf("accept: %s", r.Body)
	}
	if o := loginAs(api, owner, "a-new-long-password", "192.0.2.23"); o != "RATE_LIMITED" {
		t.Errorf("sign-in with the invitation's password: %s", o)
	}
}

// Issue 10.3: one request buys at most one password hash, unknown invitation tokens cost none,
// and invitation guesses are limited per address. Not parallel: it counts this process's hashes.
func TestAuthenticationCannotAmplifyCPU(t *testing.T) {
	api := apitest.New(t, apitest.Options{})
	before := auth.PasswordHashes()
	aliased := `mutation { ` + strings.Repeat(`a: login(input: {email: "x@example.org", password: "wrong-password-guess"}) { token } `, 1) +
		`b: login(input: {email: "y@example.org", password: "wrong-password-guess"}) { token } }`
	if r := api.Query(aliased, nil); r.ErrorCode() != "INVALID_INPUT" {
		t.Errorf("two logins in one request: %s", r.Body)
	}
	mixed := `mutation { login(input: {email: "x@example.org", password: "wrong-password-guess"}) { token }
		acceptInvitation(input: {token: "b40i_nope", name: "X", password: "long-enough-password"}) { token } }`
	if r := api.Query(mixed, nil); r.ErrorCode() != "INVALID_INPUT" {
		t.Errorf("login and acceptInvitation in one request: %s", r.Body)
	}
	if n := auth.PasswordHashes() - before; n != 0 {
		t.Errorf("refused requests computed %d hashes", n)
	}

	accept := gqlVarsBody(`mutation($t: String!) { acceptInvitation(input: {token: $t, name: "X", password: "long-enough-password"}) { token userErrors { code } } }`,
		map[string]any{"t": "b40i_" + strings.Repeat("A", 43)})
	out := make([]string, 30)
	parallel(30, func(i int) {
		r := api.Do(apitest.Request{Body: accept, ContentType: "application/json", RemoteAddr: "203.0.113.9:1"})
		switch {
		case r.ErrorCode() != "":
			out[i] = r.ErrorCode()
		case strings.Contains(string(r.Data), `"NOT_FOUND"`):
			out[i] = "NOT_FOUND"
		default:
			out[i] = string(r.Body)
		}
	})
	if got := tally(out); got["NOT_FOUND"] != 20 || got["RATE_LIMITED"] != 10 {
		t.Errorf("30 parallel invitation guesses from one address: %v", got)
	}
	if n := auth.PasswordHashes() - before; n != 0 {
		t.Errorf("unknown invitation tokens computed %d hashes", n)
	}
}

// Issue 10.4: nodes(ids:) loads through the batch loaders, and the budget charges a
// transaction for every id that no loader serves.
func TestNodesCannotAmplifyStatements(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var ids []string
	for _, slug := range []string{"tirana", "istanbul", "sarajevo", "athens", "split"} {
		ids = append(ids, apitest.ID("City", api.CityID(slug)))
	}
	for i := 0; len(ids) < 100; i++ {
		if i%2 == 0 {
			ids = append(ids, apitest.ID("Summit", int64(i%3+1)))
		} else {
			ids = append(ids, apitest.ID("City", 999999+int64(i)))
		}
	}
	aliases := func(n int, list []string) string {
		var b strings.Builder
		b.WriteString("query($ids: [ID!]!) {")
		for i := range n {
			fmt.Fprintf(&b, " n%d: nodes(ids: $ids) { id }", i)
		}
		return b.String() + " }"
	}
	var count *db.StatementCount
	r := api.Do(apitest.Request{Body: gqlVarsBody(aliases(100, ids), map[string]any{"ids": ids}), ContentType: "application/json", Count: &count})
	if len(r.Errors) > 0 {
		t.Fatalf("100 x nodes(100 ids): %.300s", r.Body)
	}
	if n := count.All.Load(); n > 24 {
		t.Errorf("100 x nodes(100 ids) sent %d statements; batch loaders send a few per type", n)
	}
	if r := api.Do(apitest.Request{Body: gqlVarsBody(aliases(198, ids), map[string]any{"ids": ids}), ContentType: "application/json"}); r.ErrorCode() != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("198 x nodes(100 ids): %.300s", r.Body)
	}
	// Types without a loader cost a transaction per id: four pages of them exceed the budget.
	var terms []string
	for i := range 100 {
		terms = append(terms, apitest.ID("PresidencyTerm", int64(i+1)))
	}
	if r := api.Do(apitest.Request{Body: gqlVarsBody(aliases(1, terms), map[string]any{"ids": terms}), ContentType: "application/json"}); len(r.Errors) > 0 {
		t.Errorf("one page of unbatched ids: %.300s", r.Body)
	}
	if r := api.Do(apitest.Request{Body: gqlVarsBody(aliases(4, terms), map[string]any{"ids": terms}), ContentType: "application/json"}); r.ErrorCode() != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("four pages of unbatched ids: %.300s", r.Body)
	}
}

// Issue 10.7: nothing for one caller is kept by a cache; metrics live on their own listener,
// labelled by what operations run, so made-up names cannot crowd out the real ones.
func TestCacheControlAndMetricsLabels(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	login := gqlVarsBody(`mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`,
		map[string]any{"e": "analyst@b40.demo", "p": seed.DefaultPassword})
	if r := api.Do(apitest.Request{Body: login, ContentType: "application/json"}); r.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("sign-in answer: Cache-Control %q", r.Header.Get("Cache-Control"))
	}
	token := api.Login("analyst@b40.demo")
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?query=%7Bviewer%7Bid%7D%7D", Header: apitest.Bearer(token)}); r.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("authenticated GET: Cache-Control %q", r.Header.Get("Cache-Control"))
	}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/reports/annual/2025.md", Header: apitest.Bearer(token)}); r.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("report: %d Cache-Control %q", r.Status, r.Header.Get("Cache-Control"))
	}
	// Issue 24.4: an anonymous GET says on purpose how long a shared cache may keep it.
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?query=%7Bnetwork%7Bname%7D%7D"}); r.Header.Get("Cache-Control") != "public, max-age=15" {
		t.Errorf("anonymous GET of public data: Cache-Control %q", r.Header.Get("Cache-Control"))
	}

	parallel(4, func(w int) {
		for i := range 100 {
			api.Query(fmt.Sprintf("query Junk%d_%d { network { name } }", w, i), nil)
		}
	})
	api.Query("query CityList { cities { totalCount } }", nil)
	rec := httptest.NewRecorder()
	api.Metrics.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	body := rec.Body.String()
	if !strings.Contains(body, `b40_graphql_operations_total{operation="query:cities",outcome="ok"} 1`) ||
		!strings.Contains(body, `b40_graphql_operations_total{operation="query:network",outcome="ok"} 401`) || strings.Contains(body, "Junk") {
		t.Errorf("operation labels: %s", grepLines(body, "b40_graphql_operations_total"))
	}
}

// Issue 10.8: NUL bytes, tokens in URLs and non-canonical IDs are bad input, four at once.
func TestHostileSmallInputs(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	nul := gqlVarsBody(`query($s: String!) { city(slug: $s) { id } }`, map[string]any{"s": "tir\u0000ana"})
	literal := gqlBody(`{ practices(filter: {search: "a\u0000b"}) { totalCount } }`)
	out := make([]*apitest.Response, 8)
	parallel(8, func(i int) {
		body := nul
		if i%2 == 1 {
			body = literal
		}
		out[i] = api.Do(apitest.Request{Body: body, ContentType: "application/json"})
	})
	for _, r := range out {
		if r.ErrorCode() != "INVALID_INPUT" {
			t.Errorf("NUL in a string: %s", r.Body)
		}
	}
	for _, q := range []string{"accessToken=x", "Access-Token=x", "ACCESS_TOKEN=x", "api-key=x", "jwt=x", "sessionToken=x",
		"q=b40s_" + strings.Repeat("A", 43)} {
		if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?query=%7Bnetwork%7Bname%7D%7D&" + q}); r.Status != http.StatusUnauthorized {
			t.Errorf("token in the URL as %s: %d", q, r.Status)
		}
	}
	city := api.CityID("tirana")
	for _, raw := range []string{fmt.Sprintf("City:+%d", city), fmt.Sprintf("City:0%d", city), fmt.Sprintf("City:%d ", city)} {
		id := base64.RawURLEncoding.EncodeToString([]byte(raw))
		if r := api.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}); r.ErrorCode() != "INVALID_INPUT" {
			t.Errorf("ID %q: %s", raw, r.Body)
		}
	}
}

func grepLines(s, substr string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func gqlVarsBody(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// Issue 10.5: bun writes arguments into the SQL text; on a database whose default is
// standard_conforming_strings = off a backslash would end the literal. The setting is pinned on
// every connection, so the injection finds nothing.
func TestStandardConformingStringsArePinned(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()
	if err := seed.Demo(ctx, d, seed.DefaultPassword); err != nil {
		t.Fatal(err)
	}
	var name string
	if err := d.NewRaw("SELECT current_database()").Scan(ctx, &name); err != nil {
		t.Fatal(err)
	}
	if _, err := d.ExecContext(ctx, "ALTER DATABASE ? SET standard_conforming_strings = off", bun.Ident(name)); err != nil {
		t.Fatal(err)
	}
	cfg, err := db.ConnConfig(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	delete(cfg.RuntimeParams, "standard_conforming_strings")
	raw, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var setting string
	_ = raw.QueryRow(ctx, "SHOW standard_conforming_strings").Scan(&setting)
	_ = raw.Close(ctx)
	if setting != "off" {
		t.Fatalf("the database default did not take (%q): the test would prove nothing", setting)
	}
	api := apitest.NewOn(t, d, apitest.Options{})
	out := make([]*apitest.Response, 4)
	parallel(4, func(i int) {
		out[i] = api.Query(`query($s: String!) { city(slug: $s) { name } }`, map[string]any{"s": `zzz\' OR true) --`})
	})
	for _, r := range out {
		if string(r.Data) != `{"city":null}` {
			t.Errorf("injected slug: %s", r.Body)
		}
	}
}

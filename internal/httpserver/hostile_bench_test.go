package httpserver_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/db"
)

// BenchmarkHostile measures what refusing each hostile shape costs (time and memory per
// request); the figures go in the README and the issue notes.
func BenchmarkHostile(b *testing.B) {
	api := apitest.New(b, apitest.Options{})
	shapes := map[string][]byte{
		"fields-5000":       gqlBody("{ network { " + strings.Repeat("name ", 5000) + "} }"),
		"aliases-1500":      gqlBody("{ " + aliases(1500) + " }"),
		"braces-5000":       gqlBody(strings.Repeat("{ a ", 5000) + strings.Repeat("}", 5000)),
		"tokens-12000":      gqlBody("{ network { name } } " + strings.Repeat("query Q { network { name } } ", 2000)),
		"body-2MiB":         hugeBody(2 << 20),
		"batch-1000":        []byte("[" + strings.Repeat(`{"query":"{ network { name } }"},`, 999) + `{"query":"{ network { name } }"}]`),
		"wide-pages":        gqlBody(`{ cities(first: 100) { edges { node { delegations { summit { delegations { city { delegations { city { slug } } } } } } } } } }`),
		"fragment-chain-40": gqlBody(chain(40)),
	}
	// Issue 10's shapes: each refused, or answered at a bounded cost.
	var ids []string
	for i := range 100 {
		ids = append(ids, apitest.ID("City", int64(i%17+1)))
	}
	nodes := func(n int) []byte {
		var sb strings.Builder
		sb.WriteString("query($ids: [ID!]!) {")
		for i := range n {
			sb.WriteString(" n" + strconv.Itoa(i) + ": nodes(ids: $ids) { id }")
		}
		return gqlVarsBody(sb.String()+" }", map[string]any{"ids": ids})
	}
	shapes["conflicting-aliases-980"] = gqlBody("{ network { " + strings.Repeat("x: name x: memberCount ", 490) + "} }")
	shapes["nodes-198x100"] = nodes(198)
	shapes["login-x2"] = gqlBody(`mutation { a: login(input: {email: "a@example.org", password: "wrong-password-guess"}) { token }
		b: login(input: {email: "b@example.org", password: "wrong-password-guess"}) { token } }`)
	shapes["nul-in-string"] = gqlVarsBody(`query($s: String!) { city(slug: $s) { id } }`, map[string]any{"s": "a\u0000b"})
	for name, body := range shapes {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var statements int64
			for b.Loop() {
				var c *db.StatementCount
				r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Count: &c})
				if r.Status == 200 && len(r.Errors) == 0 {
					b.Fatalf("%s was answered", name)
				}
				statements += c.All.Load()
			}
			b.ReportMetric(float64(statements)/float64(b.N), "statements/op")
		})
	}
	// Answered, for comparison: a normal query, the largest nodes request the budget allows,
	// and an invitation guess (a fresh address each time, so the limiter does not answer first).
	answered := map[string][]byte{
		"normal-city-by-slug": gqlBody(`{ city(slug: "tirana") { name country memberSince } }`),
		"nodes-100x100":       nodes(100),
		"accept-unknown-invitation": gqlVarsBody(`mutation($t: String!) { acceptInvitation(input: {token: $t, name: "X", password: "long-enough-password"}) { userErrors { code } } }`,
			map[string]any{"t": "b40i_" + strings.Repeat("A", 43)}),
	}
	for name, body := range answered {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var statements int64
			i := 0
			for b.Loop() {
				i++
				var c *db.StatementCount
				r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Count: &c, RemoteAddr: "10.9." + strconv.Itoa(i/250%250) + "." + strconv.Itoa(i%250) + ":1"})
				if len(r.Errors) > 0 {
					b.Fatalf("%s: %.200s", name, r.Body)
				}
				statements += c.All.Load()
			}
			b.ReportMetric(float64(statements)/float64(b.N), "statements/op")
		})
	}
}

// chain is n fragments, each spreading the one before twice: 2^n fields once expanded.
func chain(n int) string {
	var sb strings.Builder
	sb.WriteString("query { network { ...F" + strconv.Itoa(n-1) + " } }\nfragment F0 on Network { name }\n")
	for i := 1; i < n; i++ {
		sb.WriteString("fragment F" + strconv.Itoa(i) + " on Network { ...F" + strconv.Itoa(i-1) + " ...F" + strconv.Itoa(i-1) + " }\n")
	}
	return sb.String()
}

package httpserver_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
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
	for name, body := range shapes {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := api.Do(apitest.Request{Body: body, ContentType: "application/json"})
				if r.Status == 200 && len(r.Errors) == 0 {
					b.Fatalf("%s was answered", name)
				}
			}
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

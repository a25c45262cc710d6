package httpserver_test

import (
	"encoding/json"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// BenchmarkSimpleRequest is one small GraphQL query end to end through the handler: HTTP
// guard, authentication, GraphQL, one scoped read transaction.
func BenchmarkSimpleRequest(b *testing.B) {
	api := apitest.New(b, apitest.Options{})
	body, _ := json.Marshal(map[string]string{"query": `{ city(slug: "athens") { name country } }`})
	token := api.Login("analyst@b40.demo")
	for name, h := range map[string]map[string]string{"anonymous": nil, "signed-in": apitest.Bearer(token)} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetParallelism(4)
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h})
					if r.Status != 200 || len(r.Errors) > 0 {
						b.Fatalf("%d %s", r.Status, r.Body)
					}
				}
			})
		})
	}
}

package httpserver_test

import (
	"encoding/json"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// BenchmarkShapes measures the load test's shapes in process, for profiles (-cpuprofile) and
// allocations per request, on both paths: nested reads (one statement, JSON built by
// PostgreSQL) and the resolvers alone.
func BenchmarkShapes(b *testing.B) {
	nested := apitest.New(b, apitest.Options{})
	perField := apitest.NewOn(b, nested.DB, apitest.Options{PerFieldOnly: true})
	shapes := map[string]string{
		"a-city-by-id":            `{ node(id: "` + apitest.ID("City", nested.CityID("athens")) + `") { ... on City { name slug country population status } } }`,
		"b-cities-with-practices": `{ cities(first: 20) { edges { node { name practices(first: 10) { edges { node { title } } } } } } }`,
		// Apollo-style: ids everywhere, on the resolvers' path (a filter keeps it off nested reads).
		"ids-per-field": `{ cities(first: 20, filter: {countries: ["GR", "AL", "TR", "RS", "BG", "HR", "BA", "MK", "ME", "XK", "SI", "RO", "MD"]}) { edges { node { id name workingGroups { id slug } } } } }`,
	}
	for name, q := range shapes {
		body, _ := json.Marshal(map[string]string{"query": q})
		for path, api := range map[string]*apitest.API{"nested": nested, "per-field": perField} {
			b.Run(name+"/"+path, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					r := api.Do(apitest.Request{Body: body, ContentType: "application/json"})
					if r.Status != 200 || len(r.Errors) > 0 {
						b.Fatalf("%d %s", r.Status, r.Body)
					}
				}
			})
		}
	}
}

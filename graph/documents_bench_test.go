package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// BenchmarkPersistedDocuments compares one of the app's documents sent four ways, anonymously,
// through the whole handler: as a text the server has not seen in the manifest (the same
// document with a trailing space: parsed once into the bounded query cache, but the limits'
// pre-validation parse runs on every request of 512 bytes or more), as the manifest's exact
// text, by documentId and by APQ hash (both looked up in the manifest: the text is not sent,
// and its parse and limits check are done once per process). Viewer is 296 bytes and answers
// without SQL; CityPage (591) and NetworkPage (836) read the database.
func BenchmarkPersistedDocuments(b *testing.B) {
	api := apitest.New(b, apitest.Options{})
	for _, c := range []struct {
		op   string
		vars map[string]any
	}{
		{"query Viewer", nil},
		{"query CityPage", map[string]any{"slug": "tirana"}},
		{"query NetworkPage", nil},
	} {
		hash, text := manifestDocB(b, c.op)
		for _, how := range []struct {
			name string
			body map[string]any
		}{
			{"ad-hoc-text", map[string]any{"query": text + " ", "variables": c.vars}},
			{"manifest-text", map[string]any{"query": text, "variables": c.vars}},
			{"documentId", map[string]any{"documentId": "sha256:" + hash, "variables": c.vars}},
			{"apq-hash", map[string]any{"extensions": apq(hash), "variables": c.vars}},
		} {
			body, _ := json.Marshal(how.body)
			b.Run(c.op[len("query "):]+"/"+how.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(body)))
				for b.Loop() {
					r := api.Do(apitest.Request{Body: body, ContentType: "application/json"})
					if r.Status != 200 || len(r.Errors) > 0 {
						b.Fatalf("%s", r.Body)
					}
				}
			})
		}
	}
}

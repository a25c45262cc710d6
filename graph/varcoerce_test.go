package graph_test

import (
	"encoding/json"
	"net/http"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// A bad value of one of the API's own scalars in the variables is a variable-coercion failure
// like a built-in type mismatch: the same shape (no data, one INVALID_INPUT error) and the
// same status (400 under application/graphql-response+json, 200 under application/json),
// whether the bad value is at the top of a variable, in a list or deep in an input object.
func TestBadScalarVariablesAnswerLikeBuiltInMismatches(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	cases := map[string]struct {
		query string
		vars  map[string]any
	}{
		"built-in Int":         {`query($n: Int) { cities(first: $n) { totalCount } }`, map[string]any{"n": "twenty"}},
		"CountryCode list":     {`query($c: [CountryCode!]) { cities(filter: {countries: $c}) { totalCount } }`, map[string]any{"c": []any{"TR", "not a country"}}},
		"DateTime in an input": {`query($f: ImplementationFilter) { implementations(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"updatedFrom": "yesterday"}}},
		"String with a NUL":    {`query($s: String) { practices(filter: {search: $s}) { totalCount } }`, map[string]any{"s": "wa\u0000ter"}},
		"a single list item":   {`query($c: [CountryCode!]) { cities(filter: {countries: $c}) { totalCount } }`, map[string]any{"c": "nope"}},
	}
	var wg sync.WaitGroup
	for name, c := range cases {
		for _, media := range []string{"application/graphql-response+json", "application/json"} {
			wg.Go(func() {
				body, _ := json.Marshal(map[string]any{"query": c.query, "variables": c.vars})
				r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: map[string]string{"Accept": media}})
				want := http.StatusBadRequest
				if media == "application/json" {
					want = http.StatusOK
				}
				var shape map[string]json.RawMessage
				_ = json.Unmarshal(r.Body, &shape)
				if _, hasData := shape["data"]; r.Status != want || hasData || len(r.Errors) != 1 || r.ErrorCode() != "INVALID_INPUT" {
					t.Errorf("%s under %s: %d %s", name, media, r.Status, r.Body)
				}
			})
		}
	}
	wg.Wait()
}

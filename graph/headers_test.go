package graph_test

import (
	"net/http"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// Every answer says X-Content-Type-Options: nosniff: the API's JSON (answers and errors), the
// report's Markdown, health and a refused request alike.
func TestEveryAnswerForbidsSniffing(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	analyst := api.Login("analyst@b40.demo")
	for name, r := range map[string]apitest.Request{
		"query":        {Body: []byte(`{"query":"{ network { name } }"}`), ContentType: "application/json"},
		"error":        {Body: []byte(`{"query":"{ nope }"}`), ContentType: "application/json"},
		"GET query":    {Method: http.MethodGet, Path: "/graphql?query=%7Bnetwork%7Bname%7D%7D"},
		"markdown":     {Method: http.MethodGet, Path: "/reports/annual/2024.md", Header: apitest.Bearer(analyst)},
		"unauthorized": {Method: http.MethodGet, Path: "/reports/annual/2024.md"},
		"health":       {Method: http.MethodGet, Path: "/healthz"},
		"wrong type":   {Body: []byte(`x`), ContentType: "text/plain"},
	} {
		resp := api.Do(r)
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s (%d): X-Content-Type-Options %q", name, resp.Status, got)
		}
	}
}

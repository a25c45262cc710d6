package graph_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
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

// An anonymous GET answer may be kept by a shared cache briefly, but only per media type,
// language and identity; anything signed in or posted is kept by no cache.
func TestCacheHeadersSayWhoAnAnswerIsFor(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	get := apitest.Request{Method: http.MethodGet, Path: "/graphql?query=%7Bnetwork%7Bname%7D%7D", Header: map[string]string{"Accept-Language": "tr"}}
	r := api.Do(get)
	if cc := r.Header.Get("Cache-Control"); cc != "public, max-age=15" {
		t.Errorf("anonymous GET: Cache-Control %q", cc)
	}
	vary := strings.Join(r.Header.Values("Vary"), ",")
	for _, h := range []string{"Accept", "Accept-Language", "Authorization"} {
		if !slices.Contains(strings.Split(strings.ReplaceAll(vary, " ", ""), ","), h) {
			t.Errorf("anonymous GET: Vary %q lacks %s", vary, h)
		}
	}
	get.Header = apitest.Bearer(api.Login("analyst@b40.demo"))
	if cc := api.Do(get).Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("signed-in GET: Cache-Control %q", cc)
	}
	post := api.Do(apitest.Request{Body: []byte(`{"query":"{ network { name } }"}`), ContentType: "application/json"})
	if cc := post.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("anonymous POST: Cache-Control %q", cc)
	}
}

// Answers of a kilobyte or more are gzipped for clients that accept it; small ones and clients
// that do not are answered plain.
func TestLargeAnswersAreCompressed(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	large := []byte(`{"query":"{ cities(first: 50) { edges { node { name localName country slug mayorName } } } }"}`)
	r := api.Do(apitest.Request{Body: large, ContentType: "application/json", Header: map[string]string{"Accept-Encoding": "gzip, br"}})
	if r.Header.Get("Content-Encoding") != "gzip" || !slices.Contains(r.Header.Values("Vary"), "Accept-Encoding") {
		t.Fatalf("large answer: Content-Encoding %q, Vary %v", r.Header.Get("Content-Encoding"), r.Header.Values("Vary"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(r.Body))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil || !json.Valid(plain) || len(plain) < 1024 || !bytes.Contains(plain, []byte("Istanbul")) {
		t.Fatalf("decompressed answer (%v): %.200s", err, plain)
	}
	if r := api.Do(apitest.Request{Body: large, ContentType: "application/json"}); r.Header.Get("Content-Encoding") != "" || !json.Valid(r.Body) {
		t.Errorf("a client without Accept-Encoding got %q", r.Header.Get("Content-Encoding"))
	}
	small := api.Do(apitest.Request{Body: []byte(`{"query":"{ network { name } }"}`), ContentType: "application/json", Header: map[string]string{"Accept-Encoding": "gzip"}})
	if small.Header.Get("Content-Encoding") != "" {
		t.Errorf("a small answer was compressed")
	}
}

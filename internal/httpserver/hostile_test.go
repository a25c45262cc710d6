package httpserver_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func gqlBody(query string) []byte {
	b, _ := json.Marshal(map[string]any{"query": query})
	return b
}

// Contract C1: transports, content types, batches and bodies.
func TestTransportRefusals(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	ok := gqlBody("{ network { name } }")
	cases := []struct {
		name   string
		req    apitest.Request
		status int
	}{
		{"text/plain", apitest.Request{Body: ok, ContentType: "text/plain"}, http.StatusUnsupportedMediaType},
		{"form", apitest.Request{Body: []byte("query=%7Bnetwork%7Bname%7D%7D"), ContentType: "application/x-www-form-urlencoded"}, http.StatusUnsupportedMediaType},
		{"multipart", apitest.Request{Body: ok, ContentType: "multipart/form-data; boundary=x"}, http.StatusUnsupportedMediaType},
		{"application/graphql", apitest.Request{Body: []byte("{ network { name } }"), ContentType: "application/graphql"}, http.StatusUnsupportedMediaType},
		{"no content type", apitest.Request{Body: ok}, http.StatusUnsupportedMediaType},
		{"batch", apitest.Request{Body: []byte(`[{"query":"{ network { name } }"},{"query":"{ network { name } }"}]`), ContentType: "application/json"}, http.StatusBadRequest},
		{"batch after whitespace", apitest.Request{Body: []byte(" \n [{\"query\":\"{ network { name } }\"}]"), ContentType: "application/json"}, http.StatusBadRequest},
		{"not json", apitest.Request{Body: []byte("{query: network}"), ContentType: "application/json"}, http.StatusBadRequest},
		{"json string", apitest.Request{Body: []byte(`"{ network { name } }"`), ContentType: "application/json"}, http.StatusBadRequest},
		{"empty", apitest.Request{Body: nil, ContentType: "application/json"}, http.StatusBadRequest},
		{"wrong field types", apitest.Request{Body: []byte(`{"query": 5, "secret": "do-not-echo"}`), ContentType: "application/json"}, http.StatusBadRequest},
		{"huge body", apitest.Request{Body: hugeBody(2 << 20), ContentType: "application/json"}, http.StatusRequestEntityTooLarge},
		{"PUT", apitest.Request{Method: http.MethodPut, Body: ok, ContentType: "application/json"}, http.StatusMethodNotAllowed},
		{"DELETE", apitest.Request{Method: http.MethodDelete}, http.StatusMethodNotAllowed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := api.Do(c.req)
			if r.Status != c.status {
				t.Errorf("status %d, want %d: %s", r.Status, c.status, r.Body)
			}
			if r.ErrorCode() != "INVALID_INPUT" {
				t.Errorf("code %q: %s", r.ErrorCode(), r.Body)
			}
			if bytes.Contains(r.Body, []byte("do-not-echo")) {
				t.Errorf("the body was echoed: %s", r.Body)
			}
		})
	}
	if r := api.Do(apitest.Request{Body: ok, ContentType: "application/json; charset=utf-8"}); r.Status != 200 || len(r.Errors) > 0 {
		t.Errorf("json with charset: %d %s", r.Status, r.Body)
	}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?query=%7Bnetwork%7Bname%7D%7D"}); r.Status != 200 || len(r.Errors) > 0 {
		t.Errorf("GET query: %d %s", r.Status, r.Body)
	}
	// GET never runs a mutation (contract C1): a link or an image tag cannot change data.
	mutation := "/graphql?query=" + url.QueryEscape(`mutation { login(input: {email: "analyst@b40.demo", password: "b40-demo-password"}) { token } }`)
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: mutation}); r.Status == 200 && len(r.Errors) == 0 || bytes.Contains(r.Body, []byte("b40s_")) {
		t.Errorf("GET ran a mutation: %d %s", r.Status, r.Body)
	}
}

func hugeBody(n int) []byte {
	return []byte(`{"query":"{ network { name } }","variables":{"x":"` + strings.Repeat("a", n) + `"}}`)
}

// Shapes that cost parsers and validators dear are refused quickly and with a code.
func TestHostileDocumentsAreRefused(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	nest := func(levels int) string {
		return `{ city(slug: "athens") { ` + strings.Repeat("delegations { summit { delegations { city { ", levels/4) + "slug" + strings.Repeat(" } } } }", levels/4) + " } }"
	}
	cases := []struct {
		name, query string
		codes       []string
	}{
		{"thousands of fields", "{ network { " + strings.Repeat("name ", 5000) + "} }", []string{"COMPLEXITY_LIMIT_EXCEEDED"}},
		{"thousands of aliases", "{ " + aliases(1500) + " }", []string{"COMPLEXITY_LIMIT_EXCEEDED"}},
		{"conflicting aliases", "{ network { " + strings.Repeat("a: name a: motto ", 1000) + "} }", []string{"COMPLEXITY_LIMIT_EXCEEDED"}},
		{"fragment chain", chain(40), []string{"COMPLEXITY_LIMIT_EXCEEDED"}},
		{"deep nesting", nest(30), []string{"DEPTH_LIMIT_EXCEEDED"}},
		{"very deep braces", strings.Repeat("{ a ", 5000) + strings.Repeat("}", 5000), []string{"INVALID_INPUT"}},
		{"token flood", "{ network { name } } " + strings.Repeat("query Q { network { name } } ", 2000), []string{"INVALID_INPUT"}},
		{"wide pages", `{ cities(first: 100) { edges { node { delegations { summit { delegations { city { delegations { city { slug } } } } } } } } } }`, []string{"COMPLEXITY_LIMIT_EXCEEDED"}},
		{"introspection off", "{ __schema { types { name } } }", []string{"INVALID_INPUT"}},
		{"unknown field", "{ netwrk { name } }", []string{"INVALID_INPUT"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			r := api.Do(apitest.Request{Body: gqlBody(c.query), ContentType: "application/json"})
			t.Logf("%d bytes refused in %v", len(c.query), time.Since(start))
			if r.Data != nil && string(r.Data) != "null" {
				t.Errorf("answered data: %.200s", r.Body)
			}
			found := false
			for _, want := range c.codes {
				found = found || r.ErrorCode() == want
			}
			if !found {
				t.Errorf("code %q, want %v: %.300s", r.ErrorCode(), c.codes, r.Body)
			}
			if bytes.Contains(r.Body, []byte("Did you mean")) {
				t.Errorf("suggestions are on: %s", r.Body)
			}
		})
	}
}

func aliases(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "a%d: network { name } ", i)
	}
	return b.String()
}

func TestIntrospectionAndGraphiQLOnlyWhenConfigured(t *testing.T) {
	t.Parallel()
	off := apitest.New(t, apitest.Options{NoDemo: true})
	if r := off.Do(apitest.Request{Method: http.MethodGet, Path: "/graphiql"}); r.Status != http.StatusNotFound {
		t.Errorf("GraphiQL served with introspection off: %d", r.Status)
	}
	on := apitest.New(t, apitest.Options{NoDemo: true, Introspection: true})
	if r := on.Do(apitest.Request{Method: http.MethodGet, Path: "/graphiql"}); r.Status != http.StatusOK || !bytes.Contains(r.Body, []byte(`id="graphiql"`)) {
		t.Errorf("GraphiQL: %d", r.Status)
	}
	var schema struct {
		Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
	}
	on.MustQuery(&schema, "{ __schema { queryType { name } } }", nil)
	if schema.Schema.QueryType.Name != "Query" {
		t.Errorf("introspection: %+v", schema)
	}
}

func TestAutomaticPersistedQueries(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	query := "{ network { name } }"
	hash := "6d3e3c3d8b0a1d0d7c9e0bb4cf1b0d54c0ee0cf3b8f5a34d3f6fba70fb0d1e6a"
	ext := func(h string) map[string]any {
		return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": h}}
	}
	send := func(body map[string]any) *apitest.Response {
		b, _ := json.Marshal(body)
		return api.Do(apitest.Request{Body: b, ContentType: "application/json"})
	}
	if r := send(map[string]any{"extensions": ext(hash)}); len(r.Errors) == 0 || r.Errors[0].Message != "PersistedQueryNotFound" {
		t.Fatalf("unknown hash: %s", r.Body)
	}
	if r := send(map[string]any{"query": query, "extensions": ext(hash)}); len(r.Errors) == 0 {
		t.Fatalf("a wrong hash was accepted: %s", r.Body)
	}
	real := sha256Hex(query)
	if r := send(map[string]any{"query": query, "extensions": ext(real)}); len(r.Errors) != 0 {
		t.Fatalf("register: %s", r.Body)
	}
	if r := send(map[string]any{"extensions": ext(real)}); len(r.Errors) != 0 || !bytes.Contains(r.Body, []byte("B40 Balkan Cities Network")) {
		t.Fatalf("by hash: %s", r.Body)
	}
}

package httpserver_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// GraphQL over HTTP (the current draft, with the legacy watershed): every status and media
// type rule, through the real handler.
func TestGraphQLOverHTTPConformance(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	const (
		js = "application/json"
		gr = "application/graphql-response+json"
	)
	post := func(accept, query string, vars map[string]any) *apitest.Response {
		h := map[string]string{}
		if accept != "" {
			h["Accept"] = accept
		}
		return api.Do(apitest.Request{Body: gqlVarsBody(query, vars), ContentType: "application/json", Header: h})
	}
	get := func(accept, query string) *apitest.Response {
		h := map[string]string{}
		if accept != "" {
			h["Accept"] = accept
		}
		return api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?query=" + url.QueryEscape(query), Header: h})
	}
	noData := func(r *apitest.Response) bool {
		var m map[string]json.RawMessage
		_ = json.Unmarshal(r.Body, &m)
		_, has := m["data"]
		return !has
	}
	cases := []struct {
		name      string
		r         *apitest.Response
		status    int
		media     string
		wantCode  string
		wantNoDat bool
	}{
		{"json: success", post(js, "{ network { name } }", nil), 200, js, "", false},
		{"no Accept: success as application/json", post("", "{ network { name } }", nil), 200, js, "", false},
		{"wildcard: application/json", post("*/*", "{ network { name } }", nil), 200, js, "", false},
		{"graphql-response+json: success", post(gr, "{ network { name } }", nil), 200, gr, "", false},
		{"both, graphql-response+json preferred", post(js+", "+gr, "{ network { name } }", nil), 200, gr, "", false},
		{"q values decide", post(gr+";q=0.5, "+js, "{ network { name } }", nil), 200, js, "", false},
		{"json: parse error is 200", post(js, "{ network { name ", nil), 200, js, "INVALID_INPUT", true},
		{"no Accept: validation error is 200", post("", "{ network { nope } }", nil), 200, js, "INVALID_INPUT", true},
		{"json: variable coercion error is 200", post(js, "query($y: Int!) { annualReport(year: $y) { year } }", map[string]any{"y": "x"}), 200, js, "INVALID_INPUT", true},
		{"graphql-response+json: parse error is 400", post(gr, "{ network { name ", nil), 400, gr, "INVALID_INPUT", true},
		{"graphql-response+json: validation error is 400", post(gr, "{ network { nope } }", nil), 400, gr, "INVALID_INPUT", true},
		{"graphql-response+json: variable coercion error is 400", post(gr, "query($y: Int!) { annualReport(year: $y) { year } }", map[string]any{"y": "x"}), 400, gr, "INVALID_INPUT", true},
		{"graphql-response+json: a missing variable is 400", post(gr, "query($y: Int!) { annualReport(year: $y) { year } }", nil), 400, gr, "INVALID_INPUT", true},
		{"graphql-response+json: a limit is 400", post(gr, "{ cities { edges { node { delegations { summit { delegations { city { delegations { summit { delegations { city { delegations { summit { title } } } } } } } } } } } } } }", nil), 400, gr, "DEPTH_LIMIT_EXCEEDED", true},
		{"graphql-response+json: a field error after execution began is 200", post(gr, "{ analytics { cityEngagement { score } } }", nil), 200, gr, "UNAUTHENTICATED", false},
		{"unservable Accept is 406", post("text/html", "{ network { name } }", nil), 406, js, "INVALID_INPUT", true},
		{"unservable charset is 406", post("application/json; charset=latin1", "{ network { name } }", nil), 406, js, "INVALID_INPUT", true},
		{"GET: success", get("", "{ network { name } }"), 200, js, "", false},
		{"GET: graphql-response+json validation error is 400", get(gr, "{ network { nope } }"), 400, gr, "INVALID_INPUT", true},
		{"GET: a mutation is 405", get("", `mutation { logout(input: {}) { userErrors { code } } }`), 405, js, "INVALID_INPUT", true},
		{"GET: no query is 400", api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql"}), 400, js, "INVALID_INPUT", true},
		{"@defer is not offered: refused, never answered null", post(gr, "{ network { name ... @defer { memberCount } } }", nil), 400, gr, "INVALID_INPUT", true},
		{"@defer is not offered, json", post(js, "{ network { name ... @defer { memberCount } } }", nil), 200, js, "INVALID_INPUT", true},
		{"@defer over multipart is not offered either", api.Do(apitest.Request{Body: gqlBody("{ network { name ... @defer { memberCount } } }"),
			ContentType: "application/json", Header: map[string]string{"Accept": "multipart/mixed;deferSpec=20220824, application/json"}}), 200, js, "INVALID_INPUT", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.r.Status != c.status {
				t.Errorf("status %d, want %d: %s", c.r.Status, c.status, c.r.Body)
			}
			if ct := c.r.Header.Get("Content-Type"); !strings.HasPrefix(ct, c.media) {
				t.Errorf("Content-Type %q, want %s", ct, c.media)
			}
			if c.r.ErrorCode() != c.wantCode {
				t.Errorf("code %q, want %q: %s", c.r.ErrorCode(), c.wantCode, c.r.Body)
			}
			if c.wantNoDat && !noData(c.r) {
				t.Errorf("data present although execution never began: %s", c.r.Body)
			}
		})
	}
	if r := get("", `mutation { logout(input: {}) { userErrors { code } } }`); r.Header.Get("Allow") != "POST" {
		t.Errorf("405 without Allow: POST: %v", r.Header)
	}
}

// The schema does not advertise @defer (gqlgen would answer a deferred non-null field null).
func TestDeferIsNotAdvertised(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{Introspection: true})
	r := api.Query(`{ __schema { directives { name } } }`, nil)
	if r.ErrorCode() != "" || strings.Contains(string(r.Data), `"defer"`) || !strings.Contains(string(r.Data), `"skip"`) {
		t.Errorf("directives: %s", r.Body)
	}
}

// A missing, bad or expired token: a token that cannot be used answers 401 with
// WWW-Authenticate (RFC 6750) and UNAUTHENTICATED in the media type the client accepts; no
// token at all runs as the public, and what the public may not do answers 200 with that code.
func TestOneAuthenticationAnswer(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	token := api.Login("analyst@b40.demo")
	api.As(token, `mutation { logout(input: {}) { userErrors { code } } }`, nil)
	q := gqlBody("{ analytics { cityEngagement { score } } }")
	for name, h := range map[string]string{
		"expired/revoked": "Bearer " + token,
		"forged":          "Bearer b40s_" + strings.Repeat("A", 43),
		"garbage":         "Bearer nonsense",
	} {
		r := api.Do(apitest.Request{Body: q, ContentType: "application/json",
			Header: map[string]string{"Authorization": h, "Accept": "application/graphql-response+json, application/json;q=0.9"}})
		if r.Status != 401 || r.ErrorCode() != "UNAUTHENTICATED" || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/graphql-response+json") ||
			!strings.Contains(r.Header.Get("WWW-Authenticate"), `Bearer realm="b40", error="invalid_token"`) {
			t.Errorf("%s: %d %v %s", name, r.Status, r.Header, r.Body)
		}
	}
	r := api.Do(apitest.Request{Body: q, ContentType: "application/json", Header: map[string]string{"Authorization": "Basic abc"}})
	if r.Status != 401 || !strings.Contains(r.Header.Get("WWW-Authenticate"), `error="invalid_request"`) {
		t.Errorf("wrong scheme: %d %v", r.Status, r.Header)
	}
	if r := api.Do(apitest.Request{Body: q, ContentType: "application/json"}); r.Status != 200 || r.ErrorCode() != "UNAUTHENTICATED" {
		t.Errorf("no token: %d %s", r.Status, r.Body)
	}
	if r := api.As(api.Login(seed.DemoEmail("admin", "tirana")), "{ analytics { cityEngagement { score } } }", nil); r.Status != 200 || r.ErrorCode() != "FORBIDDEN" {
		t.Errorf("signed in, not allowed: %d %s", r.Status, r.Body)
	}
}

// Preflights: the headers common clients send are allowed, extra ones are configurable, origins
// stay exact, and a refused preflight is logged so an app developer can see why.
func TestCORSPreflights(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	api := apitest.New(t, apitest.Options{CORSOrigins: []string{"https://app.example.org"}, CORSHeaders: []string{"X-Custom"}, Log: &logs})
	preflight := func(origin, headers string) *apitest.Response {
		return api.Do(apitest.Request{Method: http.MethodOptions, Header: map[string]string{"Origin": origin,
			"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": headers}})
	}
	// Browsers send the names lower-cased and sorted.
	common := "apollographql-client-name,apollographql-client-version,authorization,baggage,content-type,sentry-trace,traceparent,tracestate,x-custom"
	if r := preflight("https://app.example.org", common); r.Header.Get("Access-Control-Allow-Origin") != "https://app.example.org" {
		t.Errorf("common client headers refused: %d %v", r.Status, r.Header)
	}
	if r := preflight("https://app.example.org", "content-type,x-unknown"); r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("an unlisted header allowed: %v", r.Header)
	}
	if r := preflight("https://evil.example", "content-type"); r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("another origin allowed: %v", r.Header)
	}
	l := logs.String()
	if !strings.Contains(l, "CORS preflight refused") || !strings.Contains(l, "header=x-unknown") || !strings.Contains(l, "origin=https://evil.example") {
		t.Errorf("refused preflights not logged:\n%s", l)
	}
}

// A flood of hostile preflights, four senders at once, writes a bounded number of warnings.
func TestRefusedPreflightLogIsBounded(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	api := apitest.New(t, apitest.Options{CORSOrigins: []string{"https://app.example.org"}, Log: &logs, NoDemo: true})
	parallel(4, func(i int) {
		for j := range 100 {
			api.Do(apitest.Request{Method: http.MethodOptions, Header: map[string]string{"Origin": fmt.Sprintf("https://evil%d-%d.example", i, j),
				"Access-Control-Request-Method": "POST"}})
		}
	})
	n := strings.Count(logs.String(), "CORS preflight refused")
	// The burst, plus at most one a second for as long as the flood lasts.
	if n < 20 || n > 40 {
		t.Errorf("400 refused preflights wrote %d warnings", n)
	}
}

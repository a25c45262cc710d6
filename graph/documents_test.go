package graph_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/web"
)

// Trusted documents (issue 24.2): the app's operations by documentId or APQ hash from the
// manifest built with the binary, Apollo's APQ registration in open mode, and B40_DOCUMENTS=trusted
// refusing documents of their own to sessions and the public but not to API tokens.

func hashOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// manifestDoc returns the hash and text of the manifest's document with the operation op
// ("query Cities"); its fragments come first.
func manifestDoc(t *testing.T, op string) (string, string) { return manifestDocB(t, op) }

func manifestDocB(t testing.TB, op string) (string, string) {
	t.Helper()
	for h, text := range web.PersistedDocuments() {
		for _, form := range []string{op + " ", op + "("} {
			if strings.HasPrefix(text, form) || strings.Contains(text, "} "+form) {
				return h, text
			}
		}
	}
	t.Fatalf("no document starting %q in the manifest", op)
	return "", ""
}

// post sends a GraphQL request object as JSON, with headers.
func post(api *apitest.API, body map[string]any, header map[string]string) *apitest.Response {
	b, _ := json.Marshal(body)
	return api.Do(apitest.Request{Body: b, ContentType: "application/json", Header: header})
}

func apq(hash string) map[string]any {
	return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}
}

func TestManifestDocumentsByIDAndByAPQHash(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	hash, text := manifestDoc(t, "query Cities")
	if hashOf(text) != hash {
		t.Fatalf("the manifest's key is not the SHA-256 of its text")
	}
	vars := map[string]any{"first": 3}
	byText := post(api, map[string]any{"query": text, "variables": vars}, nil)
	if len(byText.Errors) > 0 || !strings.Contains(string(byText.Data), `"slug":"athens"`) {
		t.Fatalf("by text: %s", byText.Body)
	}
	for name, body := range map[string]map[string]any{
		"documentId sha256:":     {"documentId": "sha256:" + hash, "variables": vars},
		"documentId, bare hex":   {"documentId": hash, "variables": vars},
		"documentId, upper case": {"documentId": "sha256:" + strings.ToUpper(hash), "variables": vars},
		"APQ hash":               {"extensions": apq(hash), "variables": vars},
		"both, agreeing":         {"documentId": "sha256:" + hash, "extensions": apq(hash), "variables": vars},
	} {
		if r := post(api, body, nil); r.Status != 200 || string(r.Data) != string(byText.Data) {
			t.Errorf("%s: %d %s", name, r.Status, r.Body)
		}
	}
	// By GET, as the app sends its queries.
	q := url.Values{"documentId": {"sha256:" + hash}, "variables": {`{"first":3}`}}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?" + q.Encode()}); r.Status != 200 || string(r.Data) != string(byText.Data) {
		t.Errorf("GET: %d %s", r.Status, r.Body)
	}
	// A mutation named by GET is still a mutation sent by GET.
	logout, _ := manifestDoc(t, "mutation Logout")
	q = url.Values{"documentId": {"sha256:" + logout}, "variables": {`{"input":{}}`}}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?" + q.Encode()}); r.Status != http.StatusMethodNotAllowed {
		t.Errorf("a mutation by GET and documentId: %d %s", r.Status, r.Body)
	}

	// Unknown hashes, however sent, are PERSISTED_QUERY_NOT_FOUND with Apollo's message; under
	// graphql-response+json, 400 (execution never began).
	unknown := hashOf("{ network { name } } # nowhere")
	for name, body := range map[string]map[string]any{
		"documentId": {"documentId": "sha256:" + unknown},
		"APQ":        {"extensions": apq(unknown)},
	} {
		r := post(api, body, nil)
		if r.Status != 200 || len(r.Errors) != 1 || r.ErrorCode() != "PERSISTED_QUERY_NOT_FOUND" || r.Errors[0].Message != "PersistedQueryNotFound" || r.Data != nil {
			t.Errorf("unknown %s: %d %s", name, r.Status, r.Body)
		}
		r = post(api, body, map[string]string{"Accept": "application/graphql-response+json"})
		if r.Status != http.StatusBadRequest || r.ErrorCode() != "PERSISTED_QUERY_NOT_FOUND" {
			t.Errorf("unknown %s, graphql-response+json: %d %s", name, r.Status, r.Body)
		}
	}
	// Malformed names are INVALID_INPUT, not a lookup.
	for name, body := range map[string]map[string]any{
		"documentId not a hash":      {"documentId": "sha256:xyz"},
		"documentId of another kind": {"documentId": "md5:" + unknown[:32]},
		"APQ version 2":              {"extensions": map[string]any{"persistedQuery": map[string]any{"version": 2, "sha256Hash": hash}}},
		"APQ without hash":           {"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1}}},
		"documentId and APQ differ":  {"documentId": "sha256:" + hash, "extensions": apq(unknown)},
		"text and documentId differ": {"documentId": "sha256:" + hash, "query": "{ network { name } }"},
	} {
		if r := post(api, body, nil); len(r.Errors) != 1 || r.ErrorCode() != "INVALID_INPUT" || r.Data != nil {
			t.Errorf("%s: %s", name, r.Body)
		}
	}
}

func TestAPQRegistersThenServesInOpenMode(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	query := "{ network { name memberCount } }"
	hash := hashOf(query)
	if r := post(api, map[string]any{"extensions": apq(hash)}, nil); r.ErrorCode() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("before registration: %s", r.Body)
	}
	// A text whose hash is not the one sent registers nothing.
	if r := post(api, map[string]any{"query": "{ network { name } }", "extensions": apq(hash)}, nil); r.ErrorCode() != "INVALID_INPUT" {
		t.Fatalf("a wrong hash: %s", r.Body)
	}
	if r := post(api, map[string]any{"extensions": apq(hash)}, nil); r.ErrorCode() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("a wrong hash registered: %s", r.Body)
	}
	// Apollo Client's second try: the text with its hash runs and registers it.
	if r := post(api, map[string]any{"query": query, "extensions": apq(hash)}, nil); len(r.Errors) > 0 || !strings.Contains(string(r.Data), "B40 Balkan Cities Network") {
		t.Fatalf("register: %s", r.Body)
	}
	for name, body := range map[string]map[string]any{"APQ": {"extensions": apq(hash)}, "documentId": {"documentId": "sha256:" + hash}} {
		if r := post(api, body, nil); len(r.Errors) > 0 || !strings.Contains(string(r.Data), "memberCount") {
			t.Errorf("by %s after registration: %s", name, r.Body)
		}
	}
}

// apiToken creates an ANALYST API token (on an open server: creating one is a document of the
// test's own).
func apiToken(t *testing.T, api *apitest.API) string {
	t.Helper()
	var out struct {
		CreateAPIToken struct{ Token *string } `json:"createApiToken"`
	}
	api.As(api.Login("analyst@b40.demo"), `mutation { createApiToken(input: {name: "notebook", role: ANALYST}) { token } }`, nil).Decode(t, &out)
	if out.CreateAPIToken.Token == nil {
		t.Fatal("no API token")
	}
	return *out.CreateAPIToken.Token
}

func TestTrustedDocumentsRefuseAdHocDocumentsButToAPITokens(t *testing.T) {
	t.Parallel()
	open := apitest.New(t, apitest.Options{})
	// The same database served as B40_DOCUMENTS=trusted; tokens made on one work on the other.
	trusted := apitest.NewOn(t, open.DB, apitest.Options{TrustedDocuments: true})
	session := open.Login("admin@tirana.b40.demo")
	token := apiToken(t, open)
	bySession, byToken := apitest.Bearer(session), apitest.Bearer(token)
	adHoc := "{ network { name } }"

	for name, header := range map[string]map[string]string{"anonymous": nil, "session": bySession} {
		// A document of its own, as text, as text with its APQ hash (a registration), or by
		// an unknown hash: refused, and nothing is registered.
		if r := post(trusted, map[string]any{"query": adHoc}, header); r.ErrorCode() != "FORBIDDEN" || r.Data != nil || len(r.Errors) != 1 {
			t.Errorf("%s, ad-hoc text: %s", name, r.Body)
		}
		if r := post(trusted, map[string]any{"query": adHoc, "extensions": apq(hashOf(adHoc))}, header); r.ErrorCode() != "FORBIDDEN" {
			t.Errorf("%s, APQ registration: %s", name, r.Body)
		}
		if r := post(trusted, map[string]any{"extensions": apq(hashOf(adHoc))}, header); r.ErrorCode() != "PERSISTED_QUERY_NOT_FOUND" {
			t.Errorf("%s, by the hash it tried to register: %s", name, r.Body)
		}
		if r := trusted.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?query=" + url.QueryEscape(adHoc), Header: header}); r.ErrorCode() != "FORBIDDEN" {
			t.Errorf("%s, ad-hoc by GET: %s", name, r.Body)
		}
		// The app's own documents run, by id, by APQ hash, and as their exact text.
		hash, text := manifestDoc(t, "query Viewer")
		for how, body := range map[string]map[string]any{
			"documentId": {"documentId": "sha256:" + hash},
			"APQ":        {"extensions": apq(hash)},
			"text":       {"query": text},
			"APQ + text": {"query": text, "extensions": apq(hash)},
		} {
			if r := post(trusted, body, header); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"viewer"`) {
				t.Errorf("%s, the app's Viewer by %s: %s", name, how, r.Body)
			}
		}
	}
	// Signing in is one of the app's documents, so a browser can start a session.
	login, _ := manifestDoc(t, "mutation Login")
	r := post(trusted, map[string]any{"documentId": "sha256:" + login,
		"variables": map[string]any{"input": map[string]any{"email": "viewer@tirana.b40.demo", "password": "b40-demo-password"}}}, nil)
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"token":"b40s_`) {
		t.Errorf("login by documentId: %s", r.Body)
	}

	// An API token sends what it likes, registers by APQ, and meets the same limits.
	if r := post(trusted, map[string]any{"query": adHoc}, byToken); len(r.Errors) > 0 || !strings.Contains(string(r.Data), "B40 Balkan") {
		t.Errorf("API token, ad-hoc: %s", r.Body)
	}
	registered := "{ network { memberCount } }"
	if r := post(trusted, map[string]any{"query": registered, "extensions": apq(hashOf(registered))}, byToken); len(r.Errors) > 0 {
		t.Errorf("API token, APQ registration: %s", r.Body)
	}
	if r := post(trusted, map[string]any{"extensions": apq(hashOf(registered))}, byToken); len(r.Errors) > 0 || !strings.Contains(string(r.Data), "memberCount") {
		t.Errorf("API token, by its registered hash: %s", r.Body)
	}
	// What a token registered is still not the app's: a session does not reach it.
	if r := post(trusted, map[string]any{"extensions": apq(hashOf(registered))}, bySession); r.ErrorCode() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Errorf("session, by a token's registered hash: %s", r.Body)
	}
	deep := "{ cities { edges { node { workingGroups { members { city { workingGroups { members { city { workingGroups { members { city { name } } } } } } } } } } } } }"
	if r := post(trusted, map[string]any{"query": deep}, byToken); r.ErrorCode() != "DEPTH_LIMIT_EXCEEDED" {
		t.Errorf("API token, too deep: %s", r.Body)
	}
	costly := "{ cities(first: 100) { edges { node { practices(first: 100) { edges { node { adoptions { city { name } } } } } } } } }"
	if r := post(trusted, map[string]any{"query": costly}, byToken); r.ErrorCode() != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("API token, too costly: %s", r.Body)
	}
	// Open mode (the default) runs the same ad-hoc document for anyone.
	if r := post(open, map[string]any{"query": adHoc}, bySession); len(r.Errors) > 0 {
		t.Errorf("open, session, ad-hoc: %s", r.Body)
	}
}

// Four APQ registrations at once, of one document and of four, and a race between right and
// wrong hashes: every outcome exact, and the cache holds exactly what was verified.
func TestAPQRegistrationsAtOnce(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	const n = 4
	atOnce := func(send func(i int) *apitest.Response) []*apitest.Response {
		out := make([]*apitest.Response, n)
		var start, done sync.WaitGroup
		start.Add(1)
		for i := range n {
			done.Add(1)
			go func() {
				defer done.Done()
				start.Wait()
				out[i] = send(i)
			}()
		}
		start.Done()
		done.Wait()
		return out
	}
	ok := func(r *apitest.Response) bool { return r.Status == 200 && len(r.Errors) == 0 && r.Data != nil }

	// One document registered by four clients at once: four answers, one entry.
	same := "{ network { name eligibleCountries } }"
	for i, r := range atOnce(func(int) *apitest.Response {
		return post(api, map[string]any{"query": same, "extensions": apq(hashOf(same))}, nil)
	}) {
		if !ok(r) {
			t.Errorf("same document, client %d: %s", i, r.Body)
		}
	}
	if r := post(api, map[string]any{"extensions": apq(hashOf(same))}, nil); !ok(r) || !strings.Contains(string(r.Data), "eligibleCountries") {
		t.Errorf("same document by hash: %s", r.Body)
	}

	// Four documents at once: each hash answers its own document.
	doc := func(i int) string { return fmt.Sprintf("{ n%d: network { memberCount } }", i) }
	for i, r := range atOnce(func(i int) *apitest.Response {
		return post(api, map[string]any{"query": doc(i), "extensions": apq(hashOf(doc(i)))}, nil)
	}) {
		if !ok(r) {
			t.Errorf("document %d: %s", i, r.Body)
		}
	}
	for i := range n {
		r := post(api, map[string]any{"extensions": apq(hashOf(doc(i)))}, nil)
		if !ok(r) || !strings.Contains(string(r.Data), fmt.Sprintf(`"n%d"`, i)) || strings.Count(string(r.Data), `"n`) != 1 {
			t.Errorf("hash %d answered %s", i, r.Body)
		}
	}

	// One text at once with its own hash (clients 0, 2) and with another's (1, 3): exactly two
	// run, two are refused, and the other hash stays unknown.
	text, other := "{ network { name memberCount } }", hashOf("{ network { secretariatCity { name } } }")
	runs, refused := 0, 0
	for i, r := range atOnce(func(i int) *apitest.Response {
		h := hashOf(text)
		if i%2 == 1 {
			h = other
		}
		return post(api, map[string]any{"query": text, "extensions": apq(h)}, nil)
	}) {
		switch {
		case ok(r) && i%2 == 0:
			runs++
		case r.ErrorCode() == "INVALID_INPUT" && r.Data == nil && i%2 == 1:
			refused++
		default:
			t.Errorf("client %d: %s", i, r.Body)
		}
	}
	if runs != 2 || refused != 2 {
		t.Errorf("%d ran, %d refused; want 2 and 2", runs, refused)
	}
	if r := post(api, map[string]any{"extensions": apq(other)}, nil); r.ErrorCode() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Errorf("a refused hash was registered: %s", r.Body)
	}
	if r := post(api, map[string]any{"extensions": apq(hashOf(text))}, nil); !ok(r) {
		t.Errorf("the verified hash: %s", r.Body)
	}
}

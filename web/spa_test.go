package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/b40-network/workspace/web"
)

// TestEveryAppPathIsTheApp: the app routes in the browser, so a cold load, reload or bookmark of
// any of its URLs gets index.html; a missing asset is a 404, not the app.
func TestEveryAppPathIsTheApp(t *testing.T) {
	h := web.Handler()
	for _, path := range []string{"/", "/cities", "/cities/split", "/practices/UHJhY3RpY2U6MQ", "/workspace/tirana",
		"/signin?next=%2Fdesk", "/desk", "/no-such-page"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		body, _ := io.ReadAll(w.Body)
		if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") || !strings.Contains(string(body), `id="root"`) {
			t.Errorf("%s: %d %s", path, w.Code, w.Header().Get("Content-Type"))
		}
		if w.Header().Get("Content-Security-Policy") == "" {
			t.Errorf("%s: no Content-Security-Policy", path)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/assets/no-such-file.js", nil))
	if w.Code != http.StatusNotFound {
		t.Errorf("a missing asset: %d", w.Code)
	}
}

// TestIndexStyleNonce: each page load gets its own nonce, in the CSP's style-src and in the
// page's <meta name="csp-nonce"> (for the style elements the app's dialogs write), and the CSP
// still allows no unsafe-inline style.
func TestIndexStyleNonce(t *testing.T) {
	h := web.Handler()
	seen := map[string]bool{}
	for range 3 {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/desk", nil))
		body, _ := io.ReadAll(w.Body)
		csp := w.Header().Get("Content-Security-Policy")
		_, rest, ok := strings.Cut(string(body), `<meta name="csp-nonce" content="`)
		if !ok {
			t.Fatalf("no csp-nonce meta in %s", body)
		}
		nonce, _, _ := strings.Cut(rest, `"`)
		if len(nonce) < 20 || strings.Contains(nonce, "__") {
			t.Fatalf("nonce %q", nonce)
		}
		if !strings.Contains(csp, "style-src 'self' 'nonce-"+nonce+"';") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("CSP %q for nonce %q", csp, nonce)
		}
		if seen[nonce] {
			t.Errorf("nonce %q given twice", nonce)
		}
		seen[nonce] = true
	}
}

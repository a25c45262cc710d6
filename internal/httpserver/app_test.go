package httpserver_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// The app is served at / from the binary, every app route answers its page, assets are cached
// for good, and every page carries the security headers (a CSP without inline script).
func TestAppIsServedWithSecurityHeaders(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	for _, p := range []string{"/", "/practices", "/workspace", "/analytics", "/signin"} {
		r := api.Do(apitest.Request{Method: http.MethodGet, Path: p})
		if r.Status != 200 || !strings.Contains(string(r.Body), `<div id="root">`) {
			t.Fatalf("%s: %d %s", p, r.Status, r.Body)
		}
		csp := r.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: CSP %q", p, csp)
		}
		for h, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
			if r.Header.Get(h) != want {
				t.Errorf("%s: %s = %q", p, h, r.Header.Get(h))
			}
		}
	}
	index := string(api.Do(apitest.Request{Method: http.MethodGet, Path: "/"}).Body)
	i := strings.Index(index, "/assets/")
	if i < 0 {
		t.Fatalf("no asset in %s", index)
	}
	asset := index[i : i+strings.IndexAny(index[i:], `"'`)]
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: asset}); r.Status != 200 || !strings.Contains(r.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("%s: %d %v", asset, r.Status, r.Header)
	}
	if r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/assets/missing.js"}); r.Status != 404 {
		t.Errorf("a missing asset: %d", r.Status)
	}
}

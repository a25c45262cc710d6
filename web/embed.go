// Package web serves the single-page app built from this folder (npm run build → dist/), from
// files embedded in the binary: a plain `go build` needs no Node, and CI checks that dist/ is
// what the sources build.
package web

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/base64"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed all:dist
var dist embed.FS

// ContentSecurityPolicy allows the app's own scripts and styles only: no inline script, no
// other host, no framing.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// styleNoncePlaceholder is what index.html's <meta name="csp-nonce"> holds until the server
// writes each response's nonce in its place.
const styleNoncePlaceholder = "__B40_STYLE_NONCE__"

// appPolicy is ContentSecurityPolicy with one more source of styles: the style elements the app
// writes with this response's nonce. The dialogs' scroll lock (Radix, react-remove-scroll) writes
// a <style> element; the app gives it the nonce from the page's <meta name="csp-nonce">, so no
// other inline style (an injected one) is applied.
func appPolicy(nonce string) string {
	return strings.Replace(ContentSecurityPolicy, "style-src 'self'", "style-src 'self' 'nonce-"+nonce+"'", 1)
}

// newNonce is 128 random bits, base64: a nonce no response repeats.
func newNonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}

// graphiqlPolicy is the app's, but GraphiQL's editor writes style elements of its own.
const graphiqlPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// GraphiQL serves GraphiQL's page, built with the app (no request leaves the server).
func GraphiQL() http.Handler {
	page, err := fs.ReadFile(dist, "dist/graphiql.html")
	if err != nil {
		panic("web/dist/graphiql.html is missing: run npm run build in web/")
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		SecurityHeaders(w.Header())
		w.Header().Set("Content-Security-Policy", graphiqlPolicy)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(page)
	})
}

// Handler serves the app: hashed assets with a year's cache, every other path the app's
// index.html (the app routes in the browser), each with the security headers.
func Handler() http.Handler {
	root, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err)
	}
	index, err := fs.ReadFile(root, "index.html")
	if err != nil {
		panic("web/dist/index.html is missing: run npm run build in web/")
	}
	files := http.FileServerFS(root)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		SecurityHeaders(w.Header())
		if strings.HasPrefix(r.URL.Path, "/assets/") {
			if _, err := fs.Stat(root, strings.TrimPrefix(path.Clean(r.URL.Path), "/")); err != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			if serveCompressed(w, r, root) {
				return
			}
			files.ServeHTTP(w, r)
			return
		}
		nonce := newNonce()
		w.Header().Set("Content-Security-Policy", appPolicy(nonce))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(bytes.Replace(index, []byte(styleNoncePlaceholder), []byte(nonce), 1))
	})
}

// encodings are the pre-compressed copies the build writes beside each asset, best first.
var encodings = []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// serveCompressed answers an asset from its brotli or gzip copy when the client accepts one
// and the build wrote one; it reports whether it answered.
func serveCompressed(w http.ResponseWriter, r *http.Request, root fs.FS) bool {
	w.Header().Add("Vary", "Accept-Encoding")
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	for _, e := range encodings {
		if !accepts(r.Header.Get("Accept-Encoding"), e.name) {
			continue
		}
		data, err := fs.ReadFile(root, name+e.ext)
		if err != nil {
			continue
		}
		if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Header().Set("Content-Encoding", e.name)
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
		return true
	}
	return false
}

// accepts reports whether an Accept-Encoding header admits coding (not with q=0).
func accepts(header, coding string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// SecurityHeaders are set on every page of the app.
func SecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

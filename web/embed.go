// Package web serves the single-page app built from this folder (npm run build → dist/), from
// files embedded in the binary: a plain `go build` needs no Node, and CI checks that dist/ is
// what the sources build.
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed all:dist
var dist embed.FS

// ContentSecurityPolicy allows the app's own scripts and styles only: no inline script, no
// other host, no framing.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

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
			files.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(index)
	})
}

// SecurityHeaders are set on every page of the app.
func SecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

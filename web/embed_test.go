package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
)

// The app's JavaScript is sent from the copies the build compressed: brotli when accepted,
// else gzip, else plain; always with Vary: Accept-Encoding and the type of the original.
func TestAssetsAreSentPreCompressed(t *testing.T) {
	index, err := fs.ReadFile(dist, "dist/index.html")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`src="(/assets/[^"]+\.js)"`).FindSubmatch(index)
	if m == nil {
		t.Fatal("no script in index.html")
	}
	asset := string(m[1])
	plain, err := fs.ReadFile(dist, "dist"+asset)
	if err != nil {
		t.Fatal(err)
	}
	h := Handler()
	get := func(acceptEncoding string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, asset, nil)
		if acceptEncoding != "" {
			r.Header.Set("Accept-Encoding", acceptEncoding)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	for _, c := range []struct{ accept, want string }{
		{"gzip, deflate, br, zstd", "br"},
		{"br;q=0, gzip", "gzip"},
		{"gzip;q=0.5", "gzip"},
		{"", ""},
		{"identity", ""},
	} {
		w := get(c.accept)
		if w.Code != 200 || w.Header().Get("Content-Encoding") != c.want || w.Header().Get("Vary") != "Accept-Encoding" ||
			w.Header().Get("Content-Type") != "text/javascript; charset=utf-8" || w.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("Accept-Encoding %q: %d %v", c.accept, w.Code, w.Header())
			continue
		}
		body := w.Body.Bytes()
		switch c.want {
		case "gzip":
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			if body, err = io.ReadAll(zr); err != nil {
				t.Fatal(err)
			}
		case "br":
			br, _ := fs.ReadFile(dist, "dist"+asset+".br")
			if !bytes.Equal(body, br) || len(br) >= len(plain)/2 {
				t.Errorf("brotli answer: %d bytes, the copy %d, the plain file %d", len(body), len(br), len(plain))
			}
			continue
		}
		if !bytes.Equal(body, plain) {
			t.Errorf("Accept-Encoding %q: the answer is not the asset", c.accept)
		}
	}
}

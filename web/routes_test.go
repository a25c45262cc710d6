package web_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every link a notification or a mail carries (URL: "/…" in the Go sources that raise them)
// opens a page of the app: its path matches one of App.tsx's routes. A link to a page that
// does not exist lands on "Page not found", which no test of the notifying package would see.
func TestNotificationLinksOpenAppPages(t *testing.T) {
	app, err := os.ReadFile("src/App.tsx")
	if err != nil {
		t.Fatal(err)
	}
	var routes []*regexp.Regexp
	for _, m := range regexp.MustCompile(`path: '([^']+)'`).FindAllStringSubmatch(string(app), -1) {
		if m[1] == "*" {
			continue
		}
		pattern := regexp.MustCompile(`:[A-Za-z]+`).ReplaceAllString(regexp.QuoteMeta("/"+m[1]), `[^/]+`)
		routes = append(routes, regexp.MustCompile("^"+pattern+"$"))
	}
	routes = append(routes, regexp.MustCompile(`^/$`))
	if len(routes) < 10 {
		t.Fatalf("found %d routes in App.tsx: has its route table changed shape?", len(routes))
	}
	// URL: "/proposals/" + id → "/proposals/x"; url: "/groups/" + g.Slug → "/groups/x".
	link := regexp.MustCompile(`(?i)\burl:\s*"(/[^"?#]*)`)
	seen := 0
	err = filepath.WalkDir("../internal", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range link.FindAllStringSubmatch(string(src), -1) {
			p := m[1]
			if strings.HasSuffix(p, "/") {
				p += "x" // followed by an ID or a slug
			}
			seen++
			ok := false
			for _, r := range routes {
				ok = ok || r.MatchString(p)
			}
			if !ok {
				t.Errorf("%s links to %s, which is no page of the app (src/App.tsx)", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 8 {
		t.Fatalf("found %d notification links: the pattern no longer sees them", seen)
	}
}

package graph

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/b40-network/workspace/internal/analytics"
	"github.com/b40-network/workspace/internal/auth"
)

// maxCachedResponse bounds one cached answer.
const maxCachedResponse = 4 << 20

// analyticsResponses keeps whole answers to operations that read nothing but `analytics`, for
// analytics.CacheTTL. Those figures are the same for every caller allowed to see them
// (PRIVATE items are excluded in SQL, not by the caller's scope), so a repeated dashboard query
// is answered without executing or serialising it again. The caller is still checked first.
type analyticsResponses struct {
	entries *expirable.LRU[string, []byte]
	next    http.Handler
}

func newAnalyticsResponses(next http.Handler) http.Handler {
	return &analyticsResponses{entries: expirable.NewLRU[string, []byte](200, nil, analytics.CacheTTL), next: next}
}

func (c *analyticsResponses) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	v := auth.FromContext(r.Context())
	if r.Method != http.MethodPost || !(v.IsSecretariat() || v.IsAnalyst() || v.IsPresidency()) {
		c.next.ServeHTTP(w, r)
		return
	}
	body, err := io.ReadAll(r.Body) // already bounded by the transport guard
	r.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil {
		c.next.ServeHTTP(w, r)
		return
	}
	key, ok := analyticsOnly(body)
	if !ok {
		c.next.ServeHTTP(w, r)
		return
	}
	if cached, ok := c.entries.Get(key); ok {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-B40-Cache", "hit")
		_, _ = w.Write(cached)
		return
	}
	rec := &capture{ResponseWriter: w, status: http.StatusOK}
	c.next.ServeHTTP(rec, r)
	if rec.status == http.StatusOK && rec.buf.Len() <= maxCachedResponse && !bytes.Contains(rec.buf.Bytes(), []byte(`"errors"`)) {
		c.entries.Add(key, bytes.Clone(rec.buf.Bytes()))
	}
}

// analyticsOnly returns a cache key when the request's operation selects only `analytics`.
func analyticsOnly(body []byte) (string, bool) {
	var p struct {
		Query         string          `json:"query"`
		OperationName string          `json:"operationName"`
		Variables     json.RawMessage `json:"variables"`
	}
	if json.Unmarshal(body, &p) != nil || p.Query == "" || len(p.Query) > 16<<10 {
		return "", false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: p.Query})
	if err != nil || len(doc.Operations) != 1 || len(doc.Fragments) != 0 {
		return "", false
	}
	op := doc.Operations[0]
	if op.Operation != ast.Query || len(op.SelectionSet) == 0 {
		return "", false
	}
	for _, sel := range op.SelectionSet {
		f, ok := sel.(*ast.Field)
		if !ok || f.Name != "analytics" {
			return "", false
		}
	}
	h := sha256.New()
	for _, part := range [][]byte{[]byte(p.Query), []byte(p.OperationName), p.Variables} {
		h.Write(part)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

// capture copies a response while passing it on.
type capture struct {
	http.ResponseWriter
	status int
	buf    bytes.Buffer
}

func (c *capture) WriteHeader(code int) {
	c.status = code
	c.ResponseWriter.WriteHeader(code)
}

func (c *capture) Write(b []byte) (int, error) {
	c.buf.Write(b)
	return c.ResponseWriter.Write(b)
}

package engine

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
)

// Documents modes (B40_DOCUMENTS).
const (
	// DocumentsOpen runs any document, sent as text, by documentId or by APQ hash (the default).
	DocumentsOpen = "open"
	// DocumentsTrusted runs for browsers (sessions and the anonymous public) only the documents
	// of the app's manifest; API tokens may still send documents of their own.
	DocumentsTrusted = "trusted"
)

// Error code and message of an unknown hash. Apollo Client's persisted-query link looks for the
// message (older versions) or the code (newer ones) before it sends the text with the hash.
const (
	codePersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND"
	msgPersistedQueryNotFound  = "PersistedQueryNotFound"
)

// persistedDocuments resolves a request's document before it is parsed. A request names its
// document in one of three ways:
//   - as text (`query`), as every GraphQL client can;
//   - by `documentId` (the GraphQL-over-HTTP persisted documents proposal): "sha256:<hex>", or
//     the bare hex, of a document the server already knows;
//   - by Apollo's automatic persisted queries (`extensions.persistedQuery.sha256Hash`): the hash
//     alone, and after PERSISTED_QUERY_NOT_FOUND the hash with the text, which registers the
//     text (its hash checked) in a bounded cache for the next requests.
//
// The documents the server knows are the manifest (the app's own operations, built with the
// binary) and, where ad-hoc documents are allowed, the APQ registrations. In trusted mode a
// caller without an API token may run only manifest documents: sent by hash, or as text whose
// hash is in the manifest; its hash lookups never see registrations, and it registers nothing.
type persistedDocuments struct {
	manifest map[string]string // hex SHA-256 → text
	apq      graphql.Cache[string]
	trusted  bool
}

var _ interface {
	graphql.OperationParameterMutator
	graphql.HandlerExtension
} = persistedDocuments{}

func (persistedDocuments) ExtensionName() string                   { return "B40PersistedDocuments" }
func (persistedDocuments) Validate(graphql.ExecutableSchema) error { return nil }

// documentIDKey carries the request's documentId from the transport (gqlgen's RawParams has no
// field for it).
type documentIDKey struct{}

func withDocumentID(ctx context.Context, id string) context.Context {
	if id == "" {
		return ctx
	}
	return context.WithValue(ctx, documentIDKey{}, id)
}

func (d persistedDocuments) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	hash, err := requestedHash(ctx, p.Extensions)
	if err != nil {
		return err
	}
	adHoc := !d.trusted || mayBringDocuments(ctx)
	if hash == "" {
		if adHoc {
			return nil
		}
		if _, ok := d.manifest[sum(p.Query)]; ok {
			return nil // the app's own text, sent whole
		}
		return refuseAdHoc()
	}
	if p.Query == "" {
		if q, ok := d.manifest[hash]; ok {
			p.Query = q
			return nil
		}
		if adHoc {
			if q, ok := d.apq.Get(ctx, hash); ok {
				p.Query = q
				return nil
			}
		}
		return &gqlerror.Error{Message: msgPersistedQueryNotFound, Extensions: map[string]any{"code": codePersistedQueryNotFound}}
	}
	// The text with its hash: they must agree.
	if sum(p.Query) != hash {
		return codedError(string(apperr.InvalidInput), "the document's SHA-256 is not the hash sent with it")
	}
	if _, ok := d.manifest[hash]; ok {
		return nil
	}
	if !adHoc {
		return refuseAdHoc()
	}
	if _, apq := p.Extensions["persistedQuery"]; apq {
		d.apq.Add(ctx, hash, p.Query) // registered (boundedCache keeps short ones only)
	}
	return nil
}

// requestedHash is the hex SHA-256 the request names by documentId or APQ, or "" when it names
// none; the two, when both are sent, must name the same document.
func requestedHash(ctx context.Context, ext map[string]any) (string, *gqlerror.Error) {
	var byID, byAPQ string
	if id, _ := ctx.Value(documentIDKey{}).(string); id != "" {
		byID = strings.ToLower(strings.TrimPrefix(id, "sha256:"))
		if !isSHA256Hex(byID) {
			return "", codedError(string(apperr.InvalidInput), "documentId must be sha256:<64 hexadecimal digits>")
		}
	}
	if raw, ok := ext["persistedQuery"]; ok && raw != nil {
		pq, ok := raw.(map[string]any)
		if !ok {
			return "", codedError(string(apperr.InvalidInput), "extensions.persistedQuery must be an object {version: 1, sha256Hash}")
		}
		if v := pq["version"]; v == nil || !isOne(v) {
			return "", codedError(string(apperr.InvalidInput), "extensions.persistedQuery.version must be 1")
		}
		h, _ := pq["sha256Hash"].(string)
		byAPQ = strings.ToLower(h)
		if !isSHA256Hex(byAPQ) {
			return "", codedError(string(apperr.InvalidInput), "extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits")
		}
	}
	if byID != "" && byAPQ != "" && byID != byAPQ {
		return "", codedError(string(apperr.InvalidInput), "documentId and extensions.persistedQuery name different documents")
	}
	if byID != "" {
		return byID, nil
	}
	return byAPQ, nil
}

// isOne reports whether a decoded JSON value is the number 1 (json.Number from the transport,
// float64 from other decoders).
func isOne(v any) bool {
	switch n := v.(type) {
	case interface{ String() string }:
		return n.String() == "1"
	case float64:
		return n == 1
	case int:
		return n == 1
	}
	return false
}

func isSHA256Hex(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

func sum(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// mayBringDocuments: in trusted mode, only callers with an API token (analysts' tools, scripts)
// send documents of their own. Browsers sign in with sessions; the anonymous public has no
// token at all.
func mayBringDocuments(ctx context.Context) bool {
	v := auth.FromContext(ctx)
	return v != nil && v.APIToken
}

func refuseAdHoc() *gqlerror.Error {
	return codedError(string(apperr.Forbidden), "this server runs only the app's own documents for sessions and the public "+
		"(B40_DOCUMENTS=trusted): send one by documentId, or use an API token to send a document of your own")
}

// documentCache is the executor's parsed-document cache: the manifest's documents, once
// parsed and validated, stay for the life of the process (there are as many as the app has
// operations, whatever their size); every other document goes to the bounded LRU.
type documentCache struct {
	lru      boundedCache[*ast.QueryDocument]
	manifest map[string]bool // texts of the manifest
	pinned   sync.Map        // text → *ast.QueryDocument
}

func (c *documentCache) Get(ctx context.Context, key string) (*ast.QueryDocument, bool) {
	if d, ok := c.pinned.Load(key); ok {
		return d.(*ast.QueryDocument), true
	}
	return c.lru.Get(ctx, key)
}

func (c *documentCache) Add(ctx context.Context, key string, value *ast.QueryDocument) {
	if c.manifest[key] {
		c.pinned.Store(key, value)
		return
	}
	c.lru.Add(ctx, key, value)
}

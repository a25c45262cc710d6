package auth

import (
	"fmt"
	"net"
	"net/http"
	"strings"

	"github.com/b40-network/workspace/internal/apperr"
)

// tokenParams are query parameters a client might put a token in, as normalizeParam spells
// them; URLs end up in logs and browser history, so a request carrying one is refused rather
// than ignored.
var tokenParams = map[string]bool{"accesstoken": true, "token": true, "apikey": true, "auth": true, "authorization": true,
	"bearer": true, "authtoken": true, "idtoken": true, "sessiontoken": true, "session": true, "jwt": true}

// normalizeParam folds case and separators: access_token, accessToken, Access-Token are one.
func normalizeParam(p string) string {
	return strings.NewReplacer("_", "", "-", "", ".", "", " ", "").Replace(strings.ToLower(p))
}

// tokenInURL reports whether the query string carries a credential: a parameter named like
// one, or any value that is one of our tokens.
func tokenInURL(q map[string][]string) bool {
	for name, values := range q {
		if tokenParams[normalizeParam(name)] {
			return true
		}
		for _, v := range values {
			if looksLikeToken(v) {
				return true
			}
		}
	}
	return false
}

// Middleware authenticates the request's bearer token (contract C9) and records the client
// address. No header is the anonymous public; a bad header is refused, never downgraded.
func (s *Service) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if tokenInURL(r.URL.Query()) {
			refuse(w, r, "invalid_request", "send tokens in the Authorization header, never in the URL")
			return
		}
		ctx := WithClientAddr(r.Context(), clientAddr(r))
		if h := r.Header.Get("Authorization"); h != "" {
			scheme, token, ok := strings.Cut(h, " ")
			if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
				refuse(w, r, "invalid_request", "the Authorization header must be 'Bearer <token>'")
				return
			}
			v, err := s.Authenticate(ctx, strings.TrimSpace(token))
			if err != nil {
				if e, ok := apperr.As(err); ok && e.Code == apperr.Unauthenticated {
					refuse(w, r, "invalid_token", e.Message)
					return
				}
				if apperr.ClientGone(r.Context()) {
					return // no one to answer; the database is not unavailable for it
				}
				apperr.WriteUnavailable(w, r, "authentication is unavailable: the database cannot be reached; retry shortly")
				return
			}
			ctx = NewContext(ctx, v)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// refuse answers a credential that cannot be used (RFC 6750): HTTP 401, WWW-Authenticate naming
// the Bearer scheme and what was wrong, and a GraphQL error body coded UNAUTHENTICATED. Without
// any token the request runs as the public instead, and what the public may not do answers 200
// with that same code in the errors.
func refuse(w http.ResponseWriter, r *http.Request, errCode, msg string) {
	w.Header().Set("WWW-Authenticate", fmt.Sprintf(`Bearer realm="b40", error=%q, error_description=%q`, errCode, msg))
	w.Header().Set("Cache-Control", "no-store")
	apperr.WriteHTTP(w, r, http.StatusUnauthorized, apperr.Unauthenticated, msg)
}

// clientAddr is the peer address: behind a proxy that is the proxy, so limits are per proxy
// unless the deployment terminates TLS on the server itself.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

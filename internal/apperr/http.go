package apperr

import (
	"encoding/json"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// Media types of GraphQL answers (GraphQL over HTTP).
const (
	MediaJSON            = "application/json"
	MediaGraphQLResponse = "application/graphql-response+json"
)

// NegotiateResponse picks the media type of a GraphQL answer from an Accept header: the
// acceptable one with the highest quality, application/graphql-response+json on a tie;
// application/json when Accept is absent or only wildcards (the legacy clients' default). ok is
// false when Accept allows neither.
func NegotiateResponse(accept string) (media string, ok bool) {
	if strings.TrimSpace(accept) == "" {
		return MediaJSON, true
	}
	best, bestQ := "", 0.0
	for part := range strings.SplitSeq(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			if q, err = strconv.ParseFloat(v, 64); err != nil {
				continue
			}
		}
		var candidate string
		switch mt {
		case MediaGraphQLResponse:
			candidate = MediaGraphQLResponse
		case MediaJSON, "*/*", "application/*":
			candidate = MediaJSON
		default:
			continue
		}
		if q > bestQ || (q == bestQ && candidate == MediaGraphQLResponse) {
			best, bestQ = candidate, q
		}
	}
	return best, best != "" && bestQ > 0
}

// WriteHTTP answers a request refused before GraphQL execution, in the GraphQL response shape
// and the media type the client accepts, so clients have one error format (Apollo Client, for
// one, reads the errors of a non-2xx answer only as application/graphql-response+json).
func WriteHTTP(w http.ResponseWriter, r *http.Request, status int, code Code, msg string) {
	media, ok := NegotiateResponse(r.Header.Get("Accept"))
	if !ok {
		media = MediaJSON
	}
	w.Header().Set("Content-Type", media)
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": string(code)}}},
	})
}

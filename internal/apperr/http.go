package apperr

import (
	"encoding/json"
	"net/http"
)

// WriteHTTP answers a request refused before GraphQL execution, in the GraphQL response shape
// so clients have one error format.
func WriteHTTP(w http.ResponseWriter, status int, code Code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": string(code)}}},
	})
}

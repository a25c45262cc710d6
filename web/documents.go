package web

import (
	_ "embed"
	"encoding/json"
)

// persistedDocuments is the app's every operation by the SHA-256 (hex) of its text, written by
// `npm run codegen` (codegen.ts, the client preset's persistedDocuments) beside the typed
// operations: the one source of truth for what the app sends, checked fresh by CI like the rest
// of src/gql, and embedded here so the binary knows its own app's documents.
//
//go:embed src/gql/persisted-documents.json
var persistedDocuments []byte

// PersistedDocuments returns the manifest: hex SHA-256 → document text. It panics on a manifest
// that is not a JSON object of strings, which only a broken build produces.
func PersistedDocuments() map[string]string {
	m := map[string]string{}
	if err := json.Unmarshal(persistedDocuments, &m); err != nil {
		panic("web/src/gql/persisted-documents.json: " + err.Error())
	}
	return m
}

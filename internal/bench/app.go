package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"sync"
)

// searchWord is the library search's term: a common word of the synthetic practices (one in five
// holds it; about 2,000 of them are public on the 1,000-city set).
const searchWord = "digital"

// manifestPath is the app's trusted documents, which the server embeds (web/src/api.ts sends
// their documentId); the benchmark runs from the repository's root, as `make bench` does.
const manifestPath = "web/src/gql/persisted-documents.json"

var (
	manifestOnce sync.Once
	manifest     map[string]string // operation name → its hash
	manifestText map[string]string // operation name → its text
	manifestErr  error
)

var operationName = regexp.MustCompile(`(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)`)

func loadManifest() error {
	manifestOnce.Do(func() {
		b, err := os.ReadFile(manifestPath)
		if err != nil {
			manifestErr = err
			return
		}
		var docs map[string]string
		if manifestErr = json.Unmarshal(b, &docs); manifestErr != nil {
			return
		}
		manifest, manifestText = map[string]string{}, map[string]string{}
		for hash, text := range docs {
			if m := operationName.FindStringSubmatch(text); m != nil {
				manifest[m[1]], manifestText[m[1]] = hash, text
			}
		}
	})
	return manifestErr
}

// manifestHash is the hash under which the app's manifest holds the operation (it must be there:
// run checks every scenario's operation first).
func manifestHash(op string) string { return manifest[op] }

// fillApp checks that every app scenario's operation is in the manifest, signs in its account
// and prepares its variables from the running server.
func fillApp(base string, tokens map[string]string) error {
	if err := loadManifest(); err != nil {
		return fmt.Errorf("the app's manifest: %w", err)
	}
	for i := range scenarios {
		sc := &scenarios[i]
		if sc.doc == "" {
			continue
		}
		text, ok := manifestText[sc.doc]
		if !ok {
			return fmt.Errorf("%s: no operation %s in %s", sc.name, sc.doc, manifestPath)
		}
		sc.query = text
		if sc.as != "" {
			if _, ok := tokens[sc.as]; !ok {
				token, err := loginAs(base, sc.as)
				if err != nil {
					return fmt.Errorf("%s: %w", sc.name, err)
				}
				tokens[sc.as] = token
			}
			sc.auth = true
		}
		if sc.prepare != nil {
			vars, err := sc.prepare(func(doc string, vars map[string]any, out any) error {
				return ask(base, tokens[sc.as], doc, vars, out)
			})
			if err != nil {
				return fmt.Errorf("%s: %w", sc.name, err)
			}
			sc.vars = vars
		}
	}
	return nil
}

// ask sends an operation of the manifest by its documentId and decodes its data into out.
func ask(base, token, doc string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"documentId": "sha256:" + manifestHash(doc), "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("%s: %s", doc, r.Errors[0].Message)
	}
	return json.Unmarshal(r.Data, out)
}

// appViewer is what the app's Viewer operation tells the pages.
type appViewer struct {
	Can struct {
		ReviewApplications, ReviewProposals, ViewAnalytics bool
	}
	Memberships []struct {
		City struct{ ID string }
	}
}

// viewer asks the app's Viewer operation, as the app does on every page.
func viewer(ask asker) (appViewer, error) {
	var out struct{ Viewer *appViewer }
	if err := ask("Viewer", nil, &out); err != nil {
		return appViewer{}, err
	}
	if out.Viewer == nil || len(out.Viewer.Memberships) == 0 {
		return appViewer{}, fmt.Errorf("the account is no city's member")
	}
	return *out.Viewer, nil
}

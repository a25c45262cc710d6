package graph_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// A malformed ID, or one naming another type, is the same error wherever it appears: INVALID on
// the field that carried it, with one message; a mutation answers it in userErrors, a query
// (no payload) at the top level as INVALID_INPUT. Tried four at once, since decoding is shared.
func TestEveryIDPlaceRefusesABadIDAlike(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	token := api.Login(seed.DemoEmail("editor", "athens"))
	wrongType := apitest.ID("Summit", api.CityID("athens")) // a well-formed ID of another type
	for _, bad := range []string{"not-an-id", wrongType} {
		queries := []struct {
			name, query string
			field       string
		}{
			{"query argument", `query($id: ID!) { presidencyElection(id: $id) { id } }`, `["id"]`},
			{"filter", `query($id: ID!) { cities(filter: {cityIds: [$id]}) { totalCount } }`, `["filter","cityIds"]`},
		}
		var wg sync.WaitGroup
		for range 4 {
			for _, q := range queries {
				wg.Go(func() {
					r := api.Query(q.query, map[string]any{"id": bad}, apitest.Bearer(token))
					if len(r.Errors) != 1 || r.ErrorCode() != "INVALID_INPUT" || r.Errors[0].Message != "not a "+typeOf(q.name)+" ID" {
						t.Errorf("%s %q: %s", q.name, bad, r.Body)
						return
					}
					if f, _ := json.Marshal(r.Errors[0].Extensions["field"]); string(f) != q.field {
						t.Errorf("%s: field %s, want %s", q.name, f, q.field)
					}
				})
			}
			wg.Go(func() {
				r := api.Query(`mutation($id: ID!) { submitProposal(input: {proposalId: $id}) { proposal { id } userErrors { code field message } } }`,
					map[string]any{"id": bad}, apitest.Bearer(token))
				var out struct {
					SubmitProposal struct {
						UserErrors []struct {
							Code, Message string
							Field         []string
						}
					}
				}
				r.Decode(t, &out)
				ue := out.SubmitProposal.UserErrors
				if len(ue) != 1 || ue[0].Code != "INVALID" || ue[0].Message != "not a Proposal ID" || fmt.Sprint(ue[0].Field) != "[proposalId]" {
					t.Errorf("mutation %q: %s", bad, r.Body)
				}
			})
			wg.Go(func() {
				r := api.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "not-an-id"}, apitest.Bearer(token))
				if r.ErrorCode() != "INVALID_INPUT" || r.Errors[0].Message != "not a global ID" {
					t.Errorf("node: %s", r.Body)
				}
			})
		}
		wg.Wait()
	}
}

func typeOf(place string) string {
	if place == "filter" {
		return "City"
	}
	return "PresidencyElection"
}

// Relay's own spelling of a global ID (toGlobalId: standard base64, padded) names the same
// node; and in nodes(ids:) one bad ID answers null in its place with its error at nodes[i],
// never data: null for the whole answer. Four at once, since decoding is shared.
func TestRelaySpelledIDsAndOneBadIDInNodes(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	padded := base64.StdEncoding.EncodeToString([]byte("City:" + strconv.FormatInt(api.CityID("athens"), 10)))
	canonical := apitest.ID("City", api.CityID("athens"))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var one struct{ Node *struct{ ID, Name string } }
			api.MustQuery(&one, `query($id: ID!) { node(id: $id) { id ... on City { name } } }`, map[string]any{"id": padded})
			if one.Node == nil || one.Node.Name != "Athens" || one.Node.ID != canonical {
				t.Errorf("node(%q): %+v", padded, one.Node)
			}
			r := api.Query(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on City { name } } }`,
				map[string]any{"ids": []string{canonical, "not-an-id", padded}})
			var out struct {
				Nodes []*struct{ ID, Name string }
			}
			if err := json.Unmarshal(r.Data, &out); err != nil || len(out.Nodes) != 3 || out.Nodes[0] == nil || out.Nodes[0].Name != "Athens" ||
				out.Nodes[1] != nil || out.Nodes[2] == nil || out.Nodes[2].ID != canonical {
				t.Errorf("nodes with one bad id: %s", r.Body)
				return
			}
			if len(r.Errors) != 1 || r.ErrorCode() != "INVALID_INPUT" || fmt.Sprint(r.Errors[0].Path) != "[nodes 1]" {
				t.Errorf("the bad id's error: %s", r.Body)
			}
		})
	}
	wg.Wait()
	// Padding where base64 never puts it is no ID.
	if r := api.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": canonical + "==="}); r.ErrorCode() != "INVALID_INPUT" {
		t.Errorf("over-padded id: %s", r.Body)
	}
}

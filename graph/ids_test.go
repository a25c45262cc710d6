package graph_test

import (
	"encoding/json"
	"fmt"
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

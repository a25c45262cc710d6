package graph_test

import (
	"encoding/base64"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// Every Node type round-trips: an id taken from a list resolves through node and nodes to the
// same entity.
func TestNodeRoundTripsEveryType(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	if _, err := api.DB.Exec("INSERT INTO secretariat_staff (name, position, english_level) VALUES ('Sample Secretary', 'NETWORK_SECRETARY', 'C1')"); err != nil {
		t.Fatal(err)
	}
	var ids struct {
		Network struct {
			ID          string
			Secretariat struct{ Staff []struct{ ID string } }
		}
		Cities struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Summits struct {
			Edges []struct {
				Node struct {
					ID          string
					Delegations []struct{ ID string }
				}
			}
		}
		PresidencyTerms struct {
			Edges []struct{ Node struct{ ID string } }
		}
		WorkingGroups struct {
			Edges []struct {
				Node struct {
					ID       string
					Meetings struct {
						Edges []struct{ Node struct{ ID string } }
					}
				}
			}
		}
	}
	api.MustQuery(&ids, `{ network { id secretariat { staff { id } } } cities(first: 1) { edges { node { id } } }
		summits(first: 1) { edges { node { id delegations { id } } } } presidencyTerms(first: 1) { edges { node { id } } }
		workingGroups(filter: {}) { edges { node { id meetings { edges { node { id } } } } } } }`, nil)
	all := map[string]string{
		"Network":          ids.Network.ID,
		"SecretariatStaff": ids.Network.Secretariat.Staff[0].ID,
		"City":             ids.Cities.Edges[0].Node.ID,
		"Summit":           ids.Summits.Edges[0].Node.ID,
		"Delegation":       ids.Summits.Edges[0].Node.Delegations[0].ID,
		"PresidencyTerm":   ids.PresidencyTerms.Edges[0].Node.ID,
		"WorkingGroup":     ids.WorkingGroups.Edges[0].Node.ID,
	}
	for _, g := range ids.WorkingGroups.Edges {
		if len(g.Node.Meetings.Edges) > 0 {
			all["WorkingGroupMeeting"] = g.Node.Meetings.Edges[0].Node.ID
		}
	}
	var list []any
	for typ, id := range all {
		var out struct {
			Node struct {
				Typename string `json:"__typename"`
				ID       string
			}
		}
		api.MustQuery(&out, `query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": id})
		if out.Node.Typename != typ || out.Node.ID != id {
			t.Errorf("node(%s) = %+v, want %s", id, out.Node, typ)
		}
		list = append(list, id)
	}
	// A well-formed ID of a missing entity is null, like an invisible one; nodes keeps order.
	missing := base64.RawURLEncoding.EncodeToString([]byte("City:999999"))
	unknownType := base64.RawURLEncoding.EncodeToString([]byte("Spaceship:1"))
	list = append(list, missing, unknownType)
	var out struct{ Nodes []*struct{ ID string } }
	api.MustQuery(&out, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": list})
	if len(out.Nodes) != len(list) || out.Nodes[len(list)-1] != nil || out.Nodes[len(list)-2] != nil {
		t.Fatalf("nodes = %+v", out.Nodes)
	}
	for i, n := range out.Nodes[:len(all)] {
		if n == nil || n.ID != list[i] {
			t.Errorf("nodes[%d] = %+v, want %v", i, n, list[i])
		}
	}
}

func TestNodeRejectsMalformedIDs(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	for _, id := range []string{"", "%%%", "Q2l0eQ", base64.RawURLEncoding.EncodeToString([]byte("City:-1")), base64.RawURLEncoding.EncodeToString([]byte("City:1:2:x"))} {
		r := api.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
		if r.ErrorCode() != "INVALID_INPUT" {
			t.Errorf("node(%q): %s", id, r.Body)
		}
	}
	ids := make([]string, 101)
	for i := range ids {
		ids[i] = base64.RawURLEncoding.EncodeToString([]byte("City:1"))
	}
	if r := api.Query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}); r.ErrorCode() != "INVALID_INPUT" {
		t.Errorf("nodes with 101 ids: %s", r.Body)
	}
}

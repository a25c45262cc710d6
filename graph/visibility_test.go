package graph_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// PRIVATE items of a city are invisible to every other city, the secretariat, analysts and the
// public: in lists, through node, in counts and in adoption figures.
func TestPrivateItemsStayWithTheirCity(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	draft := newProposal(t, api, "sarajevo", "Sarajevo private draft", "PUBLIC")
	practice := newPractice(t, api, "sarajevo", "Sarajevo private practice", "Only for us.", "PRIVATE")
	readers := map[string]string{
		"own editor":  api.Login(seed.DemoEmail("viewer", "sarajevo")),
		"other city":  api.Login(seed.DemoEmail("admin", "athens")),
		"secretariat": api.Login("secretariat@b40.demo"),
		"analyst":     api.Login("analyst@b40.demo"),
		"public":      "",
	}
	q := `query($d: ID!, $p: ID!) {
		draft: node(id: $d) { id } practice: node(id: $p) { id }
		proposals(filter: {search: "Sarajevo private"}) { totalCount }
		practices(filter: {search: "Sarajevo private"}) { totalCount }
		city(slug: "sarajevo") { proposals { totalCount } practices { totalCount } implementations { totalCount } }
		recommendations { edges { node { adoption { committed inProgress completed notPursued cities } } } }
		implementations(filter: {statuses: [COMPLETED]}) { totalCount } }`
	type out struct {
		Draft, Practice *struct{ ID string }
		Proposals       struct{ TotalCount int }
		Practices       struct{ TotalCount int }
		City            struct {
			Proposals, Practices, Implementations struct{ TotalCount int }
		}
		Recommendations struct {
			Edges []struct {
				Node struct {
					Adoption struct{ Committed, InProgress, Completed, NotPursued, Cities int }
				}
			}
		}
		Implementations struct{ TotalCount int }
	}
	for who, token := range readers {
		var o out
		r := api.Query(q, map[string]any{"d": draft, "p": practice})
		if token != "" {
			r = api.As(token, q, map[string]any{"d": draft, "p": practice})
		}
		r.Decode(t, &o)
		own := who == "own editor"
		a := o.Recommendations.Edges[0].Node.Adoption
		got := fmt.Sprintf("draft=%v practice=%v proposals=%d practices=%d city=%d/%d/%d completed=%d/%d cities=%d",
			o.Draft != nil, o.Practice != nil, o.Proposals.TotalCount, o.Practices.TotalCount,
			o.City.Proposals.TotalCount, o.City.Practices.TotalCount, o.City.Implementations.TotalCount, a.Completed, o.Implementations.TotalCount, a.Cities)
		// Sarajevo's own: its draft, its private practice, the sample NETWORK practice, its
		// PRIVATE completed implementation of the sample recommendation.
		want := "draft=false practice=false proposals=0 practices=0 city=0/1/0 completed=0/0 cities=2"
		if own {
			want = "draft=true practice=true proposals=1 practices=1 city=1/2/1 completed=1/1 cities=3"
		}
		if who == "public" {
			want = "draft=false practice=false proposals=0 practices=0 city=0/0/0 completed=0/0 cities=0"
		}
		if got != want {
			t.Errorf("%s: %s, want %s", who, got, want)
		}
	}
}

// The audit log, which the secretariat reads whole, carries no content of a city's private items.
func TestAuditLogCarriesNoPrivateContent(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	newProposal(t, api, "split", "Split secret harbour plan", "PRIVATE")
	newPractice(t, api, "split", "Split secret practice", "secret body", "PRIVATE")
	var out struct {
		AuditEvents struct {
			Edges []struct {
				Node struct{ Changes map[string]any }
			}
		}
	}
	api.As(api.Login("secretariat@b40.demo"), `{ auditEvents(first: 100) { edges { node { changes } } } }`, nil).Decode(t, &out)
	for _, e := range out.AuditEvents.Edges {
		b, _ := json.Marshal(e.Node.Changes)
		if strings.Contains(string(b), "secret") {
			t.Errorf("the audit log leaks private content: %s", b)
		}
	}
}

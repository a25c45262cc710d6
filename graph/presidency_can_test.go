package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// viewer.can.setIndicatorTargets says who may set the term's targets (R5.1), and says what the
// mutation allows: the presidency city's admin and the secretariat may, another city's admin
// and an analyst may not (FORBIDDEN, nothing set).
func TestViewerCanSetIndicatorTargetsIsWhatTheMutationAllows(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{Showcase: true})
	var cur struct {
		Network struct {
			CurrentPresidency struct{ City struct{ Slug string } }
		}
		Indicators struct {
			Edges []struct{ Node struct{ ID, Key string } }
		}
	}
	api.As(api.Login("secretariat@b40.demo"), `{ network { currentPresidency { city { slug } } } indicators(first: 50) { edges { node { id key } } } }`, nil).Decode(t, &cur)
	presidency := cur.Network.CurrentPresidency.City.Slug
	if presidency == "" {
		t.Fatal("the demo has no current presidency")
	}
	other := "athens"
	var heat string
	for _, e := range cur.Indicators.Edges {
		if e.Node.Key == "heat-plan-coverage" {
			heat = e.Node.ID
		}
	}
	year := time.Now().Year()
	for _, c := range []struct {
		email string
		may   bool
	}{
		{seed.DemoEmail("admin", presidency), true},
		{"secretariat@b40.demo", true},
		{seed.DemoEmail("admin", other), false},
		{seed.DemoEmail("editor", presidency), false},
		{"analyst@b40.demo", false},
	} {
		tok := api.Login(c.email)
		var out struct {
			Viewer struct {
				Can struct{ SetIndicatorTargets bool }
			}
		}
		api.As(tok, `{ viewer { can { setIndicatorTargets } } }`, nil).Decode(t, &out)
		if out.Viewer.Can.SetIndicatorTargets != c.may {
			t.Errorf("%s: setIndicatorTargets = %v", c.email, out.Viewer.Can.SetIndicatorTargets)
		}
		in := map[string]any{"in": map[string]any{"indicatorId": heat, "termYear": year, "baseline": 10, "target": 80,
			"dueOn": time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)}}
		if c.may {
			if got := mutation(t, api, tok, setTarget, "setIndicatorTarget", in, nil); got != "OK" {
				t.Errorf("%s: setIndicatorTarget %s", c.email, got)
			}
		} else {
			refused(t, api, tok, setTarget, "setIndicatorTarget", in, "FORBIDDEN")
		}
	}
	var n int
	if err := api.DB.NewRaw("SELECT count(*) FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id WHERE i.key = 'heat-plan-coverage' AND t.term_year = ? AND t.target = 80", year).Scan(context.Background(), &n); err != nil || n != 1 {
		t.Errorf("targets set: %d %v", n, err)
	}
}

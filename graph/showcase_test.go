package graph_test

import (
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// A fresh `make run` shows the product at work: membership growth, indicator progress and the
// secretariat's compliance are not empty.
func TestDemoShowcaseThroughTheAPI(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{Showcase: true})
	sec := api.Login("secretariat@b40.demo")
	var out struct {
		Network struct {
			Secretariat struct {
				Compliance struct{ MeetsMinimum bool }
			}
		}
		Analytics struct {
			MembershipGrowth  []struct{ Count int }
			IndicatorProgress []struct {
				Progress struct{ Percent *float64 }
			}
		}
	}
	api.As(sec, `{ network { secretariat { compliance { meetsMinimum } } }
		analytics { membershipGrowth(interval: YEAR) { count } indicatorProgress(termYear: 2025) { progress { percent } } } }`, nil).Decode(t, &out)
	if !out.Network.Secretariat.Compliance.MeetsMinimum {
		t.Error("the sample secretariat does not meet R3.3")
	}
	if len(out.Analytics.MembershipGrowth) < 3 {
		t.Errorf("membership growth: %+v", out.Analytics.MembershipGrowth)
	}
	withPercent := 0
	for _, p := range out.Analytics.IndicatorProgress {
		if p.Progress.Percent != nil {
			withPercent++
		}
	}
	if withPercent < 3 {
		t.Errorf("indicator progress: %+v", out.Analytics.IndicatorProgress)
	}
	r := api.Query(`{ indicators { edges { node { name } } } }`, nil, apitest.Bearer(sec))
	if !strings.Contains(string(r.Data), "(sample figures)") {
		t.Errorf("sample figures are not marked: %s", r.Data)
	}
}

package indicator

import (
	"testing"
	"time"
)

func TestProgressIsRightForBothDirections(t *testing.T) {
	due := time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
	mid := time.Date(2026, 7, 2, 0, 0, 0, 0, time.UTC) // about half the term
	f := func(v float64) *float64 { return &v }
	cases := []struct {
		name                     string
		baseline, target, latest float64
		now                      time.Time
		percent                  float64
		onTrack                  bool
	}{
		{"increase, halfway at half time", 10, 20, 15, mid, 50, true},
		{"increase, behind", 10, 20, 12, mid, 20, false},
		{"decrease, halfway", 100, 60, 80, mid, 50, true},
		{"decrease, went the wrong way", 100, 60, 110, mid, -25, false},
		{"decrease, beyond the target", 100, 60, 50, mid, 125, true},
		{"due date passed, not reached", 0, 10, 9, due.AddDate(0, 1, 0), 90, false},
		{"due date passed, reached", 0, 10, 10, due.AddDate(0, 1, 0), 100, true},
	}
	for _, c := range cases {
		p := &Progress{Target: &Target{TermYear: 2026, Baseline: c.baseline, Target: c.target, DueOn: due}, Latest: f(c.latest)}
		compute(p, c.now)
		if p.Percent == nil || *p.Percent != c.percent || p.OnTrack != c.onTrack {
			t.Errorf("%s: percent %v onTrack %v", c.name, *p.Percent, p.OnTrack)
		}
	}
	none := &Progress{Target: &Target{TermYear: 2026, Baseline: 0, Target: 1, DueOn: due}}
	compute(none, mid)
	if none.Percent != nil || none.OnTrack {
		t.Error("no measurement must mean no percent and not on track")
	}
}

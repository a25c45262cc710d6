package graph_test

import (
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// Date filters name the date they range over; the old from/to still work, deprecated.
func TestDateFilterNames(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	count := func(q string, f map[string]any) int {
		var out map[string]struct{ TotalCount int }
		api.As(sec, q, map[string]any{"f": f}).Decode(t, &out)
		for _, v := range out {
			return v.TotalCount
		}
		return -1
	}
	audit := `query($f: AuditEventFilter) { auditEvents(filter: $f) { totalCount } }`
	proposals := `query($f: ProposalFilter) { proposals(filter: $f) { totalCount } }`
	future, past := "2100-01-01T00:00:00Z", "2000-01-01T00:00:00Z"
	for name, c := range map[string]struct {
		q    string
		f    map[string]any
		want func(all int) bool
	}{
		"audit atFrom future":        {audit, map[string]any{"atFrom": future}, func(all int) bool { return all == 0 }},
		"audit from future (old)":    {audit, map[string]any{"from": future}, func(all int) bool { return all == 0 }},
		"audit atTo past":            {audit, map[string]any{"atTo": past}, func(all int) bool { return all == 0 }},
		"proposals submittedFrom":    {proposals, map[string]any{"submittedFrom": future}, func(all int) bool { return all == 0 }},
		"proposals from (old)":       {proposals, map[string]any{"from": future}, func(all int) bool { return all == 0 }},
		"the new name wins":          {proposals, map[string]any{"submittedFrom": past, "from": future}, func(all int) bool { return all > 0 }},
		"proposals submittedTo past": {proposals, map[string]any{"submittedTo": past}, func(all int) bool { return all == 0 }},
	} {
		if n := count(c.q, c.f); !c.want(n) {
			t.Errorf("%s: %d", name, n)
		}
	}
	if n := count(audit, map[string]any{}); n == 0 {
		t.Error("no audit events at all: the test proves nothing")
	}
}

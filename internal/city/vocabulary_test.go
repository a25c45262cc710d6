package city

import "testing"

func TestStatusChangesAndRejoining(t *testing.T) {
	c := &City{Status: StatusActive}
	if err := c.ChangeStatus("EXPELLED"); err == nil || c.Status != StatusActive {
		t.Errorf("unknown status taken: %v %s", err, c.Status)
	}
	if c.Rejoin() {
		t.Error("an active city rejoined")
	}
	for _, s := range []Status{StatusSuspended, StatusWithdrawn, StatusActive} {
		if err := c.ChangeStatus(s); err != nil || c.Status != s {
			t.Errorf("to %s: %v %s", s, err, c.Status)
		}
	}
	_ = c.ChangeStatus(StatusSuspended)
	if c.Rejoin() || c.Status != StatusSuspended {
		t.Error("attending a summit lifted a suspension")
	}
	_ = c.ChangeStatus(StatusWithdrawn)
	if !c.Rejoin() || c.Status != StatusActive {
		t.Errorf("a withdrawn city attending a summit is ACTIVE again (R6.2): %s", c.Status)
	}
}

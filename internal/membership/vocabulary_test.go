package membership

import (
	"errors"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

func TestApplicationIsDecidedOnce(t *testing.T) {
	now := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		from Status
		d    Decision
		want Status
		code apperr.UserErrorCode
	}{
		{StatusSubmitted, Approve, StatusApproved, ""},
		{StatusSubmitted, Reject, StatusRejected, ""},
		{StatusSubmitted, "MAYBE", StatusSubmitted, apperr.CodeInvalid},
		{StatusApproved, Reject, StatusApproved, apperr.CodeConflict},
		{StatusRejected, Approve, StatusRejected, apperr.CodeConflict},
	} {
		a := &Application{Status: c.from}
		err := a.Decide(c.d, 9, nil, now)
		var ue *apperr.UserError
		got := apperr.UserErrorCode("")
		if errors.As(err, &ue) {
			got = ue.Code
		}
		if got != c.code || a.Status != c.want {
			t.Errorf("%s by %s: %s code %q; want %s code %q", c.from, c.d, a.Status, got, c.want, c.code)
		}
		if c.code == "" && (a.ReviewedAt == nil || *a.ReviewedByUserID != 9) {
			t.Errorf("review not recorded: %+v", a)
		}
	}
}

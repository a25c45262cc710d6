package workinggroup

import (
	"errors"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

func code(err error) apperr.UserErrorCode {
	var ue *apperr.UserError
	if errors.As(err, &ue) {
		return ue.Code
	}
	return ""
}

var now = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

func TestApproveNeedsTheOtherSide(t *testing.T) {
	pres, sec := SidePresidency, SideSecretariat
	cases := []struct {
		name     string
		status   Status
		proposer *Side
		mine     []Side
		approver Side
		code     apperr.UserErrorCode
	}{
		{"secretariat approves the presidency's", StatusProposed, &pres, []Side{SideSecretariat}, SideSecretariat, ""},
		{"presidency approves the secretariat's", StatusProposed, &sec, []Side{SidePresidency}, SidePresidency, ""},
		{"acting for both, approve as the other", StatusProposed, &pres, []Side{SideSecretariat, SidePresidency}, SideSecretariat, ""},
		{"proposer cannot approve", StatusProposed, &pres, []Side{SidePresidency}, "", apperr.CodeRuleViolation},
		{"already active", StatusActive, &pres, []Side{SideSecretariat}, "", apperr.CodeRuleViolation},
		{"closed", StatusClosed, &pres, []Side{SideSecretariat}, "", apperr.CodeRuleViolation},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := &Group{Status: c.status, ProposedBy: c.proposer}
			side, err := g.Approve(c.mine, 3, now)
			if code(err) != c.code || side != c.approver {
				t.Fatalf("side %q err %v; want %q code %q", side, err, c.approver, c.code)
			}
			if c.code == "" && (g.Status != StatusActive || g.ApprovedAt == nil || *g.ApprovedByUserID != 3) {
				t.Errorf("not activated: %+v", g)
			}
			if c.code != "" && g.Status != c.status {
				t.Errorf("a refused approval changed the status to %s", g.Status)
			}
		})
	}
}

func TestCloseAndActiveness(t *testing.T) {
	g := &Group{Status: StatusActive}
	if err := g.CheckActive(now); err != nil {
		t.Errorf("active group: %v", err)
	}
	yesterday := now.AddDate(0, 0, -1)
	if err := (&Group{Status: StatusActive, EndsOn: &yesterday}).CheckActive(now); code(err) != apperr.CodeRuleViolation {
		t.Errorf("a temporary group past its end is closed: %v", err)
	}
	if err := g.Close(now); err != nil || g.Status != StatusClosed || g.ClosedAt == nil {
		t.Fatalf("close: %v %+v", err, g)
	}
	if err := g.Close(now); code(err) != apperr.CodeRuleViolation {
		t.Errorf("closed twice: %v", err)
	}
	if err := (&Group{Status: StatusProposed}).CheckActive(now); code(err) != apperr.CodeRuleViolation {
		t.Errorf("a proposed group is not active: %v", err)
	}
}

func TestMeetingRequestIsAnsweredOnce(t *testing.T) {
	r := &MeetingRequest{Status: RequestPending}
	if err := r.Accept(42, 3, nil, now); err != nil || r.Status != RequestAccepted || *r.MeetingID != 42 || r.RespondedAt == nil {
		t.Fatalf("accept: %v %+v", err, r)
	}
	if err := r.Decline(3, nil, now); code(err) != apperr.CodeConflict || r.Status != RequestAccepted {
		t.Errorf("answered twice: %v %s", err, r.Status)
	}
	d := &MeetingRequest{Status: RequestPending}
	if err := d.Decline(3, nil, now); err != nil || d.Status != RequestDeclined || d.MeetingID != nil {
		t.Errorf("decline: %v %+v", err, d)
	}
	if err := d.Accept(1, 3, nil, now); code(err) != apperr.CodeConflict {
		t.Errorf("accepted after declining: %v", err)
	}
}

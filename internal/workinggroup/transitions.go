package workinggroup

import (
	"strings"
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

// Approve activates a PROPOSED group for one of the sides the approver acts for: R4.5 needs
// the presidency and the secretariat to agree, so the side that proposed it cannot approve it.
// It returns the approving side.
func (g *Group) Approve(mine []Side, by int64, now time.Time) (Side, error) {
	if g.Status != StatusProposed {
		return "", apperr.User(apperr.CodeRuleViolation, []string{"workingGroupId"}, "the group is %s, not awaiting approval", g.Status)
	}
	var other Side
	for _, side := range mine {
		if g.ProposedBy == nil || side != *g.ProposedBy {
			other = side
		}
	}
	if other == "" {
		return "", apperr.User(apperr.CodeRuleViolation, []string{"workingGroupId"},
			"R4.5: a new group needs agreement between the presidency and the secretariat; the %s proposed it, so the other side approves", strings.ToLower(string(*g.ProposedBy)))
	}
	g.Status, g.ApprovedAt, g.ApprovedByUserID = StatusActive, &now, &by
	return other, nil
}

// Close ends the group.
func (g *Group) Close(now time.Time) error {
	if g.Status == StatusClosed {
		return apperr.User(apperr.CodeRuleViolation, []string{"workingGroupId"}, "the group is already closed")
	}
	g.Status, g.ClosedAt = StatusClosed, &now
	return nil
}

// CheckActive says whether the group works today: ACTIVE, and a temporary one not past its end.
func (g *Group) CheckActive(now time.Time) error {
	if st := g.EffectiveStatus(now); st != StatusActive {
		return apperr.User(apperr.CodeRuleViolation, []string{"workingGroupId"}, "the group is %s", st)
	}
	return nil
}

// Decline answers a PENDING request for an extra meeting with no.
func (r *MeetingRequest) Decline(by int64, note *string, now time.Time) error {
	if err := r.checkPending(); err != nil {
		return err
	}
	r.Status, r.RespondedAt, r.RespondedByUserID, r.ResponseNote = RequestDeclined, &now, &by, note
	return nil
}

// Accept answers a PENDING request with the extra meeting scheduled for it (R4.4).
func (r *MeetingRequest) Accept(meetingID, by int64, note *string, now time.Time) error {
	if err := r.checkPending(); err != nil {
		return err
	}
	r.Status, r.MeetingID, r.RespondedAt, r.RespondedByUserID, r.ResponseNote = RequestAccepted, &meetingID, &now, &by, note
	return nil
}

func (r *MeetingRequest) checkPending() error {
	if r.Status != RequestPending {
		return apperr.User(apperr.CodeConflict, []string{"requestId"}, "the request was already answered (%s)", r.Status)
	}
	return nil
}

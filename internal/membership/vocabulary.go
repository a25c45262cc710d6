package membership

import (
	"strings"
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

// Status is where a membership application stands; the schema's MembershipApplicationStatus
// binds to it.
type Status string

const (
	StatusSubmitted Status = "SUBMITTED"
	StatusApproved  Status = "APPROVED"
	StatusRejected  Status = "REJECTED"
)

// Statuses lists every Status.
var Statuses = []Status{StatusSubmitted, StatusApproved, StatusRejected}

// Decision is the secretariat's answer to an application.
type Decision string

const (
	Approve Decision = "APPROVE"
	Reject  Decision = "REJECT"
)

// Decide records the secretariat's decision on a SUBMITTED application.
func (a *Application) Decide(d Decision, by int64, note *string, now time.Time) error {
	if a.Status != StatusSubmitted {
		return apperr.User(apperr.CodeConflict, []string{"applicationId"}, "the application was already %s", strings.ToLower(string(a.Status)))
	}
	switch d {
	case Approve:
		a.Status = StatusApproved
	case Reject:
		a.Status = StatusRejected
	default:
		return apperr.User(apperr.CodeInvalid, []string{"decision"}, "decision is APPROVE or REJECT")
	}
	a.ReviewedAt, a.ReviewedByUserID, a.ReviewNote = &now, &by, note
	return nil
}

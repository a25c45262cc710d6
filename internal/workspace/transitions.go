package workspace

import (
	"slices"
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

// checkVisibility reads an optional visibility, def when none is given.
func checkVisibility(v *Visibility, def Visibility) (Visibility, error) {
	if v == nil {
		return def, nil
	}
	if !slices.Contains(Visibilities, *v) {
		return "", apperr.User(apperr.CodeInvalid, []string{"visibility"}, "visibility is PRIVATE, NETWORK or PUBLIC")
	}
	return *v, nil
}

// CheckEditable says whether the proposal's content may change: only a DRAFT's.
func (p *Proposal) CheckEditable() error {
	if p.Status != ProposalDraft {
		return apperr.User(apperr.CodeRuleViolation, []string{"proposalId"}, "only a DRAFT proposal can be edited; this one is %s", p.Status)
	}
	return nil
}

// Submit sends a DRAFT to the network (DRAFT -> SUBMITTED); the network must be able to see it.
func (p *Proposal) Submit(now time.Time) error {
	if p.Status != ProposalDraft {
		return apperr.User(apperr.CodeRuleViolation, []string{"proposalId"}, "only a DRAFT can be submitted; this one is %s", p.Status)
	}
	if p.Visibility == VisibilityPrivate {
		return apperr.User(apperr.CodeInvalid, []string{"visibility"}, "a proposal to the network is visible to it: set visibility NETWORK or PUBLIC first")
	}
	p.Status, p.SubmittedAt = ProposalSubmitted, &now
	return nil
}

// Withdraw takes the proposal back, any time before a decision.
func (p *Proposal) Withdraw() error {
	if !p.Undecided() && p.Status != ProposalDraft {
		return apperr.User(apperr.CodeRuleViolation, []string{"proposalId"}, "a %s proposal can no longer be withdrawn", p.Status)
	}
	p.Status = ProposalWithdrawn
	return nil
}

// Undecided reports whether the proposal awaits the network's decision.
func (p *Proposal) Undecided() bool {
	return p.Status == ProposalSubmitted || p.Status == ProposalUnderReview
}

// CheckEndorsable says whether other cities may endorse the proposal: only while it awaits a
// decision.
func (p *Proposal) CheckEndorsable() error {
	if !p.Undecided() {
		return apperr.User(apperr.CodeRuleViolation, []string{"proposalId"}, "only proposals awaiting a decision are endorsed; this one is %s", p.Status)
	}
	return nil
}

// Review moves a submitted proposal: SUBMITTED -> UNDER_REVIEW, and SUBMITTED or UNDER_REVIEW
// -> ACCEPTED or DECLINED, recording who decided and when.
func (p *Proposal) Review(decision ReviewDecision, by int64, note *string, now time.Time) error {
	switch {
	case decision == ReviewUnderReview && p.Status == ProposalSubmitted:
		p.Status = ProposalUnderReview
	case decision == ReviewAccept && p.Undecided():
		p.Status, p.DecidedAt, p.DecidedByUserID = ProposalAccepted, &now, &by
	case decision == ReviewDecline && p.Undecided():
		p.Status, p.DecidedAt, p.DecidedByUserID = ProposalDeclined, &now, &by
	default:
		return apperr.User(apperr.CodeRuleViolation, []string{"decision"}, "a %s proposal cannot be moved by %s", p.Status, decision)
	}
	p.DecisionNote = note
	return nil
}

// Progress is one update of an implementation.
type Progress struct {
	Status       *ImplementationStatus
	Progress     *int
	Note         *string
	EvidenceURLs []string
	Visibility   *Visibility
}

// Update applies one timeline entry. COMPLETED means progress 100; SUSPENDED and NOT_PURSUED
// keep the progress reached; COMPLETED and NOT_PURSUED are final (commit again to start over).
func (im *Implementation) Update(in Progress) error {
	if im.Status.Final() {
		return apperr.User(apperr.CodeRuleViolation, []string{"implementationId"}, "a %s implementation is closed; commit again to start over", im.Status)
	}
	status := im.Status
	if in.Status != nil {
		if !slices.Contains(ImplementationStatuses, *in.Status) {
			return apperr.User(apperr.CodeInvalid, []string{"status"}, "unknown status %q", *in.Status)
		}
		status = *in.Status
	}
	progress := im.Progress
	if in.Progress != nil {
		if *in.Progress < 0 || *in.Progress > 100 {
			return apperr.User(apperr.CodeInvalid, []string{"progress"}, "progress is 0 to 100")
		}
		progress = *in.Progress
	}
	switch status {
	case ImplementationCompleted:
		if in.Progress != nil && *in.Progress != 100 {
			return apperr.User(apperr.CodeInvalid, []string{"progress"}, "COMPLETED means progress 100")
		}
		progress = 100
	case ImplementationSuspended, ImplementationNotPursued:
		if in.Progress != nil && *in.Progress != im.Progress {
			return apperr.User(apperr.CodeInvalid, []string{"progress"}, "%s keeps the progress reached (%d)", status, im.Progress)
		}
	}
	vis, err := checkVisibility(in.Visibility, im.Visibility)
	if err != nil {
		return err
	}
	im.Status, im.Progress, im.Visibility = status, progress, vis
	return nil
}

// Publish shares a DRAFT practice with those its visibility allows.
func (p *Practice) Publish(now time.Time) error {
	if p.Status == PracticePublished {
		return apperr.User(apperr.CodeRuleViolation, []string{"practiceId"}, "the practice is already published")
	}
	p.Status, p.PublishedAt = PracticePublished, &now
	return nil
}

// Unpublish takes a PUBLISHED practice back to DRAFT.
func (p *Practice) Unpublish() error {
	if p.Status != PracticePublished {
		return apperr.User(apperr.CodeRuleViolation, []string{"practiceId"}, "the practice is not published")
	}
	p.Status, p.PublishedAt = PracticeDraft, nil
	return nil
}

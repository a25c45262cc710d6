package workspace

// Visibility says who sees a workspace item (contract "Roles and who sees what"); the schema's
// Visibility enum binds to it and the CHECK constraints of the workspace tables list the same
// values (a test holds the three together).
type Visibility string

const (
	VisibilityPrivate Visibility = "PRIVATE"
	VisibilityNetwork Visibility = "NETWORK"
	VisibilityPublic  Visibility = "PUBLIC"
)

// Visibilities lists every Visibility.
var Visibilities = []Visibility{VisibilityPrivate, VisibilityNetwork, VisibilityPublic}

// ProposalStatus is where a proposal is on its way to a decision.
type ProposalStatus string

const (
	ProposalDraft       ProposalStatus = "DRAFT"
	ProposalSubmitted   ProposalStatus = "SUBMITTED"
	ProposalUnderReview ProposalStatus = "UNDER_REVIEW"
	ProposalAccepted    ProposalStatus = "ACCEPTED"
	ProposalDeclined    ProposalStatus = "DECLINED"
	ProposalWithdrawn   ProposalStatus = "WITHDRAWN"
)

// ProposalStatuses lists every ProposalStatus.
var ProposalStatuses = []ProposalStatus{ProposalDraft, ProposalSubmitted, ProposalUnderReview, ProposalAccepted, ProposalDeclined, ProposalWithdrawn}

// ReviewDecision is what a reviewer does with a submitted proposal.
type ReviewDecision string

const (
	ReviewUnderReview ReviewDecision = "UNDER_REVIEW"
	ReviewAccept      ReviewDecision = "ACCEPT"
	ReviewDecline     ReviewDecision = "DECLINE"
)

// ImplementationStatus is how far a city's voluntary implementation has come.
type ImplementationStatus string

const (
	ImplementationPlanned    ImplementationStatus = "PLANNED"
	ImplementationInProgress ImplementationStatus = "IN_PROGRESS"
	ImplementationCompleted  ImplementationStatus = "COMPLETED"
	ImplementationSuspended  ImplementationStatus = "SUSPENDED"
	ImplementationNotPursued ImplementationStatus = "NOT_PURSUED"
)

// ImplementationStatuses lists every ImplementationStatus.
var ImplementationStatuses = []ImplementationStatus{ImplementationPlanned, ImplementationInProgress, ImplementationCompleted, ImplementationSuspended, ImplementationNotPursued}

// Final reports whether an implementation in this status takes no more updates.
func (s ImplementationStatus) Final() bool {
	return s == ImplementationCompleted || s == ImplementationNotPursued
}

// PracticeStatus is whether a practice is shared yet.
type PracticeStatus string

const (
	PracticeDraft     PracticeStatus = "DRAFT"
	PracticePublished PracticeStatus = "PUBLISHED"
)

// PracticeStatuses lists every PracticeStatus.
var PracticeStatuses = []PracticeStatus{PracticeDraft, PracticePublished}

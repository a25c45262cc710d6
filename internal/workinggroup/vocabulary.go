package workinggroup

// Kind says whether a working group is permanent or has an end date (R5.1).
type Kind string

const (
	KindPermanent Kind = "PERMANENT"
	KindTemporary Kind = "TEMPORARY"
)

// Kinds lists every Kind.
var Kinds = []Kind{KindPermanent, KindTemporary}

// Status is a working group's life cycle.
type Status string

const (
	StatusProposed Status = "PROPOSED"
	StatusActive   Status = "ACTIVE"
	StatusClosed   Status = "CLOSED"
)

// Statuses lists every Status.
var Statuses = []Status{StatusProposed, StatusActive, StatusClosed}

// Side is who proposed a working group: the presidency or the secretariat (R5.1).
type Side string

const (
	SidePresidency  Side = "PRESIDENCY"
	SideSecretariat Side = "SECRETARIAT"
)

// Sides lists every Side.
var Sides = []Side{SidePresidency, SideSecretariat}

// MeetingKind is a meeting's kind (R5.2, R5.3).
type MeetingKind string

const (
	MeetingRegular  MeetingKind = "REGULAR"
	MeetingExtra    MeetingKind = "EXTRA"
	MeetingInPerson MeetingKind = "IN_PERSON"
)

// MeetingKinds lists every MeetingKind.
var MeetingKinds = []MeetingKind{MeetingRegular, MeetingExtra, MeetingInPerson}

// RequestStatus is where a member city's request for an extra meeting stands (R5.3).
type RequestStatus string

const (
	RequestPending  RequestStatus = "PENDING"
	RequestAccepted RequestStatus = "ACCEPTED"
	RequestDeclined RequestStatus = "DECLINED"
)

// RequestStatuses lists every RequestStatus.
var RequestStatuses = []RequestStatus{RequestPending, RequestAccepted, RequestDeclined}

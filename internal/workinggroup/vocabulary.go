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
	// MeetingSummitSession is a group's session during the annual summit: it does not reset
	// the quarterly clock.
	MeetingSummitSession MeetingKind = "SUMMIT_SESSION"
)

// MeetingKinds lists every MeetingKind.
var MeetingKinds = []MeetingKind{MeetingRegular, MeetingExtra, MeetingInPerson, MeetingSummitSession}

// RequestStatus is where a member city's request for an extra meeting stands (R5.3).
type RequestStatus string

const (
	RequestPending  RequestStatus = "PENDING"
	RequestAccepted RequestStatus = "ACCEPTED"
	RequestDeclined RequestStatus = "DECLINED"
)

// RequestStatuses lists every RequestStatus.
var RequestStatuses = []RequestStatus{RequestPending, RequestAccepted, RequestDeclined}

// MeetingStatus says whether a meeting still takes place.
type MeetingStatus string

const (
	MeetingScheduled MeetingStatus = "SCHEDULED"
	MeetingCancelled MeetingStatus = "CANCELLED"
)

// MeetingStatuses lists every MeetingStatus.
var MeetingStatuses = []MeetingStatus{MeetingScheduled, MeetingCancelled}

// RSVP is a person's answer to a meeting's invitation.
type RSVP string

const (
	RSVPGoing    RSVP = "GOING"
	RSVPNotGoing RSVP = "NOT_GOING"
	RSVPMaybe    RSVP = "MAYBE"
)

// RSVPs lists every RSVP.
var RSVPs = []RSVP{RSVPGoing, RSVPNotGoing, RSVPMaybe}

// Presence is what the lead side recorded of a person after the meeting.
type Presence string

const (
	PresencePresent Presence = "PRESENT"
	PresenceRemote  Presence = "REMOTE"
	PresenceExcused Presence = "EXCUSED"
	PresenceAbsent  Presence = "ABSENT"
)

// Presences lists every Presence.
var Presences = []Presence{PresencePresent, PresenceRemote, PresenceExcused, PresenceAbsent}

// Attended reports whether p counts the person (and so their city) as attending.
func (p Presence) Attended() bool { return p == PresencePresent || p == PresenceRemote }

// MinutesStatus is where a meeting's minutes stand.
type MinutesStatus string

const (
	MinutesDraft    MinutesStatus = "DRAFT"
	MinutesApproved MinutesStatus = "APPROVED"
)

// MinutesStatuses lists every MinutesStatus.
var MinutesStatuses = []MinutesStatus{MinutesDraft, MinutesApproved}

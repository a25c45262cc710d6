package presidency

// TermStatus is where a presidency term stands in time (derived from its year, never stored).
type TermStatus string

const (
	TermUpcoming  TermStatus = "UPCOMING"
	TermActive    TermStatus = "ACTIVE"
	TermCompleted TermStatus = "COMPLETED"
)

// ElectionStatus is where a presidency election stands (R3.3).
type ElectionStatus string

const (
	ElectionOpen    ElectionStatus = "OPEN"
	ElectionRunoff  ElectionStatus = "RUNOFF"
	ElectionDecided ElectionStatus = "DECIDED"
	ElectionClosed  ElectionStatus = "CLOSED"
)

// ElectionStatuses lists every ElectionStatus.
var ElectionStatuses = []ElectionStatus{ElectionOpen, ElectionRunoff, ElectionDecided, ElectionClosed}

package network

import "slices"

// Position is a secretariat post (R3.3).
type Position string

const (
	PositionNetworkSecretary Position = "NETWORK_SECRETARY"
	PositionExpert           Position = "EXPERT"
)

// Positions lists every Position.
var Positions = []Position{PositionNetworkSecretary, PositionExpert}

// CEFRLevel is a language level on the Common European Framework scale.
type CEFRLevel string

const (
	A1 CEFRLevel = "A1"
	A2 CEFRLevel = "A2"
	B1 CEFRLevel = "B1"
	B2 CEFRLevel = "B2"
	C1 CEFRLevel = "C1"
	C2 CEFRLevel = "C2"
)

// CEFRLevels lists every level, lowest first.
var CEFRLevels = []CEFRLevel{A1, A2, B1, B2, C1, C2}

// AtLeast reports whether l is level min or above.
func (l CEFRLevel) AtLeast(min CEFRLevel) bool {
	return slices.Index(CEFRLevels, l) >= slices.Index(CEFRLevels, min)
}

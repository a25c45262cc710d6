package city

import (
	"slices"

	"github.com/b40-network/workspace/internal/apperr"
)

// Status is a member city's standing (R1); the schema's CityStatus binds to it.
type Status string

const (
	StatusActive    Status = "ACTIVE"
	StatusSuspended Status = "SUSPENDED"
	StatusWithdrawn Status = "WITHDRAWN"
)

// Statuses lists every Status.
var Statuses = []Status{StatusActive, StatusSuspended, StatusWithdrawn}

// JoinRoute is how a city became a member (R1.2).
type JoinRoute string

const (
	JoinFounding    JoinRoute = "FOUNDING"
	JoinSummit      JoinRoute = "SUMMIT"
	JoinApplication JoinRoute = "APPLICATION"
)

// JoinRoutes lists every JoinRoute.
var JoinRoutes = []JoinRoute{JoinFounding, JoinSummit, JoinApplication}

// ChangeStatus moves a member city to status: the secretariat suspends, reinstates or records a
// withdrawal; moving to the status it has changes nothing.
func (c *City) ChangeStatus(to Status) error {
	if !slices.Contains(Statuses, to) {
		return apperr.User(apperr.CodeInvalid, []string{"status"}, "unknown status %q", to)
	}
	c.Status = to
	return nil
}

// Rejoin is a withdrawn city's return by attending a summit (R6.2): it becomes ACTIVE again.
// It reports whether the city had withdrawn.
func (c *City) Rejoin() bool {
	if c.Status != StatusWithdrawn {
		return false
	}
	c.Status = StatusActive
	return true
}

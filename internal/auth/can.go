package auth

import "github.com/b40-network/workspace/internal/gid"

// Can is what a viewer may do, for the app (Viewer.can in the API): each answer is the method
// the services themselves check, so a client shows what the server allows and never re-derives
// roles from memberships.
type Can struct {
	ReviewApplications   bool
	ManageNetwork        bool
	RunElections         bool
	ViewAnalytics        bool
	ReviewProposals      bool
	ManageSecretariat    bool
	ApproveWorkingGroups bool
	SetIndicatorTargets  bool
	// ManageMail: see every outgoing mail and retry failed deliveries (the secretariat).
	ManageMail bool
	// EditCityIDs and AdminCityIDs are the global IDs of the cities whose workspace v writes
	// and which v administers.
	EditCityIDs  []string
	AdminCityIDs []string
	// GrantCityRoles and GrantNetworkRoles are the roles v may give people (inviteUser,
	// setUserRole), by the check those mutations make: the secretariat every role, a city admin
	// the city roles (in its cities).
	GrantCityRoles    []Role
	GrantNetworkRoles []Role
}

// ActsForSecretariat reports whether v may act for the permanent secretariat (membership
// applications, summits, elections, staff, working-group approvals): a signed-in member of
// the secretariat, never through a read-only API token.
func (v *Viewer) ActsForSecretariat() bool { return v != nil && !v.APIToken && v.IsSecretariat() }

// CanViewAnalytics reports whether v reads the network's analytics: the secretariat, analysts
// and the presidency.
func (v *Viewer) CanViewAnalytics() bool {
	return v.IsSecretariat() || v.IsAnalyst() || v.IsPresidency()
}

// CanReviewProposals reports whether v reviews proposals: the secretariat or the presidency
// (which does not decide on its own city's; the service checks that per proposal).
func (v *Viewer) CanReviewProposals() bool {
	return v != nil && !v.APIToken && (v.IsSecretariat() || v.IsPresidency())
}

// CanSetIndicatorTargets reports whether v defines indicators and sets the term's targets:
// the presidency and the secretariat (R5.1), never through a read-only API token.
func (v *Viewer) CanSetIndicatorTargets() bool {
	return v != nil && !v.APIToken && (v.IsSecretariat() || v.IsPresidency())
}

// CanApproveWorkingGroups reports whether v takes a side in R4.5's two-sided approval of a new
// working group: the secretariat or the presidency (each approves what the other proposed; the
// service checks the side per group), never through a read-only API token.
func (v *Viewer) CanApproveWorkingGroups() bool {
	return v != nil && !v.APIToken && (v.IsSecretariat() || v.IsPresidency())
}

// Can answers Viewer.can.
func (v *Viewer) Can() *Can {
	sec := v.ActsForSecretariat()
	c := &Can{
		ReviewApplications: sec, ManageNetwork: sec, RunElections: sec, ManageSecretariat: sec, ApproveWorkingGroups: v.CanApproveWorkingGroups(), ManageMail: sec,
		ViewAnalytics: v.CanViewAnalytics(), ReviewProposals: v.CanReviewProposals(), SetIndicatorTargets: v.CanSetIndicatorTargets(),
		EditCityIDs: []string{}, AdminCityIDs: []string{}, GrantCityRoles: []Role{}, GrantNetworkRoles: []Role{},
	}
	if v == nil {
		return c
	}
	c.GrantNetworkRoles, c.GrantCityRoles = v.grantRoles()
	for _, m := range v.Memberships {
		if v.CanEdit(m.CityID) {
			c.EditCityIDs = append(c.EditCityIDs, gid.Encode(gid.City, m.CityID))
		}
		if v.IsCityAdmin(m.CityID) {
			c.AdminCityIDs = append(c.AdminCityIDs, gid.Encode(gid.City, m.CityID))
		}
	}
	return c
}

// grantRoles lists the roles checkGrant lets v give somewhere: network roles with no city, city
// roles in a city v manages. A read-only API token gives none.
func (v *Viewer) grantRoles() (network, city []Role) {
	network, city = []Role{}, []Role{}
	if v.APIToken {
		return network, city
	}
	for _, r := range NetworkRoles {
		if checkGrant(v, r, nil) == nil {
			network = append(network, r)
		}
	}
	cities := v.AdminCityIDs()
	if v.IsSecretariat() && len(cities) == 0 {
		cities = []int64{0} // the secretariat manages every city
	}
	for _, r := range CityRoles {
		for _, id := range cities {
			if checkGrant(v, r, &id) == nil {
				city = append(city, r)
				break
			}
		}
	}
	return network, city
}

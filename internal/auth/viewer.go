// Package auth holds users, passwords, sessions, API tokens, invitations and the viewer: who
// is calling and what they may do.
package auth

import (
	"context"
	"slices"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/db"
)

// Membership is a role in one city.
type Membership struct {
	CityID int64 `json:"cityId"`
	Role   Role  `json:"role"`
}

// Viewer is the authenticated caller. A nil *Viewer is the anonymous public.
type Viewer struct {
	UserID      int64
	Email       string
	Name        string
	NetworkRole Role // SECRETARIAT, ANALYST or ""
	Memberships []Membership
	SessionID   int64
	// APIToken is set when the caller used an API token: a read-only scope.
	APIToken bool
	// PresidencyCityID is the city holding the current year's term, if any.
	PresidencyCityID int64
}

type viewerKey struct{}

// NewContext returns ctx carrying v, and v's database scope.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return db.NewContext(context.WithValue(ctx, viewerKey{}, v), v.Scope())
}

// FromContext returns the viewer, or nil for the anonymous public.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(viewerKey{}).(*Viewer)
	return v
}

// Scope is what row-level security needs to know of v.
func (v *Viewer) Scope() db.Scope {
	if v == nil {
		return db.Scope{}
	}
	s := db.Scope{UserID: v.UserID, NetworkRole: string(v.NetworkRole), Secretariat: v.IsSecretariat()}
	for _, m := range v.Memberships {
		s.CityIDs = append(s.CityIDs, m.CityID)
		if v.APIToken {
			continue // API tokens only read
		}
		if m.Role == RoleCityAdmin || m.Role == RoleCityEditor {
			s.EditorCityIDs = append(s.EditorCityIDs, m.CityID)
		}
		if m.Role == RoleCityAdmin {
			s.AdminCityIDs = append(s.AdminCityIDs, m.CityID)
		}
	}
	s.Presidency = v.IsPresidency()
	return s
}

// NetworkReadScope is the one scope in which figures shared between callers are computed (the
// live annual report, analytics): the secretariat's read scope, with no user, so the answer is
// the same whoever asks first. It reads NETWORK and PUBLIC items of every city, never another
// city's PRIVATE items or drafts.
func NetworkReadScope() db.Scope {
	return db.Scope{NetworkRole: string(RoleSecretariat), Secretariat: true}
}

// RoleIn returns v's role in city, or "".
func (v *Viewer) RoleIn(cityID int64) Role {
	if v == nil {
		return ""
	}
	for _, m := range v.Memberships {
		if m.CityID == cityID {
			return m.Role
		}
	}
	return ""
}

// IsSecretariat reports whether v acts for the permanent secretariat.
func (v *Viewer) IsSecretariat() bool { return v != nil && v.NetworkRole == RoleSecretariat }

// IsAnalyst reports whether v has the read-only network scope.
func (v *Viewer) IsAnalyst() bool { return v != nil && v.NetworkRole == RoleAnalyst }

// IsCityAdmin reports whether v administers city.
func (v *Viewer) IsCityAdmin(cityID int64) bool {
	return v != nil && !v.APIToken && v.RoleIn(cityID) == RoleCityAdmin
}

// CanEdit reports whether v writes city's workspace.
func (v *Viewer) CanEdit(cityID int64) bool {
	r := v.RoleIn(cityID)
	return v != nil && !v.APIToken && (r == RoleCityAdmin || r == RoleCityEditor)
}

// IsMember reports whether v has any role in city.
func (v *Viewer) IsMember(cityID int64) bool { return v.RoleIn(cityID) != "" }

// IsPresidency: the CITY_ADMINs of the city holding the current term act for the presidency
// (contract; derived each request, never stored on the user).
func (v *Viewer) IsPresidency() bool {
	return v != nil && v.PresidencyCityID != 0 && v.IsCityAdmin(v.PresidencyCityID)
}

// AdminCityIDs lists the cities v administers.
func (v *Viewer) AdminCityIDs() []int64 { return v.Scope().AdminCityIDs }

// CityIDs lists the cities where v has a role.
func (v *Viewer) CityIDs() []int64 { return v.Scope().CityIDs }

// RequireUser fails closed: no viewer, no access.
func RequireUser(ctx context.Context) (*Viewer, error) {
	v := FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	return v, nil
}

// RequireWriter is RequireUser for mutations: API tokens are read-only scopes.
func RequireWriter(ctx context.Context) (*Viewer, error) {
	v, err := RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	if v.APIToken {
		return nil, apperr.New(apperr.Forbidden, "API tokens are read-only; sign in to change data")
	}
	return v, nil
}

// RequireSecretariat allows the secretariat only.
func RequireSecretariat(ctx context.Context) (*Viewer, error) {
	v, err := RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.ActsForSecretariat() {
		return nil, apperr.ErrForbidden
	}
	return v, nil
}

// NetworkRoles lists v's network roles, for the viewer query.
func (v *Viewer) NetworkRoles() []Role {
	if v == nil || v.NetworkRole == "" {
		return []Role{}
	}
	return []Role{v.NetworkRole}
}

// ManagesCity reports whether v may manage city's people.
func (v *Viewer) ManagesCity(cityID int64) bool {
	return v.IsSecretariat() || slices.Contains(v.AdminCityIDs(), cityID)
}

// CityMemberships are the viewer's roles in cities, as memberships of its user.
func (v *Viewer) CityMemberships() []*CityMembership {
	out := make([]*CityMembership, len(v.Memberships))
	for i, m := range v.Memberships {
		out[i] = &CityMembership{CityID: m.CityID, UserID: v.UserID, Role: m.Role}
	}
	return out
}

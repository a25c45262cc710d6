package auth

import (
	"errors"
	"slices"
	"testing"

	"github.com/b40-network/workspace/internal/apperr"
)

var (
	athens, tirana int64 = 1, 2
	secretariat          = &Viewer{UserID: 1, NetworkRole: RoleSecretariat}
	athensAdmin          = &Viewer{UserID: 2, Memberships: []Membership{{CityID: athens, Role: RoleCityAdmin}}, PresidencyCityID: athens}
	tiranaEditor         = &Viewer{UserID: 3, Memberships: []Membership{{CityID: tirana, Role: RoleCityEditor}}, PresidencyCityID: athens}
	athensToken          = &Viewer{UserID: 2, APIToken: true, Memberships: []Membership{{CityID: athens, Role: RoleCityAdmin}}, PresidencyCityID: athens}
)

// Who may grant which role where: the secretariat anything, a city admin city roles in its own
// cities only; network roles take no city and city roles need one.
func TestCheckGrant(t *testing.T) {
	cases := []struct {
		name string
		v    *Viewer
		role Role
		city *int64
		want string // "" allowed, FORBIDDEN, or the userError field
	}{
		{"secretariat grants a network role", secretariat, RoleAnalyst, nil, ""},
		{"secretariat grants a city role", secretariat, RoleCityViewer, &tirana, ""},
		{"admin grants in its city", athensAdmin, RoleCityEditor, &athens, ""},
		{"admin grants in another city", athensAdmin, RoleCityEditor, &tirana, "FORBIDDEN"},
		{"admin grants a network role", athensAdmin, RoleSecretariat, nil, "FORBIDDEN"},
		{"editor grants", tiranaEditor, RoleCityViewer, &tirana, "FORBIDDEN"},
		{"city role without a city", secretariat, RoleCityAdmin, nil, "cityId"},
		{"network role with a city", secretariat, RoleAnalyst, &athens, "cityId"},
		{"unknown role", secretariat, "MAYOR", nil, "role"},
	}
	for _, c := range cases {
		err := checkGrant(c.v, c.role, c.city)
		var got string
		var ue *apperr.UserError
		switch {
		case err == nil:
		case errors.As(err, &ue):
			got = ue.Field[0]
		case errors.Is(err, apperr.ErrForbidden):
			got = "FORBIDDEN"
		default:
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// The viewer's powers, and the scope row-level security receives: an API token only reads, the
// presidency is the term city's admins.
func TestViewerPowersAndScope(t *testing.T) {
	if !athensAdmin.IsPresidency() || tiranaEditor.IsPresidency() || athensToken.IsPresidency() {
		t.Error("the presidency is the term city's CITY_ADMINs, signed in (not through a token)")
	}
	if !athensAdmin.CanEdit(athens) || athensAdmin.CanEdit(tirana) || athensToken.CanEdit(athens) || !tiranaEditor.CanEdit(tirana) {
		t.Error("editing is the city's admins and editors, never a token")
	}
	if s := athensToken.Scope(); len(s.EditorCityIDs) != 0 || len(s.AdminCityIDs) != 0 || !slices.Equal(s.CityIDs, []int64{athens}) || s.Presidency {
		t.Errorf("a token's scope reads only: %+v", s)
	}
	if s := athensAdmin.Scope(); !slices.Equal(s.AdminCityIDs, []int64{athens}) || !s.Presidency || s.Secretariat {
		t.Errorf("an admin's scope: %+v", s)
	}
	if s := secretariat.Scope(); !s.Secretariat || s.NetworkRole != string(RoleSecretariat) {
		t.Errorf("the secretariat's scope: %+v", s)
	}
	if s := (*Viewer)(nil).Scope(); !s.IsPublic() {
		t.Errorf("the anonymous public's scope: %+v", s)
	}
	if !RoleCityViewer.IsCity() || RoleAnalyst.IsCity() {
		t.Error("city roles")
	}
}

// Viewer.can.grantNetworkRoles and grantCityRoles follow checkGrant: the secretariat every role, a city admin the city
// roles, an editor and a read-only token none.
func TestCanGrantRoles(t *testing.T) {
	cases := []struct {
		name          string
		v             *Viewer
		network, city []Role
	}{
		{"secretariat", secretariat, []Role{RoleSecretariat, RoleAnalyst}, []Role{RoleCityAdmin, RoleCityEditor, RoleCityViewer}},
		{"city admin", athensAdmin, []Role{}, []Role{RoleCityAdmin, RoleCityEditor, RoleCityViewer}},
		{"city editor", tiranaEditor, []Role{}, []Role{}},
		{"admin's API token", athensToken, []Role{}, []Role{}},
		{"anonymous", nil, []Role{}, []Role{}},
	}
	for _, c := range cases {
		can := c.v.Can()
		if !slices.Equal(can.GrantNetworkRoles, c.network) || !slices.Equal(can.GrantCityRoles, c.city) {
			t.Errorf("%s: network %v city %v, want %v and %v", c.name, can.GrantNetworkRoles, can.GrantCityRoles, c.network, c.city)
		}
	}
}

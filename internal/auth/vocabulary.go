package auth

// Role is a person's or a token's role (contract "Roles and who sees what"). The schema's Role,
// CityRole, NetworkRole and ApiTokenRole enums all bind to it; each lists the subset it allows.
type Role string

const (
	RoleSecretariat Role = "SECRETARIAT"
	RoleAnalyst     Role = "ANALYST"
	RoleCityAdmin   Role = "CITY_ADMIN"
	RoleCityEditor  Role = "CITY_EDITOR"
	RoleCityViewer  Role = "CITY_VIEWER"
)

// CityRoles and NetworkRoles list the roles held in one city and across the network.
var (
	CityRoles    = []Role{RoleCityAdmin, RoleCityEditor, RoleCityViewer}
	NetworkRoles = []Role{RoleSecretariat, RoleAnalyst}
)

// IsCity reports whether r is one of the per-city roles.
func (r Role) IsCity() bool {
	return r == RoleCityAdmin || r == RoleCityEditor || r == RoleCityViewer
}

// UserStatus says whether an account may sign in.
type UserStatus string

const (
	UserActive      UserStatus = "ACTIVE"
	UserDeactivated UserStatus = "DEACTIVATED"
)

// UserStatuses lists every UserStatus.
var UserStatuses = []UserStatus{UserActive, UserDeactivated}

// sessionKind tells a sign-in session from an API token; both live in the session table.
type sessionKind string

const (
	kindSession  sessionKind = "SESSION"
	kindAPIToken sessionKind = "API_TOKEN"
)

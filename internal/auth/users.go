package auth

import (
	"context"
	"strings"
	"time"

	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/page"
)

// User is a person with an account.
type User struct {
	bun.BaseModel `bun:"table:app_user,alias:u"`

	ID          int64      `bun:"id,pk,autoincrement"`
	Email       string     `bun:"email"`
	Name        string     `bun:"name"`
	Status      UserStatus `bun:"status"`
	NetworkRole *Role      `bun:"network_role"`
	CreatedAt   time.Time  `bun:"created_at,nullzero,default:now()"`
	UpdatedAt   time.Time  `bun:"updated_at,nullzero,default:now()"`
	ListTotal   int        `bun:"b40_page_total,scanonly"` // page.Totaled
}

// PageTotal is the count of the people's list a first page was read from (page.Totaled).
func (u *User) PageTotal() int { return u.ListTotal }

// CityMembership is a user's role in a city.
type CityMembership struct {
	bun.BaseModel `bun:"table:city_membership,alias:cm"`

	CityID    int64     `bun:"city_id,pk"`
	UserID    int64     `bun:"user_id,pk"`
	Role      Role      `bun:"role"`
	CreatedAt time.Time `bun:"created_at,nullzero,default:now()"`
}

// Invitation is an invitation to take a role; its token is shown once, to the inviter.
type Invitation struct {
	bun.BaseModel `bun:"table:invitation,alias:inv"`

	ID         int64      `bun:"id,pk,autoincrement"`
	Email      string     `bun:"email"`
	Role       Role       `bun:"role"`
	CityID     *int64     `bun:"city_id"`
	InvitedBy  *int64     `bun:"invited_by"`
	CreatedAt  time.Time  `bun:"created_at,nullzero,default:now()"`
	ExpiresAt  time.Time  `bun:"expires_at"`
	AcceptedAt *time.Time `bun:"accepted_at,scanonly"`
}

// checkGrant says whether v may grant role in cityID: the secretariat grants anything; a city
// admin grants city roles in its own cities only.
func checkGrant(v *Viewer, role Role, cityID *int64) error {
	switch {
	case role.IsCity():
		if cityID == nil {
			return apperr.User(apperr.CodeInvalid, []string{"cityId"}, "a city role needs a city")
		}
		if !v.ManagesCity(*cityID) {
			return apperr.ErrForbidden
		}
	case role == RoleSecretariat || role == RoleAnalyst:
		if cityID != nil {
			return apperr.User(apperr.CodeInvalid, []string{"cityId"}, "%s is a network role: give no city", role)
		}
		if !v.IsSecretariat() {
			return apperr.ErrForbidden
		}
	default:
		return apperr.User(apperr.CodeInvalid, []string{"role"}, "unknown role %q", role)
	}
	return nil
}

// InviteUser invites email to take role (in cityID for city roles).
func (s *Service) InviteUser(ctx context.Context, email string, role Role, cityID *int64) (*Invitation, string, error) {
	v, err := RequireWriter(ctx)
	if err != nil {
		return nil, "", err
	}
	if err := checkGrant(v, role, cityID); err != nil {
		return nil, "", err
	}
	var inv *Invitation
	var token string
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		inv, token, err = s.InviteTx(ctx, tx, email, role, cityID)
		return err
	})
	if err != nil {
		return nil, "", err
	}
	return inv, token, nil
}

// InviteTx records an invitation in tx, with its inviteUser audit event, for callers that
// already checked who may grant it (InviteUser; the approval of a membership application
// invites the city's first admin).
func (s *Service) InviteTx(ctx context.Context, tx bun.IDB, email string, role Role, cityID *int64) (*Invitation, string, error) {
	email = normalizeEmail(email)
	token, hash := newToken(prefixInvitation)
	inv := &Invitation{Email: email, Role: role, CityID: cityID, ExpiresAt: s.Now().Add(InvitationTTL)}
	if v := FromContext(ctx); v != nil {
		inv.InvitedBy = &v.UserID
	}
	if cityID != nil {
		var active bool
		if err := tx.NewRaw("SELECT b40_city_active(?)", *cityID).Scan(ctx, &active); err != nil {
			return nil, "", err
		}
		if !active {
			return nil, "", apperr.User(apperr.CodeNotFound, []string{"cityId"}, "no such active city")
		}
		var has bool
		if err := tx.NewRaw(`SELECT EXISTS (SELECT 1 FROM city_membership m JOIN app_user u ON u.id = m.user_id
			WHERE m.city_id = ? AND lower(u.email) = ?)`, *cityID, email).Scan(ctx, &has); err != nil {
			return nil, "", err
		}
		if has {
			return nil, "", apperr.User(apperr.CodeDuplicate, []string{"email"}, "%s already has a role in this city; use setUserRole", email)
		}
	}
	if _, err := tx.NewInsert().Model(inv).Value("token_hash", "?", hash).Returning("id, created_at").Exec(ctx); err != nil {
		return nil, "", err
	}
	params := map[string]string{"role": string(role)}
	if cityID != nil {
		var name string
		if err := tx.NewRaw("SELECT coalesce((SELECT name FROM city WHERE id = ?), '')", *cityID).Scan(ctx, &name); err != nil {
			return nil, "", err
		}
		params["city"] = name
	}
	// The link carries the token in its fragment (#token=...), which browsers never send to a
	// server, so no access log holds it.
	if _, err := s.Outbox.QueueMail(ctx, tx, notify.Mail{Kind: notify.KindInvitation, To: email, Params: params, URL: "/invitation", Secret: token}); err != nil {
		return nil, "", err
	}
	return inv, token, audit.Record(ctx, tx, audit.Event{CityID: cityID, Action: "inviteUser", EntityType: gid.Invitation,
		EntityID: ptr(gid.Encode(gid.Invitation, inv.ID)), Changes: map[string]any{"email": inv.Email, "role": role}})
}

// SetUserRole gives userID role in cityID, or removes the user's role there when role is "".
// Network roles (cityID nil) are the secretariat's to give. A city keeps at least one admin and
// the network at least one secretariat account.
func (s *Service) SetUserRole(ctx context.Context, userID int64, role Role, cityID *int64) (*User, error) {
	v, err := RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	grant := role
	if grant == "" && cityID != nil {
		grant = RoleCityViewer // removal is checked like a city grant
	} else if grant == "" {
		grant = RoleSecretariat
	}
	if err := checkGrant(v, grant, cityID); err != nil {
		return nil, err
	}
	var u User
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := s.lockVisibleUser(ctx, tx, userID, &u); err != nil {
			return err
		}
		if cityID != nil {
			return s.setCityRole(ctx, tx, &u, role, *cityID)
		}
		return s.setNetworkRole(ctx, tx, &u, role)
	})
	if err != nil {
		return nil, err
	}
	return &u, nil
}

func (s *Service) setCityRole(ctx context.Context, tx bun.Tx, u *User, role Role, cityID int64) error {
	var current Role
	if err := tx.NewRaw("SELECT coalesce((SELECT role FROM city_membership WHERE city_id = ? AND user_id = ? FOR UPDATE), '')", cityID, u.ID).Scan(ctx, &current); err != nil {
		return err
	}
	if current == RoleCityAdmin && role != RoleCityAdmin {
		var admins int
		if err := tx.NewRaw("SELECT count(*) FROM city_membership WHERE city_id = ? AND role = ?", cityID, RoleCityAdmin).Scan(ctx, &admins); err != nil {
			return err
		}
		if admins <= 1 {
			return apperr.User(apperr.CodeRuleViolation, []string{"role"}, "a city keeps at least one CITY_ADMIN")
		}
	}
	var err error
	if role == "" {
		_, err = tx.NewDelete().Model((*CityMembership)(nil)).Where("city_id = ? AND user_id = ?", cityID, u.ID).Exec(ctx)
	} else {
		_, err = tx.NewInsert().Model(&CityMembership{CityID: cityID, UserID: u.ID, Role: role}).
			On("CONFLICT (city_id, user_id) DO UPDATE").Set("role = EXCLUDED.role").Exec(ctx)
	}
	if err != nil {
		return err
	}
	return audit.Record(ctx, tx, audit.Event{CityID: &cityID, Action: "setUserRole", EntityType: gid.User, EntityID: ptr(gid.Encode(gid.User, u.ID)),
		Changes: map[string]any{"role": map[string]any{"from": nullable(current), "to": nullable(role)}}})
}

func (s *Service) setNetworkRole(ctx context.Context, tx bun.Tx, u *User, role Role) error {
	current := deref(u.NetworkRole)
	if current == RoleSecretariat && role != RoleSecretariat {
		var n int
		if err := tx.NewRaw("SELECT count(*) FROM app_user WHERE network_role = ? AND status = ?", RoleSecretariat, UserActive).Scan(ctx, &n); err != nil {
			return err
		}
		if n <= 1 {
			return apperr.User(apperr.CodeRuleViolation, []string{"role"}, "the network keeps at least one SECRETARIAT account (R3)")
		}
	}
	u.NetworkRole = nullable(role)
	if _, err := tx.NewUpdate().Model(u).Column("network_role").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
		return err
	}
	return audit.Record(ctx, tx, audit.Event{Action: "setUserRole", EntityType: gid.User, EntityID: ptr(gid.Encode(gid.User, u.ID)),
		Changes: map[string]any{"networkRole": map[string]any{"from": nullable(current), "to": nullable(role)}}})
}

// lockVisibleUser loads and locks a user the caller may see; an invisible user is not found.
func (s *Service) lockVisibleUser(ctx context.Context, tx bun.Tx, id int64, u *User) error {
	err := tx.NewSelect().Model(u).Where("u.id = ?", id).For("UPDATE").Scan(ctx)
	if db.IsNoRows(err) {
		return apperr.User(apperr.CodeNotFound, []string{"userId"}, "no such user")
	}
	return err
}

// DeactivateUser closes an account and revokes its sessions and tokens. A city admin may
// deactivate only people whose every role is in cities it administers.
func (s *Service) DeactivateUser(ctx context.Context, userID int64) (*User, error) {
	v, err := RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.IsSecretariat() && len(v.AdminCityIDs()) == 0 {
		return nil, apperr.ErrForbidden
	}
	if userID == v.UserID {
		return nil, apperr.User(apperr.CodeInvalid, []string{"userId"}, "you cannot deactivate your own account")
	}
	var u User
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := s.lockVisibleUser(ctx, tx, userID, &u); err != nil {
			return err
		}
		if !v.IsSecretariat() {
			var wholly bool
			if err := tx.NewRaw("SELECT b40_user_wholly_managed(?)", u.ID).Scan(ctx, &wholly); err != nil {
				return err
			}
			if !wholly {
				return apperr.ErrForbidden
			}
		}
		if u.Status == UserDeactivated {
			return nil
		}
		u.Status = UserDeactivated
		if _, err := tx.NewUpdate().Model(&u).Column("status").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Table("session").Set("revoked_at = now()").Where("user_id = ? AND revoked_at IS NULL", u.ID).Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Action: "deactivateUser", EntityType: gid.User, EntityID: ptr(gid.Encode(gid.User, u.ID))})
	})
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// UserFilter narrows the people list.
type UserFilter struct {
	CityIDs  []int64
	Roles    []Role
	Statuses []UserStatus
	Search   string
}

// MayListUsers reports whether v may list people: the secretariat, and a city's admin.
func MayListUsers(v *Viewer) bool { return v.IsSecretariat() || len(v.AdminCityIDs()) > 0 }

// The people's list's conditions as SQL over the users "{r}" (the service's and the nested
// reads'): the people the caller manages (everyone for the secretariat, its cities' people for
// a city admin, as the caller's scope says), and the people of some cities (?: bigint[]).
const (
	ManagedUsers  = "b40_is_secretariat() OR EXISTS (SELECT 1 FROM city_membership m WHERE m.user_id = {r}.id AND m.city_id = ANY (b40_admin_city_ids()))"
	UsersInCities = "EXISTS (SELECT 1 FROM city_membership m WHERE m.user_id = {r}.id AND m.city_id = ANY (?::bigint[]))"
	// UsersMatching: a search (?: its LIKE pattern, twice) in the e-mail or the name.
	UsersMatching = "{r}.email ILIKE ? OR {r}.name ILIKE ?"
)

var userKey = page.Key{Exprs: []string{"u.email", "u.id"}, Types: []string{"text", "bigint"}}

// Users lists the people the caller manages: everyone for the secretariat, its cities' people
// for a city admin.
func (s *Service) Users(ctx context.Context, f UserFilter, args page.Args) (*page.Connection[*User], error) {
	v, err := RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	if !MayListUsers(v) {
		return nil, apperr.ErrForbidden
	}
	return db.List(ctx, s.DB, args, userKey, func(u *User) []any { return []any{u.Email, u.ID} },
		func(tx bun.IDB) *bun.SelectQuery {
			q := tx.NewSelect().Model((*User)(nil)).Where("(" + strings.ReplaceAll(ManagedUsers, "{r}", "u") + ")")
			if len(f.CityIDs) > 0 {
				q = q.Where(strings.ReplaceAll(UsersInCities, "{r}", "u"), pgdialect.Array(f.CityIDs))
			}
			if len(f.Roles) > 0 {
				q = q.Where("(u.network_role IN (?) OR EXISTS (SELECT 1 FROM city_membership m WHERE m.user_id = u.id AND m.role IN (?)))", bun.List(f.Roles), bun.List(f.Roles))
			}
			q = db.WhereIn(q, "u.status", f.Statuses)
			if s := strings.TrimSpace(f.Search); s != "" {
				p := "%" + db.EscapeLike(s) + "%"
				q = q.Where("("+strings.ReplaceAll(UsersMatching, "{r}", "u")+")", p, p)
			}
			return q
		})
}

// UsersByIDs loads users the caller may see (loader batch function).
func (s *Service) UsersByIDs(ctx context.Context, ids []int64) ([]*User, []error) {
	return db.LoadByKeys(ctx, s.DB, usersByID, ids)
}

var usersByID = db.ByKeys[int64, *User]{Cols: []string{"u.id"}, Key: func(u *User) int64 { return u.ID }}

// MembershipsByUser loads the memberships the caller may see of each user (loader batch function).
func (s *Service) MembershipsByUser(ctx context.Context, ids []int64) ([][]*CityMembership, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, membershipsByUser, ids)
}

var membershipsByUser = db.ByKeys[int64, *CityMembership]{Cols: []string{"cm.user_id"}, Order: []string{"cm.user_id", "cm.city_id"},
	Key: func(m *CityMembership) int64 { return m.UserID }}

// nullable is nil for the zero value, a pointer to v otherwise.
func nullable[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

// deref is the value p points to, or the zero value for nil.
func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// InvitationByID loads an invitation the caller manages, or nil.
func (s *Service) InvitationByID(ctx context.Context, id int64) (*Invitation, error) {
	if _, err := RequireUser(ctx); err != nil {
		return nil, nil
	}
	return db.First[*Invitation](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Invitation)(nil)).Where("inv.id = ?", id)
	})
}

// ReactivateUser brings a deactivated account back: the secretariat's decision alone (an
// invitation never does). The password stays as it was and the sessions ended at deactivation
// stay ended.
func (s *Service) ReactivateUser(ctx context.Context, userID int64) (*User, error) {
	if _, err := RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	var u User
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := s.lockVisibleUser(ctx, tx, userID, &u); err != nil {
			return err
		}
		if u.Status == UserActive {
			return nil
		}
		u.Status = UserActive
		if _, err := tx.NewUpdate().Model(&u).Column("status").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Action: "reactivateUser", EntityType: gid.User, EntityID: ptr(gid.Encode(gid.User, u.ID))})
	})
	if err != nil {
		return nil, err
	}
	return &u, nil
}

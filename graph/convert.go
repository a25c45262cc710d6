package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/membership"
	"github.com/b40-network/workspace/internal/network"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/workinggroup"
)

// pageArgs are a connection field's page arguments, and whether its totalCount is selected.
func pageArgs(ctx context.Context, first *int, after *string, last *int, before *string) page.Args {
	return page.Args{First: first, After: after, Last: last, Before: before, Total: selectsHere(ctx, "totalCount")}
}

// selectsHere reports whether the field being resolved selects the field name (fragments
// included, @include and @skip applied).
func selectsHere(ctx context.Context, name string) bool {
	if !graphql.HasOperationContext(ctx) || graphql.GetFieldContext(ctx) == nil {
		return false
	}
	return selects(graphql.CollectFieldsCtx(ctx, nil), name)
}

func optional(s *string) []string {
	if s == nil {
		return nil
	}
	return []string{*s}
}

func cityFilter(in *model.CityFilter) (city.Filter, error) {
	var f city.Filter
	if in == nil {
		return f, nil
	}
	ids, err := DecodeIDs(in.CityIds, typeCity, "filter", "cityIds")
	if err != nil {
		return f, err
	}
	f = city.Filter{IDs: ids, Countries: in.Countries, Statuses: in.Statuses, JoinRoutes: in.JoinRoutes,
		MemberSinceFrom: in.MemberSinceFrom, MemberSinceTo: in.MemberSinceTo}
	if in.Search != nil {
		f.Search = *in.Search
	}
	return f, nil
}

func cityOrder(in *model.CityOrder) city.Order {
	if in == nil {
		return city.Order{}
	}
	return city.Order{Field: in.Field, Desc: in.Direction != nil && *in.Direction == model.OrderDirectionDesc}
}

func workingGroupFilter(in *model.WorkingGroupFilter) (workinggroup.Filter, error) {
	if in == nil {
		return workinggroup.Filter{}, nil
	}
	ids, err := DecodeIDs(in.CityIds, typeCity, "filter", "cityIds")
	return workinggroup.Filter{Statuses: in.Statuses, Kinds: in.Kinds, CityIDs: ids}, err
}

func (r *Resolver) optionalCity(ctx context.Context, id *int64) (*city.City, error) {
	if id == nil {
		return nil, nil
	}
	return r.loaders(ctx).City.Load(ctx, *id)
}

func (r *Resolver) currentSecretariat(ctx context.Context) (*model.Secretariat, error) {
	n, err := r.Svc.Network.Get(ctx)
	if err != nil {
		return nil, err
	}
	return r.secretariat(ctx, n)
}

func (r *Resolver) secretariat(ctx context.Context, n *network.Network) (*model.Secretariat, error) {
	staff, err := r.Svc.Network.Staff(ctx)
	if err != nil {
		return nil, err
	}
	c, err := r.optionalCity(ctx, n.SecretariatCityID)
	if err != nil {
		return nil, err
	}
	compliance := network.CheckCompliance(staff)
	return &model.Secretariat{City: c, Staff: staff, Compliance: &compliance}, nil
}

func (r *Resolver) groupsOfCity(ctx context.Context, cityID int64) ([]*workinggroup.Group, error) {
	l := r.loaders(ctx)
	ms, err := l.MembershipsByCity.Load(ctx, cityID)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(ms))
	for i, m := range ms {
		ids[i] = m.WorkingGroupID
	}
	return l.WorkingGroup.LoadAll(ctx, ids)
}

func (r *Resolver) attendingCities(ctx context.Context, meetingID int64) ([]*city.City, error) {
	l := r.loaders(ctx)
	att, err := l.AttendanceByMeeting.Load(ctx, meetingID)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(att))
	for i, a := range att {
		ids[i] = a.CityID
	}
	return l.City.LoadAll(ctx, ids)
}

func (r *Resolver) optionalUser(ctx context.Context, id *int64) (*auth.User, error) {
	if id == nil {
		return nil, nil
	}
	return r.loaders(ctx).User.Load(ctx, *id) // nil for an actor the caller may not see
}

func nonZero(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}

func userFilter(in *model.UserFilter) (auth.UserFilter, error) {
	if in == nil {
		return auth.UserFilter{}, nil
	}
	ids, err := DecodeIDs(in.CityIds, typeCity, "filter", "cityIds")
	f := auth.UserFilter{CityIDs: ids, Roles: in.Roles, Statuses: in.Statuses}
	if in.Search != nil {
		f.Search = *in.Search
	}
	return f, err
}

func auditFilter(in *model.AuditEventFilter) (audit.Filter, error) {
	if in == nil {
		return audit.Filter{}, nil
	}
	cities, err := DecodeIDs(in.CityIds, typeCity, "filter", "cityIds")
	if err != nil {
		return audit.Filter{}, err
	}
	actors, err := DecodeIDs(in.ActorIds, typeUser, "filter", "actorIds")
	return audit.Filter{CityIDs: cities, ActorUserIDs: actors, Actions: in.Actions, EntityTypes: in.EntityTypes, From: either(in.AtFrom, in.From), To: either(in.AtTo, in.To)}, err
}

// viewerUser reads the viewer's own account in the viewer's scope: after login or
// acceptInvitation the payload's viewer is not yet the request's caller.
func (r *Resolver) viewerUser(ctx context.Context, v *auth.Viewer) (*auth.User, error) {
	// The session's look-up read the caller's id, e-mail and name in this request: a selection
	// of those alone needs no statement.
	if graphql.GetFieldContext(ctx) != nil && selectsOnly(graphql.CollectFieldsCtx(ctx, nil), "__typename", "id", "email", "name") {
		return &auth.User{ID: v.UserID, Email: v.Email, Name: v.Name}, nil
	}
	users, errs := r.Svc.Auth.UsersByIDs(auth.NewContext(ctx, v), []int64{v.UserID})
	return users[0], errs[0]
}

// selectsOnly reports whether fields are all among names.
func selectsOnly(fields []graphql.CollectedField, names ...string) bool {
	for _, f := range fields {
		if !slices.Contains(names, f.Name) {
			return false
		}
	}
	return true
}

func applicationFilter(in *model.MembershipApplicationFilter) (membership.Filter, error) {
	if in == nil {
		return membership.Filter{}, nil
	}
	return membership.Filter{Statuses: in.Statuses, Countries: in.Countries, From: in.SubmittedFrom, To: in.SubmittedTo}, nil
}

// either is the value of a filter's current name, else of its deprecated one.
func either[T any](current, deprecated *T) *T {
	if current != nil {
		return current
	}
	return deprecated
}

// names turns a list of enum values into their names.
func names[T ~string](in []T) []string {
	if in == nil {
		return nil
	}
	out := make([]string, len(in))
	for i, v := range in {
		out[i] = string(v)
	}
	return out
}

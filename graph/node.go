package graph

import (
	"context"
	"slices"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/workspace"
)

// Global ID type names, one per Node type.
const (
	typeNetwork          = gid.Network
	typeCity             = gid.City
	typeSummit           = gid.Summit
	typeDelegation       = gid.Delegation
	typePresidencyTerm   = gid.PresidencyTerm
	typeWorkingGroup     = gid.WorkingGroup
	typeMeeting          = gid.WorkingGroupMeeting
	typeSecretariatStaff = gid.SecretariatStaff
	typeUser             = gid.User
	typeAPIToken         = gid.ApiToken
	typeInvitation       = gid.Invitation
	typeAuditEvent       = gid.AuditEvent

	typeMembershipApplication = gid.MembershipApplication
	typePresidencyElection    = gid.PresidencyElection
	typeMeetingRequest        = gid.MeetingRequest
)

// maxNodes bounds nodes(ids).
const maxNodes = 100

// resolveNode fetches any entity by global ID through the same services, and so the same
// visibility rules, as every other field. Missing and invisible both answer nil.
func (r *Resolver) resolveNode(ctx context.Context, id string) (model.Node, error) {
	typ, key, err := decodeNodeID(id, "id")
	if err != nil {
		return nil, err
	}
	l := r.loaders(ctx)
	var n model.Node
	switch {
	case typ == typeNetwork && len(key) == 1:
		n, err = asNode(r.Svc.Network.Get(ctx))
	case typ == typeCity && len(key) == 1:
		n, err = asNode(l.City.Load(ctx, key[0]))
	case typ == typeSummit && len(key) == 1:
		n, err = asNode(l.Summit.Load(ctx, key[0]))
	case typ == typeDelegation && len(key) == 2:
		n, err = asNode(r.Svc.Summits.DelegationByKey(ctx, key[0], key[1]))
	case typ == typePresidencyTerm && len(key) == 1:
		n, err = asNode(r.Svc.Presidency.ByID(ctx, key[0]))
	case typ == typeWorkingGroup && len(key) == 1:
		n, err = asNode(l.WorkingGroup.Load(ctx, key[0]))
	case typ == typeMeeting && len(key) == 1:
		n, err = asNode(l.Meeting.Load(ctx, key[0]))
	case typ == typeSecretariatStaff && len(key) == 1:
		n, err = asNode(r.Svc.Network.StaffByID(ctx, key[0]))
	case typ == typeUser && len(key) == 1:
		n, err = asNode(l.User.Load(ctx, key[0]))
	case typ == typeAPIToken && len(key) == 1:
		n, err = asNode(r.Svc.Auth.APITokenByID(ctx, key[0]))
	case typ == typeInvitation && len(key) == 1:
		n, err = asNode(r.Svc.Auth.InvitationByID(ctx, key[0]))
	case typ == typeAuditEvent && len(key) == 1:
		n, err = asNode(r.Svc.Audit.ByID(ctx, key[0]))
	case typ == typeMembershipApplication && len(key) == 1:
		n, err = asNode(r.Svc.Membership.ByID(ctx, key[0]))
	case typ == typePresidencyElection && len(key) == 1:
		n, err = asNode(r.Svc.Presidency.ElectionByID(ctx, key[0]))
	case typ == typeMeetingRequest && len(key) == 2:
		n, err = asNode(r.Svc.WorkingGroups.RequestByKey(ctx, key[0], key[1]))
	case typ == typeIndicator && len(key) == 1:
		n, err = asNode(r.Svc.Indicators.ByID(ctx, key[0]))
	case typ == typeProposal && len(key) == 2:
		n, err = asNode(r.Svc.Workspace.ProposalByKey(ctx, workspace.Key{CityID: key[0], ID: key[1]}))
	case typ == typeRecommendation && len(key) == 1:
		n, err = asNode(l.Recommendation.Load(ctx, key[0]))
	case typ == typeImplementation && len(key) == 2:
		n, err = asNode(r.Svc.Workspace.ImplementationByKey(ctx, workspace.Key{CityID: key[0], ID: key[1]}))
	case typ == typePractice && len(key) == 2:
		n, err = asNode(l.Practice.Load(ctx, workspace.Key{CityID: key[0], ID: key[1]}))
	case typ == gid.AgendaItem && len(key) == 1:
		n, err = asNode(r.Svc.WorkingGroups.AgendaItemByID(ctx, key[0]))
	case typ == gid.Notification && len(key) == 1:
		n, err = asNode(r.Svc.Notify.NotificationByID(ctx, key[0]))
	case typ == typeUpdate && len(key) == 2:
		n, err = asNode(r.Svc.Workspace.UpdateByKey(ctx, workspace.Key{CityID: key[0], ID: key[1]}))
	default:
		return nil, nil
	}
	return n, err
}

// asNode turns a loaded entity into a Node, nil staying an untyped nil (missing and invisible
// are both nil; a typed nil pointer inside the interface would not be).
func asNode[T any, P interface {
	*T
	model.Node
}](p P, err error) (model.Node, error) {
	if p == nil || err != nil {
		return nil, err
	}
	return p, nil
}

// batched reports whether a node of this type loads through a batch loader: one statement for
// every id of the type in the request, however many.
func batched(typ string, keyParts int) bool {
	switch typ {
	case typeCity, typeSummit, typeWorkingGroup, typeMeeting, typeUser, typeRecommendation:
		return keyParts == 1
	case typePractice:
		return keyParts == 2
	}
	return false
}

// unbatchedNodes counts the ids that each cost a transaction of their own (for the
// complexity budget); malformed ids cost nothing, they are refused before any query.
func unbatchedNodes(ids []any) int {
	n := 0
	for _, v := range ids {
		id, _ := v.(string)
		if typ, key, err := decodeNodeID(id); err == nil && !batched(typ, len(key)) {
			n++
		}
	}
	return n
}

// resolveNodes loads the batched types concurrently, so their loaders gather every id of the
// request into one statement per type, and the rest one at a time, each id once. An id that
// fails (malformed, or its load failed) answers null in its place with its error at
// nodes[i]; the other ids still answer.
func (r *Resolver) resolveNodes(ctx context.Context, ids []string) ([]model.Node, error) {
	if len(ids) > maxNodes {
		return nil, apperr.Invalid([]string{"ids"}, "at most %d ids", maxNodes)
	}
	out := make([]model.Node, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	var rest []int
	for i, id := range ids {
		typ, key, err := decodeNodeID(id, "ids")
		if err != nil {
			errs[i] = err
			continue
		}
		if !batched(typ, len(key)) {
			rest = append(rest, i)
			continue
		}
		wg.Go(func() { out[i], errs[i] = r.resolveNode(ctx, id) })
	}
	wg.Wait()
	done := map[string]model.Node{}
	for _, i := range rest {
		n, ok := done[ids[i]]
		if !ok {
			n, errs[i] = r.resolveNode(ctx, ids[i])
			done[ids[i]] = n
		}
		out[i] = n
	}
	path := graphql.GetPath(ctx)
	for i, err := range errs {
		if err != nil {
			out[i] = nil
			graphql.AddError(ctx, &gqlerror.Error{Err: err, Message: err.Error(), Path: append(slices.Clone(path), ast.PathIndex(i))})
		}
	}
	return out, nil
}

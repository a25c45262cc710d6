package graph

import (
	"context"
	"errors"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/workspace"
)

// Global ID type names, one per Node type.
const (
	typeNetwork          = "Network"
	typeCity             = "City"
	typeSummit           = "Summit"
	typeDelegation       = "Delegation"
	typePresidencyTerm   = "PresidencyTerm"
	typeWorkingGroup     = "WorkingGroup"
	typeMeeting          = "WorkingGroupMeeting"
	typeSecretariatStaff = "SecretariatStaff"
	typeUser             = "User"
	typeAPIToken         = "ApiToken"
	typeInvitation       = "Invitation"
	typeAuditEvent       = "AuditEvent"

	typeMembershipApplication = "MembershipApplication"
	typePresidencyElection    = "PresidencyElection"
	typeMeetingRequest        = "MeetingRequest"
)

// maxNodes bounds nodes(ids).
const maxNodes = 100

// resolveNode fetches any entity by global ID through the same services, and so the same
// visibility rules, as every other field. Missing and invisible both answer nil.
func (r *Resolver) resolveNode(ctx context.Context, id string) (model.Node, error) {
	typ, key, err := gid.Decode(id)
	if err != nil {
		return nil, err
	}
	l := r.loaders(ctx)
	var n model.Node
	switch {
	case typ == typeNetwork && len(key) == 1:
		n, err = r.Svc.Network.Get(ctx)
	case typ == typeCity && len(key) == 1:
		n, err = l.City.Load(ctx, key[0])
	case typ == typeSummit && len(key) == 1:
		n, err = l.Summit.Load(ctx, key[0])
	case typ == typeDelegation && len(key) == 2:
		n, err = r.Svc.Summits.DelegationByKey(ctx, key[0], key[1])
	case typ == typePresidencyTerm && len(key) == 1:
		n, err = r.Svc.Presidency.ByID(ctx, key[0])
	case typ == typeWorkingGroup && len(key) == 1:
		n, err = l.WorkingGroup.Load(ctx, key[0])
	case typ == typeMeeting && len(key) == 1:
		n, err = r.Svc.WorkingGroups.MeetingByID(ctx, key[0])
	case typ == typeSecretariatStaff && len(key) == 1:
		n, err = r.Svc.Network.StaffByID(ctx, key[0])
	case typ == typeUser && len(key) == 1:
		n, err = l.User.Load(ctx, key[0])
	case typ == typeAPIToken && len(key) == 1:
		n, err = r.Svc.Auth.APITokenByID(ctx, key[0])
	case typ == typeInvitation && len(key) == 1:
		n, err = r.Svc.Auth.InvitationByID(ctx, key[0])
	case typ == typeAuditEvent && len(key) == 1:
		n, err = r.Svc.Audit.ByID(ctx, key[0])
	case typ == typeMembershipApplication && len(key) == 1:
		n, err = r.Svc.Membership.ByID(ctx, key[0])
	case typ == typePresidencyElection && len(key) == 1:
		n, err = r.Svc.Presidency.ElectionByID(ctx, key[0])
	case typ == typeMeetingRequest && len(key) == 2:
		n, err = r.Svc.WorkingGroups.RequestByKey(ctx, key[0], key[1])
	case typ == typeIndicator && len(key) == 1:
		n, err = r.Svc.Indicators.ByID(ctx, key[0])
	case typ == typeProposal && len(key) == 2:
		n, err = r.Svc.Workspace.ProposalByKey(ctx, workspace.Key{CityID: key[0], ID: key[1]})
	case typ == typeRecommendation && len(key) == 1:
		n, err = r.Svc.Workspace.RecommendationByID(ctx, key[0])
	case typ == typeImplementation && len(key) == 2:
		n, err = r.Svc.Workspace.ImplementationByKey(ctx, workspace.Key{CityID: key[0], ID: key[1]})
	case typ == typePractice && len(key) == 2:
		n, err = l.Practice.Load(ctx, workspace.Key{CityID: key[0], ID: key[1]})
	case typ == typeUpdate && len(key) == 2:
		n, err = r.Svc.Workspace.UpdateByKey(ctx, workspace.Key{CityID: key[0], ID: key[1]})
	default:
		return nil, nil
	}
	if errors.Is(err, apperr.ErrNotFound) {
		return nil, nil
	}
	if err != nil || isNilNode(n) {
		return nil, err
	}
	return n, nil
}

func (r *Resolver) resolveNodes(ctx context.Context, ids []string) ([]model.Node, error) {
	if len(ids) > maxNodes {
		return nil, apperr.Invalid([]string{"ids"}, "at most %d ids", maxNodes)
	}
	out := make([]model.Node, len(ids))
	for i, id := range ids {
		n, err := r.resolveNode(ctx, id)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

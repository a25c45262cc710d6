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
	"github.com/b40-network/workspace/internal/readmodel"
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

// MaxNodes bounds nodes(ids).
const MaxNodes = 100

// resolveNode fetches any entity by global ID through the same services, and so the same
// visibility rules, as every other field. Missing and invisible both answer nil. Which types
// are nodes, their key parts and their batching come from the read model's declarations
// (internal/readmodel); nodeFetchers says which service or loader reads each.
func (r *Resolver) resolveNode(ctx context.Context, id string) (model.Node, error) {
	typ, key, err := DecodeNodeID(id, "id")
	if err != nil {
		return nil, err
	}
	parts, _, declared := readmodel.Node(typ)
	fetch, ok := nodeFetchers[typ]
	if !declared || !ok || len(key) != parts {
		return nil, nil
	}
	return fetch(ctx, r, key)
}

// nodeFetch reads one node of a type by its key (its parts as the type declares them).
type nodeFetch func(ctx context.Context, r *Resolver, key []int64) (model.Node, error)

// nodeFetchers reads each node type (TestNodeTableMatchesTheDeclarations checks it against the
// declarations and the schema's Node types).
var nodeFetchers = map[string]nodeFetch{
	typeNetwork: func(ctx context.Context, r *Resolver, _ []int64) (model.Node, error) {
		return asNode(r.Svc.Network.Get(ctx))
	},
	typeCity: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.loaders(ctx).City.Load(ctx, k[0]))
	},
	typeSummit: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.loaders(ctx).Summit.Load(ctx, k[0]))
	},
	typeDelegation: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Summits.DelegationByKey(ctx, k[0], k[1]))
	},
	typePresidencyTerm: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Presidency.ByID(ctx, k[0]))
	},
	typeWorkingGroup: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.loaders(ctx).WorkingGroup.Load(ctx, k[0]))
	},
	typeMeeting: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.loaders(ctx).Meeting.Load(ctx, k[0]))
	},
	typeSecretariatStaff: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Network.StaffByID(ctx, k[0]))
	},
	typeUser: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.loaders(ctx).User.Load(ctx, k[0]))
	},
	typeAPIToken: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Auth.APITokenByID(ctx, k[0]))
	},
	typeInvitation: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Auth.InvitationByID(ctx, k[0]))
	},
	typeAuditEvent: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Audit.ByID(ctx, k[0]))
	},
	typeMembershipApplication: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Membership.ByID(ctx, k[0]))
	},
	typePresidencyElection: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Presidency.ElectionByID(ctx, k[0]))
	},
	typeMeetingRequest: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.WorkingGroups.RequestByKey(ctx, k[0], k[1]))
	},
	typeIndicator: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Indicators.ByID(ctx, k[0]))
	},
	typeProposal: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Workspace.ProposalByKey(ctx, workspace.Key{CityID: k[0], ID: k[1]}))
	},
	typeRecommendation: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.loaders(ctx).Recommendation.Load(ctx, k[0]))
	},
	typeImplementation: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Workspace.ImplementationByKey(ctx, workspace.Key{CityID: k[0], ID: k[1]}))
	},
	typePractice: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.loaders(ctx).Practice.Load(ctx, workspace.Key{CityID: k[0], ID: k[1]}))
	},
	gid.AgendaItem: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.WorkingGroups.AgendaItemByID(ctx, k[0]))
	},
	gid.Notification: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Notify.NotificationByID(ctx, k[0]))
	},
	typeUpdate: func(ctx context.Context, r *Resolver, k []int64) (model.Node, error) {
		return asNode(r.Svc.Workspace.UpdateByKey(ctx, workspace.Key{CityID: k[0], ID: k[1]}))
	},
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
// every id of the type in the request, however many (the type's declaration says).
func batched(typ string, keyParts int) bool {
	parts, b, ok := readmodel.Node(typ)
	return ok && b && parts == keyParts
}

// UnbatchedNodes counts the ids that each cost a transaction of their own (for the
// complexity budget); malformed ids cost nothing, they are refused before any query.
func UnbatchedNodes(ids []any) int {
	n := 0
	for _, v := range ids {
		id, _ := v.(string)
		if typ, key, err := DecodeNodeID(id); err == nil && !batched(typ, len(key)) {
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
	if len(ids) > MaxNodes {
		return nil, apperr.Invalid([]string{"ids"}, "at most %d ids", MaxNodes)
	}
	out := make([]model.Node, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	var rest []int
	for i, id := range ids {
		typ, key, err := DecodeNodeID(id, "ids")
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

// Package model holds the GraphQL-only types; connections are aliases of the generic page
// types so every list shares one implementation.
package model

import (
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/indicator"
	"github.com/b40-network/workspace/internal/membership"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/presidency"
	"github.com/b40-network/workspace/internal/summit"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

type (
	CityConnection                  = page.Connection[*city.City]
	CityEdge                        = page.Edge[*city.City]
	SummitConnection                = page.Connection[*summit.Summit]
	SummitEdge                      = page.Edge[*summit.Summit]
	PresidencyTermConnection        = page.Connection[*presidency.Term]
	PresidencyTermEdge              = page.Edge[*presidency.Term]
	WorkingGroupConnection          = page.Connection[*workinggroup.Group]
	WorkingGroupEdge                = page.Edge[*workinggroup.Group]
	WorkingGroupMeetingConnection   = page.Connection[*workinggroup.Meeting]
	WorkingGroupMeetingEdge         = page.Edge[*workinggroup.Meeting]
	UserConnection                  = page.Connection[*auth.User]
	UserEdge                        = page.Edge[*auth.User]
	NotificationConnection          = page.Connection[*notify.Notification]
	NotificationEdge                = page.Edge[*notify.Notification]
	MailMessageConnection           = page.Connection[*notify.MailMessage]
	MailMessageEdge                 = page.Edge[*notify.MailMessage]
	AuditEventConnection            = page.Connection[*audit.Event]
	AuditEventEdge                  = page.Edge[*audit.Event]
	MembershipApplicationConnection = page.Connection[*membership.Application]
	MembershipApplicationEdge       = page.Edge[*membership.Application]
	ProposalConnection              = page.Connection[*workspace.Proposal]
	ProposalEdge                    = page.Edge[*workspace.Proposal]
	RecommendationConnection        = page.Connection[*workspace.Recommendation]
	RecommendationEdge              = page.Edge[*workspace.Recommendation]
	ImplementationConnection        = page.Connection[*workspace.Implementation]
	ImplementationEdge              = page.Edge[*workspace.Implementation]
	ImplementationUpdateConnection  = page.Connection[*workspace.Update]
	ImplementationUpdateEdge        = page.Edge[*workspace.Update]
	PracticeConnection              = page.Connection[*workspace.Practice]
	PracticeEdge                    = page.Edge[*workspace.Practice]
	MeasurementConnection           = page.Connection[*indicator.Measurement]
	MeasurementEdge                 = page.Edge[*indicator.Measurement]
	IndicatorConnection             = page.Connection[*indicator.Indicator]
	IndicatorEdge                   = page.Edge[*indicator.Indicator]
)

// Node is any entity with a global ID: the domain types stay free of GraphQL markers, and the
// generated code switches on their concrete types.
type Node any

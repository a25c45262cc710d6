package graph

import (
	"context"
	"time"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/calendar"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

// meetingPayload runs a meeting mutation and shapes its answer (contract C4).
func meetingPayload(call func() (*workinggroup.Meeting, error)) (*model.MeetingPayload, error) {
	m, ue, err := mutate(call)
	if len(ue) > 0 {
		m = nil
	}
	return &model.MeetingPayload{Meeting: m, UserErrors: ue}, err
}

// reloadMeeting reads a meeting again after a change, in the caller's scope.
func (r *Resolver) reloadMeeting(ctx context.Context, id int64) (*workinggroup.Meeting, error) {
	return r.Svc.WorkingGroups.MeetingByID(ctx, id)
}

func minutesItems(in []*model.MinutesItemInput) ([]workinggroup.MinutesItem, error) {
	out := make([]workinggroup.MinutesItem, len(in))
	for i, it := range in {
		ai, err := optionalInputID(it.AgendaItemID, gid.AgendaItem, "items", "agendaItemId")
		if err != nil {
			return nil, err
		}
		out[i] = workinggroup.MinutesItem{AgendaItemID: ai, Title: it.Title, Notes: deref(it.Notes), Decisions: []workinggroup.Decision{}, Actions: []workinggroup.ActionItem{}}
		for _, d := range it.Decisions {
			out[i].Decisions = append(out[i].Decisions, workinggroup.Decision{Text: d})
		}
		for _, a := range it.ActionItems {
			owner, err := optionalInputID(a.OwnerCityID, typeCity, "items", "actionItems", "ownerCityId")
			if err != nil {
				return nil, err
			}
			act := workinggroup.ActionItem{Text: a.Text, OwnerCityID: owner}
			if a.DueOn != nil {
				act.DueOn = ptr(a.DueOn.Format(time.DateOnly))
			}
			out[i].Actions = append(out[i].Actions, act)
		}
	}
	return out, nil
}

func (r *Resolver) minutesItemsOut(ctx context.Context, m *workinggroup.Minutes) ([]*model.MinutesItem, error) {
	recs, err := r.Svc.WorkingGroups.DecisionRecommendations(ctx, m.MeetingID)
	if err != nil {
		return nil, err
	}
	l := r.loaders(ctx)
	out := make([]*model.MinutesItem, len(m.Items))
	for i, it := range m.Items {
		mi := &model.MinutesItem{Title: it.Title, Notes: it.Notes, Decisions: []*model.MinutesDecision{}, ActionItems: []*model.ActionItem{}}
		if it.AgendaItemID != nil {
			items, err := l.AgendaByMeeting.Load(ctx, m.MeetingID)
			if err != nil {
				return nil, err
			}
			for _, a := range items {
				if a.ID == *it.AgendaItemID {
					mi.AgendaItem = a
				}
			}
		}
		for _, d := range it.Decisions {
			md := &model.MinutesDecision{Key: d.Key, Text: d.Text}
			if id, ok := recs[d.Key]; ok {
				if md.Recommendation, err = l.Recommendation.Load(ctx, id); err != nil {
					return nil, err
				}
			}
			mi.Decisions = append(mi.Decisions, md)
		}
		for _, a := range it.Actions {
			ai := &model.ActionItem{Text: a.Text}
			if ai.OwnerCity, err = r.optionalCity(ctx, a.OwnerCityID); err != nil {
				return nil, err
			}
			if a.DueOn != nil {
				if t, err := time.Parse(time.DateOnly, *a.DueOn); err == nil {
					ai.DueOn = &t
				}
			}
			mi.ActionItems = append(mi.ActionItems, ai)
		}
		out[i] = mi
	}
	return out, nil
}

func (r *Resolver) rsvpCounts(ctx context.Context, meetingID int64) (*model.RsvpCounts, error) {
	as, err := r.loaders(ctx).AnswersByMeeting.Load(ctx, meetingID)
	if err != nil {
		return nil, err
	}
	c := &model.RsvpCounts{}
	for _, a := range as {
		switch a.Answer {
		case workinggroup.RSVPGoing:
			c.Going++
		case workinggroup.RSVPNotGoing:
			c.NotGoing++
		case workinggroup.RSVPMaybe:
			c.Maybe++
		}
	}
	return c, nil
}

func (r *Resolver) viewerRsvp(ctx context.Context, meetingID int64) (*workinggroup.RSVP, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, nil
	}
	as, err := r.loaders(ctx).AnswersByMeeting.Load(ctx, meetingID)
	if err != nil {
		return nil, err
	}
	for _, a := range as {
		if a.UserID == v.UserID {
			return &a.Answer, nil
		}
	}
	return nil, nil
}

// viewerMayRsvp: the caller is an official of a member city of the group (with a role in it)
// and the meeting is neither over nor cancelled.
func (r *Resolver) viewerMayRsvp(ctx context.Context, m *workinggroup.Meeting) (bool, error) {
	v := auth.FromContext(ctx)
	if v == nil || v.APIToken || m.Status == workinggroup.MeetingCancelled || !m.EndsAt.After(r.Svc.Now()) {
		return false, nil
	}
	members, err := r.loaders(ctx).MembersByGroup.Load(ctx, m.WorkingGroupID)
	if err != nil {
		return false, err
	}
	for _, mem := range members {
		if v.IsMember(mem.CityID) {
			return true, nil
		}
	}
	return false, nil
}

func (r *Resolver) viewerMayAddAgendaItem(ctx context.Context, m *workinggroup.Meeting) (bool, error) {
	members, err := r.loaders(ctx).MembersByGroup.Load(ctx, m.WorkingGroupID)
	if err != nil {
		return false, err
	}
	return r.Svc.WorkingGroups.MayAddAgendaItem(ctx, m, members), nil
}

func (r *Resolver) agendaProposal(ctx context.Context, a *workinggroup.AgendaItem) (*workspace.Proposal, error) {
	if a.ProposalID == nil || a.ProposalCityID == nil {
		return nil, nil
	}
	return r.Svc.Workspace.ProposalByKey(ctx, workspace.Key{CityID: *a.ProposalCityID, ID: *a.ProposalID})
}

func (r *Resolver) rotateFeed(ctx context.Context, in model.RotateCalendarFeedInput) (*string, error) {
	var subject int64
	switch in.Scope {
	case calendar.ScopeCity:
		if in.CityID == nil {
			return nil, apperr.User(apperr.CodeInvalid, []string{"cityId"}, "give the city (cityId)")
		}
		id, err := inputID(*in.CityID, typeCity, "cityId")
		if err != nil {
			return nil, err
		}
		subject = id
	case calendar.ScopeWorkingGroup:
		if in.WorkingGroupID == nil {
			return nil, apperr.User(apperr.CodeInvalid, []string{"workingGroupId"}, "give the working group (workingGroupId)")
		}
		id, err := inputID(*in.WorkingGroupID, typeWorkingGroup, "workingGroupId")
		if err != nil {
			return nil, err
		}
		subject = id
	}
	return r.Svc.Calendar.Rotate(ctx, in.Scope, subject)
}

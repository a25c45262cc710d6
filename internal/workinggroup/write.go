package workinggroup

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/slug"
)

// sides lists the sides v acts for.
func sides(v *auth.Viewer) []Side {
	var out []Side
	if v.IsSecretariat() {
		out = append(out, SideSecretariat)
	}
	if v.IsPresidency() {
		out = append(out, SidePresidency)
	}
	return out
}

// ProposeInput describes a new group.
type ProposeInput struct {
	Name        i18n.Text
	Slug        *string
	Description *string
	Kind        Kind
	EndsOn      *time.Time
	// Side chooses the proposing side when the caller acts for both.
	Side *Side
}

// Propose puts a new group forward (R4.5): the presidency or the secretariat; the other side
// approves it.
func (s *Service) Propose(ctx context.Context, in ProposeInput) (*Group, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	mine := sides(v)
	if len(mine) == 0 {
		return nil, apperr.New(apperr.Forbidden, "R4.5: groups are proposed by the presidency or the secretariat")
	}
	side := mine[0]
	if in.Side != nil {
		if !slices.Contains(mine, *in.Side) {
			return nil, apperr.User(apperr.CodeInvalid, []string{"side"}, "you do not act for the %s", strings.ToLower(string(*in.Side)))
		}
		side = *in.Side
	}
	en := in.Name.In(i18n.Working)
	if en == "" || !hasLocale(in.Name, i18n.Working) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"name"}, "the name needs an English text: English is the network's working language")
	}
	switch in.Kind {
	case KindPermanent:
		if in.EndsOn != nil {
			return nil, apperr.User(apperr.CodeInvalid, []string{"endsOn"}, "a permanent group has no end date")
		}
	case KindTemporary:
		if in.EndsOn == nil || !in.EndsOn.After(s.Now()) {
			return nil, apperr.User(apperr.CodeInvalid, []string{"endsOn"}, "a temporary group needs an end date in the future (R4.2)")
		}
	default:
		return nil, apperr.User(apperr.CodeInvalid, []string{"kind"}, "kind is PERMANENT or TEMPORARY")
	}
	if in.Description != nil && utf8.RuneCountInString(*in.Description) > 5000 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"description"}, "the description is longer than 5000 characters")
	}
	sl := slug.Make(en)
	if in.Slug != nil {
		if !slug.Valid(*in.Slug) {
			return nil, apperr.User(apperr.CodeInvalid, []string{"slug"}, "a slug is lower-case ASCII letters, digits and single hyphens")
		}
		sl = *in.Slug
	}
	g := &Group{Slug: sl, Name: in.Name, Description: in.Description, Kind: in.Kind, EndsOn: in.EndsOn, Status: StatusProposed,
		ProposedBy: &side, ProposedByUserID: &v.UserID}
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(g).ExcludeColumn("approved_at", "approved_by_user_id", "closed_at").Returning("id, created_at").Exec(ctx); err != nil {
			if code, _ := db.Violation(err); code == db.UniqueViolation {
				return apperr.User(apperr.CodeDuplicate, []string{"slug"}, "a group with the slug %q exists", sl)
			}
			return err
		}
		return audit.Entity(ctx, tx, nil, "proposeWorkingGroup", gid.WorkingGroup, []int64{g.ID}, map[string]any{"name": en, "side": side, "kind": g.Kind})
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

func hasLocale(t i18n.Text, locale string) bool {
	for _, tr := range t.Translations {
		if tr.Locale == locale && strings.TrimSpace(tr.Text) != "" && !tr.Machine {
			return true
		}
	}
	return false
}

func (s *Service) lockGroup(ctx context.Context, tx bun.IDB, id int64, g *Group) error {
	err := tx.NewSelect().Model(g).Where("wg.id = ?", id).For("UPDATE").Scan(ctx)
	if db.IsNoRows(err) {
		return apperr.User(apperr.CodeNotFound, []string{"workingGroupId"}, "no such working group")
	}
	return err
}

// Approve activates a proposed group. R4.5 needs agreement of both sides: the side that
// proposed it cannot approve it.
func (s *Service) Approve(ctx context.Context, id int64) (*Group, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.CanApproveWorkingGroups() {
		return nil, apperr.New(apperr.Forbidden, "R4.5: groups are approved by the presidency or the secretariat")
	}
	mine := sides(v)
	var g Group
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := s.lockGroup(ctx, tx, id, &g); err != nil {
			return err
		}
		other, err := g.Approve(mine, v.UserID, s.Now())
		if err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Model(&g).Column("status", "approved_at", "approved_by_user_id").WherePK().Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, nil, "approveWorkingGroup", gid.WorkingGroup, []int64{g.ID}, map[string]any{"side": other})
	})
	if err != nil {
		return nil, err
	}
	return &g, nil
}

// Close ends a group (the presidency or the secretariat).
func (s *Service) Close(ctx context.Context, id int64) (*Group, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if len(sides(v)) == 0 {
		return nil, apperr.New(apperr.Forbidden, "groups are closed by the presidency or the secretariat")
	}
	var g Group
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := s.lockGroup(ctx, tx, id, &g); err != nil {
			return err
		}
		if err := g.Close(s.Now()); err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Model(&g).Column("status", "closed_at").WherePK().Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, nil, "closeWorkingGroup", gid.WorkingGroup, []int64{g.ID}, nil)
	})
	if err != nil {
		return nil, err
	}
	return &g, nil
}

// requireActive loads a group that is active today.
func (s *Service) requireActive(ctx context.Context, tx bun.IDB, id int64) (*Group, error) {
	var g Group
	err := selectGroups(tx).Where("wg.id = ?", id).Scan(ctx, &g)
	if db.IsNoRows(err) {
		return nil, apperr.User(apperr.CodeNotFound, []string{"workingGroupId"}, "no such working group")
	}
	if err != nil {
		return nil, err
	}
	return &g, g.CheckActive(s.Now())
}

// Join adds a city to a group with its focal point (the city's CITY_ADMIN).
func (s *Service) Join(ctx context.Context, groupID, cityID int64, focalPoint *string) (*Member, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.IsCityAdmin(cityID) {
		return nil, apperr.New(apperr.Forbidden, "a city joins a group through its CITY_ADMIN")
	}
	if focalPoint != nil && utf8.RuneCountInString(*focalPoint) > 200 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"focalPoint"}, "the focal point is longer than 200 characters")
	}
	m := &Member{CityID: cityID, WorkingGroupID: groupID, FocalPoint: focalPoint}
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := s.requireActive(ctx, tx, groupID); err != nil {
			return err
		}
		res, err := tx.NewInsert().Model(m).On("CONFLICT DO NOTHING").Returning("NULL").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.User(apperr.CodeDuplicate, []string{"cityId"}, "the city is already a member of the group")
		}
		m.JoinedAt = s.Now()
		return audit.Entity(ctx, tx, &cityID, "joinWorkingGroup", gid.WorkingGroup, []int64{groupID}, map[string]any{"focalPoint": focalPoint})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// Leave takes a city out of a group (the city's CITY_ADMIN).
func (s *Service) Leave(ctx context.Context, groupID, cityID int64) error {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return err
	}
	if !v.IsCityAdmin(cityID) {
		return apperr.New(apperr.Forbidden, "a city leaves a group through its CITY_ADMIN")
	}
	return db.Write(ctx, s.DB, func(tx bun.Tx) error {
		res, err := tx.NewDelete().Model((*Member)(nil)).Where("city_id = ? AND working_group_id = ?", cityID, groupID).Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.User(apperr.CodeNotFound, []string{"workingGroupId"}, "the city is not a member of the group")
		}
		return audit.Entity(ctx, tx, &cityID, "leaveWorkingGroup", gid.WorkingGroup, []int64{groupID}, nil)
	})
}

// MeetingInput schedules a meeting.
type MeetingInput struct {
	Kind      MeetingKind
	StartsAt  time.Time
	OnlineURL *string
	Location  *string
	Agenda    *string
	// EndsAt defaults to two hours after the start; TimeZone to Europe/Istanbul.
	EndsAt   *time.Time
	TimeZone *string
}

func (in MeetingInput) validate() error {
	if err := checkTimes(in.StartsAt, in.EndsAt, in.TimeZone); err != nil {
		return err
	}
	switch in.Kind {
	case MeetingSummitSession:
		if in.OnlineURL == nil && (in.Location == nil || strings.TrimSpace(*in.Location) == "") {
			return apperr.User(apperr.CodeInvalid, []string{"location"}, "a summit session needs a location or an online link")
		}
	case MeetingRegular, MeetingExtra:
		if in.OnlineURL == nil {
			return apperr.User(apperr.CodeInvalid, []string{"onlineUrl"}, "R4.4: groups meet online; give the meeting's link")
		}
	case MeetingInPerson:
		if in.Location == nil || strings.TrimSpace(*in.Location) == "" {
			return apperr.User(apperr.CodeInvalid, []string{"location"}, "an in-person meeting needs a location")
		}
	default:
		return apperr.User(apperr.CodeInvalid, []string{"kind"}, "kind is REGULAR, EXTRA, IN_PERSON or SUMMIT_SESSION")
	}
	if in.OnlineURL != nil {
		if u, err := url.Parse(*in.OnlineURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return apperr.User(apperr.CodeInvalid, []string{"onlineUrl"}, "onlineUrl must be an http or https URL")
		}
	}
	if in.Agenda != nil && utf8.RuneCountInString(*in.Agenda) > 10000 {
		return apperr.User(apperr.CodeInvalid, []string{"agenda"}, "the agenda is longer than 10000 characters")
	}
	return nil
}

func (s *Service) insertMeeting(ctx context.Context, tx bun.IDB, groupID int64, in MeetingInput, requestedBy *int64) (*Meeting, error) {
	m := &Meeting{WorkingGroupID: groupID, Kind: in.Kind, StartsAt: in.StartsAt, OnlineURL: in.OnlineURL, Location: in.Location,
		Agenda: in.Agenda, RequestedByCityID: requestedBy}
	if in.EndsAt != nil {
		m.EndsAt = *in.EndsAt
	}
	if in.TimeZone != nil {
		m.TimeZone = *in.TimeZone
	}
	if _, err := tx.NewInsert().Model(m).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	if err := audit.Entity(ctx, tx, requestedBy, "scheduleMeeting", gid.WorkingGroupMeeting, []int64{m.ID},
		map[string]any{"kind": m.Kind, "startsAt": m.StartsAt, "workingGroupId": gid.Encode(gid.WorkingGroup, groupID)}); err != nil {
		return nil, err
	}
	return m, s.raiseMeeting(ctx, tx, notify.KindMeetingScheduled, m)
}

// raiseMeeting tells the group's member cities' editors and admins of a meeting's news.
func (s *Service) raiseMeeting(ctx context.Context, tx bun.IDB, kind string, m *Meeting) error {
	var name i18n.Text
	if err := tx.NewRaw("SELECT name FROM working_group WHERE id = ?", m.WorkingGroupID).Scan(ctx, &name); err != nil {
		return err
	}
	params := map[string]string{"startsAt": m.StartsAt.UTC().Format("2006-01-02 15:04 UTC")}
	if m.Location != nil {
		params["location"] = *m.Location
	}
	if m.OnlineURL != nil {
		params["online"] = "yes"
	}
	id := gid.Encode(gid.WorkingGroupMeeting, m.ID)
	_, err := s.Outbox.Raise(ctx, tx, notify.Event{Kind: kind, GroupID: m.WorkingGroupID, ItemID: id, Params: params,
		Texts: map[string]i18n.Text{"group": name}, URL: "/meetings/" + id})
	return err
}

// ScheduleMeeting schedules a meeting of an active group (the lead side: the secretariat or
// the presidency).
func (s *Service) ScheduleMeeting(ctx context.Context, groupID int64, in MeetingInput) (*Meeting, error) {
	if _, err := requireLead(ctx); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	var m *Meeting
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := s.requireActive(ctx, tx, groupID); err != nil {
			return err
		}
		var err error
		m, err = s.insertMeeting(ctx, tx, groupID, in, nil)
		return err
	})
	return m, err
}

// RecordMinutes records what a meeting that has taken place decided and which cities attended
// (SECRETARIAT); recording again replaces both.
func (s *Service) RecordMinutes(ctx context.Context, meetingID int64, minutes string, cityIDs []int64) (*Meeting, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	if strings.TrimSpace(minutes) == "" || utf8.RuneCountInString(minutes) > 50000 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"minutes"}, "the minutes need 1 to 50000 characters")
	}
	var m Meeting
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		err := tx.NewSelect().Model(&m).Where("mt.id = ?", meetingID).For("UPDATE").Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"meetingId"}, "no such meeting")
		}
		if err != nil {
			return err
		}
		if m.StartsAt.After(s.Now()) {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "the meeting has not taken place yet")
		}
		var found int
		if len(cityIDs) > 0 {
			if err := tx.NewRaw("SELECT count(*) FROM city WHERE id IN (?)", bun.List(cityIDs)).Scan(ctx, &found); err != nil {
				return err
			}
		}
		if found != len(uniq(cityIDs)) {
			return apperr.User(apperr.CodeNotFound, []string{"attendingCityIds"}, "an attending city does not exist")
		}
		m.Minutes = &minutes
		if _, err := tx.NewUpdate().Model(&m).Column("minutes").WherePK().Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.NewDelete().Model((*Attendance)(nil)).Where("meeting_id = ?", m.ID).Exec(ctx); err != nil {
			return err
		}
		for _, c := range uniq(cityIDs) {
			if _, err := tx.NewInsert().Model(&Attendance{CityID: c, MeetingID: m.ID}).Returning("NULL").Exec(ctx); err != nil {
				return err
			}
		}
		if err := audit.Entity(ctx, tx, nil, "recordMeetingMinutes", gid.WorkingGroupMeeting, []int64{m.ID}, map[string]any{"attendingCities": len(uniq(cityIDs))}); err != nil {
			return err
		}
		return s.raiseMeeting(ctx, tx, notify.KindMinutesPublished, &m)
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}

func uniq(ids []int64) []int64 {
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}

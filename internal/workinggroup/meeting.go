package workinggroup

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/notify"
)

// DefaultTimeZone is the zone of a meeting scheduled without one: the secretariat's city.
const DefaultTimeZone = "Europe/Istanbul"

// IsLead reports whether v acts for the lead side of the groups' meetings: the secretariat
// (R3.4 coordinates the member cities) or the presidency (R3.2).
func IsLead(v *auth.Viewer) bool {
	return v != nil && !v.APIToken && (v.ActsForSecretariat() || v.IsPresidency())
}

func requireLead(ctx context.Context) (*auth.Viewer, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !IsLead(v) {
		return nil, apperr.New(apperr.Forbidden, "meetings are run by the lead side: the secretariat or the presidency")
	}
	return v, nil
}

// LoadZone checks an IANA time zone name ("Europe/Athens") and loads it.
func LoadZone(name string) (*time.Location, error) {
	if name == "" || name == "Local" || strings.ContainsAny(name, " .\\") || (name != "UTC" && !strings.Contains(name, "/")) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"timeZone"}, "timeZone must be an IANA name such as Europe/Athens")
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, apperr.User(apperr.CodeInvalid, []string{"timeZone"}, "unknown time zone %q", name)
	}
	return loc, nil
}

func checkTimes(startsAt time.Time, endsAt *time.Time, zone *string) error {
	if startsAt.IsZero() {
		return apperr.User(apperr.CodeInvalid, []string{"startsAt"}, "startsAt is required")
	}
	if endsAt != nil && (!endsAt.After(startsAt) || endsAt.Sub(startsAt) > 7*24*time.Hour) {
		return apperr.User(apperr.CodeInvalid, []string{"endsAt"}, "endsAt must be after startsAt and within seven days of it")
	}
	if zone != nil {
		if _, err := LoadZone(*zone); err != nil {
			return err
		}
	}
	return nil
}

// readMeeting loads a meeting without locking it: members of the network read meetings but may
// not lock them (row-level security hides rows from FOR UPDATE/SHARE without an UPDATE policy).
func readMeeting(ctx context.Context, tx bun.IDB, id int64) (*Meeting, error) {
	var m Meeting
	err := tx.NewSelect().Model(&m).Where("mt.id = ?", id).Scan(ctx)
	if db.IsNoRows(err) {
		return nil, apperr.User(apperr.CodeNotFound, []string{"meetingId"}, "no such meeting")
	}
	return &m, err
}

// lockMeeting loads a meeting for update (the lead side).
func lockMeeting(ctx context.Context, tx bun.IDB, id int64) (*Meeting, error) {
	var m Meeting
	err := tx.NewSelect().Model(&m).Where("mt.id = ?", id).For("UPDATE").Scan(ctx)
	if db.IsNoRows(err) {
		return nil, apperr.User(apperr.CodeNotFound, []string{"meetingId"}, "no such meeting")
	}
	return &m, err
}

// MeetingChange reschedules or moves a meeting; nil fields stay as they are.
type MeetingChange struct {
	ExpectedVersion int
	StartsAt        *time.Time
	EndsAt          *time.Time
	TimeZone        *string
	OnlineURL       *string
	Location        *string
}

// UpdateMeeting changes a meeting's time or place (the lead side), bumping its calendar
// SEQUENCE so subscribed calendars replace the event.
func (s *Service) UpdateMeeting(ctx context.Context, id int64, ch MeetingChange) (*Meeting, error) {
	if _, err := requireLead(ctx); err != nil {
		return nil, err
	}
	var m *Meeting
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var err error
		if m, err = lockMeeting(ctx, tx, id); err != nil {
			return err
		}
		if m.Version != ch.ExpectedVersion {
			return apperr.User(apperr.CodeConflict, []string{"expectedVersion"}, "the meeting was changed meanwhile (version %d)", m.Version)
		}
		if m.Status == MeetingCancelled {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "the meeting was cancelled")
		}
		in := MeetingInput{Kind: m.Kind, StartsAt: m.StartsAt, OnlineURL: m.OnlineURL, Location: m.Location, EndsAt: &m.EndsAt, TimeZone: &m.TimeZone}
		if ch.StartsAt != nil {
			// Moving the start moves the end with it unless a new end is given.
			end := ch.StartsAt.Add(m.EndsAt.Sub(m.StartsAt))
			in.StartsAt, in.EndsAt = *ch.StartsAt, &end
		}
		if ch.EndsAt != nil {
			in.EndsAt = ch.EndsAt
		}
		if ch.TimeZone != nil {
			in.TimeZone = ch.TimeZone
		}
		if ch.OnlineURL != nil {
			in.OnlineURL = emptyNil(ch.OnlineURL)
		}
		if ch.Location != nil {
			in.Location = emptyNil(ch.Location)
		}
		if err := in.validate(); err != nil {
			return err
		}
		m.StartsAt, m.EndsAt, m.TimeZone, m.OnlineURL, m.Location = in.StartsAt, *in.EndsAt, *in.TimeZone, in.OnlineURL, in.Location
		m.Sequence++
		m.Version++
		if _, err := tx.NewUpdate().Model(m).Column("starts_at", "ends_at", "time_zone", "online_url", "location", "sequence", "version").
			Set("updated_at = now()").WherePK().Returning("updated_at").Exec(ctx); err != nil {
			return err
		}
		if err := audit.Entity(ctx, tx, nil, "updateMeeting", gid.WorkingGroupMeeting, []int64{m.ID},
			map[string]any{"startsAt": m.StartsAt, "endsAt": m.EndsAt, "timeZone": m.TimeZone, "sequence": m.Sequence}); err != nil {
			return err
		}
		return s.raiseMeeting(ctx, tx, notify.KindMeetingScheduled, m)
	})
	return m, err
}

func emptyNil(s *string) *string {
	if s == nil || strings.TrimSpace(*s) == "" {
		return nil
	}
	return s
}

// CancelMeeting cancels a meeting that has not started (the lead side); calendars show it
// with STATUS:CANCELLED.
func (s *Service) CancelMeeting(ctx context.Context, id int64) (*Meeting, error) {
	if _, err := requireLead(ctx); err != nil {
		return nil, err
	}
	var m *Meeting
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var err error
		if m, err = lockMeeting(ctx, tx, id); err != nil {
			return err
		}
		if m.Status == MeetingCancelled {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "the meeting is already cancelled")
		}
		if !m.StartsAt.After(s.Now()) {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "the meeting has already started")
		}
		m.Status = MeetingCancelled
		m.Sequence++
		m.Version++
		if _, err := tx.NewUpdate().Model(m).Column("status", "sequence", "version").Set("updated_at = now()").WherePK().Returning("updated_at").Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, nil, "cancelMeeting", gid.WorkingGroupMeeting, []int64{m.ID}, map[string]any{"sequence": m.Sequence})
	})
	return m, err
}

// agendaLockSpace is the first key of the advisory locks taken on a meeting's agenda.
const agendaLockSpace = 22001

// AgendaItem is one point of a meeting's agenda.
type AgendaItem struct {
	bun.BaseModel `bun:"table:meeting_agenda_item,alias:ai"`

	ID               int64     `bun:"id,pk,autoincrement"`
	MeetingID        int64     `bun:"meeting_id"`
	Position         int       `bun:"position"`
	Title            string    `bun:"title"`
	Description      *string   `bun:"description"`
	ProposalCityID   *int64    `bun:"proposal_city_id"`
	ProposalID       *int64    `bun:"proposal_id"`
	RecommendationID *int64    `bun:"recommendation_id"`
	AddedByCityID    *int64    `bun:"added_by_city_id"`
	AddedByUserID    *int64    `bun:"added_by_user_id"`
	CreatedAt        time.Time `bun:"created_at,nullzero,default:now()"`
}

// GlobalID is the AgendaItem's global ID.
func (x *AgendaItem) GlobalID() string { return gid.Encode(gid.AgendaItem, x.ID) }

// AgendaInput is a new agenda item. CityID is the member city adding it (nil for the lead side).
type AgendaInput struct {
	MeetingID        int64
	CityID           *int64
	Title            string
	Description      *string
	ProposalCityID   *int64
	ProposalID       *int64
	RecommendationID *int64
}

// AddAgendaItem adds a point to a meeting's agenda before it starts: an editor of a member city
// of the group, or the lead side.
func (s *Service) AddAgendaItem(ctx context.Context, in AgendaInput) (*AgendaItem, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	lead := IsLead(v)
	if in.CityID != nil && !v.CanEdit(*in.CityID) {
		return nil, apperr.New(apperr.Forbidden, "agenda items are added by the city's editors")
	}
	if in.CityID == nil && !lead {
		return nil, apperr.New(apperr.Forbidden, "give the member city adding the item (cityId)")
	}
	title := strings.TrimSpace(in.Title)
	if title == "" || utf8.RuneCountInString(title) > 300 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"title"}, "the title needs 1 to 300 characters")
	}
	if in.Description != nil && utf8.RuneCountInString(*in.Description) > 5000 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"description"}, "the description is longer than 5000 characters")
	}
	if in.ProposalID != nil && in.RecommendationID != nil {
		return nil, apperr.User(apperr.CodeInvalid, []string{"proposalId"}, "link a proposal or a recommendation, not both")
	}
	item := &AgendaItem{MeetingID: in.MeetingID, Title: title, Description: emptyNil(in.Description), ProposalCityID: in.ProposalCityID,
		ProposalID: in.ProposalID, RecommendationID: in.RecommendationID, AddedByCityID: in.CityID, AddedByUserID: &v.UserID}
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		// One writer of a meeting's agenda at a time, so positions do not collide.
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?, ?)", agendaLockSpace, in.MeetingID); err != nil {
			return err
		}
		m, err := readMeeting(ctx, tx, in.MeetingID)
		if err != nil {
			return err
		}
		if m.Status == MeetingCancelled || !m.StartsAt.After(s.Now()) {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "items are added before the meeting starts")
		}
		if in.CityID != nil {
			var member bool
			if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM working_group_member WHERE working_group_id = ? AND city_id = ?)", m.WorkingGroupID, *in.CityID).Scan(ctx, &member); err != nil {
				return err
			}
			if !member {
				return apperr.User(apperr.CodeRuleViolation, []string{"cityId"}, "only the group's member cities add agenda items")
			}
		}
		if in.ProposalID != nil {
			// The proposal must be one the caller sees, and submitted to the network.
			var ok bool
			if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM proposal WHERE city_id = ? AND id = ? AND status <> 'DRAFT')", *in.ProposalCityID, *in.ProposalID).Scan(ctx, &ok); err != nil {
				return err
			}
			if !ok {
				return apperr.User(apperr.CodeNotFound, []string{"proposalId"}, "no such submitted proposal")
			}
		}
		if in.RecommendationID != nil {
			var ok bool
			if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM recommendation WHERE id = ?)", *in.RecommendationID).Scan(ctx, &ok); err != nil {
				return err
			}
			if !ok {
				return apperr.User(apperr.CodeNotFound, []string{"recommendationId"}, "no such recommendation")
			}
		}
		if err := tx.NewRaw("SELECT coalesce(max(position), 0) + 1 FROM meeting_agenda_item WHERE meeting_id = ?", m.ID).Scan(ctx, &item.Position); err != nil {
			return err
		}
		if _, err := tx.NewInsert().Model(item).Returning("id, created_at").Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, in.CityID, "addAgendaItem", gid.WorkingGroupMeeting, []int64{m.ID}, map[string]any{"agendaItem": item.ID})
	})
	if err != nil {
		return nil, err
	}
	return item, nil
}

// RemoveAgendaItem takes an item off the agenda before the meeting: the city that added it or
// the lead side.
func (s *Service) RemoveAgendaItem(ctx context.Context, itemID int64) (*Meeting, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	var m *Meeting
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var it AgendaItem
		err := tx.NewSelect().Model(&it).Where("ai.id = ?", itemID).Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"agendaItemId"}, "no such agenda item")
		}
		if err != nil {
			return err
		}
		if !IsLead(v) && (it.AddedByCityID == nil || !v.CanEdit(*it.AddedByCityID)) {
			return apperr.New(apperr.Forbidden, "an item is removed by the city that added it or the lead side")
		}
		if m, err = readMeeting(ctx, tx, it.MeetingID); err != nil {
			return err
		}
		if !m.StartsAt.After(s.Now()) {
			return apperr.User(apperr.CodeRuleViolation, []string{"agendaItemId"}, "the meeting has started: its agenda is kept")
		}
		if _, err := tx.NewDelete().Model((*AgendaItem)(nil)).Where("id = ?", itemID).Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, it.AddedByCityID, "removeAgendaItem", gid.WorkingGroupMeeting, []int64{m.ID}, map[string]any{"agendaItem": itemID})
	})
	return m, err
}

// AgendaByMeeting loads each meeting's agenda in order (loader batch function).
func (s *Service) AgendaByMeeting(ctx context.Context, ids []int64) ([][]*AgendaItem, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, agendaByMeeting, ids)
}

var agendaByMeeting = db.ByKeys[int64, *AgendaItem]{Cols: []string{"ai.meeting_id"}, Order: []string{"ai.meeting_id", "ai.position", "ai.id"},
	Key: func(a *AgendaItem) int64 { return a.MeetingID }}

// AgendaItemByID loads one agenda item, or nil.
func (s *Service) AgendaItemByID(ctx context.Context, id int64) (*AgendaItem, error) {
	return db.First[*AgendaItem](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*AgendaItem)(nil)).Where("ai.id = ?", id)
	})
}

// NextMeetings lists the viewer's next meetings (not ended, not cancelled), soonest first: the
// groups of the viewer's cities, or every group for the lead side and analysts.
func (s *Service) NextMeetings(ctx context.Context, limit int) ([]*Meeting, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return []*Meeting{}, nil
	}
	return db.Select[*Meeting](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().Model((*Meeting)(nil)).Where("mt.ends_at > now() AND mt.status = ?", MeetingScheduled)
		if !(v.IsSecretariat() || v.IsPresidency() || v.IsAnalyst()) {
			q = q.Where("EXISTS (SELECT 1 FROM working_group_member m WHERE m.working_group_id = mt.working_group_id AND m.city_id IN (?))",
				bun.List(append(v.CityIDs(), 0)))
		}
		return q.Order("mt.starts_at", "mt.id").Limit(int64(limit))
	})
}

// NextMeeting is a group's next meeting that has not ended and is not cancelled, or nil.
func (s *Service) NextMeeting(ctx context.Context, groupID int64) (*Meeting, error) {
	return db.First[*Meeting](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Meeting)(nil)).Where(strings.NewReplacer("{r}", "mt", "{p}.id", "?").Replace(nextMeetingSQL), groupID).
			OrderExpr(strings.ReplaceAll(nextMeetingOrder, "{r}", "mt"))
	})
}

// MayAddAgendaItem reports whether the caller may add an item to m now.
func (s *Service) MayAddAgendaItem(ctx context.Context, m *Meeting, members []*Member) bool {
	v := auth.FromContext(ctx)
	if v == nil || v.APIToken || m.Status == MeetingCancelled || !m.StartsAt.After(s.Now()) {
		return false
	}
	if IsLead(v) {
		return true
	}
	for _, mem := range members {
		if v.CanEdit(mem.CityID) {
			return true
		}
	}
	return false
}

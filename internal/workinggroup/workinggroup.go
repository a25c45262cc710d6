// Package workinggroup holds the network's working groups, their member cities and meetings (R4).
package workinggroup

import (
	"context"
	"strings"
	"time"

	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/page"
)

// Cadence is how often a group meets (R4.4).
const CadenceMonths = 3

// Group is a working group.
type Group struct {
	bun.BaseModel `bun:"table:working_group,alias:wg"`

	ID          int64      `bun:"id,pk,autoincrement"`
	Slug        string     `bun:"slug"`
	Name        i18n.Text  `bun:"name,type:jsonb"`
	Description *string    `bun:"description"`
	Kind        Kind       `bun:"kind"`
	EndsOn      *time.Time `bun:"ends_on,type:date"`
	Status      Status     `bun:"status"`
	ProposedBy  *Side      `bun:"proposed_by"`
	ApprovedAt  *time.Time `bun:"approved_at"`
	CreatedAt   time.Time  `bun:"created_at,nullzero,default:now()"`

	ProposedByUserID *int64     `bun:"proposed_by_user_id"`
	ApprovedByUserID *int64     `bun:"approved_by_user_id"`
	ClosedAt         *time.Time `bun:"closed_at"`

	// LastRegularMeetingAt is the latest REGULAR or IN_PERSON meeting already held; EXTRA
	// meetings, held at members' request, do not reset the quarterly cadence.
	LastRegularMeetingAt *time.Time `bun:"last_regular_meeting_at,scanonly"`
}

// EffectiveStatus closes a temporary group once its end date has passed.
func (g *Group) EffectiveStatus(now time.Time) Status {
	if g.Status == StatusActive && g.EndsOn != nil && dateOf(now).After(*g.EndsOn) {
		return StatusClosed
	}
	return g.Status
}

// LastRegularMeetingOn is the day (UTC) of the last regular meeting, the day the next one's
// due date counts from; nil when none was held.
func (g *Group) LastRegularMeetingOn() *time.Time {
	if g.LastRegularMeetingAt == nil {
		return nil
	}
	d := dateOf(*g.LastRegularMeetingAt)
	return &d
}

// NextRegularMeetingDue is three months after the last regular meeting, or after approval when
// there was none; nil unless the group is active.
func (g *Group) NextRegularMeetingDue(now time.Time) *time.Time {
	if g.EffectiveStatus(now) != StatusActive {
		return nil
	}
	from := g.ApprovedAt
	if g.LastRegularMeetingAt != nil {
		from = g.LastRegularMeetingAt
	}
	if from == nil {
		return nil
	}
	due := dateOf(*from).AddDate(0, CadenceMonths, 0)
	return &due
}

// IsMeetingOverdue is true when the next regular meeting was due before today.
func (g *Group) IsMeetingOverdue(now time.Time) bool {
	due := g.NextRegularMeetingDue(now)
	return due != nil && due.Before(dateOf(now))
}

func dateOf(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Member is a city's membership in a group.
type Member struct {
	bun.BaseModel `bun:"table:working_group_member,alias:wgm"`

	CityID         int64     `bun:"city_id,pk"`
	WorkingGroupID int64     `bun:"working_group_id,pk"`
	FocalPoint     *string   `bun:"focal_point"`
	JoinedAt       time.Time `bun:"joined_at,nullzero,default:now()"`
}

// Meeting is one meeting of a group.
type Meeting struct {
	bun.BaseModel `bun:"table:working_group_meeting,alias:mt"`

	ID                int64       `bun:"id,pk,autoincrement"`
	WorkingGroupID    int64       `bun:"working_group_id"`
	Kind              MeetingKind `bun:"kind"`
	StartsAt          time.Time   `bun:"starts_at"`
	OnlineURL         *string     `bun:"online_url"`
	Location          *string     `bun:"location"`
	Agenda            *string     `bun:"agenda"`
	Minutes           *string     `bun:"minutes"`
	RequestedByCityID *int64      `bun:"requested_by_city_id"`
	CreatedAt         time.Time   `bun:"created_at,nullzero,default:now()"`

	// EndsAt, when zero on insert, is filled in by the database (two hours after the start).
	EndsAt time.Time `bun:"ends_at,nullzero"`
	// TimeZone is the IANA zone the meeting is planned in (calendars write it out).
	TimeZone string        `bun:"time_zone,nullzero,default:'Europe/Istanbul'"`
	Status   MeetingStatus `bun:"status,nullzero,default:'SCHEDULED'"`
	// Sequence is RFC 5545's SEQUENCE: bumped whenever time, place or status change.
	Sequence  int       `bun:"sequence"`
	Version   int       `bun:"version,nullzero,default:1"`
	UpdatedAt time.Time `bun:"updated_at,nullzero,default:now()"`
}

// Attendance records a city at a meeting.
type Attendance struct {
	bun.BaseModel `bun:"table:working_group_meeting_attendance,alias:att"`

	CityID    int64 `bun:"city_id,pk"`
	MeetingID int64 `bun:"meeting_id,pk"`
}

// Filter narrows a list of groups.
type Filter struct {
	Statuses []Status
	Kinds    []Kind
	CityIDs  []int64 // groups any of these cities belongs to
}

// LastRegularSQL is a group's "{r}" latest REGULAR or IN_PERSON meeting held (EXTRA ones and
// summit sessions do not reset the quarterly cadence, R4.4): the groups' select reads it into
// LastRegularMeetingAt (lastRegularExpr), the nested reads from the declarations. A REGULAR
// meeting counts as held when it took place, was not cancelled and its minutes were approved
// (or recorded with recordMeetingMinutes, the secretariat's own record); an IN_PERSON meeting
// counts once it took place.
var LastRegularSQL = `(SELECT max(mt.starts_at) FROM working_group_meeting mt
	WHERE mt.working_group_id = {r}.id AND mt.kind IN (` + db.Lit(MeetingRegular) + `, ` + db.Lit(MeetingInPerson) + `) AND mt.starts_at <= now() AND ` + HeldSQL("mt") + `)`

var lastRegularExpr = strings.ReplaceAll(LastRegularSQL, "{r}", "wg")

// HeldSQL is the condition, on the meeting aliased alias, that a meeting that took place counts
// as held for R4.4 and the analytics: not cancelled, and a REGULAR one with its minutes
// approved (or recorded with recordMeetingMinutes).
func HeldSQL(alias string) string {
	return `(` + alias + `.status <> 'CANCELLED' AND (` + alias + `.kind <> 'REGULAR' OR ` + alias + `.minutes IS NOT NULL
		OR EXISTS (SELECT 1 FROM meeting_minutes held_mm WHERE held_mm.meeting_id = ` + alias + `.id AND held_mm.status = 'APPROVED')))`
}

// Service reads working groups.
type Service struct {
	DB  *bun.DB
	Now func() time.Time
	// Outbox tells a group's member cities of its meetings, in the change's transaction.
	Outbox *notify.Outbox
}

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d, Now: time.Now} }

func selectGroups(tx bun.IDB) *bun.SelectQuery {
	return tx.NewSelect().Model((*Group)(nil)).Column("wg.*").ColumnExpr(lastRegularExpr + " AS last_regular_meeting_at")
}

// The groups' list's filters as SQL over the groups "{r}", "?" their values (an array): the
// service's (apply) and the nested reads' (readmodel.go).
const (
	// StatusIn is Group.EffectiveStatus in SQL (on PostgreSQL's calendar), so status filters
	// agree with it.
	StatusIn = "(CASE WHEN {r}.status = 'ACTIVE' AND {r}.ends_on < current_date THEN 'CLOSED' ELSE {r}.status END) = ANY (?::text[])"
	// OfCities: the groups any of these cities belongs to.
	OfCities = "EXISTS (SELECT 1 FROM working_group_member m WHERE m.working_group_id = {r}.id AND m.city_id = ANY (?::bigint[]))"
)

func (f Filter) apply(q *bun.SelectQuery) *bun.SelectQuery {
	if len(f.Statuses) > 0 {
		q = q.Where(strings.ReplaceAll(StatusIn, "{r}", "wg"), pgdialect.Array(f.Statuses))
	}
	q = db.WhereIn(q, "wg.kind", f.Kinds)
	if len(f.CityIDs) > 0 {
		q = q.Where(strings.ReplaceAll(OfCities, "{r}", "wg"), pgdialect.Array(f.CityIDs))
	}
	return q
}

var groupKey = page.Key{Exprs: []string{"wg.slug", "wg.id"}, Types: []string{"text", "bigint"}}

// List returns groups by slug.
func (s *Service) List(ctx context.Context, f Filter, args page.Args) (*page.Connection[*Group], error) {
	return db.List(ctx, s.DB, args, groupKey, func(g *Group) []any { return []any{g.Slug, g.ID} },
		func(tx bun.IDB) *bun.SelectQuery { return f.apply(selectGroups(tx)) })
}

// BySlug returns the group with slug, or nil.
func (s *Service) BySlug(ctx context.Context, slug string) (*Group, error) {
	return db.First[*Group](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery { return selectGroups(tx).Where("wg.slug = ?", slug) })
}

// ByIDs loads groups by id (loader batch function).
func (s *Service) ByIDs(ctx context.Context, ids []int64) ([]*Group, []error) {
	return db.LoadByKeys(ctx, s.DB, groupsByID, ids)
}

var groupsByID = db.ByKeys[int64, *Group]{
	Select: selectGroups,
	Cols:   []string{"wg.id"},
	Key:    func(g *Group) int64 { return g.ID },
}

// MembersByGroup loads each group's member cities (loader batch function).
func (s *Service) MembersByGroup(ctx context.Context, groupIDs []int64) ([][]*Member, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, membersByGroup, groupIDs)
}

// memberOrder is a group's members' order, earliest first (the loader's and the nested
// reads'), over the members' alias {r}.
const memberOrder = "{r}.joined_at, {r}.city_id"

var membersByGroup = db.ByKeys[int64, *Member]{Cols: []string{"wgm.working_group_id"},
	Order: append([]string{"wgm.working_group_id"}, strings.Split(strings.ReplaceAll(memberOrder, "{r}", "wgm"), ", ")...),
	Key:   func(m *Member) int64 { return m.WorkingGroupID }}

// MembershipsByCity loads each city's group memberships (loader batch function).
func (s *Service) MembershipsByCity(ctx context.Context, cityIDs []int64) ([][]*Member, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, membershipsByCity, cityIDs)
}

var membershipsByCity = db.ByKeys[int64, *Member]{Cols: []string{"wgm.city_id"}, Order: []string{"wgm.city_id", "wgm.working_group_id"},
	Key: func(m *Member) int64 { return m.CityID }}

var meetingKey = page.Key{Exprs: []string{"mt.starts_at", "mt.id"}, Types: []string{"timestamptz", "bigint"}, Desc: true}

// Meetings lists one group's meetings, newest first.
func (s *Service) Meetings(ctx context.Context, groupID int64, args page.Args) (*page.Connection[*Meeting], error) {
	return db.List(ctx, s.DB, args, meetingKey, func(m *Meeting) []any { return []any{m.StartsAt, m.ID} },
		func(tx bun.IDB) *bun.SelectQuery {
			return tx.NewSelect().Model((*Meeting)(nil)).Where("mt.working_group_id = ?", groupID)
		})
}

// MeetingsByIDs loads meetings by id (loader batch function).
func (s *Service) MeetingsByIDs(ctx context.Context, ids []int64) ([]*Meeting, []error) {
	return db.LoadByKeys(ctx, s.DB, meetingsByID, ids)
}

var meetingsByID = db.ByKeys[int64, *Meeting]{Cols: []string{"mt.id"}, Key: func(m *Meeting) int64 { return m.ID }}

// AttendanceByMeeting loads the cities recorded at each meeting (loader batch function).
func (s *Service) AttendanceByMeeting(ctx context.Context, meetingIDs []int64) ([][]*Attendance, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, attendanceByMeeting, meetingIDs)
}

var attendanceByMeeting = db.ByKeys[int64, *Attendance]{Cols: []string{"att.meeting_id"}, Order: []string{"att.meeting_id", "att.city_id"},
	Key: func(a *Attendance) int64 { return a.MeetingID }}

// MeetingByID loads one meeting, or nil.
func (s *Service) MeetingByID(ctx context.Context, id int64) (*Meeting, error) {
	return db.First[*Meeting](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Meeting)(nil)).Where("mt.id = ?", id)
	})
}

// ByID loads one group, or nil.
func (s *Service) ByID(ctx context.Context, id int64) (*Group, error) {
	return db.First[*Group](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery { return selectGroups(tx).Where("wg.id = ?", id) })
}

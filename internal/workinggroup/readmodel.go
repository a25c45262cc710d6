package workinggroup

import (
	"strconv"
	"strings"

	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// effectiveStatusSQL is Group.EffectiveStatus in SQL: an active temporary group closes once its
// end date has passed (the day in UTC, as dateOf reads it).
const effectiveStatusSQL = `CASE WHEN {r}.status = 'ACTIVE' AND {r}.ends_on IS NOT NULL AND ({now} AT TIME ZONE 'UTC')::date > {r}.ends_on
	THEN 'CLOSED' ELSE {r}.status END`

// nextDueSQL is Group.NextRegularMeetingDue in SQL: for an active group, CadenceMonths after the
// day (UTC) of its last regular meeting, or of its approval when none; months added as Go's
// AddDate adds them (31 January and three months is 1 May: the day counted from the month's
// first). Null otherwise.
var nextDueSQL = `CASE WHEN (` + effectiveStatusSQL + `) = 'ACTIVE' THEN
	(SELECT (date_trunc('month', f) + interval '` + strconv.Itoa(CadenceMonths) + ` months' + (extract(day FROM f)::int - 1) * interval '1 day')::date
	   FROM (SELECT coalesce(` + LastRegularSQL + `, {r}.approved_at) AT TIME ZONE 'UTC' AS f) s WHERE f IS NOT NULL) END`

// overdueSQL is Group.IsMeetingOverdue in SQL: due before today (UTC).
var overdueSQL = `coalesce((` + nextDueSQL + `) < ({now} AT TIME ZONE 'UTC')::date, false)`

// The read sides of this domain's node types (internal/readmodel): WorkingGroup field by field,
// the others' node facts so far (their fields are read by the resolvers).
func init() {
	rm.Register(
		rm.Type{Name: gid.WorkingGroup, Table: "working_group", Alias: "wg", Key: []string{"id"}, Batched: true, Public: true, Model: Group{},
			Root: "workingGroups", RootKey: &groupKey, RootFilters: map[string]rm.RootFilter{
				"statuses": {Cond: StatusIn}, "kinds": {Column: "kind"}, "cityIds": {Cond: OfCities, IDs: gid.City}},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "slug", Kind: rm.Column, Column: "slug", Render: rm.Text},
				{Name: "name", Kind: rm.Translated, Column: "name"},
				{Name: "description", Kind: rm.Column, Column: "description", Render: rm.Text, Nullable: true},
				{Name: "kind", Kind: rm.Column, Column: "kind", Render: rm.Enum},
				{Name: "endsOn", Kind: rm.Column, Column: "ends_on", Render: rm.Date, Nullable: true},
				{Name: "status", Kind: rm.Column, Column: "status", Expr: effectiveStatusSQL, Mirrors: true, Render: rm.Enum},
				{Name: "proposedBy", Kind: rm.Column, Column: "proposed_by", Render: rm.Enum, Nullable: true},
				{Name: "approvedAt", Kind: rm.Column, Column: "approved_at", Render: rm.Timestamp, Nullable: true},
				{Name: "members", Kind: rm.Relation, Rel: &rm.Rel{Type: "WorkingGroupMember", Many: true, From: []string{"id"}, To: []string{"working_group_id"},
					Order: memberOrder, Loader: "MembersByGroup"}},
				{Name: "meetings", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroupMeeting, Many: true, Connection: true,
					From: []string{"id"}, To: []string{"working_group_id"}, Order: strings.ReplaceAll(meetingKey.OrderSQL(), "mt.", "{r}.")}},
				// The day of the last regular meeting, as the Date scalar writes a time.Time in its
				// own zone: the resolvers answer it.
				{Name: "lastRegularMeetingOn", Kind: rm.Resolved},
				{Name: "nextRegularMeetingDue", Kind: rm.Column, Column: "next_regular_meeting_due", Expr: nextDueSQL, Mirrors: true, Render: rm.Date, Nullable: true},
				{Name: "isMeetingOverdue", Kind: rm.Column, Column: "is_meeting_overdue", Expr: overdueSQL, Mirrors: true, Render: rm.Bool},
				{Name: "meetingRequests", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "calendarFeedUrl", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "nextMeeting", Kind: rm.Resolved},
			}},
		// A group's member city.
		rm.Type{Name: "WorkingGroupMember", Table: "working_group_member", Alias: "wgm", Model: Member{},
			Fields: []rm.Field{
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "focalPoint", Kind: rm.Column, Column: "focal_point", Render: rm.Text, Nullable: true},
				{Name: "joinedAt", Kind: rm.Column, Column: "joined_at", Render: rm.Timestamp},
			}},
		rm.Type{Name: gid.WorkingGroupMeeting, Table: "working_group_meeting", Alias: "mt", Key: []string{"id"}, Batched: true, Model: Meeting{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "workingGroup", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroup, From: []string{"working_group_id"}, To: []string{"id"}, Loader: "WorkingGroup"}},
				{Name: "kind", Kind: rm.Column, Column: "kind", Render: rm.Enum},
				{Name: "startsAt", Kind: rm.Column, Column: "starts_at", Render: rm.Timestamp},
				{Name: "onlineUrl", Kind: rm.Column, Column: "online_url", Render: rm.Text, Nullable: true},
				{Name: "location", Kind: rm.Column, Column: "location", Render: rm.Text, Nullable: true},
				{Name: "agenda", Kind: rm.Column, Column: "agenda", Render: rm.Text, Nullable: true},
				{Name: "minutes", Kind: rm.Column, Column: "minutes", Render: rm.Text, Nullable: true},
				{Name: "attendingCities", Kind: rm.Resolved},
				{Name: "requestedBy", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"requested_by_city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "endsAt", Kind: rm.Column, Column: "ends_at", Render: rm.Timestamp},
				{Name: "timeZone", Kind: rm.Column, Column: "time_zone", Render: rm.Text},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "sequence", Kind: rm.Column, Column: "sequence", Render: rm.Int},
				{Name: "version", Kind: rm.Column, Column: "version", Render: rm.Int},
				{Name: "agendaItems", Kind: rm.Resolved},
				{Name: "meetingMinutes", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "attendance", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "rsvps", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "rsvpCounts", Kind: rm.Resolved},
				{Name: "invitees", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "viewerRsvp", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "viewerMayRsvp", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "viewerMayAddAgendaItem", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "icsUrl", Kind: rm.Resolved},
				{Name: "url", Kind: rm.Resolved},
			}},
		rm.Type{Name: gid.MeetingRequest, Table: "meeting_request", Key: []string{"city_id", "id"}, Model: MeetingRequest{}},
		rm.Type{Name: gid.AgendaItem, Table: "meeting_agenda_item", Key: []string{"id"}, Model: AgendaItem{}},
	)
}

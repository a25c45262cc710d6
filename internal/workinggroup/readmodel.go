package workinggroup

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// effectiveStatusSQL is Group.EffectiveStatus in SQL: an active temporary group closes once its
// end date has passed (the day in UTC, as dateOf reads it).
const effectiveStatusSQL = `CASE WHEN {r}.status = 'ACTIVE' AND {r}.ends_on IS NOT NULL AND ({now} AT TIME ZONE 'UTC')::date > {r}.ends_on
	THEN 'CLOSED' ELSE {r}.status END`

// The read sides of this domain's node types (internal/readmodel): WorkingGroup field by field,
// the others' node facts so far (their fields are read by the resolvers).
func init() {
	rm.Register(
		rm.Type{Name: gid.WorkingGroup, Table: "working_group", Alias: "wg", Key: []string{"id"}, Batched: true, Public: true, Model: Group{},
			Root: "workingGroups", RootKey: &groupKey,
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
				{Name: "members", Kind: rm.Resolved},
				{Name: "meetings", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroupMeeting, Many: true, Connection: true,
					From: []string{"id"}, To: []string{"working_group_id"}, Order: "{r}.starts_at DESC, {r}.id DESC"}},
				// The last regular meeting is a scan-only column of the groups' own select.
				{Name: "lastRegularMeetingOn", Kind: rm.Resolved},
				{Name: "nextRegularMeetingDue", Kind: rm.Resolved},
				{Name: "isMeetingOverdue", Kind: rm.Resolved},
				{Name: "meetingRequests", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "calendarFeedUrl", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "nextMeeting", Kind: rm.Resolved},
			}},
		rm.Type{Name: gid.WorkingGroupMeeting, Table: "working_group_meeting", Key: []string{"id"}, Batched: true, Model: Meeting{}},
		rm.Type{Name: gid.MeetingRequest, Table: "meeting_request", Key: []string{"city_id", "id"}, Model: MeetingRequest{}},
		rm.Type{Name: gid.AgendaItem, Table: "meeting_agenda_item", Key: []string{"id"}, Model: AgendaItem{}},
	)
}

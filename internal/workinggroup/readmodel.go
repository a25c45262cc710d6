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
		rm.Type{Name: gid.WorkingGroup, Table: "working_group", Alias: "wg", Key: []string{"id"}, Batched: true, Public: true, Model: Group{}, RootBy: "workingGroup", RootByColumn: "slug",
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
				{Name: "lastRegularMeetingOn", Kind: rm.Column, Column: "last_regular_meeting_on", Expr: "(" + LastRegularSQL + ") AT TIME ZONE 'UTC'",
					Mirrors: true, Render: rm.Date, Nullable: true},
				{Name: "nextRegularMeetingDue", Kind: rm.Column, Column: "next_regular_meeting_due", Expr: nextDueSQL, Mirrors: true, Render: rm.Date, Nullable: true},
				{Name: "isMeetingOverdue", Kind: rm.Column, Column: "is_meeting_overdue", Expr: overdueSQL, Mirrors: true, Render: rm.Bool},
				{Name: "meetingRequests", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.MeetingRequest, Many: true,
					From: []string{"id"}, To: []string{"working_group_id"}, Order: requestOrder, Loader: "RequestsByGroup"}},
				{Name: "calendarFeedUrl", Kind: rm.Resolved, Varies: rm.ByCaller},
				// Its first meeting scheduled and not over (Service.NextMeeting).
				{Name: "nextMeeting", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroupMeeting, Where: nextMeetingSQL, Order: nextMeetingOrder}},
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
				{Name: "attendingCities", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, Many: true, From: []string{"id"}, To: []string{"id"},
					Via: "working_group_meeting_attendance", ViaFrom: []string{"meeting_id"}, ViaTo: []string{"city_id"}, Order: relOrder(attendanceByMeeting.Order, "{v}")}},
				{Name: "requestedBy", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"requested_by_city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "endsAt", Kind: rm.Column, Column: "ends_at", Render: rm.Timestamp},
				{Name: "timeZone", Kind: rm.Column, Column: "time_zone", Render: rm.Text},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "sequence", Kind: rm.Column, Column: "sequence", Render: rm.Int},
				{Name: "version", Kind: rm.Column, Column: "version", Render: rm.Int},
				{Name: "agendaItems", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.AgendaItem, Many: true, From: []string{"id"}, To: []string{"meeting_id"},
					Order: relOrder(agendaByMeeting.Order, "{r}"), Loader: "AgendaByMeeting"}},
				{Name: "meetingMinutes", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: "MeetingMinutes", From: []string{"id"}, To: []string{"meeting_id"},
					Loader: "MinutesByMeeting"}},
				{Name: "attendance", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: "MeetingAttendance", Many: true, From: []string{"id"}, To: []string{"meeting_id"},
					Order: relOrder(peopleByMeeting.Order, "{r}"), Loader: "PeopleByMeeting"}},
				{Name: "rsvps", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: "MeetingRsvp", Many: true, From: []string{"id"}, To: []string{"meeting_id"},
					Order: relOrder(answersByMeeting.Order, "{r}"), Loader: "AnswersByMeeting"}},
				// The answers the caller may see, counted (as the resolver counts the rsvps).
				{Name: "rsvpCounts", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: "RsvpCounts", Source: `(SELECT
					count(*) FILTER (WHERE x.answer = '` + string(RSVPGoing) + `') AS going, count(*) FILTER (WHERE x.answer = '` + string(RSVPNotGoing) + `') AS not_going,
					count(*) FILTER (WHERE x.answer = '` + string(RSVPMaybe) + `') AS maybe FROM meeting_rsvp x WHERE x.meeting_id = {p}.id) {r}`}},
				{Name: "invitees", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: "MeetingInvitee", Many: true,
					Source: "b40_meeting_invitees({p}.id) {r}", Order: inviteeOrder}},
				{Name: "viewerRsvp", Kind: rm.Column, Column: "viewer_rsvp", Expr: viewerRsvpSQL, Mirrors: true, Render: rm.Enum, Nullable: true, Varies: rm.ByCaller},
				{Name: "viewerMayRsvp", Kind: rm.Column, Column: "viewer_may_rsvp", Expr: viewerMayRsvpSQL, Mirrors: true, Render: rm.Bool, Varies: rm.ByCaller},
				{Name: "viewerMayAddAgendaItem", Kind: rm.Column, Column: "viewer_may_add_agenda_item", Expr: viewerMayAddAgendaItemSQL, Mirrors: true, Render: rm.Bool, Varies: rm.ByCaller},
				{Name: "icsUrl", Kind: rm.Column, Column: "ics_url", Expr: "{base} || '/calendar/meetings/' || {gid " + gid.WorkingGroupMeeting + " id} || '.ics'", Mirrors: true, Render: rm.Text},
				{Name: "url", Kind: rm.Column, Column: "url", Expr: "{base} || '/meetings/' || {gid " + gid.WorkingGroupMeeting + " id}", Mirrors: true, Render: rm.Text},
			}},
		rm.Type{Name: gid.MeetingRequest, Table: "meeting_request", Alias: "mr", Key: []string{"city_id", "id"}, Model: MeetingRequest{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "workingGroup", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroup, From: []string{"working_group_id"}, To: []string{"id"}, Loader: "WorkingGroup"}},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "reason", Kind: rm.Column, Column: "reason", Render: rm.Text},
				{Name: "requestedAt", Kind: rm.Column, Column: "requested_at", Render: rm.Timestamp},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "respondedAt", Kind: rm.Column, Column: "responded_at", Render: rm.Timestamp, Nullable: true},
				{Name: "responseNote", Kind: rm.Column, Column: "response_note", Render: rm.Text, Nullable: true},
				{Name: "meeting", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroupMeeting, From: []string{"meeting_id"}, To: []string{"id"}}},
			}},
		rm.Type{Name: gid.AgendaItem, Table: "meeting_agenda_item", Alias: "ai", Key: []string{"id"}, Model: AgendaItem{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "position", Kind: rm.Column, Column: "position", Render: rm.Int},
				{Name: "title", Kind: rm.Column, Column: "title", Render: rm.Text},
				{Name: "description", Kind: rm.Column, Column: "description", Render: rm.Text, Nullable: true},
				{Name: "proposal", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Proposal, From: []string{"proposal_city_id", "proposal_id"}, To: []string{"city_id", "id"}}},
				{Name: "recommendation", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Recommendation, From: []string{"recommendation_id"}, To: []string{"id"}, Loader: "Recommendation"}},
				{Name: "addedBy", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"added_by_city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "createdAt", Kind: rm.Column, Column: "created_at", Render: rm.Timestamp},
			}},
		rm.Type{Name: "MeetingMinutes", Table: "meeting_minutes", Alias: "mm", Model: Minutes{},
			Fields: []rm.Field{
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "version", Kind: rm.Column, Column: "version", Render: rm.Int},
				{Name: "summary", Kind: rm.Column, Column: "summary", Render: rm.Text, Nullable: true},
				{Name: "items", Kind: rm.Relation, Rel: &rm.Rel{Type: "MinutesItem", Many: true, Order: "{r}.i", Source: elementsOf("{p}.items", "{p}.meeting_id")}},
				{Name: "approvedAt", Kind: rm.Column, Column: "approved_at", Render: rm.Timestamp, Nullable: true},
				{Name: "contentHash", Kind: rm.Column, Column: "content_hash", Render: rm.Text, Nullable: true},
				{Name: "markdown", Kind: rm.Column, Column: "markdown", Render: rm.Text, Nullable: true},
				{Name: "markdownUrl", Kind: rm.Column, Column: "markdown_url", Mirrors: true, Render: rm.Text, Nullable: true,
					Expr: "CASE WHEN {r}.status = '" + string(MinutesApproved) + "' THEN {base} || '/minutes/' || {gid " + gid.WorkingGroupMeeting + " meeting_id} || '.md' END"},
			}},
		// The minutes' items, their decisions and action items: elements of its jsonb
		// (MinutesItem's JSON), in order.
		rm.Type{Name: "MinutesItem", Derived: true, Model: minutesElement{},
			Fields: []rm.Field{
				// An agenda item of the same meeting (Resolver.minutesItemsOut).
				{Name: "agendaItem", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.AgendaItem,
					Where: "{r}.id = ({p}.v ->> 'agendaItemId')::bigint AND {r}.meeting_id = {p}.meeting_id"}},
				{Name: "title", Kind: rm.Column, Column: "title", Expr: "coalesce({r}.v ->> 'title', '')", Render: rm.Text},
				{Name: "notes", Kind: rm.Column, Column: "notes", Expr: "coalesce({r}.v ->> 'notes', '')", Render: rm.Text},
				{Name: "decisions", Kind: rm.Relation, Rel: &rm.Rel{Type: "MinutesDecision", Many: true, Order: "{r}.i", Source: elementsOf("{p}.v -> 'decisions'", "{p}.meeting_id")}},
				{Name: "actionItems", Kind: rm.Relation, Rel: &rm.Rel{Type: "ActionItem", Many: true, Order: "{r}.i", Source: elementsOf("{p}.v -> 'actions'", "{p}.meeting_id")}},
			}},
		rm.Type{Name: "MinutesDecision", Derived: true, Model: minutesElement{},
			Fields: []rm.Field{
				{Name: "key", Kind: rm.Column, Column: "key", Expr: "coalesce({r}.v ->> 'key', '')", Render: rm.Text},
				{Name: "text", Kind: rm.Column, Column: "text", Expr: "coalesce({r}.v ->> 'text', '')", Render: rm.Text},
				// The recommendation the decision became (DecisionRecommendations).
				{Name: "recommendation", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Recommendation,
					Where: "{r}.source_meeting_id = {p}.meeting_id AND {r}.source_decision = ({p}.v ->> 'key')"}},
			}},
		rm.Type{Name: "ActionItem", Derived: true, Model: minutesElement{},
			Fields: []rm.Field{
				{Name: "text", Kind: rm.Column, Column: "text", Expr: "coalesce({r}.v ->> 'text', '')", Render: rm.Text},
				{Name: "ownerCity", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, Where: "{r}.id = ({p}.v ->> 'ownerCityId')::bigint"}},
				// A day the minutes' input wrote (a Date): read back as the resolver parses it.
				{Name: "dueOn", Kind: rm.Column, Column: "due_on", Expr: `CASE WHEN {r}.v ->> 'dueOn' ~ '^\d{4}-\d{2}-\d{2}$' THEN ({r}.v ->> 'dueOn')::date END`,
					Render: rm.Date, Nullable: true},
			}},
		rm.Type{Name: "MeetingAttendance", Table: "meeting_attendance", Alias: "pa", Model: PersonAttendance{},
			Fields: []rm.Field{
				{Name: "personName", Kind: rm.Column, Column: "person_name", Render: rm.Text},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"for_city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "recordedAt", Kind: rm.Column, Column: "recorded_at", Render: rm.Timestamp},
			}},
		rm.Type{Name: "MeetingRsvp", Table: "meeting_rsvp", Alias: "rs", Model: Answer{},
			Fields: []rm.Field{
				{Name: "personName", Kind: rm.Column, Column: "person_name", Render: rm.Text},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"for_city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "answer", Kind: rm.Column, Column: "answer", Render: rm.Enum},
				{Name: "answeredAt", Kind: rm.Column, Column: "answered_at", Render: rm.Timestamp},
			}},
		rm.Type{Name: "RsvpCounts", Derived: true, Model: rsvpCounts{},
			Fields: []rm.Field{
				{Name: "going", Kind: rm.Column, Column: "going", Expr: "{r}.going", Render: rm.Int},
				{Name: "notGoing", Kind: rm.Column, Column: "not_going", Expr: "{r}.not_going", Render: rm.Int},
				{Name: "maybe", Kind: rm.Column, Column: "maybe", Expr: "{r}.maybe", Render: rm.Int},
			}},
		// An official invited (b40_meeting_invitees decides who, and whom the caller sees).
		rm.Type{Name: "MeetingInvitee", Derived: true, Model: Invitee{},
			Fields: []rm.Field{
				{Name: "userId", Kind: rm.Column, Column: "user_id", Expr: "{gid " + gid.User + " user_id}", Mirrors: true, Render: rm.Text},
				{Name: "name", Kind: rm.Column, Column: "name", Expr: "{r}.name", Render: rm.Text},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
			}},
	)
}

// The caller's rules on a meeting, in SQL over its row {r} (each mirrors its resolver, compared
// for every kind of viewer by the differential test).
const (
	// viewerRsvpSQL: the caller's own answer (Resolver.viewerRsvp).
	viewerRsvpSQL = `SELECT x.answer FROM meeting_rsvp x WHERE x.meeting_id = {r}.id AND x.user_id = {viewer}`
	// viewerMayRsvpSQL: a person of a member city, before the meeting ends, unless cancelled
	// (Resolver.viewerMayRsvp).
	viewerMayRsvpSQL = `{viewer_person} AND {r}.status <> '` + string(MeetingCancelled) + `' AND {r}.ends_at > {now}
		AND EXISTS (SELECT 1 FROM working_group_member x WHERE x.working_group_id = {r}.working_group_id AND x.city_id = ANY({viewer_cities}))`
	// viewerMayAddAgendaItemSQL: Service.MayAddAgendaItem.
	viewerMayAddAgendaItemSQL = `{viewer_person} AND {r}.status <> '` + string(MeetingCancelled) + `' AND {r}.starts_at > {now}
		AND ({viewer_lead} OR EXISTS (SELECT 1 FROM working_group_member x WHERE x.working_group_id = {r}.working_group_id AND x.city_id = ANY({viewer_editing})))`
)

// nextMeetingSQL is a group's {p} meetings {r} still to come (Service.NextMeeting).
var nextMeetingSQL = "{r}.working_group_id = {p}.id AND {r}.ends_at > now() AND {r}.status = '" + string(MeetingScheduled) + "'"

// nextMeetingOrder is which of them comes next.
const nextMeetingOrder = "{r}.starts_at, {r}.id"

// requestOrder is a group's meeting requests' order over their rows {r}, newest first (the
// loader's and the nested reads').
const requestOrder = "{r}.requested_at DESC, {r}.id DESC"

// inviteeOrder is the invitees' order over their rows {r} (Service.Invitees's and the nested reads').
const inviteeOrder = "{r}.city_id, {r}.name, {r}.user_id"

// minutesElement is a row the nested reads make of an element of a minutes' jsonb: the element
// v, its position i and the meeting's id (elementsOf).
type minutesElement struct {
	V         []byte `bun:"v"`
	I         int64  `bun:"i"`
	MeetingID int64  `bun:"meeting_id"`
}

// elementsOf is the rows (minutesElement) of the jsonb array arr (none when it is no array),
// with the meeting's id, as a relation's Source aliased {r}.
func elementsOf(arr, meetingID string) string {
	return "(SELECT e.v, e.i, " + meetingID + " AS meeting_id FROM jsonb_array_elements(CASE WHEN jsonb_typeof(" + arr + ") = 'array' THEN " + arr +
		" ELSE '[]' END) WITH ORDINALITY e(v, i)) {r}"
}

// rsvpCounts is the row of a meeting's answers counted (RsvpCounts's Source).
type rsvpCounts struct {
	Going    int `bun:"going"`
	NotGoing int `bun:"not_going"`
	Maybe    int `bun:"maybe"`
}

// relOrder is a loader's order (the parent's key first, then its rows' order) as a relation's
// order over alias: the terms after the parent's key, their table alias replaced.
func relOrder(order []string, alias string) string {
	terms := make([]string, 0, len(order)-1)
	for _, t := range order[1:] {
		_, col, _ := strings.Cut(t, ".")
		terms = append(terms, alias+"."+col)
	}
	return strings.Join(terms, ", ")
}

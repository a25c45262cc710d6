package workinggroup

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of this domain's node types (internal/readmodel): their node facts so far;
// their fields are read by the resolvers.
func init() {
	rm.Register(
		rm.Type{Name: gid.WorkingGroup, Table: "working_group", Key: []string{"id"}, Batched: true, Model: Group{}},
		rm.Type{Name: gid.WorkingGroupMeeting, Table: "working_group_meeting", Key: []string{"id"}, Batched: true, Model: Meeting{}},
		rm.Type{Name: gid.MeetingRequest, Table: "meeting_request", Key: []string{"city_id", "id"}, Model: MeetingRequest{}},
		rm.Type{Name: gid.AgendaItem, Table: "meeting_agenda_item", Key: []string{"id"}, Model: AgendaItem{}},
	)
}

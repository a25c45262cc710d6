package workinggroup

import "github.com/b40-network/workspace/internal/gid"

// GlobalID methods answer each model's id field (contract C2): plain methods, so gqlgen
// resolves them in line instead of in a goroutine of their own.

// GlobalID is the MeetingRequest's global ID.
func (x *MeetingRequest) GlobalID() string { return gid.Encode(gid.MeetingRequest, x.CityID, x.ID) }

// GlobalID is the WorkingGroup's global ID.
func (x *Group) GlobalID() string { return gid.Encode(gid.WorkingGroup, x.ID) }

// GlobalID is the WorkingGroupMeeting's global ID.
func (x *Meeting) GlobalID() string { return gid.Encode(gid.WorkingGroupMeeting, x.ID) }

package workinggroup

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
)

// Invitee is an official of a member city of the meeting's group: who is invited.
type Invitee struct {
	UserID int64  `bun:"user_id"`
	Name   string `bun:"name"`
	CityID int64  `bun:"city_id"`
}

// Answer is a person's RSVP.
type Answer struct {
	bun.BaseModel `bun:"table:meeting_rsvp,alias:rs"`

	MeetingID  int64     `bun:"meeting_id,pk"`
	UserID     int64     `bun:"user_id,pk"`
	ForCityID  int64     `bun:"for_city_id"`
	PersonName string    `bun:"person_name"`
	Answer     RSVP      `bun:"answer"`
	AnsweredAt time.Time `bun:"answered_at,nullzero,default:now()"`
}

// PersonAttendance is what the lead side recorded of one person.
type PersonAttendance struct {
	bun.BaseModel `bun:"table:meeting_attendance,alias:pa"`

	MeetingID        int64     `bun:"meeting_id,pk"`
	UserID           int64     `bun:"user_id,pk"`
	ForCityID        int64     `bun:"for_city_id"`
	PersonName       string    `bun:"person_name"`
	Status           Presence  `bun:"status"`
	RecordedByUserID *int64    `bun:"recorded_by_user_id"`
	RecordedAt       time.Time `bun:"recorded_at,nullzero,default:now()"`
}

// Invitees lists the officials of the group's member cities (members of the network and the
// lead side; nobody else gets rows).
func (s *Service) Invitees(ctx context.Context, meetingID int64) ([]*Invitee, error) {
	var out []*Invitee
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT user_id, name, city_id FROM b40_meeting_invitees(?) ORDER BY "+strings.ReplaceAll(inviteeOrder, "{r}.", ""), meetingID).Scan(ctx, &out)
	})
	return out, err
}

func inviteeIn(ctx context.Context, tx bun.IDB, meetingID, userID int64) (*Invitee, error) {
	var rows []*Invitee
	if err := tx.NewRaw("SELECT user_id, name, city_id FROM b40_meeting_invitees(?) WHERE user_id = ?", meetingID, userID).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// Answer records the caller's answer to a meeting's invitation; answering again replaces it.
// Only invited people (officials of the group's member cities) answer, before the meeting ends.
func (s *Service) Answer(ctx context.Context, meetingID int64, answer RSVP) (*Answer, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(RSVPs, answer) {
		return nil, apperr.User(apperr.CodeInvalid, []string{"answer"}, "answer is GOING, NOT_GOING or MAYBE")
	}
	var a *Answer
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		m, err := readMeeting(ctx, tx, meetingID)
		if err != nil {
			return err
		}
		if m.Status == MeetingCancelled || !m.EndsAt.After(s.Now()) {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "the meeting is over or cancelled")
		}
		inv, err := inviteeIn(ctx, tx, meetingID, v.UserID)
		if err != nil {
			return err
		}
		if inv == nil {
			return apperr.New(apperr.Forbidden, "invitations go to the officials of the group's member cities")
		}
		a = &Answer{MeetingID: meetingID, UserID: v.UserID, ForCityID: inv.CityID, PersonName: inv.Name, Answer: answer}
		if _, err := tx.NewInsert().Model(a).On("CONFLICT (meeting_id, user_id) DO UPDATE").
			Set("answer = EXCLUDED.answer, answered_at = now(), person_name = EXCLUDED.person_name, for_city_id = EXCLUDED.for_city_id").
			Returning("answered_at").Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, &inv.CityID, "answerMeetingInvitation", gid.WorkingGroupMeeting, []int64{meetingID}, map[string]any{"answer": answer})
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// AttendanceEntry is one person's presence to record.
type AttendanceEntry struct {
	UserID int64
	Status Presence
}

// RecordAttendance records who attended a meeting that has started (the lead side); recording
// again replaces the whole list. A city attends when one of its people was PRESENT or REMOTE:
// the cities' attendance (attendingCities, the annual report, analytics) follows.
func (s *Service) RecordAttendance(ctx context.Context, meetingID int64, entries []AttendanceEntry) (*Meeting, error) {
	v, err := requireLead(ctx)
	if err != nil {
		return nil, err
	}
	seen := map[int64]bool{}
	for _, e := range entries {
		if !slices.Contains(Presences, e.Status) {
			return nil, apperr.User(apperr.CodeInvalid, []string{"entries", "status"}, "status is PRESENT, REMOTE, EXCUSED or ABSENT")
		}
		if seen[e.UserID] {
			return nil, apperr.User(apperr.CodeInvalid, []string{"entries", "userId"}, "a person is listed twice")
		}
		seen[e.UserID] = true
	}
	var m *Meeting
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if m, err = lockMeeting(ctx, tx, meetingID); err != nil {
			return err
		}
		if m.Status == MeetingCancelled || m.StartsAt.After(s.Now()) {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "attendance is recorded once the meeting has started")
		}
		if _, err := tx.NewDelete().Model((*PersonAttendance)(nil)).Where("meeting_id = ?", meetingID).Exec(ctx); err != nil {
			return err
		}
		cities := map[int64]bool{}
		for _, e := range entries {
			inv, err := inviteeIn(ctx, tx, meetingID, e.UserID)
			if err != nil {
				return err
			}
			if inv == nil {
				return apperr.User(apperr.CodeNotFound, []string{"entries", "userId"}, "a person listed is not invited to this meeting")
			}
			row := &PersonAttendance{MeetingID: meetingID, UserID: e.UserID, ForCityID: inv.CityID, PersonName: inv.Name, Status: e.Status, RecordedByUserID: &v.UserID}
			if _, err := tx.NewInsert().Model(row).Returning("NULL").Exec(ctx); err != nil {
				return err
			}
			if e.Status.Attended() {
				cities[inv.CityID] = true
			}
		}
		if _, err := tx.NewDelete().Model((*Attendance)(nil)).Where("meeting_id = ?", meetingID).Exec(ctx); err != nil {
			return err
		}
		for c := range cities {
			if _, err := tx.NewInsert().Model(&Attendance{CityID: c, MeetingID: meetingID}).Returning("NULL").Exec(ctx); err != nil {
				return err
			}
		}
		return audit.Entity(ctx, tx, nil, "recordAttendance", gid.WorkingGroupMeeting, []int64{meetingID},
			map[string]any{"people": len(entries), "attendingCities": len(cities)})
	})
	return m, err
}

// AnswersByMeeting loads each meeting's answers (loader batch function; RLS shows them to
// members of the network and the secretariat).
func (s *Service) AnswersByMeeting(ctx context.Context, ids []int64) ([][]*Answer, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, answersByMeeting, ids)
}

var answersByMeeting = db.ByKeys[int64, *Answer]{Cols: []string{"rs.meeting_id"}, Order: []string{"rs.meeting_id", "rs.for_city_id", "rs.person_name", "rs.user_id"},
	Key: func(a *Answer) int64 { return a.MeetingID }}

// PeopleByMeeting loads each meeting's recorded attendance (loader batch function).
func (s *Service) PeopleByMeeting(ctx context.Context, ids []int64) ([][]*PersonAttendance, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, peopleByMeeting, ids)
}

var peopleByMeeting = db.ByKeys[int64, *PersonAttendance]{Cols: []string{"pa.meeting_id"}, Order: []string{"pa.meeting_id", "pa.for_city_id", "pa.person_name", "pa.user_id"},
	Key: func(a *PersonAttendance) int64 { return a.MeetingID }}

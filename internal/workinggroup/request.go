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
)

// MeetingRequest is a member city's request for a meeting beyond the quarterly one (R4.4). It
// keeps what a notifier would need: who asked, for which group, when, and who answered.
type MeetingRequest struct {
	bun.BaseModel `bun:"table:meeting_request,alias:mr"`

	CityID            int64         `bun:"city_id,pk"`
	ID                int64         `bun:"id,pk,autoincrement"`
	WorkingGroupID    int64         `bun:"working_group_id"`
	Reason            string        `bun:"reason"`
	RequestedByUserID *int64        `bun:"requested_by_user_id"`
	RequestedAt       time.Time     `bun:"requested_at,nullzero,default:now()"`
	Status            RequestStatus `bun:"status"`
	RespondedAt       *time.Time    `bun:"responded_at"`
	RespondedByUserID *int64        `bun:"responded_by_user_id"`
	ResponseNote      *string       `bun:"response_note"`
	MeetingID         *int64        `bun:"meeting_id"`
}

// RequestExtra asks for an extra meeting of a group the city belongs to (its CITY_ADMIN).
func (s *Service) RequestExtra(ctx context.Context, groupID, cityID int64, reason string) (*MeetingRequest, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.IsCityAdmin(cityID) {
		return nil, apperr.New(apperr.Forbidden, "a city asks for a meeting through its CITY_ADMIN")
	}
	reason = strings.TrimSpace(reason)
	if reason == "" || utf8.RuneCountInString(reason) > 2000 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"reason"}, "the reason needs 1 to 2000 characters")
	}
	r := &MeetingRequest{CityID: cityID, WorkingGroupID: groupID, Reason: reason, RequestedByUserID: &v.UserID, Status: RequestPending}
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := s.requireActive(ctx, tx, groupID); err != nil {
			return err
		}
		var member bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM working_group_member WHERE city_id = ? AND working_group_id = ?)", cityID, groupID).Scan(ctx, &member); err != nil {
			return err
		}
		if !member {
			return apperr.User(apperr.CodeRuleViolation, []string{"cityId"}, "R4.4: extra meetings are held at the request of the group's member cities; join the group first")
		}
		if _, err := tx.NewInsert().Model(r).ExcludeColumn("responded_at", "responded_by_user_id", "response_note", "meeting_id").
			Returning("id, requested_at").Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, &cityID, "requestExtraMeeting", gid.MeetingRequest, []int64{cityID, r.ID}, map[string]any{"reason": reason})
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// Respond answers a pending request (SECRETARIAT): accepting schedules the EXTRA meeting, on
// behalf of the requesting city.
func (s *Service) Respond(ctx context.Context, cityID, id int64, accept bool, meeting *MeetingInput, note *string) (*MeetingRequest, error) {
	v, err := auth.RequireSecretariat(ctx)
	if err != nil {
		return nil, err
	}
	if note != nil && utf8.RuneCountInString(*note) > 2000 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"note"}, "the note is longer than 2000 characters")
	}
	if accept {
		if meeting == nil {
			return nil, apperr.User(apperr.CodeInvalid, []string{"meeting"}, "accepting needs the meeting to schedule")
		}
		meeting.Kind = MeetingExtra
		if err := meeting.validate(); err != nil {
			return nil, apperr.WithUserField(err, "meeting")
		}
	}
	var r MeetingRequest
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		err := tx.NewSelect().Model(&r).Where("mr.city_id = ? AND mr.id = ?", cityID, id).For("UPDATE").Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"requestId"}, "no such meeting request")
		}
		if err != nil {
			return err
		}
		if err := r.checkPending(); err != nil {
			return err
		}
		if !accept {
			err = r.Decline(v.UserID, note, s.Now())
		} else if _, err = s.requireActive(ctx, tx, r.WorkingGroupID); err == nil {
			var m *Meeting
			if m, err = s.insertMeeting(ctx, tx, r.WorkingGroupID, *meeting, &r.CityID); err == nil {
				err = r.Accept(m.ID, v.UserID, note, s.Now())
			}
		}
		if err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Model(&r).Column("status", "responded_at", "responded_by_user_id", "response_note", "meeting_id").WherePK().Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, &r.CityID, "respondToMeetingRequest", gid.MeetingRequest, []int64{r.CityID, r.ID}, map[string]any{"status": r.Status})
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// RequestsByGroup loads each group's meeting requests, newest first (loader batch function);
// row-level security shows them to members and the secretariat.
func (s *Service) RequestsByGroup(ctx context.Context, groupIDs []int64) ([][]*MeetingRequest, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, requestsByGroup, groupIDs)
}

var requestsByGroup = db.ByKeys[int64, *MeetingRequest]{
	Select: func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*MeetingRequest)(nil)).OrderExpr(strings.ReplaceAll(requestOrder, "{r}", "mr"))
	},
	Cols: []string{"mr.working_group_id"},
	Key:  func(r *MeetingRequest) int64 { return r.WorkingGroupID },
}

// RequestByKey loads one request the caller may see, or nil.
func (s *Service) RequestByKey(ctx context.Context, cityID, id int64) (*MeetingRequest, error) {
	return db.First[*MeetingRequest](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*MeetingRequest)(nil)).Where("mr.city_id = ? AND mr.id = ?", cityID, id)
	})
}

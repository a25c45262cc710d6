package workinggroup

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
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
)

// Minutes are a meeting's minutes, drafted per agenda item and approved by the lead side;
// approval freezes them with their Markdown and its SHA-256.
type Minutes struct {
	bun.BaseModel `bun:"table:meeting_minutes,alias:mm"`

	MeetingID        int64         `bun:"meeting_id,pk"`
	Items            []MinutesItem `bun:"items,type:jsonb"`
	Summary          *string       `bun:"summary"`
	Status           MinutesStatus `bun:"status,nullzero,default:'DRAFT'"`
	Version          int           `bun:"version,nullzero,default:1"`
	UpdatedAt        time.Time     `bun:"updated_at,nullzero,default:now()"`
	UpdatedByUserID  *int64        `bun:"updated_by_user_id"`
	ApprovedAt       *time.Time    `bun:"approved_at"`
	ApprovedByUserID *int64        `bun:"approved_by_user_id"`
	Markdown         *string       `bun:"markdown"`
	ContentHash      *string       `bun:"content_hash"`
}

// MinutesItem is what was said and decided on one agenda item.
type MinutesItem struct {
	AgendaItemID *int64       `json:"agendaItemId,omitempty"`
	Title        string       `json:"title"`
	Notes        string       `json:"notes"`
	Decisions    []Decision   `json:"decisions"`
	Actions      []ActionItem `json:"actions"`
}

// Decision is one decision; its Key ("2.1": item 2, decision 1) names it for
// recommendFromDecision and stays fixed once the minutes are approved.
type Decision struct {
	Key  string `json:"key"`
	Text string `json:"text"`
}

// ActionItem is a task with an owner city and a due date.
type ActionItem struct {
	Text        string  `json:"text"`
	OwnerCityID *int64  `json:"ownerCityId,omitempty"`
	DueOn       *string `json:"dueOn,omitempty"` // YYYY-MM-DD
}

// MinutesInput is a draft to save.
type MinutesInput struct {
	MeetingID       int64
	ExpectedVersion *int // nil for the first draft
	Summary         *string
	Items           []MinutesItem
}

func (in *MinutesInput) normalize() error {
	if len(in.Items) > 100 {
		return apperr.User(apperr.CodeInvalid, []string{"items"}, "at most 100 items")
	}
	if in.Summary != nil && utf8.RuneCountInString(*in.Summary) > 20000 {
		return apperr.User(apperr.CodeInvalid, []string{"summary"}, "the summary is longer than 20000 characters")
	}
	for i := range in.Items {
		it := &in.Items[i]
		it.Title = strings.TrimSpace(it.Title)
		if it.Title == "" || utf8.RuneCountInString(it.Title) > 300 {
			return apperr.User(apperr.CodeInvalid, []string{"items", "title"}, "each item needs a title of 1 to 300 characters")
		}
		if utf8.RuneCountInString(it.Notes) > 20000 {
			return apperr.User(apperr.CodeInvalid, []string{"items", "notes"}, "notes are longer than 20000 characters")
		}
		if len(it.Decisions) > 50 || len(it.Actions) > 50 {
			return apperr.User(apperr.CodeInvalid, []string{"items"}, "at most 50 decisions and 50 action items per item")
		}
		for j := range it.Decisions {
			d := &it.Decisions[j]
			d.Text = strings.TrimSpace(d.Text)
			if d.Text == "" || utf8.RuneCountInString(d.Text) > 5000 {
				return apperr.User(apperr.CodeInvalid, []string{"items", "decisions"}, "a decision needs 1 to 5000 characters")
			}
			d.Key = fmt.Sprintf("%d.%d", i+1, j+1)
		}
		for j := range it.Actions {
			a := &it.Actions[j]
			a.Text = strings.TrimSpace(a.Text)
			if a.Text == "" || utf8.RuneCountInString(a.Text) > 2000 {
				return apperr.User(apperr.CodeInvalid, []string{"items", "actionItems", "text"}, "an action item needs 1 to 2000 characters")
			}
			if a.DueOn != nil {
				if _, err := time.Parse(time.DateOnly, *a.DueOn); err != nil {
					return apperr.User(apperr.CodeInvalid, []string{"items", "actionItems", "dueOn"}, "dueOn is a date YYYY-MM-DD")
				}
			}
		}
	}
	return nil
}

// SaveMinutes saves the draft minutes of a meeting that has started (the lead side). Approved
// minutes are frozen: saving them again is refused.
func (s *Service) SaveMinutes(ctx context.Context, in MinutesInput) (*Minutes, error) {
	v, err := requireLead(ctx)
	if err != nil {
		return nil, err
	}
	if err := in.normalize(); err != nil {
		return nil, err
	}
	var out Minutes
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		m, err := lockMeeting(ctx, tx, in.MeetingID)
		if err != nil {
			return err
		}
		if m.Status == MeetingCancelled || m.StartsAt.After(s.Now()) {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "minutes are written once the meeting has started")
		}
		if err := checkItems(ctx, tx, m.ID, in.Items); err != nil {
			return err
		}
		var cur []Minutes
		if err := tx.NewSelect().Model(&cur).Where("mm.meeting_id = ?", m.ID).Scan(ctx); err != nil {
			return err
		}
		if len(cur) == 0 {
			if in.ExpectedVersion != nil && *in.ExpectedVersion != 0 {
				return apperr.User(apperr.CodeConflict, []string{"expectedVersion"}, "the meeting has no minutes yet")
			}
			out = Minutes{MeetingID: m.ID, Items: in.Items, Summary: emptyNil(in.Summary), UpdatedByUserID: &v.UserID}
			if _, err := tx.NewInsert().Model(&out).Returning("*").Exec(ctx); err != nil {
				return err
			}
		} else {
			out = cur[0]
			if out.Status == MinutesApproved {
				return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "approved minutes are frozen")
			}
			if in.ExpectedVersion == nil || *in.ExpectedVersion != out.Version {
				return apperr.User(apperr.CodeConflict, []string{"expectedVersion"}, "the minutes were changed meanwhile (version %d)", out.Version)
			}
			out.Items, out.Summary, out.UpdatedByUserID = in.Items, emptyNil(in.Summary), &v.UserID
			res, err := tx.NewUpdate().Model(&out).Column("items", "summary", "updated_by_user_id").
				Set("version = version + 1, updated_at = now()").Where("meeting_id = ? AND version = ?", m.ID, out.Version).Returning("*").Exec(ctx)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return apperr.User(apperr.CodeConflict, []string{"expectedVersion"}, "the minutes were changed meanwhile")
			}
		}
		return audit.Entity(ctx, tx, nil, "saveMeetingMinutes", gid.WorkingGroupMeeting, []int64{m.ID}, map[string]any{"items": len(in.Items), "version": out.Version})
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// checkItems checks the agenda items and owner cities the items name.
func checkItems(ctx context.Context, tx bun.IDB, meetingID int64, items []MinutesItem) error {
	for _, it := range items {
		if it.AgendaItemID != nil {
			var ok bool
			if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM meeting_agenda_item WHERE id = ? AND meeting_id = ?)", *it.AgendaItemID, meetingID).Scan(ctx, &ok); err != nil {
				return err
			}
			if !ok {
				return apperr.User(apperr.CodeNotFound, []string{"items", "agendaItemId"}, "an agenda item is not on this meeting's agenda")
			}
		}
		for _, a := range it.Actions {
			if a.OwnerCityID == nil {
				continue
			}
			var ok bool
			if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM city WHERE id = ?)", *a.OwnerCityID).Scan(ctx, &ok); err != nil {
				return err
			}
			if !ok {
				return apperr.User(apperr.CodeNotFound, []string{"items", "actionItems", "ownerCityId"}, "an owner city does not exist")
			}
		}
	}
	return nil
}

// ApproveMinutes approves a meeting's draft minutes (the lead side): they are frozen with
// their Markdown and its SHA-256, and the group's members are told.
func (s *Service) ApproveMinutes(ctx context.Context, meetingID int64, expectedVersion int) (*Minutes, error) {
	v, err := requireLead(ctx)
	if err != nil {
		return nil, err
	}
	var out Minutes
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		m, err := lockMeeting(ctx, tx, meetingID)
		if err != nil {
			return err
		}
		err = tx.NewSelect().Model(&out).Where("mm.meeting_id = ?", meetingID).For("UPDATE").Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "there are no minutes to approve")
		}
		if err != nil {
			return err
		}
		if out.Status == MinutesApproved {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "the minutes are already approved")
		}
		if out.Version != expectedVersion {
			return apperr.User(apperr.CodeConflict, []string{"expectedVersion"}, "the minutes were changed meanwhile (version %d)", out.Version)
		}
		if len(out.Items) == 0 && out.Summary == nil {
			return apperr.User(apperr.CodeInvalid, []string{"meetingId"}, "the minutes are empty")
		}
		doc, err := s.minutesDocument(ctx, tx, m, &out)
		if err != nil {
			return err
		}
		now := s.Now().UTC()
		doc.ApprovedAt = &now
		md := RenderMinutes(doc)
		sum := sha256.Sum256([]byte(md))
		hash := hex.EncodeToString(sum[:])
		out.Status, out.ApprovedAt, out.ApprovedByUserID, out.Markdown, out.ContentHash = MinutesApproved, &now, &v.UserID, &md, &hash
		if _, err := tx.NewUpdate().Model(&out).Column("status", "approved_at", "approved_by_user_id", "markdown", "content_hash").
			Set("version = version + 1").WherePK().Returning("version").Exec(ctx); err != nil {
			return err
		}
		if err := audit.Entity(ctx, tx, nil, "approveMeetingMinutes", gid.WorkingGroupMeeting, []int64{m.ID}, map[string]any{"contentHash": hash}); err != nil {
			return err
		}
		return s.raiseMeeting(ctx, tx, notify.KindMinutesPublished, m)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// MinutesByMeeting loads each meeting's minutes, nil when none the caller may read (loader
// batch function: drafts are network business, approved minutes public).
func (s *Service) MinutesByMeeting(ctx context.Context, ids []int64) ([]*Minutes, []error) {
	return db.LoadByKeys(ctx, s.DB, minutesByMeeting, ids)
}

var minutesByMeeting = db.ByKeys[int64, *Minutes]{Cols: []string{"mm.meeting_id"}, Key: func(m *Minutes) int64 { return m.MeetingID }}

// ApprovedMarkdown returns a meeting's approved minutes as frozen, or nil.
func (s *Service) ApprovedMarkdown(ctx context.Context, meetingID int64) (*Minutes, *Meeting, error) {
	var mins []Minutes
	var m *Meeting
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		if err := tx.NewSelect().Model(&mins).Where("mm.meeting_id = ? AND mm.status = 'APPROVED'", meetingID).Scan(ctx); err != nil {
			return err
		}
		var ms []Meeting
		if err := tx.NewSelect().Model(&ms).Where("mt.id = ?", meetingID).Scan(ctx); err != nil {
			return err
		}
		if len(ms) > 0 {
			m = &ms[0]
		}
		return nil
	})
	if err != nil || len(mins) == 0 || m == nil {
		return nil, nil, err
	}
	return &mins[0], m, nil
}

// MinutesDoc is everything the Markdown of minutes shows.
type MinutesDoc struct {
	Group      string
	Meeting    *Meeting
	Minutes    *Minutes
	Agenda     []*AgendaItem
	Attendance []*PersonAttendance
	Cities     map[int64]string
	ApprovedAt *time.Time
}

func (s *Service) minutesDocument(ctx context.Context, tx bun.IDB, m *Meeting, mins *Minutes) (*MinutesDoc, error) {
	doc := &MinutesDoc{Meeting: m, Minutes: mins, Cities: map[int64]string{}}
	var name i18n.Text
	if err := tx.NewRaw("SELECT name FROM working_group WHERE id = ?", m.WorkingGroupID).Scan(ctx, &name); err != nil {
		return nil, err
	}
	doc.Group = name.In(i18n.Working)
	if err := tx.NewSelect().Model(&doc.Agenda).Where("ai.meeting_id = ?", m.ID).Order("ai.position", "ai.id").Scan(ctx); err != nil {
		return nil, err
	}
	if err := tx.NewSelect().Model(&doc.Attendance).Where("pa.meeting_id = ?", m.ID).Order("pa.for_city_id", "pa.person_name").Scan(ctx); err != nil {
		return nil, err
	}
	var cities []struct {
		ID   int64  `bun:"id"`
		Name string `bun:"name"`
	}
	if err := tx.NewRaw("SELECT id, name FROM city").Scan(ctx, &cities); err != nil {
		return nil, err
	}
	for _, c := range cities {
		doc.Cities[c.ID] = c.Name
	}
	return doc, nil
}

// RenderMinutes writes minutes as Markdown: the frozen text of approved minutes.
func RenderMinutes(d *MinutesDoc) string {
	var b strings.Builder
	m := d.Meeting
	loc, err := time.LoadLocation(m.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	fmt.Fprintf(&b, "# Minutes: %s\n\n", d.Group)
	fmt.Fprintf(&b, "- Meeting: %s, %s – %s (%s)\n", m.Kind, m.StartsAt.In(loc).Format("2006-01-02 15:04"), m.EndsAt.In(loc).Format("15:04"), m.TimeZone)
	if m.Location != nil {
		fmt.Fprintf(&b, "- Place: %s\n", *m.Location)
	}
	if m.OnlineURL != nil {
		fmt.Fprintf(&b, "- Online: %s\n", *m.OnlineURL)
	}
	if d.ApprovedAt != nil {
		fmt.Fprintf(&b, "- Approved: %s\n", d.ApprovedAt.UTC().Format(time.RFC3339))
	}
	b.WriteString("\n")
	if len(d.Agenda) > 0 {
		b.WriteString("## Agenda\n\n")
		for i, a := range d.Agenda {
			fmt.Fprintf(&b, "%d. %s\n", i+1, a.Title)
		}
		b.WriteString("\n")
	}
	if len(d.Attendance) > 0 {
		b.WriteString("## Attendance\n\n| Person | City | Attendance |\n| --- | --- | --- |\n")
		for _, a := range d.Attendance {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", mdCell(a.PersonName), mdCell(d.Cities[a.ForCityID]), a.Status)
		}
		b.WriteString("\n")
	}
	if d.Minutes.Summary != nil {
		fmt.Fprintf(&b, "## Summary\n\n%s\n\n", strings.TrimSpace(*d.Minutes.Summary))
	}
	for i, it := range d.Minutes.Items {
		fmt.Fprintf(&b, "## %d. %s\n\n", i+1, it.Title)
		if strings.TrimSpace(it.Notes) != "" {
			fmt.Fprintf(&b, "%s\n\n", strings.TrimSpace(it.Notes))
		}
		if len(it.Decisions) > 0 {
			b.WriteString("### Decisions\n\n")
			for _, dc := range it.Decisions {
				fmt.Fprintf(&b, "- **%s** %s\n", dc.Key, dc.Text)
			}
			b.WriteString("\n")
		}
		if len(it.Actions) > 0 {
			b.WriteString("### Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n")
			for _, a := range it.Actions {
				owner, due := "", ""
				if a.OwnerCityID != nil {
					owner = d.Cities[*a.OwnerCityID]
				}
				if a.DueOn != nil {
					due = *a.DueOn
				}
				fmt.Fprintf(&b, "| %s | %s | %s |\n", mdCell(a.Text), mdCell(owner), due)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func mdCell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ", "\r", "").Replace(s)
}

// DecisionInput turns a decision of approved minutes into a network recommendation.
type DecisionInput struct {
	MeetingID   int64
	DecisionKey string
	Title       string
	Body        i18n.Text
	AdoptedOn   *time.Time
}

// RecommendFromDecision adopts a decision of approved minutes as a network recommendation
// (SECRETARIAT, who adopts recommendations), linked both ways: the recommendation names the
// meeting and the decision, the decision shows its recommendation. Once per decision.
func (s *Service) RecommendFromDecision(ctx context.Context, in DecisionInput) (int64, error) {
	v, err := auth.RequireSecretariat(ctx)
	if err != nil {
		return 0, err
	}
	title := strings.TrimSpace(in.Title)
	if title == "" || utf8.RuneCountInString(title) > 300 {
		return 0, apperr.User(apperr.CodeInvalid, []string{"title"}, "the title needs 1 to 300 characters")
	}
	var id int64
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		m, err := lockMeeting(ctx, tx, in.MeetingID)
		if err != nil {
			return err
		}
		var mins []Minutes
		if err := tx.NewSelect().Model(&mins).Where("mm.meeting_id = ?", m.ID).Scan(ctx); err != nil {
			return err
		}
		if len(mins) == 0 || mins[0].Status != MinutesApproved {
			return apperr.User(apperr.CodeRuleViolation, []string{"meetingId"}, "decisions become recommendations once the minutes are approved")
		}
		var dec *Decision
		for _, it := range mins[0].Items {
			for i := range it.Decisions {
				if it.Decisions[i].Key == in.DecisionKey {
					dec = &it.Decisions[i]
				}
			}
		}
		if dec == nil {
			return apperr.User(apperr.CodeNotFound, []string{"decisionKey"}, "no decision %q in these minutes", in.DecisionKey)
		}
		body := in.Body
		if len(body.Translations) == 0 {
			body = i18n.Text{Locale: i18n.Working, Translations: []i18n.Translation{{Locale: i18n.Working, Text: dec.Text}}}
		}
		adopted := s.Now().UTC().Truncate(24 * time.Hour)
		if in.AdoptedOn != nil {
			adopted = *in.AdoptedOn
		}
		err = tx.NewRaw(`INSERT INTO recommendation (title, body, source_working_group_id, source_meeting_id, source_decision, adopted_on, created_by_user_id)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`, title, body, m.WorkingGroupID, m.ID, dec.Key, adopted, v.UserID).Scan(ctx, &id)
		if code, _ := db.Violation(err); code == db.UniqueViolation {
			return apperr.User(apperr.CodeDuplicate, []string{"decisionKey"}, "this decision is already a recommendation")
		}
		if err != nil {
			return err
		}
		return audit.Entity(ctx, tx, nil, "recommendFromDecision", gid.Recommendation, []int64{id},
			map[string]any{"meetingId": gid.Encode(gid.WorkingGroupMeeting, m.ID), "decision": dec.Key})
	})
	return id, err
}

// DecisionRecommendations maps a meeting's decision keys to the recommendations they became.
func (s *Service) DecisionRecommendations(ctx context.Context, meetingID int64) (map[string]int64, error) {
	var rows []struct {
		ID  int64  `bun:"id"`
		Key string `bun:"source_decision"`
	}
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT id, source_decision FROM recommendation WHERE source_meeting_id = ?", meetingID).Scan(ctx, &rows)
	})
	out := map[string]int64{}
	for _, r := range rows {
		out[r.Key] = r.ID
	}
	return out, err
}

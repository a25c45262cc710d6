package notify

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/b40-network/workspace/internal/gid"
)

// reminderRules: who is reminded of what the statute implies. The one place that says it.
var reminderRules = map[string][]string{
	// R4.4: working groups meet every three months. 14 days before the quarter ends with no
	// regular (or in-person) meeting scheduled in it, and once it has passed.
	KindMeetingDue:     {GroupMembers},
	KindMeetingOverdue: {GroupMembers},
	// R5: indicators are measured for the term's targets; the presidency sees to it.
	KindIndicatorDue: {Presidency},
	// An implementation in progress is followed up: 90 days without an update.
	KindImplementationStale: {CityEditors},
	// A meeting's rhythm: the call for agenda items a week before and the meeting a day before
	// (the group's members); minutes not approved 3 and 7 days after (the lead side).
	KindAgendaCall:     {GroupMembers},
	KindMeetingSoon:    {GroupMembers},
	KindMinutesPending: {Secretariat, Presidency},
}

// Reminder thresholds.
const (
	MeetingInterval   = 3 // months between a group's regular meetings (R4.4)
	MeetingLeadDays   = 14
	IndicatorLeadDays = 14
	// IndicatorGraceDays bounds how long after its due date a missing measurement is still
	// reminded of (a first start does not remind of targets long past).
	IndicatorGraceDays = 60
	StaleDays          = 90
	AgendaCallDays     = 7
	MinutesFirstDays   = 3
	MinutesSecondDays  = 7
	// MinutesMaxDays bounds how long after a meeting unapproved minutes are still reminded of.
	MinutesMaxDays = 30
)

// Reminders raises the reminders that are due. Each is raised once per person: its
// notification carries a key of kind, subject and period (dedupe_key, unique per person), so a
// rerun, or two servers scanning at once, write it once.
type Reminders struct {
	Owner  *bun.DB
	Outbox *Outbox
}

// reminder is one event of the scan.
type reminder struct {
	kind       string
	key        string
	cityID     int64
	groupID    int64
	itemID     string
	itemCityID int64
	visibility string
	params     map[string]any
	url        string
}

// ScanResult counts one scan.
type ScanResult struct {
	Due    int // reminders found due
	Raised int // notifications written (people told for the first time)
}

// Scan raises every reminder due at now (the scan's clock, injectable).
func (r *Reminders) Scan(ctx context.Context, now time.Time) (ScanResult, error) {
	var res ScanResult
	var due []reminder
	for _, find := range []func(context.Context, time.Time) ([]reminder, error){r.meetings, r.meetingRhythm, r.indicators, r.implementations} {
		rs, err := find(ctx, now)
		if err != nil {
			return res, err
		}
		due = append(due, rs...)
	}
	res.Due = len(due)
	for _, rm := range due {
		n, err := r.raise(ctx, rm)
		if err != nil {
			return res, err
		}
		res.Raised += n
	}
	return res, nil
}

func (r *Reminders) raise(ctx context.Context, rm reminder) (int, error) {
	var itemType, itemKey any
	if rm.itemID != "" {
		typ, key, err := gid.Decode(rm.itemID)
		if err != nil {
			return 0, err
		}
		itemType, itemKey = typ, pgdialect.Array(key)
	}
	n := 0
	err := r.Owner.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var rows []struct {
			NotificationID int64         `bun:"notification_id"`
			MailID         sql.NullInt64 `bun:"mail_id"`
		}
		// A reminder nobody is to receive (a city without editors, say) writes nothing: the
		// writing function is not even started.
		if err := tx.NewRaw(`SELECT n.notification_id, n.mail_id
			FROM (SELECT ARRAY(SELECT b40_notification_recipients(?, ?, NULL, ?, ?, ?, false, NULL)) AS ids) r,
				LATERAL b40_notify_users(r.ids, ?, ?, ?, ?, ?, ?, NULL, true, ?) n
			WHERE cardinality(r.ids) > 0`,
			pgdialect.Array(reminderRules[rm.kind]), nullID(rm.cityID), nullID(rm.groupID), nullID(rm.itemCityID), nullStr(rm.visibility),
			rm.kind, nullStr(rm.itemID), itemType, itemKey, rm.params, nullStr(rm.url), rm.key).Scan(ctx, &rows); err != nil {
			return fmt.Errorf("raise %s: %w", rm.key, err)
		}
		mails := make([]int64, 0, len(rows))
		for _, row := range rows {
			if row.MailID.Valid {
				mails = append(mails, row.MailID.Int64)
			}
		}
		n = len(rows)
		return r.Outbox.Enqueue(ctx, tx, mails...)
	})
	return n, err
}

func day(t time.Time) string { return t.UTC().Format("2006-01-02") }

// meetings: R4.4. A group's quarter runs from its last regular or in-person meeting held (or its
// approval) for three months. Due in 14 days when no such meeting is scheduled within it;
// overdue once it has passed. The period in the key is the quarter's end, so a meeting held
// starts a new quarter and a new pair of reminders.
func (r *Reminders) meetings(ctx context.Context, now time.Time) ([]reminder, error) {
	var rows []struct {
		ID       int64           `bun:"id"`
		Slug     string          `bun:"slug"`
		Name     json.RawMessage `bun:"name"`
		LastHeld time.Time       `bun:"last_held"`
		Due      time.Time       `bun:"due"`
	}
	err := r.Owner.NewRaw(`WITH g AS (
			SELECT wg.id, wg.slug, wg.name, coalesce((SELECT max(m.starts_at) FROM working_group_meeting m WHERE m.working_group_id = wg.id
				AND m.kind IN ('REGULAR', 'IN_PERSON') AND m.starts_at <= ?0), wg.approved_at, wg.created_at) AS last_held
			FROM working_group wg WHERE wg.status = 'ACTIVE' AND (wg.ends_on IS NULL OR wg.ends_on >= (?0::timestamptz AT TIME ZONE 'UTC')::date)
		)
		SELECT g.id, g.slug, g.name, g.last_held, g.last_held + make_interval(months => ?1) AS due FROM g
		WHERE g.last_held + make_interval(months => ?1) - make_interval(days => ?2) <= ?0
			AND NOT EXISTS (SELECT 1 FROM working_group_meeting m WHERE m.working_group_id = g.id AND m.kind IN ('REGULAR', 'IN_PERSON')
				AND m.starts_at > ?0 AND m.starts_at <= g.last_held + make_interval(months => ?1))
		ORDER BY g.id`, now, MeetingInterval, MeetingLeadDays).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("meeting reminders: %w", err)
	}
	out := make([]reminder, 0, len(rows))
	for _, g := range rows {
		kind := KindMeetingDue
		if !now.Before(g.Due) {
			kind = KindMeetingOverdue
		}
		var name any
		_ = json.Unmarshal(g.Name, &name)
		id := gid.Encode(gid.WorkingGroup, g.ID)
		out = append(out, reminder{kind: kind, key: fmt.Sprintf("%s:%d:%s", kind, g.ID, day(g.Due)), groupID: g.ID, itemID: id,
			params: map[string]any{"group": name, "last": day(g.LastHeld), "due": day(g.Due)}, url: "/groups/" + g.Slug})
	}
	return out, nil
}

// indicators: a manual indicator with a target for a term, due within 14 days (or due in the
// last 60), and no measurement dated in the term's year. Once per indicator and term.
func (r *Reminders) indicators(ctx context.Context, now time.Time) ([]reminder, error) {
	var rows []struct {
		ID   int64     `bun:"id"`
		Name string    `bun:"name"`
		Year int       `bun:"term_year"`
		Due  time.Time `bun:"due_on"`
	}
	err := r.Owner.NewRaw(`SELECT i.id, i.name, t.term_year, t.due_on FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id
		WHERE i.source = 'MANUAL' AND t.due_on - ?1::int <= (?0::timestamptz AT TIME ZONE 'UTC')::date
			AND t.due_on + ?2::int >= (?0::timestamptz AT TIME ZONE 'UTC')::date
			AND NOT EXISTS (SELECT 1 FROM measurement m WHERE m.indicator_id = i.id AND m.measured_on >= make_date(t.term_year, 1, 1))
		ORDER BY i.id, t.term_year`, now, IndicatorLeadDays, IndicatorGraceDays).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("indicator reminders: %w", err)
	}
	out := make([]reminder, 0, len(rows))
	for _, x := range rows {
		id := gid.Encode(gid.Indicator, x.ID)
		out = append(out, reminder{kind: KindIndicatorDue, key: fmt.Sprintf("%s:%d:%d", KindIndicatorDue, x.ID, x.Year), itemID: id,
			params: map[string]any{"indicator": x.Name, "year": fmt.Sprint(x.Year), "due": x.Due.Format("2006-01-02")}, url: "/presidency/" + fmt.Sprint(x.Year)})
	}
	return out, nil
}

// implementations: planned or in progress, with no update (nor creation) in the last 90 days.
// The period in the key is the last update, so a new update and a new 90 days remind again.
func (r *Reminders) implementations(ctx context.Context, now time.Time) ([]reminder, error) {
	var rows []struct {
		CityID     int64     `bun:"city_id"`
		ID         int64     `bun:"id"`
		Visibility string    `bun:"visibility"`
		Title      string    `bun:"title"`
		City       string    `bun:"city"`
		Last       time.Time `bun:"last"`
	}
	err := r.Owner.NewRaw(`SELECT i.city_id, i.id, i.visibility, coalesce(rec.title, p.title, '') AS title, c.name AS city,
			greatest(i.created_at, coalesce((SELECT max(u.at) FROM implementation_update u WHERE u.city_id = i.city_id AND u.implementation_id = i.id), i.created_at)) AS last
		FROM implementation i JOIN city c ON c.id = i.city_id
		LEFT JOIN recommendation rec ON rec.id = i.recommendation_id
		LEFT JOIN practice p ON p.city_id = i.source_practice_city_id AND p.id = i.source_practice_id
		WHERE i.status IN ('PLANNED', 'IN_PROGRESS') AND c.status = 'ACTIVE'
			AND greatest(i.created_at, coalesce((SELECT max(u.at) FROM implementation_update u WHERE u.city_id = i.city_id AND u.implementation_id = i.id), i.created_at))
				<= ?0::timestamptz - make_interval(days => ?1)
		ORDER BY i.city_id, i.id`, now, StaleDays).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("implementation reminders: %w", err)
	}
	out := make([]reminder, 0, len(rows))
	for _, x := range rows {
		id := gid.Encode(gid.Implementation, x.CityID, x.ID)
		out = append(out, reminder{kind: KindImplementationStale, key: fmt.Sprintf("%s:%d:%d:%s", KindImplementationStale, x.CityID, x.ID, x.Last.UTC().Format(time.RFC3339)),
			cityID: x.CityID, itemID: id, itemCityID: x.CityID, visibility: x.Visibility,
			params: map[string]any{"title": x.Title, "city": x.City, "last": day(x.Last)}, url: "/implementations/" + id})
	}
	return out, nil
}

// meetingRhythm: for each scheduled meeting of an active group, the call for agenda items once
// it is a week away (a day away: the meeting itself instead), and its minutes not approved 3
// and then 7 days after it ended (up to 30). The agenda keys carry the start, so a meeting
// moved to another day is announced again; the minutes keys carry the threshold.
func (r *Reminders) meetingRhythm(ctx context.Context, now time.Time) ([]reminder, error) {
	var rows []struct {
		ID       int64           `bun:"id"`
		GroupID  int64           `bun:"group_id"`
		Name     json.RawMessage `bun:"name"`
		StartsAt time.Time       `bun:"starts_at"`
		EndsAt   time.Time       `bun:"ends_at"`
		Approved bool            `bun:"approved"`
	}
	err := r.Owner.NewRaw(`SELECT m.id, g.id AS group_id, g.name, m.starts_at, m.ends_at,
			EXISTS (SELECT 1 FROM meeting_minutes mm WHERE mm.meeting_id = m.id AND mm.status = 'APPROVED') AS approved
		FROM working_group_meeting m JOIN working_group g ON g.id = m.working_group_id
		WHERE m.status = 'SCHEDULED' AND g.status = 'ACTIVE'
			AND ((m.starts_at > ?0 AND m.starts_at <= ?0::timestamptz + make_interval(days => ?1))
				OR (m.ends_at <= ?0::timestamptz - make_interval(days => ?2) AND m.ends_at > ?0::timestamptz - make_interval(days => ?3)))
		ORDER BY m.id`, now, AgendaCallDays, MinutesFirstDays, MinutesMaxDays).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("meeting rhythm reminders: %w", err)
	}
	out := make([]reminder, 0, len(rows))
	for _, m := range rows {
		var name any
		_ = json.Unmarshal(m.Name, &name)
		id := gid.Encode(gid.WorkingGroupMeeting, m.ID)
		params := map[string]any{"group": name, "startsAt": m.StartsAt.UTC().Format("2006-01-02 15:04 UTC")}
		url := "/meetings/" + id
		switch {
		case m.StartsAt.After(now):
			kind := KindAgendaCall
			if !m.StartsAt.After(now.Add(24 * time.Hour)) {
				kind = KindMeetingSoon
			}
			out = append(out, reminder{kind: kind, key: fmt.Sprintf("%s:%d:%s", kind, m.ID, m.StartsAt.UTC().Format(time.RFC3339)),
				groupID: m.GroupID, itemID: id, params: params, url: url})
		case !m.Approved:
			days := MinutesFirstDays
			if !m.EndsAt.After(now.AddDate(0, 0, -MinutesSecondDays)) {
				days = MinutesSecondDays
			}
			params["days"] = fmt.Sprint(days)
			out = append(out, reminder{kind: KindMinutesPending, key: fmt.Sprintf("%s:%d:%d", KindMinutesPending, m.ID, days),
				groupID: m.GroupID, itemID: id, params: params, url: url})
		}
	}
	return out, nil
}

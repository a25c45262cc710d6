// Package notify is the outbox of issue 21: a change that should tell people records, in its own
// transaction, a notification for each recipient and the mail to deliver, and enqueues the
// deliveries with River in that same transaction. Delivery runs after commit, from PostgreSQL
// (worker.go); the texts are rendered in the recipient's language (catalog.go). The rules of who
// is told what are the map rules below, and recipients are resolved in SQL
// (b40_raise_notification, migration 0011).
package notify

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/i18n"
)

// Audiences of an event, resolved by b40_raise_notification.
const (
	CityEditors = "CITY_EDITORS" // the city's admins and editors
	CityAdmins  = "CITY_ADMINS"
	Secretariat = "SECRETARIAT"
	Presidency  = "PRESIDENCY" // the admins of this year's presidency city
	// MemberCityAdmins are the admins of every active member city.
	MemberCityAdmins = "MEMBER_CITY_ADMINS"
	Everyone         = "EVERYONE" // every active account
	// GroupMembers are the editors and admins of a working group's member cities.
	GroupMembers = "GROUP_MEMBERS"
	User         = "USER"
)

// rules: who is told of each kind of event. The one place that says it.
var rules = map[string][]string{
	KindProposalSubmitted:    {Secretariat, Presidency},
	KindProposalDecided:      {CityEditors},
	KindProposalEndorsed:     {CityEditors},
	KindPracticeAdopted:      {CityEditors},
	KindApplicationSubmitted: {Secretariat},
	KindElectionOpened:       {MemberCityAdmins},
	KindCandidacyDeclared:    {MemberCityAdmins},
	KindElectionResult:       {MemberCityAdmins},
	KindAnnualReportFinal:    {Everyone},
	KindMeetingScheduled:     {GroupMembers},
	KindMinutesPublished:     {GroupMembers},
}

// Event is something that happened, to tell people about.
type Event struct {
	Kind string
	// CityID is the city whose people are told (CityEditors, CityAdmins); UserID the one person (User).
	CityID int64
	UserID int64
	// ItemID is the global ID of what the event is about; ItemCityID, Visibility and Draft are
	// that item's, so that no one is told of an item they may not see (Visibility "" when the
	// item is not a workspace item: the audience alone decides).
	ItemID     string
	ItemCityID int64
	Visibility string
	Draft      bool
	// GroupID is the working group whose member cities' editors and admins are told (GroupMembers).
	GroupID int64
	// Params fill the kind's texts; Texts too, each read in the reader's language; URL is the
	// item's path in the app.
	Params map[string]string
	Texts  map[string]i18n.Text
	URL    string
}

// MailArgs is River's job that delivers one mail (idempotent: a sent mail is not sent again).
type MailArgs struct {
	MailID int64 `json:"mail_id"`
}

// Kind is River's name of the job.
func (MailArgs) Kind() string { return "b40_mail" }

// MaxMailAttempts bounds the deliveries of one mail; River backs off between them.
const MaxMailAttempts = 8

// MailQueue is the River queue of mail deliveries.
const MailQueue = "mail"

// InsertOpts puts mail on its queue with its attempts.
func (MailArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: MailQueue, MaxAttempts: MaxMailAttempts}
}

// ResetArgs is River's job that issues a password reset for an e-mail address, after the
// request's commit: the request itself does the same work whether or not an account has the
// address, so neither its answer nor its timing tells.
type ResetArgs struct {
	Email string `json:"email"`
}

// Kind is River's name of the job.
func (ResetArgs) Kind() string { return "b40_password_reset" }

// InsertOpts puts resets on the mail queue.
func (ResetArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: MailQueue, MaxAttempts: 5}
}

// Outbox enqueues deliveries inside the caller's transaction (River's insert-only client on the
// database/sql driver, so the jobs go in the request's own bun transaction).
type Outbox struct {
	client *river.Client[*sql.Tx]
}

// NewOutbox returns an insert-only River client.
func NewOutbox() (*Outbox, error) {
	c, err := river.NewClient(riverdatabasesql.New(nil), &river.Config{})
	if err != nil {
		return nil, fmt.Errorf("river insert client: %w", err)
	}
	return &Outbox{client: c}, nil
}

// Enqueue adds one delivery job per mail, in tx. A nil Outbox enqueues nothing (the rows are
// still written; tools that never deliver use it).
func (o *Outbox) Enqueue(ctx context.Context, idb bun.IDB, mailIDs ...int64) error {
	if o == nil || len(mailIDs) == 0 {
		return nil
	}
	tx, ok := idb.(bun.Tx)
	if !ok {
		return errors.New("notify: deliveries are enqueued inside the change's transaction")
	}
	params := make([]river.InsertManyParams, len(mailIDs))
	for i, id := range mailIDs {
		params[i] = river.InsertManyParams{Args: MailArgs{MailID: id}}
	}
	// No RETURNING: the application role may insert jobs, never read them.
	_, err := o.client.InsertManyFastTx(ctx, tx.Tx, params)
	return err
}

// EnqueueJob adds one job of any kind, in tx (a nil Outbox enqueues nothing).
func (o *Outbox) EnqueueJob(ctx context.Context, idb bun.IDB, args river.JobArgs) error {
	if o == nil {
		return nil
	}
	tx, ok := idb.(bun.Tx)
	if !ok {
		return errors.New("notify: jobs are enqueued inside the change's transaction")
	}
	_, err := o.client.InsertManyFastTx(ctx, tx.Tx, []river.InsertManyParams{{Args: args}})
	return err
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Raise records ev in tx: a notification for each recipient the rules name and a mail to each,
// with their delivery jobs. It returns how many people were told.
func (o *Outbox) Raise(ctx context.Context, tx bun.IDB, ev Event) (int, error) {
	audiences, ok := rules[ev.Kind]
	if !ok {
		return 0, fmt.Errorf("notify: no rule for %q", ev.Kind)
	}
	params := make(map[string]any, len(ev.Params)+len(ev.Texts))
	for k, v := range ev.Params {
		params[k] = v
	}
	for k, v := range ev.Texts {
		params[k] = v
	}
	var rows []struct {
		NotificationID int64         `bun:"notification_id"`
		MailID         sql.NullInt64 `bun:"mail_id"`
	}
	var itemType, itemKey any
	if ev.ItemID != "" {
		typ, key, err := gid.Decode(ev.ItemID)
		if err != nil {
			return 0, fmt.Errorf("raise %s: item %q: %w", ev.Kind, ev.ItemID, err)
		}
		itemType, itemKey = typ, pgdialect.Array(key)
	}
	if err := tx.NewRaw(`SELECT notification_id, mail_id FROM b40_raise_notification(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)`,
		ev.Kind, pgdialect.Array(audiences), nullID(ev.CityID), nullID(ev.UserID), nullID(ev.GroupID), nullStr(ev.ItemID), itemType, itemKey, nullID(ev.ItemCityID),
		nullStr(ev.Visibility), ev.Draft, params, nullStr(ev.URL)).Scan(ctx, &rows); err != nil {
		return 0, fmt.Errorf("raise %s: %w", ev.Kind, err)
	}
	mails := make([]int64, 0, len(rows))
	for _, r := range rows {
		if r.MailID.Valid {
			mails = append(mails, r.MailID.Int64)
		}
	}
	return len(rows), o.Enqueue(ctx, tx, mails...)
}

// Mail is a message to an address rather than to an account's inbox.
type Mail struct {
	Kind   string
	To     string
	Locale string // used when no account has the address; an account's own language wins
	Params map[string]string
	URL    string
	// Secret is a one-time link's token, appended to the link as a fragment (#token=...), never
	// logged, never shown to the secretariat, cleared once sent.
	Secret string
}

// QueueMail records m in tx (a signed-in caller's transaction) and enqueues its delivery.
func (o *Outbox) QueueMail(ctx context.Context, tx bun.IDB, m Mail) (int64, error) {
	var id int64
	if err := tx.NewRaw("SELECT b40_queue_mail(?, ?, ?, ?, ?, ?)", m.Kind, m.To, Normalize(m.Locale), mapOrEmpty(m.Params), nullStr(m.URL), nullStr(m.Secret)).Scan(ctx, &id); err != nil {
		return 0, fmt.Errorf("queue %s mail: %w", m.Kind, err)
	}
	return id, o.Enqueue(ctx, tx, id)
}

// QueueMailAsOwner is QueueMail in a transaction of the owner's pool (no viewer: a password
// reset is asked for by someone not signed in). userID is the account the address belongs to.
func (o *Outbox) QueueMailAsOwner(ctx context.Context, tx bun.IDB, userID int64, m Mail) (int64, error) {
	var id int64
	if err := tx.NewRaw(`INSERT INTO mail_message (user_id, to_email, locale, kind, params, url, secret)
		SELECT u.id, u.email, u.locale, ?, ?, ?, ? FROM app_user u WHERE u.id = ? RETURNING id`,
		m.Kind, mapOrEmpty(m.Params), nullStr(m.URL), nullStr(m.Secret), userID).Scan(ctx, &id); err != nil {
		return 0, fmt.Errorf("queue %s mail: %w", m.Kind, err)
	}
	return id, o.Enqueue(ctx, tx, id)
}

func mapOrEmpty(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

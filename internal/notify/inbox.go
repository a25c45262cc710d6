package notify

import (
	"context"
	"database/sql"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/page"
)

// Service is the reading side: the signed-in person's inbox and mail, the secretariat's view of
// outgoing mail, and retries. Every read runs in the caller's scope (row-level security).
type Service struct {
	DB     *bun.DB
	Outbox *Outbox
}

// NewService returns the inbox on the request pool d.
func NewService(d *bun.DB, o *Outbox) *Service { return &Service{DB: d, Outbox: o} }

// Notification is one inbox item, with the reader's language to render it in.
type Notification struct {
	bun.BaseModel `bun:"table:notification,alias:n"`
	ID            int64          `bun:"id,pk"`
	UserID        int64          `bun:"user_id"`
	Kind          string         `bun:"kind"`
	ItemID        *string        `bun:"item_id"`
	Params        map[string]any `bun:"params,type:jsonb"`
	URL           *string        `bun:"url"`
	CreatedAt     time.Time      `bun:"created_at"`
	ReadAt        *time.Time     `bun:"read_at"`
	Locale        string         `bun:"locale,scanonly"`
	// The first page's counts, read with its rows (page.Totaled): the list's rows and the
	// caller's unread notifications.
	ListTotal int `bun:"b40_page_total,scanonly"`
	Unread    int `bun:"b40_unread,scanonly"`
}

// PageTotal is the count of the notifications' list (page.Totaled).
func (n *Notification) PageTotal() int { return n.ListTotal }

// Text renders the title and body in the reader's language.
func (n *Notification) Text() (title, body string) {
	return Render(n.Kind, n.Locale, Localize(n.Params, n.Locale))
}

const readerLocale = "(SELECT u.locale FROM app_user u WHERE u.id = b40_user_id()) AS locale"

func requireUser(ctx context.Context) (int64, error) {
	s := db.FromContext(ctx)
	if s.UserID == 0 {
		return 0, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	return s.UserID, nil
}

var newestFirst = page.Key{Exprs: []string{"id"}, Types: []string{"bigint"}, Desc: true}

// Notifications is a page of the caller's notifications, newest first.
func (s *Service) Notifications(ctx context.Context, unreadOnly bool, args page.Args) (*page.Connection[*Notification], error) {
	if _, err := requireUser(ctx); err != nil {
		return nil, err
	}
	return db.List(ctx, s.DB, args, newestFirst, func(n *Notification) []any { return []any{n.ID} }, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().Model((*Notification)(nil)).ColumnExpr("n.id, n.user_id, n.kind, n.item_id, n.params, n.url, n.created_at, n.read_at").ColumnExpr(readerLocale).Where("n.user_id = b40_user_id()")
		if unreadOnly {
			q = q.Where("n.read_at IS NULL")
		}
		if args.After == nil {
			// The caller's unread count comes with a first page: read only or not, its rows
			// hold every unread notification (UnreadOf).
			q = q.ColumnExpr("count(*) FILTER (WHERE n.read_at IS NULL) OVER () AS b40_unread")
		}
		return q
	})
}

// UnreadOf is the caller's unread count as a first page of Notifications read it, and whether
// it did (a later page did not: UnreadCount then counts).
func UnreadOf(c *page.Connection[*Notification]) (int, bool) {
	if c == nil || c.PageInfo().HasPreviousPage {
		return 0, false
	}
	if edges := c.Edges(); len(edges) > 0 {
		return edges[0].Node.Unread, true
	}
	return 0, true // no notification at all (or, read only, no unread one)
}

// UnreadCount counts the caller's unread notifications.
func (s *Service) UnreadCount(ctx context.Context) (int, error) {
	if _, err := requireUser(ctx); err != nil {
		return 0, err
	}
	var n int
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT count(*) FROM notification WHERE user_id = b40_user_id() AND read_at IS NULL").Scan(ctx, &n)
	})
	return n, err
}

// MarkRead marks the caller's notifications ids (every unread one, with all) as read; others'
// are not touched (row-level security). It returns how many changed.
func (s *Service) MarkRead(ctx context.Context, ids []int64, all bool) (int, error) {
	if _, err := requireUser(ctx); err != nil {
		return 0, err
	}
	if !all && len(ids) == 0 {
		return 0, apperr.User(apperr.CodeInvalid, []string{"ids"}, "pass ids, or all: true")
	}
	if len(ids) > 500 {
		return 0, apperr.User(apperr.CodeInvalid, []string{"ids"}, "at most 500 ids at once")
	}
	var n int
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		q := tx.NewUpdate().Table("notification").Set("read_at = now()").Where("read_at IS NULL AND user_id = b40_user_id()")
		if !all {
			q = q.Where("id IN (?)", bun.List(ids))
		}
		res, err := q.Exec(ctx)
		if err != nil {
			return err
		}
		c, _ := res.RowsAffected()
		n = int(c)
		return nil
	})
	return n, err
}

// MailStatus is where an outgoing mail is (mail_message.status).
type MailStatus string

// Mail statuses.
const (
	MailPending MailStatus = "PENDING"
	MailSent    MailStatus = "SENT"
	MailKept    MailStatus = "KEPT"
	MailFailed  MailStatus = "FAILED"
)

// MailStatuses are every status, in the schema's order.
var MailStatuses = []MailStatus{MailPending, MailSent, MailKept, MailFailed}

// MailMessage is one outgoing mail as the app shows it (never its secret).
type MailMessage struct {
	bun.BaseModel `bun:"table:mail_message,alias:m"`
	ID            int64          `bun:"id,pk"`
	UserID        *int64         `bun:"user_id"`
	ToEmail       string         `bun:"to_email"`
	Locale        string         `bun:"locale"`
	Kind          string         `bun:"kind"`
	Status        MailStatus     `bun:"status"`
	Subject       *string        `bun:"subject"`
	BodyText      *string        `bun:"body_text"`
	Attempts      int            `bun:"attempts"`
	LastAnswer    *string        `bun:"last_answer"`
	MessageID     string         `bun:"message_id"`
	ListTotal     int            `bun:"b40_page_total,scanonly"` // page.Totaled
	CreatedAt     time.Time      `bun:"created_at"`
	SentAt        *time.Time     `bun:"sent_at"`
	Link          sql.NullString `bun:"link,scanonly"`
}

const mailColumns = "m.id, m.user_id, m.to_email, m.locale, m.kind, m.status, m.subject, m.body_text, m.attempts, m.last_answer, m.message_id, m.created_at, m.sent_at"

// Mails is a page of the mail sent (or kept) for the caller, newest first. A kept message's
// one-time link is shown to its own recipient: with no SMTP server the app is the mailbox.
func (s *Service) Mails(ctx context.Context, args page.Args) (*page.Connection[*MailMessage], error) {
	if _, err := requireUser(ctx); err != nil {
		return nil, err
	}
	return db.List(ctx, s.DB, args, newestFirst, func(m *MailMessage) []any { return []any{m.ID} }, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*MailMessage)(nil)).ColumnExpr(mailColumns).
			ColumnExpr("CASE WHEN m.url IS NOT NULL AND m.status = 'KEPT' THEN m.url || coalesce('#token=' || b40_kept_mail_secret(m.id), '') END AS link").
			Where("m.user_id = b40_user_id()")
	})
}

// MailFilter narrows the secretariat's list of outgoing mail.
type MailFilter struct {
	Statuses []MailStatus
}

// Attempt is one recorded delivery attempt.
type Attempt struct {
	bun.BaseModel `bun:"table:mail_attempt"`
	ID            int64     `bun:"id,pk"`
	MailID        int64     `bun:"mail_id"`
	At            time.Time `bun:"at"`
	OK            bool      `bun:"ok"`
	Answer        string    `bun:"answer"`
}

func requireSecretariat(ctx context.Context) error {
	s := db.FromContext(ctx)
	if s.UserID == 0 {
		return apperr.New(apperr.Unauthenticated, "sign in first")
	}
	if !s.Secretariat {
		return apperr.New(apperr.Forbidden, "outgoing mail is the secretariat's to see")
	}
	return nil
}

// OutgoingMails is the secretariat's page of every outgoing mail, newest first.
func (s *Service) OutgoingMails(ctx context.Context, f MailFilter, args page.Args) (*page.Connection[*MailMessage], error) {
	if err := requireSecretariat(ctx); err != nil {
		return nil, err
	}
	return db.List(ctx, s.DB, args, newestFirst, func(m *MailMessage) []any { return []any{m.ID} }, func(tx bun.IDB) *bun.SelectQuery {
		q := tx.NewSelect().Model((*MailMessage)(nil)).ColumnExpr(mailColumns)
		return db.WhereIn(q, "m.status", f.Statuses)
	})
}

// PageTotal is the count of the mails' list a first page was read from (page.Totaled).
func (m *MailMessage) PageTotal() int { return m.ListTotal }

// Attempts loads the delivery attempts of mails (the secretariat's; others see none).
func (s *Service) Attempts(ctx context.Context, mailID int64) ([]*Attempt, error) {
	return db.Select[*Attempt](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Attempt)(nil)).Where("mail_id = ?", mailID).Order("id")
	})
}

// RetryMail queues a FAILED mail again (the secretariat).
func (s *Service) RetryMail(ctx context.Context, id int64) (*MailMessage, error) {
	if err := requireSecretariat(ctx); err != nil {
		return nil, err
	}
	m := new(MailMessage)
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		err := tx.NewSelect().Model(m).ColumnExpr(mailColumns).Where("m.id = ?", id).For("UPDATE OF m").Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"mailId"}, "no such mail")
		}
		if err != nil {
			return err
		}
		if m.Status != MailFailed {
			return apperr.User(apperr.CodeRuleViolation, []string{"mailId"}, "only a FAILED mail is retried (this one is %s)", m.Status)
		}
		if _, err := tx.NewUpdate().Table("mail_message").Set("status = 'PENDING'").Where("id = ?", id).Exec(ctx); err != nil {
			return err
		}
		m.Status = MailPending
		if err := s.Outbox.Enqueue(ctx, tx, id); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Action: "retryMail", EntityType: gid.MailMessage, EntityID: ptr(gid.Encode(gid.MailMessage, id))})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// SetLocale sets the caller's language for notifications and mail.
func (s *Service) SetLocale(ctx context.Context, locale string) (string, error) {
	uid, err := requireUser(ctx)
	if err != nil {
		return "", err
	}
	if Normalize(locale) != locale {
		return "", apperr.User(apperr.CodeInvalid, []string{"locale"}, "the app speaks %v", Locales)
	}
	return locale, db.Write(ctx, s.DB, func(tx bun.Tx) error {
		_, err := tx.NewUpdate().Table("app_user").Set("locale = ?", locale).Set("updated_at = now()").Where("id = ?", uid).Exec(ctx)
		return err
	})
}

func ptr[T any](v T) *T { return &v }

// GlobalID is the notification's opaque ID.
func (n *Notification) GlobalID() string { return gid.Encode(gid.Notification, n.ID) }

// GlobalID is the mail's opaque ID.
func (m *MailMessage) GlobalID() string { return gid.Encode(gid.MailMessage, m.ID) }

// LinkText is the link of a kept mail, for its recipient (nil otherwise).
func (m *MailMessage) LinkText() *string {
	if !m.Link.Valid {
		return nil
	}
	return &m.Link.String
}

// Locale is the caller's language.
func (s *Service) Locale(ctx context.Context) (string, error) {
	if _, err := requireUser(ctx); err != nil {
		return "", err
	}
	var l string
	err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT coalesce((SELECT locale FROM app_user WHERE id = b40_user_id()), 'en')").Scan(ctx, &l)
	})
	return l, err
}

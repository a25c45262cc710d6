package notify

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
)

// Delivery is how mail leaves: the SMTP mailer, the sender address, where links point.
type Delivery struct {
	// Mailer sends; nil keeps every message in mail_message, shown in the app (no SMTP).
	Mailer Mailer
	// From is B40_MAIL_FROM.
	From string
	// PublicURL is where the app is reached (B40_PUBLIC_URL), for links in mail.
	PublicURL string
	// UnsubscribeKey signs one-click unsubscribe links.
	UnsubscribeKey []byte
}

// KeptAnswer is the recorded outcome of a message kept because no SMTP server is configured.
const KeptAnswer = "kept: no SMTP server configured (B40_SMTP_URL); shown in the app"

// Runner is the River client that works the queue, on its own pgx pool as the owner.
type Runner struct {
	client *river.Client[pgx.Tx]
	pool   *pgxpool.Pool
}

// RunnerConfig configures the workers.
type RunnerConfig struct {
	Delivery
	Logger *slog.Logger
	// RetryPolicy spaces retries (nil: River's exponential back-off); tests shorten it.
	RetryPolicy river.ClientRetryPolicy
	// Concurrency is how many jobs run at once (default 4).
	Concurrency int
	// Register adds the workers of other packages (password resets).
	Register func(*river.Workers)
	// Schedule runs the periodic scans: digests and reminders (b40 serve; tests that count
	// notifications leave it off and run the scans themselves).
	Schedule bool
	// Now is the scans' clock (nil: time.Now).
	Now func() time.Time
}

// StartRunner opens a pgx pool with owner's connection settings and starts River's client on it.
func StartRunner(ctx context.Context, owner *bun.DB, cfg RunnerConfig) (*Runner, error) {
	connCfg, err := db.ConnConfig(ctx, owner)
	if err != nil {
		return nil, err
	}
	pc, err := pgxpool.ParseConfig("")
	if err != nil {
		return nil, err
	}
	pc.ConnConfig = connCfg
	pc.ConnConfig.RuntimeParams["application_name"] = "b40-river"
	pc.MaxConns = 6
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, err
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 4
	}
	if len(cfg.UnsubscribeKey) == 0 {
		if cfg.UnsubscribeKey, err = UnsubscribeKey(ctx, owner); err != nil {
			pool.Close()
			return nil, err
		}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, &MailWorker{Owner: owner, Delivery: cfg.Delivery, Log: log})
	if cfg.Register != nil {
		cfg.Register(workers)
	}
	queues := map[string]river.QueueConfig{MailQueue: {MaxWorkers: cfg.Concurrency}}
	var periodic []*river.PeriodicJob
	if cfg.Schedule {
		outbox, err := NewOutbox()
		if err != nil {
			pool.Close()
			return nil, err
		}
		now := cfg.Now
		if now == nil {
			now = time.Now
		}
		river.AddWorker(workers, &DigestWorker{Digester: &Digester{Owner: owner, Outbox: outbox, Log: log}, Now: now, Log: log})
		river.AddWorker(workers, &ReminderWorker{Reminders: &Reminders{Owner: owner, Outbox: outbox}, Now: now, Log: log})
		queues[ScheduleQueue] = river.QueueConfig{MaxWorkers: 1}
		periodic = periodicJobs()
	}
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Queues:       queues,
		PeriodicJobs: periodic,
		Workers:      workers,
		RetryPolicy:  cfg.RetryPolicy,
		// Polling, not LISTEN: River v0.51.2's listener dereferences a closed connection when
		// its client stops (a panic, seen in tests that start and stop clients). A fetch every
		// 100 ms is one cheap indexed query; it bounds the commit-to-delivery wait.
		PollOnly:          true,
		FetchPollInterval: 100 * time.Millisecond,
		FetchCooldown:     20 * time.Millisecond,
		// River reports every failed attempt at error level; the attempts are recorded in
		// mail_attempt, so its own log keeps to warnings.
		Logger: slog.New(levelFloor{log.Handler(), slog.LevelWarn}),
	})
	if err != nil {
		pool.Close()
		return nil, err
	}
	if err := client.Start(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("start river: %w", err)
	}
	return &Runner{client: client, pool: pool}, nil
}

// Stop lets running deliveries finish (until ctx ends, then cancels them) and closes the pool.
func (r *Runner) Stop(ctx context.Context) error {
	err := r.client.Stop(ctx)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		err = r.client.StopAndCancel(context.WithoutCancel(ctx))
	}
	r.pool.Close()
	return err
}

// MailWorker delivers one mail_message. It is idempotent: under the row's lock it sends only a
// message not yet SENT or KEPT, so a job run twice (a retry after a crash, two servers) sends
// once; only a crash between the SMTP server's acceptance and the commit can send twice, and the
// copy carries the same Message-ID.
type MailWorker struct {
	river.WorkerDefaults[MailArgs]
	Owner *bun.DB
	Delivery
	Log *slog.Logger
}

type mailRow struct {
	ID        int64          `bun:"id"`
	UserID    sql.NullInt64  `bun:"user_id"`
	ToEmail   string         `bun:"to_email"`
	Locale    string         `bun:"locale"`
	Kind      string         `bun:"kind"`
	Params    map[string]any `bun:"params,type:jsonb"`
	URL       sql.NullString `bun:"url"`
	Secret    sql.NullString `bun:"secret"`
	MessageID string         `bun:"message_id"`
	Status    string         `bun:"status"`
	TimeZone  string         `bun:"time_zone"`
}

// Work delivers the job's mail.
func (w *MailWorker) Work(ctx context.Context, job *river.Job[MailArgs]) error {
	return w.Deliver(ctx, job.Args.MailID, job.Attempt >= job.MaxAttempts)
}

// Deliver sends (or keeps) one mail and records the attempt; last says no retry follows.
func (w *MailWorker) Deliver(ctx context.Context, mailID int64, last bool) error {
	var sendErr error
	err := w.Owner.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var m mailRow
		// The recipient's language now, not the sender's nor the one at queueing.
		err := tx.NewRaw(`SELECT m.id, m.user_id, m.to_email, coalesce(u.locale, m.locale) AS locale, m.kind, m.params, m.url,
			m.secret, m.message_id, m.status, coalesce(u.time_zone, ?) AS time_zone FROM mail_message m LEFT JOIN app_user u ON u.id = m.user_id
			WHERE m.id = ? FOR UPDATE OF m`, DefaultTimeZone, mailID).Scan(ctx, &m)
		if db.IsNoRows(err) {
			return nil
		}
		if err != nil {
			return err
		}
		if m.Status == "SENT" || m.Status == "KEPT" {
			return nil
		}
		params := Localize(m.Params, m.Locale)
		link, shown := w.links(m)
		subject, text, html := Compose(m.Kind, m.Locale, params, link)
		_, shownText, _ := Compose(m.Kind, m.Locale, params, shown)
		if cadence, ok := IsDigest(m.Kind); ok {
			// A digest lists its notifications, rendered now in the recipient's language and zone.
			items, err := digestItems(ctx, tx, m.ID, m.Locale)
			if err != nil {
				return err
			}
			loc, err := time.LoadLocation(m.TimeZone)
			if err != nil {
				loc, _ = time.LoadLocation(DefaultTimeZone)
			}
			subject, text, html = ComposeDigest(cadence, m.Locale, items, loc, w.PublicURL, shown)
			shownText = text
		}
		if w.Mailer == nil {
			return w.record(ctx, tx, m.ID, "KEPT", true, KeptAnswer, subject, shownText, false)
		}
		msg := Message{MessageID: m.MessageID + "@" + domainOf(w.From), From: w.From, To: m.ToEmail, Subject: subject, Text: text, HTML: html}
		if m.UserID.Valid && !m.Secret.Valid && len(w.UnsubscribeKey) > 0 {
			msg.Unsubscribe = strings.TrimRight(w.PublicURL, "/") + "/mail/unsubscribe?t=" + UnsubscribeToken(w.UnsubscribeKey, m.UserID.Int64, m.Kind)
		}
		answer, err := w.Mailer.Send(ctx, msg)
		if err != nil {
			sendErr = err
			status := "PENDING"
			if last {
				status = "FAILED"
			}
			w.Log.Warn("mail delivery failed", "mail_id", m.ID, "kind", m.Kind, "final", last, "answer", err.Error())
			return w.record(ctx, tx, m.ID, status, false, err.Error(), subject, shownText, false)
		}
		return w.record(ctx, tx, m.ID, "SENT", true, answer, subject, shownText, true)
	})
	if err != nil {
		return err
	}
	return sendErr
}

// links is the message's link as sent (with its secret, as a URL fragment servers never see)
// and as stored and shown (without).
func (w *MailWorker) links(m mailRow) (sent, shown string) {
	if !m.URL.Valid || m.URL.String == "" {
		return "", ""
	}
	shown = strings.TrimRight(w.PublicURL, "/") + m.URL.String
	sent = shown
	if m.Secret.Valid {
		sent += "#token=" + m.Secret.String
		shown += "#token=…"
	}
	return sent, shown
}

func (w *MailWorker) record(ctx context.Context, tx bun.Tx, id int64, status string, ok bool, answer, subject, text string, sent bool) error {
	if len(answer) > 2000 {
		answer = answer[:2000]
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO mail_attempt (mail_id, ok, answer) VALUES (?, ?, ?)`, id, ok, answer); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE mail_message SET status = ?, attempts = attempts + 1, last_answer = ?, subject = ?, body_text = ?,
		sent_at = CASE WHEN ? THEN now() END, secret = CASE WHEN ? THEN NULL ELSE secret END WHERE id = ?`,
		status, answer, subject, text, sent, sent, id)
	return err
}

func domainOf(from string) string {
	if a, err := mail.ParseAddress(from); err == nil {
		from = a.Address
	}
	if i := strings.LastIndexByte(from, '@'); i >= 0 && i < len(from)-1 {
		return from[i+1:]
	}
	return "b40.local"
}

// levelFloor drops records below min.
type levelFloor struct {
	slog.Handler
	min slog.Level
}

func (h levelFloor) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}
func (h levelFloor) WithAttrs(a []slog.Attr) slog.Handler {
	return levelFloor{h.Handler.WithAttrs(a), h.min}
}
func (h levelFloor) WithGroup(n string) slog.Handler {
	return levelFloor{h.Handler.WithGroup(n), h.min}
}

// RetryAfter is a retry policy with a fixed pause (tests).
type RetryAfter time.Duration

// NextRetry implements river.ClientRetryPolicy.
func (d RetryAfter) NextRetry(*rivertype.JobRow) time.Time { return time.Now().Add(time.Duration(d)) }

// UnsubscribeKey returns the database's key for one-click unsubscribe links (created once, in
// b40_private.secret, so every server process signs alike).
func UnsubscribeKey(ctx context.Context, owner bun.IDB) ([]byte, error) {
	buf := make([]byte, 32)
	_, _ = rand.Read(buf)
	if _, err := owner.ExecContext(ctx, `INSERT INTO b40_private.secret (name, value) VALUES ('unsubscribe_key', ?) ON CONFLICT (name) DO NOTHING`,
		hex.EncodeToString(buf)); err != nil {
		return nil, err
	}
	var key string
	err := owner.NewRaw("SELECT value FROM b40_private.secret WHERE name = 'unsubscribe_key'").Scan(ctx, &key)
	return []byte(key), err
}

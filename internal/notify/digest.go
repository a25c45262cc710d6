package notify

import (
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"time"
	// The digest's hour is the recipient's: every IANA zone must be known even where the system
	// has no zoneinfo (a scratch container).
	_ "time/tzdata"

	"github.com/uptrace/bun"
)

// DigestHour is the local hour digests go out at; weekly digests go out on Monday.
const DigestHour = 7

// DigestKind is the mail_message kind of a digest of cadence (DAILY or WEEKLY).
func DigestKind(cadence string) string { return "DIGEST_" + cadence }

// IsDigest says whether a mail kind is a digest, and of which cadence.
func IsDigest(kind string) (cadence string, ok bool) {
	c, ok := strings.CutPrefix(kind, "DIGEST_")
	if ok && (c == Daily || c == Weekly) {
		return c, true
	}
	return "", false
}

// LastBoundary is the latest digest period boundary at or before now: 07:00 local time in loc,
// every day (DAILY) or on Mondays (WEEKLY). Calendar arithmetic in loc, so a day of 23 or 25
// hours (a daylight-saving change) still ends at 07:00.
func LastBoundary(cadence string, now time.Time, loc *time.Location) time.Time {
	l := now.In(loc)
	back := 0
	if cadence == Weekly {
		back = (int(l.Weekday()) + 6) % 7 // days since Monday
	}
	b := time.Date(l.Year(), l.Month(), l.Day()-back, DigestHour, 0, 0, 0, loc)
	if b.After(now) {
		step := 1
		if cadence == Weekly {
			step = 7
		}
		b = time.Date(l.Year(), l.Month(), l.Day()-back-step, DigestHour, 0, 0, 0, loc)
	}
	return b
}

// Digester sends the digests that are due. Correct by construction:
//   - each notification meant for a digest is pending until a digest includes it, and the
//     digest's transaction sets it (under the row's lock), so it is in exactly one digest,
//     whatever the order in which notifications commit;
//   - the "sent up to" mark (digest_mark) is advanced, under its row's lock, in the transaction
//     that writes the digest's mail_message, so a period is handled once across restarts and
//     servers; a server that was down sends one digest of everything pending when it is back;
//   - a digest with no items is never written (the mark still moves on);
//   - boundaries are instants computed in the person's zone, so time-zone and daylight-saving
//     changes move the next 07:00, never repeat a period.
type Digester struct {
	Owner  *bun.DB
	Outbox *Outbox
	Log    *slog.Logger
}

// DigestResult counts one run.
type DigestResult struct {
	Sent  int // digests written
	Items int // notifications they carry
}

// Run writes every digest due at now.
func (d *Digester) Run(ctx context.Context, now time.Time) (DigestResult, error) {
	var res DigestResult
	var due []struct {
		UserID   int64  `bun:"user_id"`
		Cadence  string `bun:"digest"`
		TimeZone string `bun:"time_zone"`
	}
	if err := d.Owner.NewRaw(`SELECT DISTINCT n.user_id, n.digest, u.time_zone FROM notification n JOIN app_user u ON u.id = n.user_id
		WHERE n.digest IS NOT NULL AND n.digest_mail_id IS NULL AND u.status = 'ACTIVE' ORDER BY n.user_id, n.digest`).Scan(ctx, &due); err != nil {
		return res, fmt.Errorf("digest work list: %w", err)
	}
	for _, p := range due {
		loc, err := time.LoadLocation(p.TimeZone)
		if err != nil || p.TimeZone == "" {
			loc, _ = time.LoadLocation(DefaultTimeZone)
		}
		n, err := d.one(ctx, p.UserID, p.Cadence, LastBoundary(p.Cadence, now, loc))
		if err != nil {
			return res, fmt.Errorf("digest of user %d (%s): %w", p.UserID, p.Cadence, err)
		}
		if n > 0 {
			res.Sent++
			res.Items += n
		}
	}
	return res, nil
}

// one handles a person's period ending at boundary: under the mark's lock, if the mark is
// behind, the pending notifications from before boundary go into one digest; the mark moves to
// boundary. It returns how many notifications the digest carries (0: none written).
func (d *Digester) one(ctx context.Context, userID int64, cadence string, boundary time.Time) (int, error) {
	items := 0
	err := d.Owner.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO digest_mark (user_id, cadence, sent_up_to) VALUES (?, ?, '-infinity')
			ON CONFLICT DO NOTHING`, userID, cadence); err != nil {
			return err
		}
		// '-infinity' (never sent) reads as NULL.
		var mark sql.NullTime
		if err := tx.NewRaw(`SELECT nullif(sent_up_to, '-infinity') FROM digest_mark WHERE user_id = ? AND cadence = ? FOR UPDATE`,
			userID, cadence).Scan(ctx, &mark); err != nil {
			return err
		}
		if mark.Valid && !mark.Time.Before(boundary) {
			return nil // this period is handled
		}
		var ids []int64
		if err := tx.NewRaw(`SELECT id FROM notification WHERE user_id = ? AND digest = ? AND digest_mail_id IS NULL AND created_at < ?
			ORDER BY id FOR UPDATE`, userID, cadence, boundary).Scan(ctx, &ids); err != nil {
			return err
		}
		var mailID sql.NullInt64
		if len(ids) > 0 {
			params := map[string]any{"cadence": cadence, "count": strconv.Itoa(len(ids)), "upTo": boundary.UTC().Format(time.RFC3339)}
			if mark.Valid {
				params["from"] = mark.Time.UTC().Format(time.RFC3339)
			}
			if err := tx.NewRaw(`INSERT INTO mail_message (user_id, to_email, locale, kind, params, url)
				SELECT id, email, locale, ?, ?, '/account' FROM app_user WHERE id = ? RETURNING id`,
				DigestKind(cadence), params, userID).Scan(ctx, &mailID); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE notification SET digest_mail_id = ? WHERE id IN (?)`, mailID.Int64, bun.List(ids)); err != nil {
				return err
			}
			if err := d.Outbox.Enqueue(ctx, tx, mailID.Int64); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE digest_mark SET sent_up_to = ?, last_mail_id = coalesce(?, last_mail_id), updated_at = now()
			WHERE user_id = ? AND cadence = ?`, boundary, mailID, userID, cadence); err != nil {
			return err
		}
		items = len(ids)
		return nil
	})
	return items, err
}

// DigestItem is one notification in a digest.
type DigestItem struct {
	Kind      string
	Title     string
	URL       string
	CreatedAt time.Time
}

// digestItems loads a digest's notifications, rendered in locale.
func digestItems(ctx context.Context, tx bun.IDB, mailID int64, locale string) ([]DigestItem, error) {
	var rows []struct {
		Kind      string         `bun:"kind"`
		Params    map[string]any `bun:"params,type:jsonb"`
		URL       sql.NullString `bun:"url"`
		CreatedAt time.Time      `bun:"created_at"`
	}
	if err := tx.NewRaw(`SELECT kind, params, url, created_at FROM notification WHERE digest_mail_id = ? ORDER BY id`, mailID).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	out := make([]DigestItem, len(rows))
	for i, r := range rows {
		title, _ := Render(r.Kind, locale, Localize(r.Params, locale))
		out[i] = DigestItem{Kind: r.Kind, Title: title, URL: r.URL.String, CreatedAt: r.CreatedAt}
	}
	return out, nil
}

// DigestGroup is the items of one kind, newest first.
type DigestGroup struct {
	Kind  string
	Label string
	Items []DigestItem
}

// GroupDigest groups items by kind, newest first within a group and the group with the newest
// item first (ties: by kind).
func GroupDigest(items []DigestItem, locale string) []DigestGroup {
	by := map[string][]DigestItem{}
	for _, it := range items {
		by[it.Kind] = append(by[it.Kind], it)
	}
	groups := make([]DigestGroup, 0, len(by))
	for k, its := range by {
		sort.SliceStable(its, func(i, j int) bool { return its[i].CreatedAt.After(its[j].CreatedAt) })
		groups = append(groups, DigestGroup{Kind: k, Label: KindLabel(k, locale), Items: its})
	}
	sort.Slice(groups, func(i, j int) bool {
		a, b := groups[i].Items[0].CreatedAt, groups[j].Items[0].CreatedAt
		if !a.Equal(b) {
			return a.After(b)
		}
		return groups[i].Kind < groups[j].Kind
	})
	return groups
}

var digestSubject = map[string]map[string]string{
	Daily:  {"en": "Your daily B40 digest: %d notifications", "tr": "Günlük B40 özetiniz: %d bildirim"},
	Weekly: {"en": "Your weekly B40 digest: %d notifications", "tr": "Haftalık B40 özetiniz: %d bildirim"},
}

var digestFooter = map[string]string{
	"en": "You get these notifications in a digest as you chose. Change how each kind reaches you under Account, Notifications:",
	"tr": "Bu bildirimleri seçiminiz üzerine özet olarak alıyorsunuz. Her türün size nasıl ulaşacağını Hesap, Bildirimler bölümünde değiştirebilirsiniz:",
}

// ComposeDigest renders a digest in locale: the items grouped by kind (groups with the newest
// item first), newest first; dates in the recipient's zone; prefs links to the preferences.
func ComposeDigest(cadence, locale string, items []DigestItem, loc *time.Location, publicURL, prefs string) (subject, text, html string) {
	locale = Normalize(locale)
	subject = fmt.Sprintf(digestSubject[cadence][locale], len(items))
	groups := GroupDigest(items, locale)
	base := strings.TrimRight(publicURL, "/")
	var b strings.Builder
	for _, g := range groups {
		fmt.Fprintf(&b, "%s (%d)\n", g.Label, len(g.Items))
		for _, it := range g.Items {
			fmt.Fprintf(&b, "- %s · %s", it.CreatedAt.In(loc).Format("2006-01-02 15:04"), it.Title)
			if it.URL != "" {
				fmt.Fprintf(&b, "\n  %s%s", base, it.URL)
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s\n%s\n\n-- \nB40 Workspace\n", digestFooter[locale], prefs)
	var h strings.Builder
	_ = digestHTML.Execute(&h, map[string]any{"Subject": subject, "Lang": locale, "Groups": groups, "Base": base, "Loc": loc,
		"Footer": digestFooter[locale], "Prefs": prefs})
	return subject, b.String(), h.String()
}

var digestHTML = template.Must(template.New("digest").Funcs(template.FuncMap{
	"when": func(t time.Time, loc *time.Location) string { return t.In(loc).Format("2006-01-02 15:04") },
}).Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Subject}}</title></head>
<body style="font-family: sans-serif; line-height: 1.5">
{{range .Groups}}<h2 style="font-size: 1.1em">{{.Label}} ({{len .Items}})</h2>
<ul>{{range .Items}}<li>{{when .CreatedAt $.Loc}} · {{if .URL}}<a href="{{$.Base}}{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}</li>{{end}}</ul>
{{end}}<p style="color: #666">{{.Footer}} <a href="{{.Prefs}}">{{.Prefs}}</a></p>
<p style="color: #666">B40 Workspace</p>
</body></html>
`))

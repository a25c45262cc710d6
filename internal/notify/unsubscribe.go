package notify

import (
	"context"
	"html/template"
	"net/http"
	"sync"

	"github.com/uptrace/bun"
)

// Unsubscribe serves /mail/unsubscribe?t=TOKEN (RFC 8058): POST, as a mail client's one-click
// button sends it, turns mail of the token's kind off for its person (the in-app notification
// stays); GET only shows a page with that button, because link checkers and previews fetch
// GETs. The token is signed (UnsubscribeKey) and grants nothing else.
type Unsubscribe struct {
	Owner *bun.DB
	mu    sync.Mutex
	key   []byte
}

func (u *Unsubscribe) signingKey(ctx context.Context) ([]byte, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.key != nil {
		return u.key, nil
	}
	k, err := UnsubscribeKey(ctx, u.Owner)
	if err == nil {
		u.key = k
	}
	return k, err
}

var unsubscribePage = template.Must(template.New("unsubscribe").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>B40 Workspace mail</title></head>
<body style="font-family: sans-serif">
{{if .Done}}<p>You will get no more mail of this kind ({{.Kind}}). The app still shows it in your notifications.</p>
{{else}}<form method="post"><p>Stop mail of this kind ({{.Kind}})?</p>
<input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>{{end}}
</body></html>
`))

func (u *Unsubscribe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	key, err := u.signingKey(r.Context())
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	userID, kind, ok := CheckUnsubscribeToken(key, r.URL.Query().Get("t"))
	if !ok {
		http.Error(w, "this unsubscribe link is not valid", http.StatusBadRequest)
		return
	}
	done := false
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	case http.MethodPost:
		q, args := `INSERT INTO mail_optout (user_id, kind) SELECT id, ? FROM app_user WHERE id = ? ON CONFLICT DO NOTHING`, []any{kind, userID}
		if cadence, ok := IsDigest(kind); ok {
			// A digest's unsubscribe turns off the mail of every kind that went into it.
			q, args = `UPDATE notification_preference SET delivery = 'OFF', updated_at = now() WHERE user_id = ? AND delivery = ?`, []any{userID, cadence}
		}
		if _, err := u.Owner.ExecContext(r.Context(), q, args...); err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		done = true
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = unsubscribePage.Execute(w, map[string]any{"Done": done, "Kind": kind})
}

package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/wneessen/go-mail"
)

// SMTP is where mail goes: B40_SMTP_URL, smtp://user:pass@host:port (STARTTLS when the server
// offers it) or smtps://user:pass@host:port (implicit TLS).
type SMTP struct {
	Host     string
	Port     int
	Username string
	Password string
	// ImplicitTLS is smtps://.
	ImplicitTLS bool
	// TLSConfig overrides the TLS settings (tests trust their own server's certificate).
	TLSConfig *tls.Config
}

// ParseSMTPURL reads B40_SMTP_URL. The error never repeats the URL (it holds a password).
func ParseSMTPURL(raw string) (*SMTP, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" || (u.Path != "" && u.Path != "/") {
		return nil, errors.New("B40_SMTP_URL is not smtp://user:pass@host:port or smtps://user:pass@host:port")
	}
	s := &SMTP{Host: u.Hostname(), ImplicitTLS: u.Scheme == "smtps", Port: 587}
	if s.ImplicitTLS {
		s.Port = 465
	}
	if p := u.Port(); p != "" {
		if s.Port, err = strconv.Atoi(p); err != nil || s.Port <= 0 || s.Port > 65535 {
			return nil, errors.New("B40_SMTP_URL: the port is not a number from 1 to 65535")
		}
	}
	if u.User != nil {
		s.Username = u.User.Username()
		s.Password, _ = u.User.Password()
	}
	return s, nil
}

// Message is one rendered mail.
type Message struct {
	MessageID string // without angle brackets
	From      string
	To        string
	Subject   string
	Text      string
	HTML      string
	// Unsubscribe is the RFC 8058 one-click URL ("" for mail one cannot unsubscribe from:
	// invitations, password resets).
	Unsubscribe string
}

// Mailer sends messages; Send returns the server's answer (the last reply line) or an error
// carrying it.
type Mailer interface {
	Send(ctx context.Context, m Message) (answer string, err error)
}

// SMTPMailer sends over SMTP with github.com/wneessen/go-mail.
type SMTPMailer struct {
	cfg SMTP
}

// NewSMTPMailer returns a Mailer for cfg.
func NewSMTPMailer(cfg SMTP) *SMTPMailer { return &SMTPMailer{cfg: cfg} }

func (s *SMTPMailer) build(m Message) (*mail.Msg, error) {
	msg := mail.NewMsg(mail.WithCharset(mail.CharsetUTF8))
	if err := msg.From(m.From); err != nil {
		return nil, fmt.Errorf("from: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		return nil, fmt.Errorf("to: %w", err)
	}
	msg.Subject(m.Subject) // go-mail encodes non-ASCII subjects (RFC 2047)
	msg.SetMessageIDWithValue(m.MessageID)
	msg.SetDate()
	msg.SetGenHeader("Auto-Submitted", "auto-generated")
	if m.Unsubscribe != "" {
		msg.SetGenHeaderPreformatted("List-Unsubscribe", "<"+m.Unsubscribe+">")
		msg.SetGenHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
	}
	msg.SetBodyString(mail.TypeTextPlain, m.Text)
	msg.AddAlternativeString(mail.TypeTextHTML, m.HTML)
	return msg, nil
}

// Send delivers m in its own SMTP session.
func (s *SMTPMailer) Send(ctx context.Context, m Message) (string, error) {
	msg, err := s.build(m)
	if err != nil {
		return "", err
	}
	opts := []mail.Option{mail.WithPort(s.cfg.Port), mail.WithTimeout(30 * time.Second)}
	if s.cfg.ImplicitTLS {
		opts = append(opts, mail.WithSSL())
	} else {
		opts = append(opts, mail.WithTLSPolicy(mail.TLSOpportunistic))
	}
	if s.cfg.TLSConfig != nil {
		opts = append(opts, mail.WithTLSConfig(s.cfg.TLSConfig))
	}
	if s.cfg.Username != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthAutoDiscover), mail.WithUsername(s.cfg.Username), mail.WithPassword(s.cfg.Password))
	}
	c, err := mail.NewClient(s.cfg.Host, opts...)
	if err != nil {
		return "", err
	}
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		return "", err
	}
	answer := msg.ServerResponse()
	if answer == "" {
		answer = "250 accepted"
	}
	return answer, nil
}

// Compose renders a mail: subject and text in locale, the HTML alternative, the link.
func Compose(kind, locale string, params map[string]string, link string) (subject, text, html string) {
	subject, body := Render(kind, locale, params)
	text = body
	if link != "" {
		text += "\n\n" + link
	}
	text += "\n\n-- \nB40 Workspace\n"
	var b strings.Builder
	_ = htmlTemplate.Execute(&b, map[string]string{"Subject": subject, "Body": body, "Link": link, "Lang": Normalize(locale)})
	return subject, text, b.String()
}

var htmlTemplate = template.Must(template.New("mail").Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Subject}}</title></head>
<body style="font-family: sans-serif; line-height: 1.5">
<p>{{.Body}}</p>
{{if .Link}}<p><a href="{{.Link}}">{{.Link}}</a></p>{{end}}
<p style="color: #666">B40 Workspace</p>
</body></html>
`))

// UnsubscribeToken signs "user:kind" so a one-click unsubscribe needs no sign-in.
func UnsubscribeToken(key []byte, userID int64, kind string) string {
	payload := strconv.FormatInt(userID, 10) + ":" + kind
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString([]byte(payload)) + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// CheckUnsubscribeToken returns the user and kind a token was signed for.
func CheckUnsubscribeToken(key []byte, token string) (int64, string, bool) {
	p, sig, ok := strings.Cut(token, ".")
	if !ok {
		return 0, "", false
	}
	payload, err1 := base64.RawURLEncoding.DecodeString(p)
	got, err2 := base64.RawURLEncoding.DecodeString(sig)
	if err1 != nil || err2 != nil {
		return 0, "", false
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(payload)
	if !hmac.Equal(got, mac.Sum(nil)) {
		return 0, "", false
	}
	u, kind, ok := strings.Cut(string(payload), ":")
	id, err := strconv.ParseInt(u, 10, 64)
	if !ok || err != nil {
		return 0, "", false
	}
	return id, kind, true
}

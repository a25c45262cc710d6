package notify_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/mailtest"
	"github.com/b40-network/workspace/internal/notify"
)

// The mailer speaks to a real SMTP server: in the clear, with STARTTLS when the server offers
// it, and with implicit TLS (smtps); the message is multipart with a UTF-8 subject.
func TestMailerTLSModes(t *testing.T) {
	for name, mode := range map[string]int{"plain": mailtest.Plain, "starttls": mailtest.StartTLS, "smtps": mailtest.Implicit} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.StartWith(t, mode)
			subject, text, html := notify.Compose(notify.KindPracticeAdopted, "tr", map[string]string{"adopter": "Üsküdar", "title": "Çatı bahçeleri", "city": "Tiran"}, "https://b40.test/practices/x")
			answer, err := notify.NewSMTPMailer(srv.SMTP()).Send(context.Background(), notify.Message{MessageID: "m1@b40.test", From: "B40 <no-reply@b40.test>",
				To: "ana@example.org", Subject: subject, Text: text, HTML: html})
			if err != nil {
				t.Fatal(err)
			}
			ms := srv.Wait(t, 1, 10*time.Second)
			m := ms[0]
			if m.TLS != (mode != mailtest.Plain) {
				t.Errorf("TLS: %v", m.TLS)
			}
			if m.Subject != "Üsküdar iyi uygulamanızı benimsedi" || !strings.Contains(m.Text, "Çatı bahçeleri") || !strings.Contains(m.HTML, "https://b40.test/practices/x") ||
				m.Header.Get("Message-Id") != "<m1@b40.test>" || !strings.HasPrefix(answer, "2") {
				t.Errorf("message: %q / %q / answer %q", m.Subject, m.Text, answer)
			}
		})
	}
}

// B40_SMTP_URL: the schemes, default ports and credentials; errors never repeat the URL.
func TestParseSMTPURL(t *testing.T) {
	s, err := notify.ParseSMTPURL("smtp://user:s3cret@mail.example.org")
	if err != nil || s.Port != 587 || s.ImplicitTLS || s.Username != "user" || s.Password != "s3cret" {
		t.Errorf("smtp: %+v %v", s, err)
	}
	s, err = notify.ParseSMTPURL("smtps://mail.example.org:2465")
	if err != nil || s.Port != 2465 || !s.ImplicitTLS {
		t.Errorf("smtps: %+v %v", s, err)
	}
	for _, bad := range []string{"http://u:s3cret@x", "smtp://u:s3cret@", "smtp://u:s3cret@x:99999", "smtp://u:s3cret@x/path"} {
		if _, err := notify.ParseSMTPURL(bad); err == nil || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

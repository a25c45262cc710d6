// Package mailtest runs a real SMTP server in-process (github.com/emersion/go-smtp) for tests:
// it keeps what arrives, parsed, and can refuse deliveries to exercise retries.
package mailtest

import (
	"bytes"
	"crypto/tls"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/b40-network/workspace/internal/notify"
)

// Message is one message the server accepted.
type Message struct {
	From    string
	To      []string
	Raw     []byte
	Header  mail.Header
	Subject string    // decoded
	Text    string    // the text/plain part
	HTML    string    // the text/html part
	At      time.Time // when it arrived
	// TLS tells whether the message came over an encrypted connection.
	TLS bool
}

// Server is an SMTP server on a loopback port.
type Server struct {
	srv      *smtp.Server
	Host     string
	Port     int
	mu       sync.Mutex
	messages []Message
	refuse   int
	arrived  chan struct{}
	mode     int
	// clientTLS trusts the server's certificate.
	clientTLS *tls.Config
}

// TLS modes of a test server.
const (
	Plain    = iota // no TLS offered
	StartTLS        // STARTTLS offered on a plain connection
	Implicit        // TLS from the first byte (smtps)
)

// Start runs a plain server until the test ends.
func Start(t testing.TB) *Server { return StartWith(t, Plain) }

// StartWith runs a server with a TLS mode (a self-signed certificate; SMTP trusts it).
func StartWith(t testing.TB, mode int) *Server {
	t.Helper()
	s := &Server{arrived: make(chan struct{}, 1000), mode: mode}
	s.srv = smtp.NewServer(backend{s})
	if mode != Plain {
		cert, pool := selfSigned(t)
		s.srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		s.clientTLS = &tls.Config{RootCAs: pool, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12}
	}
	s.srv.Domain = "localhost"
	s.srv.AllowInsecureAuth = true
	s.srv.ReadTimeout, s.srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if mode == Implicit {
		ln = tls.NewListener(ln, s.srv.TLSConfig)
	}
	addr := ln.Addr().(*net.TCPAddr)
	s.Host, s.Port = "127.0.0.1", addr.Port
	go func() { _ = s.srv.Serve(ln) }()
	t.Cleanup(func() { _ = s.srv.Close() })
	return s
}

// SMTP is the mailer configuration that reaches this server.
func (s *Server) SMTP() notify.SMTP {
	return notify.SMTP{Host: s.Host, Port: s.Port, ImplicitTLS: s.mode == Implicit, TLSConfig: s.clientTLS}
}

// RefuseNext makes the next n deliveries fail with a temporary error (451).
func (s *Server) RefuseNext(n int) {
	s.mu.Lock()
	s.refuse = n
	s.mu.Unlock()
}

// RefusalAnswer is what a refused delivery is answered.
const RefusalAnswer = "mailbox busy, try again later"

// Messages returns what arrived so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Wait returns once n messages arrived, failing the test after timeout.
func (s *Server) Wait(t testing.TB, n int, timeout time.Duration) []Message {
	t.Helper()
	deadline := time.After(timeout)
	for {
		if ms := s.Messages(); len(ms) >= n {
			return ms
		}
		select {
		case <-s.arrived:
		case <-deadline:
			t.Fatalf("waited %s for %d messages; %d arrived", timeout, n, len(s.Messages()))
		}
	}
}

// To returns the messages addressed to addr.
func (s *Server) To(addr string) []Message {
	var out []Message
	for _, m := range s.Messages() {
		for _, to := range m.To {
			if strings.EqualFold(to, addr) {
				out = append(out, m)
			}
		}
	}
	return out
}

type backend struct{ s *Server }

func (b backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{s: b.s, conn: c}, nil
}

type session struct {
	s    *Server
	conn *smtp.Conn
	from string
	to   []string
}

func (x *session) Reset()        { x.from, x.to = "", nil }
func (x *session) Logout() error { return nil }
func (x *session) Mail(from string, _ *smtp.MailOptions) error {
	x.from = from
	return nil
}
func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.to = append(x.to, to)
	return nil
}

func (x *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	x.s.mu.Lock()
	if x.s.refuse > 0 {
		x.s.refuse--
		x.s.mu.Unlock()
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: RefusalAnswer}
	}
	x.s.mu.Unlock()
	m, err := parse(raw)
	if err != nil {
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "unparsable: " + err.Error()}
	}
	m.From, m.To, m.At = x.from, x.to, time.Now()
	_, m.TLS = x.conn.TLSConnectionState()
	x.s.mu.Lock()
	x.s.messages = append(x.s.messages, m)
	x.s.mu.Unlock()
	x.s.arrived <- struct{}{}
	return nil
}

func parse(raw []byte) (Message, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return Message{}, err
	}
	out := Message{Raw: raw, Header: msg.Header}
	out.Subject, err = new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		return out, err
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return out, err
	}
	if !strings.HasPrefix(mt, "multipart/") {
		return out, errors.New("not multipart: " + mt)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return out, err
		}
		body, err := io.ReadAll(decoder(p))
		if err != nil {
			return out, err
		}
		pt, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		switch pt {
		case "text/plain":
			out.Text = string(body)
		case "text/html":
			out.HTML = string(body)
		}
	}
	return out, nil
}

// decoder undoes a part's Content-Transfer-Encoding (multipart.Reader undoes only
// quoted-printable).
func decoder(p *multipart.Part) io.Reader {
	if strings.EqualFold(p.Header.Get("Content-Transfer-Encoding"), "base64") {
		return base64Reader(p)
	}
	return p
}

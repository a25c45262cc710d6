// Package config reads the settings of `b40` from the environment (contract "Running it").
package config

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// Config is every setting of the binary.
type Config struct {
	Addr         string
	DatabaseURL  string
	DataDir      string
	Demo         bool
	DemoPassword string
	CORSOrigins  []string
	// CORSHeaders are request headers browsers may send, beside the default set.
	CORSHeaders   []string
	Introspection bool
	LogLevel      string
	LogFormat     string
	// MetricsAddr is where /metrics is served, apart from the API; "off" serves none.
	MetricsAddr string
	// ShutdownTimeout bounds how long a stopping server finishes requests in flight.
	ShutdownTimeout time.Duration
	// AllowNewerSchema lets an older binary serve a newer schema, read-only.
	AllowNewerSchema bool
	// SMTPURL is where mail goes (B40_SMTP_URL); "" keeps messages in the app instead.
	SMTPURL string
	// MailFrom is the sender of mail (B40_MAIL_FROM).
	MailFrom string
	// PublicURL is where people reach the app (B40_PUBLIC_URL), for links in mail; "" means
	// http:// + Addr.
	PublicURL string
	// Documents is B40_DOCUMENTS: "open" (the default) runs any document; "trusted" runs only
	// the app's own documents for sessions and the public, while API tokens may still send
	// documents of their own.
	Documents string
}

// FromEnv reads the settings through getenv (os.Getenv in main, a map in tests).
func FromEnv(getenv func(string) string) (Config, error) {
	c := Config{
		Addr:         or(getenv("B40_ADDR"), "127.0.0.1:8080"),
		DatabaseURL:  getenv("DATABASE_URL"),
		DataDir:      or(getenv("B40_DATA_DIR"), "./.b40"),
		DemoPassword: or(getenv("B40_DEMO_PASSWORD"), "b40-demo-password"),
		LogLevel:     or(getenv("B40_LOG_LEVEL"), "info"),
		LogFormat:    or(getenv("B40_LOG_FORMAT"), "text"),
		MetricsAddr:  or(getenv("B40_METRICS_ADDR"), "127.0.0.1:9140"),
		SMTPURL:      getenv("B40_SMTP_URL"),
		MailFrom:     or(getenv("B40_MAIL_FROM"), "B40 Workspace <no-reply@b40.invalid>"),
		PublicURL:    strings.TrimRight(getenv("B40_PUBLIC_URL"), "/"),
		Documents:    or(strings.ToLower(strings.TrimSpace(getenv("B40_DOCUMENTS"))), "open"),
	}
	if c.Documents != "open" && c.Documents != "trusted" {
		return c, fmt.Errorf("B40_DOCUMENTS: %q is not open or trusted", getenv("B40_DOCUMENTS"))
	}
	if c.SMTPURL != "" {
		u, err := url.Parse(c.SMTPURL)
		if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" {
			// Never repeat the value: it holds a password.
			return c, fmt.Errorf("B40_SMTP_URL is not smtp://user:pass@host:port or smtps://user:pass@host:port")
		}
	}
	if _, err := mail.ParseAddress(c.MailFrom); err != nil {
		return c, fmt.Errorf("B40_MAIL_FROM: %q is not an address such as \"B40 Workspace <no-reply@example.org>\"", c.MailFrom)
	}
	if c.PublicURL != "" {
		if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" {
			return c, fmt.Errorf("B40_PUBLIC_URL: %q is not a URL such as https://workspace.example.org", c.PublicURL)
		}
	}
	for _, h := range strings.Split(getenv("B40_CORS_HEADERS"), ",") {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		if !headerNameRE.MatchString(h) {
			return c, fmt.Errorf("B40_CORS_HEADERS: %q is not a header name", h)
		}
		c.CORSHeaders = append(c.CORSHeaders, h)
	}
	c.ShutdownTimeout = 25 * time.Second
	if v := getenv("B40_SHUTDOWN_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("B40_SHUTDOWN_TIMEOUT: %q is not a positive duration such as 25s", v)
		}
		c.ShutdownTimeout = d
	}
	var err error
	if c.Demo, err = flag(getenv, "B40_DEMO", false); err != nil {
		return c, err
	}
	if c.AllowNewerSchema, err = flag(getenv, "B40_ALLOW_NEWER_SCHEMA", false); err != nil {
		return c, err
	}
	if c.Introspection, err = flag(getenv, "B40_INTROSPECTION", c.Demo); err != nil {
		return c, err
	}
	switch strings.ToLower(c.LogLevel) {
	case "debug", "info", "warn", "error":
	default:
		return c, fmt.Errorf("B40_LOG_LEVEL: %q is not one of debug, info, warn, error", c.LogLevel)
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return c, fmt.Errorf("B40_LOG_FORMAT: %q is not text or json", c.LogFormat)
	}
	for _, o := range strings.Split(getenv("B40_CORS_ORIGINS"), ",") {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		if err := checkOrigin(o); err != nil {
			return c, err
		}
		c.CORSOrigins = append(c.CORSOrigins, o)
	}
	return c, nil
}

var headerNameRE = regexp.MustCompile(`^[A-Za-z0-9!#$%&'*+.^_|~-]{1,100}$`)

// checkOrigin accepts only exact origins: scheme://host[:port], no wildcard, no path.
func checkOrigin(o string) error {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.Path != "" || u.RawQuery != "" || u.User != nil || strings.Contains(o, "*") {
		return fmt.Errorf("B40_CORS_ORIGINS: %q is not an exact origin such as https://app.example.org", o)
	}
	return nil
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// flag reads an on/off setting; anything else is refused rather than read as "off".
func flag(getenv func(string) string, name string, def bool) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(getenv(name))) {
	case "":
		return def, nil
	case "1", "true", "yes", "on":
		return true, nil
	case "0", "false", "no", "off":
		return false, nil
	}
	return false, fmt.Errorf("%s: %q is not one of 1, true, yes, on, 0, false, no, off", name, getenv(name))
}

// Package config reads the settings of `b40` from the environment (contract "Running it").
package config

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Config is every setting of the binary.
type Config struct {
	Addr          string
	DatabaseURL   string
	DataDir       string
	Demo          bool
	DemoPassword  string
	CORSOrigins   []string
	Introspection bool
	LogLevel      string
	LogFormat     string
	// MetricsAddr is where /metrics is served, apart from the API; "off" serves none.
	MetricsAddr string
	// ShutdownTimeout bounds how long a stopping server finishes requests in flight.
	ShutdownTimeout time.Duration
	// AllowNewerSchema lets an older binary serve a newer schema, read-only.
	AllowNewerSchema bool
}

// FromEnv reads the settings through getenv (os.Getenv in main, a map in tests).
func FromEnv(getenv func(string) string) (Config, error) {
	c := Config{
		Addr:         or(getenv("B40_ADDR"), "127.0.0.1:8080"),
		DatabaseURL:  getenv("DATABASE_URL"),
		DataDir:      or(getenv("B40_DATA_DIR"), "./.b40"),
		Demo:         truthy(getenv("B40_DEMO")),
		DemoPassword: or(getenv("B40_DEMO_PASSWORD"), "b40-demo-password"),
		LogLevel:     or(getenv("B40_LOG_LEVEL"), "info"),
		LogFormat:    or(getenv("B40_LOG_FORMAT"), "text"),
		MetricsAddr:  or(getenv("B40_METRICS_ADDR"), "127.0.0.1:9140"),
	}
	c.ShutdownTimeout = 25 * time.Second
	if v := getenv("B40_SHUTDOWN_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("B40_SHUTDOWN_TIMEOUT: %q is not a positive duration such as 25s", v)
		}
		c.ShutdownTimeout = d
	}
	c.AllowNewerSchema = truthy(getenv("B40_ALLOW_NEWER_SCHEMA"))
	c.Introspection = c.Demo
	if v := getenv("B40_INTROSPECTION"); v != "" {
		c.Introspection = truthy(v)
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

func truthy(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// Package scalar implements the contract's custom scalars (C8) as gqlgen marshal functions
// over plain Go types, validating on input.
package scalar

import (
	"github.com/b40-network/workspace/internal/apperr"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// MarshalDate writes a calendar date, YYYY-MM-DD.
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.MarshalString(t.Format(time.DateOnly))
}

// UnmarshalDate reads YYYY-MM-DD, in years 1 to 9999 (PostgreSQL has no year 0).
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, invalid("Date must be a string YYYY-MM-DD")
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1 {
		return time.Time{}, invalid("Date must be YYYY-MM-DD, in years 1 to 9999")
	}
	return t, nil
}

// MarshalDateTime writes an instant in RFC 3339 (gqlgen's Time: the zero time is null).
func MarshalDateTime(t time.Time) graphql.Marshaler { return graphql.MarshalTime(t) }

// UnmarshalDateTime reads an instant as gqlgen's Time does (RFC 3339, or "2006-01-02 15:04:05"
// in UTC), refusing as bad input what it cannot read and instants before year 1 in UTC, which
// PostgreSQL cannot hold.
func UnmarshalDateTime(v any) (time.Time, error) {
	t, err := graphql.UnmarshalTime(v)
	if err != nil {
		return time.Time{}, invalid("DateTime must be an RFC 3339 date and time, such as 2026-05-01T09:30:00Z")
	}
	if t.UTC().Year() < 1 {
		return time.Time{}, invalid("DateTime must lie in year 1 or later")
	}
	return t, nil
}

var countryRE = regexp.MustCompile(`^[A-Z]{2}$`)

// MarshalCountryCode writes an ISO 3166-1 alpha-2 code.
func MarshalCountryCode(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalCountryCode reads two upper-case letters (XK for Kosovo); whether the code is a
// country is the database's check.
func UnmarshalCountryCode(v any) (string, error) {
	s, ok := v.(string)
	if !ok || !countryRE.MatchString(s) {
		return "", invalid("CountryCode must be two upper-case letters (ISO 3166-1 alpha-2, XK for Kosovo)")
	}
	return s, nil
}

// MarshalURL writes a URL.
func MarshalURL(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalURL reads an absolute http or https URL of at most 2000 characters.
func UnmarshalURL(v any) (string, error) {
	s, ok := v.(string)
	if !ok || len(s) > 2000 {
		return "", invalid("URL must be a string of at most 2000 characters")
	}
	p, err := url.Parse(s)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return "", invalid("URL must be an absolute http or https URL")
	}
	return s, nil
}

// MarshalEmail writes an address.
func MarshalEmail(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalEmail reads one plain address (no display name), lower-cased.
func UnmarshalEmail(v any) (string, error) {
	s, ok := v.(string)
	if !ok || len(s) > 254 {
		return "", invalid("Email must be a string of at most 254 characters")
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || !strings.Contains(s[strings.LastIndex(s, "@"):], ".") {
		return "", invalid("Email must be a plain address such as name@example.org")
	}
	return strings.ToLower(s), nil
}

// invalid makes a scalar's refusal an input error (INVALID_INPUT), not an internal one.
func invalid(msg string) error { return &apperr.Error{Code: apperr.InvalidInput, Message: msg} }

// MarshalString writes a string.
func MarshalString(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalString reads a String argument. PostgreSQL text cannot hold a NUL byte, so one is
// refused here, as bad input, wherever a string enters the API.
func UnmarshalString(v any) (string, error) {
	s, err := graphql.UnmarshalString(v)
	if err != nil {
		return "", invalid("expected a string")
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", invalid("strings may not contain a NUL character (\\u0000)")
	}
	return s, nil
}

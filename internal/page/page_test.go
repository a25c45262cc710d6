package page

import (
	"encoding/base64"
	"testing"
)

// A cursor reaches SQL only as values PostgreSQL reads as their type, in its own form; anything
// else is the client's bad input (Validate answers INVALID_INPUT), never a failing statement.
func TestCursorValuesArePostgreSQLs(t *testing.T) {
	enc := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	for _, c := range []struct {
		typ, raw, want string // want "" for a refusal
	}{
		{"text", `"Athens"`, "Athens"},
		{"text", `"Ath\u0000ens"`, ""},
		{"bigint", `"9223372036854775807"`, "9223372036854775807"},
		{"bigint", `"+7"`, "7"},
		{"bigint", `"9223372036854775808"`, ""},
		{"integer", `"2147483647"`, "2147483647"},
		{"integer", `"2147483648"`, ""},
		{"date", `"0001-01-01"`, "0001-01-01"},
		{"date", `"infinity"`, "infinity"},
		{"date", `"0000-12-31"`, ""},
		{"timestamptz", `"2026-01-01T00:00:00.5+02:00"`, "2025-12-31T22:00:00.5Z"},
		{"timestamptz", `"0001-01-01T00:30:00+01:00"`, ""},
		{"timestamptz", `"0000-06-01T00:00:00Z"`, ""},
		{"double precision", `"0x1p-2"`, "0.25"},
		{"double precision", `"+Inf"`, "Infinity"},
		{"double precision", `"1e400"`, ""},
	} {
		vals, err := decodeCursor(enc(`[`+c.raw+`]`), []string{c.typ})
		switch {
		case c.want == "" && err == nil:
			t.Errorf("%s %s: read as %q", c.typ, c.raw, vals[0])
		case c.want != "" && (err != nil || vals[0] != c.want):
			t.Errorf("%s %s: %q, %v; want %q", c.typ, c.raw, vals, err, c.want)
		}
	}
}

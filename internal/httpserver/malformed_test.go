package httpserver_test

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// cursor encodes values as page's cursors are, so a test can send what a tampering client would.
func cursor(values string) string { return base64.RawURLEncoding.EncodeToString([]byte(values)) }

// Issue 19.7: a cursor is the client's input, however opaque: one carrying a NUL byte, a date
// PostgreSQL cannot hold (year 0), an integer past the column's type or a number PostgreSQL
// does not read answers INVALID_INPUT, never INTERNAL; so do Date and DateTime arguments out of
// PostgreSQL's range or malformed. Four requests at once, nothing logged as an internal error.
func TestMalformedCursorsAndDatesAreInvalidInput(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	api := apitest.New(t, apitest.Options{Log: &logs})
	secretariat := apitest.Bearer(api.Login("secretariat@b40.demo"))
	cases := []struct {
		query string
		vars  map[string]any
	}{
		{`query($c: String) { cities(first: 2, after: $c) { totalCount } }`, map[string]any{"c": cursor(`["Ath\u0000ens","1"]`)}},
		{`query($c: String) { cities(last: 2, before: $c) { totalCount } }`, map[string]any{"c": cursor(`["Ath\u0000ens","1"]`)}},
		{`query($c: String) { cities(first: 2, after: $c, orderBy: {field: COUNTRY}) { totalCount } }`, map[string]any{"c": cursor(`["GR","\u0000","1"]`)}},
		{`query($c: String) { cities(first: 2, after: $c, orderBy: {field: MEMBER_SINCE}) { totalCount } }`, map[string]any{"c": cursor(`["0000-01-01","1"]`)}},
		{`query($c: String) { summits(first: 2, after: $c) { totalCount } }`, map[string]any{"c": cursor(`["99999999999","1"]`)}},
		{`query($c: String) { auditEvents(first: 2, after: $c) { totalCount } }`, map[string]any{"c": cursor(`["0000-06-01T00:00:00Z","1"]`)}},
		{`query($c: String) { presidencyTerms(first: 2, before: $c) { totalCount } }`, map[string]any{"c": cursor(`["2026","1\u0000"]`)}},
		{`query($d: Date) { cities(first: 2, filter: {memberSinceFrom: $d}) { totalCount } }`, map[string]any{"d": "0000-01-01"}},
		{`{ cities(first: 2, filter: {memberSinceFrom: "0000-12-31"}) { totalCount } }`, nil},
		{`query($t: DateTime) { auditEvents(first: 2, filter: {atFrom: $t}) { totalCount } }`, map[string]any{"t": "0000-01-01T00:00:00Z"}},
		{`query($t: DateTime) { auditEvents(first: 2, filter: {atFrom: $t}) { totalCount } }`, map[string]any{"t": "0001-01-01T00:30:00+01:00"}},
		{`query($t: DateTime) { auditEvents(first: 2, filter: {atFrom: $t}) { totalCount } }`, map[string]any{"t": "yesterday"}},
		{`{ auditEvents(first: 2, filter: {atTo: "yesterday"}) { totalCount } }`, nil},
	}
	out := make([]*apitest.Response, 4*len(cases))
	parallel(len(out), func(i int) {
		c := cases[i%len(cases)]
		out[i] = api.Query(c.query, c.vars, secretariat)
	})
	for i, r := range out {
		if c := cases[i%len(cases)]; r.ErrorCode() != "INVALID_INPUT" || r.Status != 200 {
			t.Errorf("%s %v: %d %s", c.query, c.vars, r.Status, r.Body)
		}
	}
	if strings.Contains(logs.String(), "internal error") {
		t.Errorf("malformed input logged as an internal error:\n%s", grepLines(logs.String(), "internal error"))
	}
	// Cursors the server wrote still read, the edges of the range still answer, and values
	// PostgreSQL would read otherwise than Go (an offset past ±15:59, a hexadecimal number)
	// reach it in its own form (UTC, decimal).
	var page struct {
		Cities struct {
			Edges []struct{ Cursor string }
		}
	}
	api.MustQuery(&page, `{ cities(first: 2, orderBy: {field: MEMBER_SINCE}) { edges { cursor } } }`, nil)
	for _, q := range []struct {
		query string
		vars  map[string]any
	}{
		{`query($c: String) { cities(first: 2, after: $c, orderBy: {field: MEMBER_SINCE}) { totalCount } }`, map[string]any{"c": page.Cities.Edges[1].Cursor}},
		{`query($c: String) { cities(first: 2, after: $c, orderBy: {field: MEMBER_SINCE}) { totalCount } }`, map[string]any{"c": cursor(`["0001-01-01","1"]`)}},
		{`query($c: String) { cities(first: 2, after: $c, orderBy: {field: MEMBER_SINCE}) { totalCount } }`, map[string]any{"c": cursor(`["infinity","1"]`)}},
		{`query($c: String) { auditEvents(first: 2, after: $c) { totalCount } }`, map[string]any{"c": cursor(`["9999-12-31T23:59:59.999999Z","1"]`)}},
		{`query($c: String) { practices(first: 2, after: $c, orderBy: {field: RELEVANCE}, filter: {search: "water"}) { edges { cursor } } }`,
			map[string]any{"c": cursor(`["1e-05","1","1"]`)}},
		{`query($c: String) { practices(first: 2, after: $c, orderBy: {field: RELEVANCE}, filter: {search: "water"}) { edges { cursor } } }`,
			map[string]any{"c": cursor(`["0x1p-2","1","1"]`)}},
		{`query($c: String) { auditEvents(first: 2, after: $c) { totalCount } }`, map[string]any{"c": cursor(`["2026-01-01T00:00:00+20:00","1"]`)}},
		{`query($t: DateTime) { auditEvents(first: 2, filter: {atFrom: $t}) { totalCount } }`, map[string]any{"t": "0001-01-01T00:00:00Z"}},
		{`{ cities(first: 2, filter: {memberSinceFrom: "9999-12-31"}) { totalCount } }`, nil},
	} {
		if r := api.Query(q.query, q.vars, secretariat); len(r.Errors) > 0 {
			t.Errorf("%s %v: %s", q.query, q.vars, r.Body)
		}
	}
}

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

// Issue 19.7: the overlap pre-check (before gqlparser's quadratic validation, for documents
// past 512 bytes) kept the spec's exemption for fields under two different object types only
// at their own level: their children, which never meet in one object either, were compared as
// if they did, so a valid document was refused once padded. The exemption now holds all the way
// down, fragments included, and conflicts that do meet are still refused; four at once.
func TestExemptFieldsAreExemptInTheirChildren(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	pad := strings.Repeat(" ", 600)
	summit := map[string]any{"id": apitest.ID("Summit", 1)}
	valid := []string{
		`query($id: ID!) { node(id: $id) { ... on Summit { h: hostCity { n: name } } ... on PresidencyTerm { h: city { n: slug } } } }`,
		`query($id: ID!) { node(id: $id) { ... on Summit { h: hostCity { p: practices(first: 1) { edges { node { t: summary } } } } } ...T } }
		fragment T on PresidencyTerm { h: city { p: practices(first: 2) { edges { node { t: results } } } } }`,
	}
	refused := []string{
		// The same object type twice: both apply to one summit.
		`query($id: ID!) { node(id: $id) { ... on Summit { h: hostCity { n: name } } ... on Summit { h: hostCity { n: slug } } } }`,
		// Under exempt grandparents, two fields of one selection set still meet.
		`query($id: ID!) { node(id: $id) { ... on Summit { h: hostCity { n: name n: slug } } ... on PresidencyTerm { h: city { n: name } } } }`,
		// An interface's field beside an object's: both apply to a summit.
		`query($id: ID!) { node(id: $id) { h: id ... on Summit { h: hostCity { n: name } } } }`,
	}
	docs := append(append([]string{}, valid...), refused...)
	out := make([]*apitest.Response, 4*len(docs))
	parallel(len(out), func(i int) { out[i] = api.Query(docs[i%len(docs)]+pad, summit) })
	for i, r := range out {
		doc := docs[i%len(docs)]
		if i%len(docs) < len(valid) {
			if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"h":{`) {
				t.Errorf("valid document refused: %s\n%s", doc, r.Body)
			}
		} else if r.ErrorCode() != "INVALID_INPUT" {
			t.Errorf("conflict not refused: %s\n%s", doc, r.Body)
		}
	}
	// Short documents skip the pre-check: gqlparser's validation decides them the same way.
	for i, doc := range docs {
		r := api.Query(doc, summit)
		if refusedWant := i >= len(valid); refusedWant != (r.ErrorCode() == "INVALID_INPUT") {
			t.Errorf("unpadded, gqlparser disagrees (refused: %v): %s\n%s", refusedWant, doc, r.Body)
		}
	}
}

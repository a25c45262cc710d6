package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

// mutation runs a mutation as token and returns its payload's first userError code, a
// top-level error code, or "OK", with the payload decoded into out when given.
// mutation runs a mutation and returns "OK", its first userError's code or its top-level error
// code. It reports decoding problems with t.Errorf (never t.Fatal), so tests may call it from
// goroutines.
func mutation(t *testing.T, api *apitest.API, token, query, field string, vars map[string]any, out any) string {
	t.Helper()
	var h map[string]string
	if token != "" {
		h = apitest.Bearer(token)
	}
	r := api.Query(query, vars, h)
	if c := r.ErrorCode(); c != "" {
		return c
	}
	var data map[string]json.RawMessage
	var p struct {
		UserErrors []struct{ Code, Message string }
	}
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Errorf("%s: %v: %s", field, err, r.Body)
		return "UNDECODABLE"
	}
	if err := json.Unmarshal(data[field], &p); err != nil {
		t.Errorf("%s: %v: %s", field, err, r.Body)
		return "UNDECODABLE"
	}
	if out != nil {
		if err := json.Unmarshal(data[field], out); err != nil {
			t.Errorf("%s: %v", field, err)
			return "UNDECODABLE"
		}
	}
	if len(p.UserErrors) > 0 {
		return p.UserErrors[0].Code
	}
	return "OK"
}

// fingerprint is every governance table's content, to prove a refused mutation changed nothing.
func fingerprint(t *testing.T, api *apitest.API) string {
	t.Helper()
	var s string
	err := api.DB.NewRaw(`SELECT md5(concat_ws('|',
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM city t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM summit t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM delegation t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM presidency_term t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM presidency_election t),
		(SELECT string_agg(t::text, ',' ORDER BY city_id, round) FROM presidency_candidate t),
		(SELECT string_agg(t::text, ',' ORDER BY city_id, round) FROM presidency_vote t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM secretariat_staff t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM working_group t),
		(SELECT string_agg(t::text, ',' ORDER BY city_id, working_group_id) FROM working_group_member t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM working_group_meeting t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM meeting_request t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM membership_application t),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM invitation t),
		(SELECT count(*) FROM audit_event)))`).Scan(context.Background(), &s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// refused asserts that a mutation answers want and changes nothing.
func refused(t *testing.T, api *apitest.API, token, query, field string, vars map[string]any, want string) {
	t.Helper()
	before := fingerprint(t, api)
	if got := mutation(t, api, token, query, field, vars, nil); got != want {
		t.Errorf("%s: got %s, want %s", field, got, want)
	}
	if after := fingerprint(t, api); after != before {
		t.Errorf("%s answered %s but changed data", field, want)
	}
}

func cityGID(api *apitest.API, slug string) string { return apitest.ID("City", api.CityID(slug)) }

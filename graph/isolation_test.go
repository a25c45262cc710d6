package graph_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

// city B's private state, as the database owner sees it.
func privateSnapshot(t *rapid.T, api *apitest.API, b int64) string {
	var out string
	err := api.DB.NewRaw(`SELECT concat_ws('|',
		(SELECT string_agg(concat(u.id, u.email, u.name, u.status, u.password_hash, u.network_role), ',' ORDER BY u.id)
			FROM app_user u JOIN city_membership m ON m.user_id = u.id AND m.city_id = ?),
		(SELECT string_agg(concat(user_id, role), ',' ORDER BY user_id) FROM city_membership WHERE city_id = ?),
		(SELECT string_agg(concat(s.id, s.revoked_at), ',' ORDER BY s.id) FROM session s JOIN city_membership m ON m.user_id = s.user_id AND m.city_id = ?),
		(SELECT string_agg(concat(id, email, role, expires_at, accepted_at), ',' ORDER BY id) FROM invitation WHERE city_id = ?),
		(SELECT count(*) FROM audit_event WHERE city_id = ?),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM proposal t WHERE city_id = ?),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM practice t WHERE city_id = ?),
		(SELECT string_agg(t::text, ',' ORDER BY id) FROM implementation t WHERE city_id = ?),
		(SELECT count(*) FROM implementation_update WHERE city_id = ?))`, b, b, b, b, b, b, b, b, b).Scan(context.Background(), &out)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Property: whatever a person of city A asks, in any role and any order, no answer contains city
// B's private data and B's private data does not change.
func TestCityAUserNeverReadsOrChangesCityBPrivateData(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	aID, bID := api.CityID("athens"), api.CityID("kotor")
	a, b := apitest.ID("City", aID), apitest.ID("City", bID)

	// City B's private data: its people, an invitation, an API token, audit events.
	bAdmin := api.Login(seed.DemoEmail("admin", "kotor"))
	var inv struct {
		InviteUser struct{ Invitation struct{ ID string } }
	}
	api.As(bAdmin, inviteMutation, map[string]any{"e": "secret-invitee@kotor.example", "r": "CITY_EDITOR", "c": b}).Decode(t, &inv)
	var tok struct {
		CreateAPIToken struct{ APIToken struct{ ID string } } `json:"createApiToken"`
	}
	api.As(api.Login(seed.DemoEmail("viewer", "kotor")), `mutation($c: ID) { createApiToken(input: {name: "kotor-secret-dashboard", role: CITY_VIEWER, cityId: $c}) { apiToken { id } } }`,
		map[string]any{"c": b}).Decode(t, &tok)
	var bEvents struct {
		AuditEvents struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	api.As(bAdmin, `{ auditEvents { edges { node { id } } } }`, nil).Decode(t, &bEvents)

	// And its private workspace: a draft, a private practice, a private implementation.
	draft := newProposal(t, api, "kotor", "kotor-secret-draft", "PUBLIC")
	practice := newPractice(t, api, "kotor", "kotor-secret-practice", "kotor-secret-body", "PRIVATE")
	var impl struct{ Implementation struct{ ID string } }
	mutation(t, api, api.Login(seed.DemoEmail("editor", "kotor")), commit, "commitToRecommendation", map[string]any{"in": map[string]any{
		"cityId": b, "recommendationId": sampleRecommendation(t, api), "visibility": "PRIVATE"}}, &impl)

	bUsers := []string{}
	secrets := []string{"kotor.b40.demo", "secret-invitee", "kotor-secret-dashboard", inv.InviteUser.Invitation.ID, tok.CreateAPIToken.APIToken.ID,
		"kotor-secret", draft, practice, impl.Implementation.ID}
	for _, kind := range []string{"admin", "editor", "viewer"} {
		id := apitest.ID("User", api.UserID(seed.DemoEmail(kind, "kotor")))
		bUsers = append(bUsers, id)
		secrets = append(secrets, id)
	}
	for _, e := range bEvents.AuditEvents.Edges {
		secrets = append(secrets, e.Node.ID)
	}
	bIDs := append(append([]string{}, bUsers...), inv.InviteUser.Invitation.ID, tok.CreateAPIToken.APIToken.ID, draft, practice, impl.Implementation.ID)
	if len(bEvents.AuditEvents.Edges) > 0 {
		bIDs = append(bIDs, bEvents.AuditEvents.Edges[0].Node.ID)
	}

	sessions := map[string]string{}
	for _, kind := range []string{"admin", "editor", "viewer"} {
		sessions[kind] = api.Login(seed.DemoEmail(kind, "athens"))
	}
	before := ""

	type op struct {
		query string
		vars  func(*rapid.T) map[string]any
	}
	anyID := func(t *rapid.T) string { return rapid.SampledFrom(bIDs).Draw(t, "id") }
	bUser := func(t *rapid.T) string { return rapid.SampledFrom(bUsers).Draw(t, "user") }
	city := func(t *rapid.T) string { return rapid.SampledFrom([]string{a, b}).Draw(t, "city") }
	role := func(t *rapid.T) any {
		return rapid.SampledFrom([]any{nil, "CITY_ADMIN", "CITY_EDITOR", "CITY_VIEWER", "SECRETARIAT", "ANALYST"}).Draw(t, "role")
	}
	ops := []op{
		{`query($id: ID!) { node(id: $id) { id ... on User { email name memberships { role } } ... on ApiToken { name } ... on Invitation { email } ... on AuditEvent { action changes } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"id": anyID(t)} }},
		{`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on User { email } } }`,
			func(t *rapid.T) map[string]any {
				return map[string]any{"ids": rapid.SliceOfN(rapid.SampledFrom(bIDs), 1, 4).Draw(t, "ids")}
			}},
		{`query($c: [ID!]) { users(filter: {cityIds: $c}) { totalCount edges { node { email } } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"c": []string{city(t)}} }},
		{`query($c: [ID!]) { auditEvents(filter: {cityIds: $c}) { totalCount edges { node { id action changes } } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"c": []string{city(t)}} }},
		{`{ auditEvents { edges { node { id city { slug } changes } } } viewer { apiTokens { id name } memberships { city { slug } } } }`, nil},
		{setRole, func(t *rapid.T) map[string]any { return map[string]any{"u": bUser(t), "r": role(t), "c": city(t)} }},
		{deactivate, func(t *rapid.T) map[string]any { return map[string]any{"u": bUser(t)} }},
		{`mutation($id: ID!) { revokeApiToken(input: {apiTokenId: $id}) { apiToken { name } userErrors { code } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"id": anyID(t)} }},
		{inviteMutation, func(t *rapid.T) map[string]any {
			return map[string]any{"e": rapid.SampledFrom([]string{"p1@example.org", "p2@example.org"}).Draw(t, "email"), "r": "CITY_VIEWER", "c": b}
		}},
		{`query($c: [ID!]) { proposals(filter: {cityIds: $c}) { totalCount edges { node { id title } } }
			practices(filter: {cityIds: $c, search: "kotor secret"}) { totalCount edges { node { id title } } }
			implementations(filter: {cityIds: $c}) { totalCount edges { node { id } } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"c": []string{city(t)}} }},
		{`mutation($id: ID!) { updateProposal(input: {proposalId: $id, expectedVersion: 1, title: "hijacked"}) { proposal { title } userErrors { code } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"id": draft} }},
		{`mutation($id: ID!) { publishPractice(input: {practiceId: $id}) { practice { title } userErrors { code } } unpublishPractice(input: {practiceId: $id}) { practice { title } userErrors { code } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"id": practice} }},
		{`mutation($id: ID!) { updateImplementation(input: {implementationId: $id, expectedVersion: 1, progress: 99}) { implementation { progress } userErrors { code } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"id": impl.Implementation.ID} }},
		{`mutation($id: ID!, $c: ID!) { adoptPractice(input: {practiceId: $id, cityId: $c}) { implementation { id } userErrors { code } } }`,
			func(t *rapid.T) map[string]any { return map[string]any{"id": practice, "c": a} }},
		{`query($id: ID!) { node(id: $id) { id } }`, func(t *rapid.T) map[string]any {
			// Forged IDs of B's rows: guessing neighbours of real ids.
			typ := rapid.SampledFrom([]string{"User", "ApiToken", "Invitation", "AuditEvent", "Proposal", "Practice", "Implementation", "ImplementationUpdate"}).Draw(t, "type")
			n := int64(rapid.IntRange(1, 200).Draw(t, "n"))
			if typ == "Proposal" || typ == "Practice" || typ == "Implementation" || typ == "ImplementationUpdate" {
				return map[string]any{"id": apitest.ID(typ, bID, n)}
			}
			return map[string]any{"id": apitest.ID(typ, n)}
		}},
	}

	rapid.Check(t, func(rt *rapid.T) {
		if before == "" {
			before = privateSnapshot(rt, api, bID)
		}
		kind := rapid.SampledFrom([]string{"admin", "editor", "viewer"}).Draw(rt, "role of the A user")
		steps := rapid.IntRange(1, 6).Draw(rt, "steps")
		for i := 0; i < steps; i++ {
			o := rapid.SampledFrom(ops).Draw(rt, "op")
			var vars map[string]any
			if o.vars != nil {
				vars = o.vars(rt)
			}
			r := api.As(sessions[kind], o.query, vars)
			body := string(r.Body)
			// Inputs are not echoed; strip them anyway so only answers are judged.
			in, _ := json.Marshal(vars)
			for _, s := range secrets {
				if strings.Contains(body, s) && !strings.Contains(string(in), s) {
					rt.Fatalf("%s of athens read %q: %s", kind, s, body)
				}
				if strings.Contains(body, s) && strings.Contains(body, `"email"`) {
					rt.Fatalf("%s of athens read a kotor person: %s", kind, body)
				}
			}
		}
		if after := privateSnapshot(rt, api, bID); after != before {
			rt.Fatalf("kotor's private data changed:\n%s\n%s", before, after)
		}
	})
}

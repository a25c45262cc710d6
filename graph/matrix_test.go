package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/seed"
)

// The role matrix: for every role and every operation, what is allowed and what is visible.
// Later issues add their operations to matrixOps.

// Roles, in column order. "presidency" is CITY_ADMIN of the city holding the current term
// (Belgrade here); the city roles are Athens's; "token" is an ANALYST API token.
var matrixRoles = []string{"anonymous", "admin", "editor", "viewer", "secretariat", "analyst", "presidency", "token"}

type matrixFixture struct {
	api    *apitest.API
	tokens map[string]string
}

var matrixEmails = map[string]string{
	"admin":       seed.DemoEmail("admin", "athens"),
	"editor":      seed.DemoEmail("editor", "athens"),
	"viewer":      seed.DemoEmail("viewer", "athens"),
	"secretariat": "secretariat@b40.demo",
	"analyst":     "analyst@b40.demo",
	"presidency":  seed.DemoEmail("admin", "belgrade"),
	"token":       "analyst@b40.demo",
}

// newMatrixFixture is a fresh database with sessions for the given roles.
func newMatrixFixture(t *testing.T, roles ...string) *matrixFixture {
	api := apitest.New(t, apitest.Options{})
	if _, err := api.DB.ExecContext(context.Background(), "INSERT INTO presidency_term (city_id, year) VALUES (?, ?)",
		api.CityID("belgrade"), time.Now().Year()); err != nil {
		t.Fatal(err)
	}
	// A person of Athens whom no role below acts as, for the mutations that change people.
	if err := api.DB.RunInTx(context.Background(), nil, func(ctx context.Context, tx bun.Tx) error {
		athens := api.CityID("athens")
		_, err := auth.EnsureAccount(ctx, tx, auth.Account{Email: "extra@athens.b40.test", Name: "Extra", Role: auth.RoleCityViewer, CityID: &athens})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	f := &matrixFixture{api: api, tokens: map[string]string{}}
	for _, role := range roles {
		if role == "anonymous" {
			continue
		}
		f.tokens[role] = api.Login(matrixEmails[role])
		if role == "token" {
			var tok struct {
				CreateAPIToken struct{ Token string } `json:"createApiToken"`
			}
			api.As(f.tokens[role], `mutation { createApiToken(input: {name: "matrix", role: ANALYST}) { token } }`, nil).Decode(t, &tok)
			f.tokens[role] = tok.CreateAPIToken.Token
		}
	}
	return f
}

// outcome is the top-level error code, else the payload's first userError code, else "OK"
// followed by what count reports.
func (f *matrixFixture) outcome(t *testing.T, role string, op matrixOp) string {
	var h map[string]string
	if role != "anonymous" {
		h = apitest.Bearer(f.tokens[role])
	}
	vars := map[string]any{}
	if op.vars != nil {
		vars = op.vars(f.api)
	}
	if op.roleVars != nil {
		vars = op.roleVars(f.api, role)
	}
	body, _ := json.Marshal(map[string]any{"query": op.query, "variables": vars})
	// Each role calls from an address of its own, so per-address limits do not mix them up.
	r := f.api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h,
		RemoteAddr: fmt.Sprintf("192.0.2.%d:4000", 10+slices.Index(matrixRoles, role))})
	if c := r.ErrorCode(); c != "" {
		return c
	}
	var data map[string]json.RawMessage
	r.Decode(t, &data)
	var payload struct{ UserErrors []struct{ Code string } }
	_ = json.Unmarshal(data[op.field], &payload)
	if len(payload.UserErrors) > 0 {
		return payload.UserErrors[0].Code
	}
	if op.count != nil {
		return "OK:" + op.count(data[op.field])
	}
	return "OK"
}

type matrixOp struct {
	name, query, field string
	vars               func(*apitest.API) map[string]any
	roleVars           func(api *apitest.API, role string) map[string]any
	count              func(json.RawMessage) string
	// mutates: run on a database of its own (shared by the roles: each mutation is
	// idempotent and touches no role's own account).
	mutates bool
	want    []string // one per matrixRoles entry
}

func totalCount(raw json.RawMessage) string {
	var c struct{ TotalCount int }
	_ = json.Unmarshal(raw, &c)
	return fmt.Sprint(c.TotalCount)
}

func isNull(raw json.RawMessage) string {
	if string(raw) == "null" {
		return "null"
	}
	return "some"
}

// athensUser names a person of Athens and the city (as "u" and "c").
func athensUser(email string) func(*apitest.API) map[string]any {
	return func(a *apitest.API) map[string]any {
		return map[string]any{"u": apitest.ID("User", a.UserID(email)), "c": apitest.ID("City", a.CityID("athens"))}
	}
}

const extraAthens = "extra@athens.b40.test"

var matrixOps = []matrixOp{
	// Public network data: the same for everyone.
	{name: "network", query: `{ network { name } }`, field: "network",
		want: []string{"OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK"}},
	{name: "cities", query: `{ cities { totalCount } }`, field: "cities", count: totalCount,
		want: []string{"OK:17", "OK:17", "OK:17", "OK:17", "OK:17", "OK:17", "OK:17", "OK:17"}},
	{name: "city", query: `{ city(slug: "athens") { slug } }`, field: "city", count: isNull,
		want: []string{"OK:some", "OK:some", "OK:some", "OK:some", "OK:some", "OK:some", "OK:some", "OK:some"}},
	{name: "summits", query: `{ summits { totalCount } }`, field: "summits", count: totalCount,
		want: []string{"OK:3", "OK:3", "OK:3", "OK:3", "OK:3", "OK:3", "OK:3", "OK:3"}},
	{name: "presidencyTerms", query: `{ presidencyTerms { totalCount } }`, field: "presidencyTerms", count: totalCount,
		want: []string{"OK:4", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4"}},
	{name: "workingGroups", query: `{ workingGroups { totalCount } }`, field: "workingGroups", count: totalCount,
		want: []string{"OK:4", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4"}},
	{name: "workingGroup", query: `{ workingGroup(slug: "local-climate-action") { slug } }`, field: "workingGroup", count: isNull,
		want: []string{"OK:some", "OK:some", "OK:some", "OK:some", "OK:some", "OK:some", "OK:some", "OK:some"}},
	// Identity.
	{name: "viewer", query: `{ viewer { isPresidency } }`, field: "viewer", count: func(raw json.RawMessage) string {
		if string(raw) == "null" {
			return "null"
		}
		var v struct{ IsPresidency bool }
		_ = json.Unmarshal(raw, &v)
		return map[bool]string{true: "presidency", false: "user"}[v.IsPresidency]
	}, want: []string{"OK:null", "OK:user", "OK:user", "OK:user", "OK:user", "OK:user", "OK:presidency", "OK:user"}},
	{name: "users", query: `{ users { totalCount } }`, field: "users", count: totalCount,
		want: []string{"UNAUTHENTICATED", "OK:4", "FORBIDDEN", "FORBIDDEN", "OK:54", "FORBIDDEN", "OK:3", "FORBIDDEN"}},
	{name: "node of an Athens person", query: `query($u: ID!) { node(id: $u) { id } }`, field: "node", vars: athensUser(extraAthens), count: isNull,
		want: []string{"OK:null", "OK:some", "OK:null", "OK:null", "OK:some", "OK:null", "OK:null", "OK:null"}},
	{name: "auditEvents", query: `{ auditEvents { totalCount } }`, field: "auditEvents",
		want: []string{"UNAUTHENTICATED", "OK", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "OK", "FORBIDDEN"}},
	{name: "login", query: `mutation { login(input: {email: "analyst@b40.demo", password: "b40-demo-password"}) { userErrors { code } } }`, field: "login",
		want: []string{"OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK"}},
	{name: "acceptInvitation", query: `mutation { acceptInvitation(input: {token: "b40i_unknown", name: "X", password: "long-enough-password"}) { userErrors { code } } }`, field: "acceptInvitation",
		want: []string{"NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"}},
	{name: "changePassword", query: `mutation { changePassword(input: {currentPassword: "not-the-password", newPassword: "another-long-password"}) { userErrors { code } } }`, field: "changePassword",
		want: []string{"UNAUTHENTICATED", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID", "FORBIDDEN"}},
	{name: "createApiToken ANALYST", query: `mutation { createApiToken(input: {name: "t", role: ANALYST}) { userErrors { code } } }`, field: "createApiToken",
		want: []string{"UNAUTHENTICATED", "INVALID", "INVALID", "INVALID", "OK", "OK", "INVALID", "FORBIDDEN"}},
	{name: "revokeApiToken (unknown)", query: `mutation { revokeApiToken(input: {apiTokenId: "QXBpVG9rZW46OTk5OTk"}) { userErrors { code } } }`, field: "revokeApiToken",
		want: []string{"UNAUTHENTICATED", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "FORBIDDEN"}},
	{name: "inviteUser into Athens", query: `mutation($c: ID) { inviteUser(input: {email: "new@athens.example", role: CITY_VIEWER, cityId: $c}) { userErrors { code } } }`,
		field: "inviteUser", vars: athensUser(extraAthens), mutates: true,
		want: []string{"UNAUTHENTICATED", "OK", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "setUserRole in Athens", query: `mutation($u: ID!, $c: ID) { setUserRole(input: {userId: $u, role: CITY_EDITOR, cityId: $c}) { userErrors { code } } }`,
		field: "setUserRole", vars: athensUser(extraAthens), mutates: true,
		want: []string{"UNAUTHENTICATED", "OK", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "deactivateUser of Athens", query: `mutation($u: ID!) { deactivateUser(input: {userId: $u}) { userErrors { code } } }`,
		field: "deactivateUser", vars: athensUser(extraAthens), mutates: true,
		want: []string{"UNAUTHENTICATED", "OK", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "NOT_FOUND", "FORBIDDEN"}},
	{name: "logout", query: `mutation { logout(input: {}) { ok } }`, field: "logout", mutates: true,
		want: []string{"UNAUTHENTICATED", "OK", "OK", "OK", "OK", "OK", "OK", "OK"}},

	// Governance (issue 4).
	{name: "membershipApplications", query: `{ membershipApplications { totalCount } }`, field: "membershipApplications", count: totalCount,
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK:1", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "submitMembershipApplication", mutates: true, field: "submitMembershipApplication",
		query:    `mutation($n: String!) { submitMembershipApplication(input: {cityName: $n, country: RS, contactName: "C", contactEmail: "c@example.org", motivation: "M"}) { userErrors { code } } }`,
		roleVars: func(_ *apitest.API, role string) map[string]any { return map[string]any{"n": "Applicant " + role} },
		want:     []string{"OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK"}},
	{name: "reviewMembershipApplication", mutates: true, field: "reviewMembershipApplication",
		query: `mutation($id: ID!) { reviewMembershipApplication(input: {applicationId: $id, decision: REJECT}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var id int64
			_ = a.DB.NewRaw("SELECT id FROM membership_application LIMIT 1").Scan(context.Background(), &id)
			return map[string]any{"id": apitest.ID("MembershipApplication", id)}
		},
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "createCity", mutates: true, field: "createCity",
		query:    `mutation($n: String!) { createCity(input: {name: $n, country: AL}) { userErrors { code } } }`,
		roleVars: func(_ *apitest.API, role string) map[string]any { return map[string]any{"n": "Town of " + role} },
		want:     []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "setCityStatus", mutates: true, field: "setCityStatus",
		query: `mutation($c: ID!) { setCityStatus(input: {cityId: $c, status: ACTIVE}) { userErrors { code } } }`, vars: athensUser(extraAthens),
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "createSummit (taken year)", field: "createSummit",
		query: `mutation($c: ID!) { createSummit(input: {year: 2024, title: "T", startsOn: "2024-02-01", endsOn: "2024-02-02", hostCityId: $c}) { userErrors { code } } }`,
		vars:  athensUser(extraAthens),
		want:  []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "DUPLICATE", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "recordDelegation", mutates: true, field: "recordDelegation",
		query: `mutation($s: ID!, $c: ID!) { recordDelegation(input: {summitId: $s, cityId: $c}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var id int64
			_ = a.DB.NewRaw("SELECT id FROM summit WHERE year = 2024").Scan(context.Background(), &id)
			return map[string]any{"s": apitest.ID("Summit", id), "c": apitest.ID("City", a.CityID("athens"))}
		},
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "openPresidencyElection", mutates: true, field: "openPresidencyElection",
		query: `mutation($s: ID!) { openPresidencyElection(input: {summitId: $s, termYear: 2025}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var id int64
			_ = a.DB.NewRaw("SELECT id FROM summit WHERE year = 2024").Scan(context.Background(), &id)
			return map[string]any{"s": apitest.ID("Summit", id)}
		},
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "declareCandidacy (no election)", field: "declareCandidacy",
		query: `mutation($c: ID!) { declareCandidacy(input: {electionId: "UHJlc2lkZW5jeUVsZWN0aW9uOjk5OTk", cityId: $c}) { userErrors { code } } }`,
		vars:  athensUser(extraAthens),
		want:  []string{"UNAUTHENTICATED", "NOT_FOUND", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "castVote (no election)", field: "castVote",
		query: `mutation($c: ID!) { castVote(input: {electionId: "UHJlc2lkZW5jeUVsZWN0aW9uOjk5OTk", candidateCityId: $c}) { userErrors { code } } }`,
		vars:  athensUser(extraAthens),
		want:  []string{"UNAUTHENTICATED", "NOT_FOUND", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "FORBIDDEN"}},
	{name: "closePresidencyElection (no election)", field: "closePresidencyElection",
		query: `mutation { closePresidencyElection(input: {electionId: "UHJlc2lkZW5jeUVsZWN0aW9uOjk5OTk"}) { userErrors { code } } }`,
		want:  []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "recordPresidencyTerm", mutates: true, field: "recordPresidencyTerm",
		query: `mutation($c: ID!) { recordPresidencyTerm(input: {year: 2030, cityId: $c}) { userErrors { code } } }`, vars: athensUser(extraAthens),
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "addSecretariatStaff", mutates: true, field: "addSecretariatStaff",
		query: `mutation { addSecretariatStaff(input: {name: "E", position: EXPERT, englishLevel: C1}) { userErrors { code } } }`,
		want:  []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "proposeWorkingGroup", mutates: true, field: "proposeWorkingGroup",
		query:    `mutation($n: String!) { proposeWorkingGroup(input: {name: [{locale: "en", text: $n}], kind: PERMANENT}) { userErrors { code } } }`,
		roleVars: func(_ *apitest.API, role string) map[string]any { return map[string]any{"n": "Group of " + role} },
		want:     []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "OK", "FORBIDDEN"}},
	{name: "joinWorkingGroup as Athens", mutates: true, field: "joinWorkingGroup",
		query: `mutation($g: ID!, $c: ID!) { joinWorkingGroup(input: {workingGroupId: $g, cityId: $c}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var id int64
			_ = a.DB.NewRaw("SELECT id FROM working_group WHERE slug = 'local-climate-action'").Scan(context.Background(), &id)
			return map[string]any{"g": apitest.ID("WorkingGroup", id), "c": apitest.ID("City", a.CityID("athens"))}
		},
		want: []string{"UNAUTHENTICATED", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "scheduleMeeting", mutates: true, field: "scheduleMeeting",
		query: `mutation($g: ID!) { scheduleMeeting(input: {workingGroupId: $g, kind: REGULAR, startsAt: "2030-01-01T10:00:00Z", onlineUrl: "https://m.example.org"}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var id int64
			_ = a.DB.NewRaw("SELECT id FROM working_group WHERE slug = 'local-climate-action'").Scan(context.Background(), &id)
			return map[string]any{"g": apitest.ID("WorkingGroup", id)}
		},
		// The lead side schedules: the secretariat and the presidency (issue 22).
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "OK", "FORBIDDEN"}},
	{name: "requestExtraMeeting (not a member)", field: "requestExtraMeeting",
		query: `mutation($g: ID!, $c: ID!) { requestExtraMeeting(input: {workingGroupId: $g, cityId: $c, reason: "R"}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var id int64
			_ = a.DB.NewRaw("SELECT id FROM working_group WHERE slug = 'local-climate-action'").Scan(context.Background(), &id)
			return map[string]any{"g": apitest.ID("WorkingGroup", id), "c": apitest.ID("City", a.CityID("athens"))}
		},
		want: []string{"UNAUTHENTICATED", "RULE_VIOLATION", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},

	// The workspace (issue 5): Athens's workspace, the demo's sample content.
	{name: "proposals (Athens's sample + visible)", query: `{ proposals { totalCount } }`, field: "proposals", count: totalCount,
		want: []string{"OK:0", "OK:1", "OK:1", "OK:1", "OK:1", "OK:1", "OK:1", "OK:1"}},
	{name: "practices", query: `{ practices { totalCount } }`, field: "practices", count: totalCount,
		want: []string{"OK:2", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4", "OK:4"}},
	{name: "implementations", query: `{ implementations { totalCount } }`, field: "implementations", count: totalCount,
		want: []string{"OK:0", "OK:3", "OK:3", "OK:3", "OK:3", "OK:3", "OK:3", "OK:3"}},
	{name: "recommendations", query: `{ recommendations { totalCount } }`, field: "recommendations", count: totalCount,
		want: []string{"OK:1", "OK:1", "OK:1", "OK:1", "OK:1", "OK:1", "OK:1", "OK:1"}},
	{name: "createProposal in Athens", mutates: true, field: "createProposal",
		query: `mutation($c: ID!) { createProposal(input: {cityId: $c, title: "T", body: [{locale: "en", text: "B"}]}) { userErrors { code } } }`, vars: athensUser(extraAthens),
		want: []string{"UNAUTHENTICATED", "OK", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "endorseProposal of Athens as Athens", field: "endorseProposal",
		query: `mutation($p: ID!, $c: ID!) { endorseProposal(input: {proposalId: $p, cityId: $c}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var k [2]int64
			_ = a.DB.NewRaw("SELECT city_id, id FROM proposal LIMIT 1").Scan(context.Background(), &k[0], &k[1])
			return map[string]any{"p": apitest.ID("Proposal", k[0], k[1]), "c": apitest.ID("City", a.CityID("athens"))}
		},
		want: []string{"UNAUTHENTICATED", "RULE_VIOLATION", "RULE_VIOLATION", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "reviewProposal (Athens's submitted)", mutates: true, field: "reviewProposal",
		query: `mutation($p: ID!) { reviewProposal(input: {proposalId: $p, decision: UNDER_REVIEW}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var k [2]int64
			_ = a.DB.NewRaw("SELECT city_id, id FROM proposal LIMIT 1").Scan(context.Background(), &k[0], &k[1])
			return map[string]any{"p": apitest.ID("Proposal", k[0], k[1])}
		},
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "RULE_VIOLATION", "FORBIDDEN"}},
	{name: "adoptRecommendation", mutates: true, field: "adoptRecommendation",
		query: `mutation($g: ID!, $t: String!) { adoptRecommendation(input: {title: $t, body: [{locale: "en", text: "B"}], workingGroupId: $g}) { userErrors { code } } }`,
		roleVars: func(a *apitest.API, role string) map[string]any {
			var id int64
			_ = a.DB.NewRaw("SELECT id FROM working_group WHERE slug = 'local-climate-action'").Scan(context.Background(), &id)
			return map[string]any{"g": apitest.ID("WorkingGroup", id), "t": "Rec by " + role}
		},
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "createPractice in Athens", mutates: true, field: "createPractice",
		query: `mutation($c: ID!) { createPractice(input: {cityId: $c, title: "T", body: [{locale: "en", text: "B"}]}) { userErrors { code } } }`, vars: athensUser(extraAthens),
		want: []string{"UNAUTHENTICATED", "OK", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "adoptPractice (Tirana's) into Athens", mutates: true, field: "adoptPractice",
		query: `mutation($p: ID!, $c: ID!) { adoptPractice(input: {practiceId: $p, cityId: $c}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var k [2]int64
			_ = a.DB.NewRaw("SELECT city_id, id FROM practice WHERE city_id = ?", a.CityID("tirana")).Scan(context.Background(), &k[0], &k[1])
			return map[string]any{"p": apitest.ID("Practice", k[0], k[1]), "c": apitest.ID("City", a.CityID("athens"))}
		},
		want: []string{"UNAUTHENTICATED", "OK", "DUPLICATE", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
	{name: "updateImplementation (Athens's, stale)", field: "updateImplementation",
		query: `mutation($i: ID!) { updateImplementation(input: {implementationId: $i, expectedVersion: 99, progress: 50}) { userErrors { code } } }`,
		vars: func(a *apitest.API) map[string]any {
			var k [2]int64
			_ = a.DB.NewRaw("SELECT city_id, id FROM implementation WHERE city_id = ?", a.CityID("athens")).Scan(context.Background(), &k[0], &k[1])
			return map[string]any{"i": apitest.ID("Implementation", k[0], k[1])}
		},
		want: []string{"UNAUTHENTICATED", "CONFLICT", "CONFLICT", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},

	// Indicators, analytics, the annual report (issue 6).
	{name: "indicators", query: `{ indicators { totalCount } }`, field: "indicators", count: totalCount,
		want: []string{"UNAUTHENTICATED", "OK:0", "OK:0", "OK:0", "OK:0", "OK:0", "OK:0", "OK:0"}},
	{name: "analytics", query: `{ analytics { cityEngagement(first: 1) { score } } }`, field: "analytics",
		want: []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "OK", "OK", "OK"}},
	{name: "annualReport", query: `{ annualReport(year: 2024) { year } }`, field: "annualReport",
		want: []string{"UNAUTHENTICATED", "OK", "OK", "OK", "OK", "OK", "OK", "OK"}},
	{name: "defineIndicator", mutates: true, field: "defineIndicator",
		query:    `mutation($k: String!) { defineIndicator(input: {key: $k, name: "N", unit: "u", direction: INCREASE, scope: NETWORK, source: MANUAL}) { userErrors { code } } }`,
		roleVars: func(_ *apitest.API, role string) map[string]any { return map[string]any{"k": "ind-" + role} },
		want:     []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "OK", "FORBIDDEN"}},
	{name: "finalizeAnnualReport", mutates: true, field: "finalizeAnnualReport",
		query: `mutation { finalizeAnnualReport(input: {year: 2023}) { userErrors { code } } }`,
		want:  []string{"UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "OK", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"}},
}

func TestRoleMatrix(t *testing.T) {
	t.Parallel()
	shared := newMatrixFixture(t, matrixRoles...)
	rows := make([][]string, len(matrixOps))
	var wg sync.WaitGroup
	for i, op := range matrixOps {
		if len(op.want) != len(matrixRoles) {
			t.Fatalf("%s: %d expectations for %d roles", op.name, len(op.want), len(matrixRoles))
		}
		wg.Add(1)
		go func() { // each operation on its own: reads share a database, mutations get their own
			defer wg.Done()
			f := shared
			if op.mutates {
				f = newMatrixFixture(t, matrixRoles...)
			}
			rows[i] = make([]string, len(matrixRoles))
			for j, role := range matrixRoles {
				rows[i][j] = f.outcome(t, role, op)
			}
		}()
	}
	wg.Wait()
	var got, want strings.Builder
	for i, op := range matrixOps {
		fmt.Fprintf(&got, "%-38s %s\n", op.name, strings.Join(rows[i], " "))
		fmt.Fprintf(&want, "%-38s %s\n", op.name, strings.Join(op.want, " "))
	}
	if got.String() != want.String() {
		t.Errorf("roles: %s\ngot:\n%s\nwant:\n%s", strings.Join(matrixRoles, " "), got.String(), want.String())
	}
}

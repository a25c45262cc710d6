package graph_test

import (
	"context"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/seed"
)

const viewerQuery = `{ viewer { user { id email name } memberships { city { slug } role } networkRoles isPresidency isApiToken } }`

type viewerOut struct {
	Viewer *struct {
		User        struct{ ID, Email, Name string }
		Memberships []struct {
			City struct{ Slug string }
			Role string
		}
		NetworkRoles []string
		IsPresidency bool
		IsAPIToken   bool `json:"isApiToken"`
	}
}

func TestDemoAccountsLogInWithTheirRoles(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	cases := []struct {
		email, role, network string
	}{
		{"secretariat@b40.demo", "", "SECRETARIAT"},
		{"analyst@b40.demo", "", "ANALYST"},
		{seed.DemoEmail("admin", "tirana"), "CITY_ADMIN", ""},
		{seed.DemoEmail("editor", "sarajevo"), "CITY_EDITOR", ""},
		{"VIEWER@Skopje.B40.demo", "CITY_VIEWER", ""}, // e-mail is case-insensitive
	}
	for _, c := range cases {
		token := api.Login(c.email)
		var out viewerOut
		api.As(token, viewerQuery, nil).Decode(t, &out)
		v := out.Viewer
		if v == nil || v.User.Email != strings.ToLower(c.email) || v.IsAPIToken {
			t.Fatalf("%s: viewer %+v", c.email, v)
		}
		if c.role != "" && (len(v.Memberships) != 1 || v.Memberships[0].Role != c.role) {
			t.Errorf("%s: memberships %+v", c.email, v.Memberships)
		}
		if c.network != "" && (len(v.NetworkRoles) != 1 || v.NetworkRoles[0] != c.network) {
			t.Errorf("%s: network roles %v", c.email, v.NetworkRoles)
		}
	}
	var anon viewerOut
	api.MustQuery(&anon, viewerQuery, nil)
	if anon.Viewer != nil {
		t.Errorf("anonymous viewer = %+v", anon.Viewer)
	}
}

const loginMutation = `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token userErrors { code field message } } }`

type loginOut struct {
	Login struct {
		Token      *string
		UserErrors []struct {
			Code, Message string
			Field         []string
		}
	}
}

func TestFailedLoginsAnswerAlikeAndAreRateLimited(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var unknown, wrong loginOut
	api.MustQuery(&unknown, loginMutation, map[string]any{"e": "nobody@b40.demo", "p": "whatever-password"})
	api.MustQuery(&wrong, loginMutation, map[string]any{"e": "secretariat@b40.demo", "p": "whatever-password"})
	if unknown.Login.Token != nil || wrong.Login.Token != nil || len(unknown.Login.UserErrors) != 1 ||
		unknown.Login.UserErrors[0].Message != wrong.Login.UserErrors[0].Message || unknown.Login.UserErrors[0].Code != "INVALID" {
		t.Fatalf("unknown %+v, wrong %+v: want one identical answer", unknown.Login, wrong.Login)
	}
	// The burst is five failures per e-mail; the sixth attempt is refused even with the right password.
	for i := 0; i < 4; i++ {
		api.Query(loginMutation, map[string]any{"e": "secretariat@b40.demo", "p": "still-wrong-password"})
	}
	r := api.Query(loginMutation, map[string]any{"e": "secretariat@b40.demo", "p": seed.DefaultPassword})
	if r.ErrorCode() != "RATE_LIMITED" {
		t.Fatalf("after 5 failures: %s", r.Body)
	}
	// Another e-mail from the same address still works: the address allows more.
	api.Login("analyst@b40.demo")
}

func TestTokenAttacksAreUnauthenticated(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	token := api.Login(seed.DemoEmail("admin", "athens"))
	expired := api.Login(seed.DemoEmail("editor", "athens"))
	if _, err := api.DB.ExecContext(context.Background(), "UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = ?",
		api.UserID(seed.DemoEmail("editor", "athens"))); err != nil {
		t.Fatal(err)
	}
	revoked := api.Login(seed.DemoEmail("viewer", "athens"))
	api.As(revoked, `mutation { logout(input: {}) { ok } }`, nil)

	tampered := []byte(token)
	tampered[len(tampered)-3] ^= 0x01
	cases := map[string]map[string]string{
		"forged":       apitest.Bearer("b40s_" + strings.Repeat("A", 43)),
		"tampered":     apitest.Bearer(string(tampered)),
		"expired":      apitest.Bearer(expired),
		"revoked":      apitest.Bearer(revoked),
		"truncated":    apitest.Bearer(token[:20]),
		"basic scheme": {"Authorization": "Basic " + token},
		"empty bearer": {"Authorization": "Bearer "},
		"invitation":   apitest.Bearer("b40i_" + strings.Repeat("A", 43)),
		"sql in token": apitest.Bearer("b40s_' OR 1=1 --" + strings.Repeat("A", 27)),
		"huge":         apitest.Bearer(strings.Repeat("x", 8000)),
	}
	for name, h := range cases {
		r := api.Query(viewerQuery, nil, h)
		if r.Status != http.StatusUnauthorized || r.ErrorCode() != "UNAUTHENTICATED" || r.Data != nil {
			t.Errorf("%s: %d %s", name, r.Status, r.Body)
		}
	}
	// A token in the URL is refused, even a valid one.
	r := api.Do(apitest.Request{Method: http.MethodGet, Path: "/graphql?query=%7Bviewer%7Bisapitoken%7D%7D&access_token=" + token})
	if r.Status != http.StatusUnauthorized || r.ErrorCode() != "UNAUTHENTICATED" {
		t.Errorf("token in query string: %d %s", r.Status, r.Body)
	}
	// The valid token still works, as its own user and no other.
	var out viewerOut
	api.As(token, viewerQuery, nil).Decode(t, &out)
	if out.Viewer.User.Email != seed.DemoEmail("admin", "athens") {
		t.Errorf("valid token acts as %s", out.Viewer.User.Email)
	}
}

func TestChangePasswordRevokesOtherSessions(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	email := seed.DemoEmail("editor", "split")
	phone, laptop := api.Login(email), api.Login(email)
	change := `mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { viewer { user { email } } userErrors { code field } } }`
	long := strings.Repeat("p", 100)
	cases := []struct {
		current, next, code string
	}{
		{"wrong-current-password", "a-new-password-1", "INVALID"},
		{seed.DefaultPassword, "short", "INVALID"},
		{seed.DefaultPassword, strings.Repeat("p", 1025), "INVALID"}, // refused, never truncated
	}
	for _, c := range cases {
		var out struct {
			ChangePassword struct{ UserErrors []struct{ Code string } }
		}
		api.As(laptop, change, map[string]any{"c": c.current, "n": c.next}).Decode(t, &out)
		if len(out.ChangePassword.UserErrors) != 1 || out.ChangePassword.UserErrors[0].Code != c.code {
			t.Errorf("%q -> %q: %+v", c.current, c.next, out.ChangePassword)
		}
	}
	if r := api.As(laptop, change, map[string]any{"c": seed.DefaultPassword, "n": long + "A"}); strings.Contains(string(r.Body), `"code"`) {
		t.Fatalf("change: %s", r.Body)
	}
	if r := api.As(phone, viewerQuery, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("the other session survived a password change: %d", r.Status)
	}
	if r := api.As(laptop, viewerQuery, nil); r.Status != http.StatusOK {
		t.Errorf("the changing session was revoked: %d", r.Status)
	}
	// Long passwords are compared whole: the same first 100 bytes with another ending fail.
	var bad loginOut
	api.MustQuery(&bad, loginMutation, map[string]any{"e": email, "p": long + "B"})
	if bad.Login.Token != nil {
		t.Error("a password differing only at byte 101 was accepted")
	}
	api.LoginWith(email, long+"A")
}

const inviteMutation = `mutation($e: Email!, $r: Role!, $c: ID) { inviteUser(input: {email: $e, role: $r, cityId: $c}) {
	invitation { id email role city { slug } } invitationToken userErrors { code field message } } }`

type inviteOut struct {
	InviteUser struct {
		Invitation      *struct{ ID, Email, Role string }
		InvitationToken *string
		UserErrors      []struct{ Code string }
	}
}

func TestInvitationsGrantRolesWithinTheInvitersReach(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	admin := api.Login(seed.DemoEmail("admin", "kotor"))
	kotor, split := apitest.ID("City", api.CityID("kotor")), apitest.ID("City", api.CityID("split"))

	var out inviteOut
	api.As(admin, inviteMutation, map[string]any{"e": "New.Editor@Kotor.example", "r": "CITY_EDITOR", "c": kotor}).Decode(t, &out)
	if out.InviteUser.InvitationToken == nil || out.InviteUser.Invitation.Email != "new.editor@kotor.example" {
		t.Fatalf("invite: %+v", out.InviteUser)
	}
	token := *out.InviteUser.InvitationToken

	for name, c := range map[string]struct {
		vars map[string]any
		code string
	}{
		"other city":          {map[string]any{"e": "x@split.example", "r": "CITY_EDITOR", "c": split}, "FORBIDDEN"},
		"network role":        {map[string]any{"e": "x@kotor.example", "r": "SECRETARIAT"}, "FORBIDDEN"},
		"city role, no city":  {map[string]any{"e": "x@kotor.example", "r": "CITY_VIEWER"}, "INVALID"},
		"already in the city": {map[string]any{"e": seed.DemoEmail("viewer", "kotor"), "r": "CITY_EDITOR", "c": kotor}, "DUPLICATE"},
	} {
		r := api.As(admin, inviteMutation, c.vars)
		got := r.ErrorCode()
		if got == "" {
			var o inviteOut
			r.Decode(t, &o)
			if len(o.InviteUser.UserErrors) > 0 {
				got = o.InviteUser.UserErrors[0].Code
			}
		}
		if got != c.code {
			t.Errorf("%s: got %q, want %s: %s", name, got, c.code, r.Body)
		}
	}
	editor := api.As(api.Login(seed.DemoEmail("editor", "kotor")), inviteMutation, map[string]any{"e": "y@kotor.example", "r": "CITY_VIEWER", "c": kotor})
	if editor.ErrorCode() != "FORBIDDEN" {
		t.Errorf("an editor invited: %s", editor.Body)
	}

	accept := `mutation($t: String!) { acceptInvitation(input: {token: $t, name: "New Editor", password: "a-long-enough-password"}) {
		token viewer { user { email } memberships { city { slug } role } } userErrors { code field } } }`
	var acc struct {
		AcceptInvitation struct {
			Token  *string
			Viewer *struct {
				User        struct{ Email string }
				Memberships []struct {
					City struct{ Slug string }
					Role string
				}
			}
			UserErrors []struct{ Code string }
		}
	}
	api.MustQuery(&acc, accept, map[string]any{"t": token})
	a := acc.AcceptInvitation
	if a.Token == nil || len(a.Viewer.Memberships) != 1 || a.Viewer.Memberships[0].City.Slug != "kotor" || a.Viewer.Memberships[0].Role != "CITY_EDITOR" {
		t.Fatalf("accept: %+v", a)
	}
	api.MustQuery(&acc, accept, map[string]any{"t": token})
	if acc.AcceptInvitation.Token != nil || acc.AcceptInvitation.UserErrors[0].Code != "NOT_FOUND" {
		t.Errorf("an invitation was accepted twice: %+v", acc.AcceptInvitation)
	}
	api.LoginWith("new.editor@kotor.example", "a-long-enough-password")

	// The secretariat grants network roles.
	sec := api.Login("secretariat@b40.demo")
	var netInv inviteOut
	api.As(sec, inviteMutation, map[string]any{"e": "second.analyst@b40.example", "r": "ANALYST"}).Decode(t, &netInv)
	if netInv.InviteUser.InvitationToken == nil {
		t.Errorf("secretariat invite: %+v", netInv.InviteUser)
	}
}

func TestAPITokensAreReadOnlyScopes(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	analyst := api.Login("analyst@b40.demo")
	create := `mutation($n: String!, $r: ApiTokenRole!, $c: ID, $x: DateTime) { createApiToken(input: {name: $n, role: $r, cityId: $c, expiresAt: $x}) {
		token apiToken { id name role city { slug } expiresAt } userErrors { code field } } }`
	var out struct {
		CreateAPIToken struct {
			Token      *string
			APIToken   *struct{ ID, Role string } `json:"apiToken"`
			UserErrors []struct{ Code string }
		} `json:"createApiToken"`
	}
	api.As(analyst, create, map[string]any{"n": "dashboard", "r": "ANALYST"}).Decode(t, &out)
	if out.CreateAPIToken.Token == nil || !strings.HasPrefix(*out.CreateAPIToken.Token, "b40t_") {
		t.Fatalf("create: %+v", out.CreateAPIToken)
	}
	token, tokenID := *out.CreateAPIToken.Token, out.CreateAPIToken.APIToken.ID
	var v viewerOut
	api.As(token, viewerQuery, nil).Decode(t, &v)
	if !v.Viewer.IsAPIToken || len(v.Viewer.NetworkRoles) != 1 || v.Viewer.NetworkRoles[0] != "ANALYST" {
		t.Errorf("token viewer %+v", v.Viewer)
	}
	if r := api.As(token, create, map[string]any{"n": "from a token", "r": "ANALYST"}); r.ErrorCode() != "FORBIDDEN" {
		t.Errorf("a token created a token: %s", r.Body)
	}
	// Tokens listed on the viewer never include the secret.
	if r := api.As(analyst, `{ viewer { apiTokens { id name role } } }`, nil); strings.Contains(string(r.Body), token) || !strings.Contains(string(r.Body), tokenID) {
		t.Errorf("apiTokens: %s", r.Body)
	}
	revoke := `mutation($id: ID!) { revokeApiToken(input: {apiTokenId: $id}) { apiToken { revokedAt } userErrors { code } } }`
	other := api.Login(seed.DemoEmail("admin", "pula"))
	if r := api.As(other, revoke, map[string]any{"id": tokenID}); !strings.Contains(string(r.Body), "NOT_FOUND") {
		t.Errorf("another user revoked the token: %s", r.Body)
	}
	if r := api.As(analyst, revoke, map[string]any{"id": tokenID}); strings.Contains(string(r.Body), `"code"`) {
		t.Fatalf("revoke: %s", r.Body)
	}
	if r := api.As(token, viewerQuery, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("revoked token still works: %d", r.Status)
	}

	viewer := api.Login(seed.DemoEmail("viewer", "pula"))
	pula, split := apitest.ID("City", api.CityID("pula")), apitest.ID("City", api.CityID("split"))
	for name, c := range map[string]struct {
		vars map[string]any
		ok   bool
	}{
		"own city viewer":    {map[string]any{"n": "n", "r": "CITY_VIEWER", "c": pula}, true},
		"other city viewer":  {map[string]any{"n": "n", "r": "CITY_VIEWER", "c": split}, false},
		"analyst scope":      {map[string]any{"n": "n", "r": "ANALYST"}, false},
		"expiry in the past": {map[string]any{"n": "n", "r": "CITY_VIEWER", "c": pula, "x": "2020-01-01T00:00:00Z"}, false},
		"expiry in 5 years":  {map[string]any{"n": "n", "r": "CITY_VIEWER", "c": pula, "x": time.Now().AddDate(5, 0, 0).Format(time.RFC3339)}, false},
	} {
		var o struct {
			CreateAPIToken struct {
				Token      *string
				UserErrors []struct{ Code string }
			} `json:"createApiToken"`
		}
		api.As(viewer, create, c.vars).Decode(t, &o)
		if (o.CreateAPIToken.Token != nil) != c.ok {
			t.Errorf("%s: %+v", name, o.CreateAPIToken)
		}
	}
}

const setRole = `mutation($u: ID!, $r: Role, $c: ID) { setUserRole(input: {userId: $u, role: $r, cityId: $c}) { user { email memberships { city { slug } role } } userErrors { code field message } } }`
const deactivate = `mutation($u: ID!) { deactivateUser(input: {userId: $u}) { user { status } userErrors { code } } }`

func payloadCode(t *testing.T, r *apitest.Response, field string) string {
	t.Helper()
	if c := r.ErrorCode(); c != "" {
		return c
	}
	var m map[string]struct{ UserErrors []struct{ Code string } }
	r.Decode(t, &m)
	if ue := m[field].UserErrors; len(ue) > 0 {
		return ue[0].Code
	}
	return "OK"
}

func TestCityAdminsManageOnlyTheirCitysPeople(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	admin := api.Login(seed.DemoEmail("admin", "podgorica"))
	pod := apitest.ID("City", api.CityID("podgorica"))
	kot := apitest.ID("City", api.CityID("kotor"))
	editor := apitest.ID("User", api.UserID(seed.DemoEmail("editor", "podgorica")))
	foreign := apitest.ID("User", api.UserID(seed.DemoEmail("editor", "kotor")))
	self := apitest.ID("User", api.UserID(seed.DemoEmail("admin", "podgorica")))
	sec := apitest.ID("User", api.UserID("secretariat@b40.demo"))

	cases := []struct {
		name, query string
		vars        map[string]any
		field, want string
	}{
		{"demote own editor", setRole, map[string]any{"u": editor, "r": "CITY_VIEWER", "c": pod}, "setUserRole", "OK"},
		{"role in another city", setRole, map[string]any{"u": editor, "r": "CITY_VIEWER", "c": kot}, "setUserRole", "FORBIDDEN"},
		{"another city's person", setRole, map[string]any{"u": foreign, "r": "CITY_VIEWER", "c": pod}, "setUserRole", "NOT_FOUND"},
		{"network role", setRole, map[string]any{"u": editor, "r": "ANALYST"}, "setUserRole", "FORBIDDEN"},
		{"last admin demotes itself", setRole, map[string]any{"u": self, "r": "CITY_EDITOR", "c": pod}, "setUserRole", "RULE_VIOLATION"},
		{"deactivate another city's person", deactivate, map[string]any{"u": foreign}, "deactivateUser", "NOT_FOUND"},
		{"deactivate the secretariat", deactivate, map[string]any{"u": sec}, "deactivateUser", "NOT_FOUND"},
		{"deactivate itself", deactivate, map[string]any{"u": self}, "deactivateUser", "INVALID"},
		{"malformed user id", deactivate, map[string]any{"u": "nope"}, "deactivateUser", "INVALID"},
	}
	for _, c := range cases {
		if got := payloadCode(t, api.As(admin, c.query, c.vars), c.field); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
	// Deactivation ends the person's sessions at once.
	viewerID := apitest.ID("User", api.UserID(seed.DemoEmail("viewer", "podgorica")))
	session := api.Login(seed.DemoEmail("viewer", "podgorica"))
	if got := payloadCode(t, api.As(admin, deactivate, map[string]any{"u": viewerID}), "deactivateUser"); got != "OK" {
		t.Fatalf("deactivate own viewer: %s", got)
	}
	if r := api.As(session, viewerQuery, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("a deactivated user's session still works")
	}
	var failed loginOut
	api.MustQuery(&failed, loginMutation, map[string]any{"e": seed.DemoEmail("viewer", "podgorica"), "p": seed.DefaultPassword})
	if failed.Login.Token != nil {
		t.Error("a deactivated user signed in")
	}
	// The people list shows the admin its city only; the secretariat everyone.
	var people struct{ Users struct{ TotalCount int } }
	api.As(admin, `{ users { totalCount } }`, nil).Decode(t, &people)
	if people.Users.TotalCount != 3 {
		t.Errorf("admin sees %d people, want podgorica's 3", people.Users.TotalCount)
	}
	api.As(api.Login("secretariat@b40.demo"), `{ users { totalCount } }`, nil).Decode(t, &people)
	if people.Users.TotalCount != 2+3*17 {
		t.Errorf("secretariat sees %d people", people.Users.TotalCount)
	}
	if r := api.As(api.Login(seed.DemoEmail("editor", "kotor")), `{ users { totalCount } }`, nil); r.ErrorCode() != "FORBIDDEN" {
		t.Errorf("an editor listed people: %s", r.Body)
	}
}

func TestPresidencyIsDerivedFromTheCurrentTerm(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	if _, err := api.DB.ExecContext(context.Background(), "INSERT INTO presidency_term (city_id, year) VALUES (?, ?)",
		api.CityID("belgrade"), time.Now().Year()); err != nil {
		t.Fatal(err)
	}
	for email, want := range map[string]bool{
		seed.DemoEmail("admin", "belgrade"): true, seed.DemoEmail("editor", "belgrade"): false,
		seed.DemoEmail("admin", "athens"): false, "secretariat@b40.demo": false,
	} {
		var out viewerOut
		api.As(api.Login(email), viewerQuery, nil).Decode(t, &out)
		if out.Viewer.IsPresidency != want {
			t.Errorf("%s: isPresidency %v", email, out.Viewer.IsPresidency)
		}
	}
}

// TestViewerCanIsWhatTheMutationsAllow: viewer.can answers from the checks the services make
// (the app shows what it says and re-derives no roles).
func TestViewerCanIsWhatTheMutationsAllow(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	if _, err := api.DB.ExecContext(context.Background(), "INSERT INTO presidency_term (city_id, year) VALUES (?, ?)",
		api.CityID("belgrade"), time.Now().Year()); err != nil {
		t.Fatal(err)
	}
	const q = `{ viewer { can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat
		approveWorkingGroups editCityIds adminCityIds grantCityRoles grantNetworkRoles } } }`
	type can struct {
		ReviewApplications, ManageNetwork, RunElections, ViewAnalytics, ReviewProposals, ManageSecretariat, ApproveWorkingGroups bool
		EditCityIDs                                                                                                              []string `json:"editCityIds"`
		AdminCityIDs                                                                                                             []string `json:"adminCityIds"`
		GrantCityRoles                                                                                                           []string `json:"grantCityRoles"`
		GrantNetworkRoles                                                                                                        []string `json:"grantNetworkRoles"`
	}
	city := func(slug string) []string { return []string{gid.Encode(gid.City, api.CityID(slug))} }
	none := []string{}
	cityRoles := []string{"CITY_ADMIN", "CITY_EDITOR", "CITY_VIEWER"}
	sec := can{true, true, true, true, true, true, true, none, none, cityRoles, []string{"SECRETARIAT", "ANALYST"}}
	cases := map[string]can{
		"secretariat@b40.demo": sec,
		"analyst@b40.demo":     {ViewAnalytics: true, EditCityIDs: none, AdminCityIDs: none, GrantCityRoles: none, GrantNetworkRoles: none},
		seed.DemoEmail("admin", "belgrade"): {ViewAnalytics: true, ReviewProposals: true, ApproveWorkingGroups: true, EditCityIDs: city("belgrade"), AdminCityIDs: city("belgrade"),
			GrantCityRoles: cityRoles, GrantNetworkRoles: none},
		seed.DemoEmail("admin", "athens"):    {EditCityIDs: city("athens"), AdminCityIDs: city("athens"), GrantCityRoles: cityRoles, GrantNetworkRoles: none},
		seed.DemoEmail("editor", "sarajevo"): {EditCityIDs: city("sarajevo"), AdminCityIDs: none, GrantCityRoles: none, GrantNetworkRoles: none},
		seed.DemoEmail("viewer", "skopje"):   {EditCityIDs: none, AdminCityIDs: none, GrantCityRoles: none, GrantNetworkRoles: none},
	}
	for email, want := range cases {
		var out struct{ Viewer struct{ Can can } }
		api.As(api.Login(email), q, nil).Decode(t, &out)
		if !reflect.DeepEqual(out.Viewer.Can, want) {
			t.Errorf("%s: can = %+v, want %+v", email, out.Viewer.Can, want)
		}
	}
}

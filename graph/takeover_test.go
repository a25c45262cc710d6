package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

const attackerPassword = "the-attackers-own-password"

// accountState is what an invitation must never change about an existing account.
type accountState struct {
	Hash, Name, Status string
	NetworkRole        string
	Roles              string
}

func stateOf(t *testing.T, api *apitest.API, email string) accountState {
	t.Helper()
	var s accountState
	if err := api.DB.NewRaw(`SELECT password_hash AS hash, name, status, coalesce(network_role, '') AS network_role,
		coalesce((SELECT string_agg(city_id || ':' || role, ',' ORDER BY city_id) FROM city_membership WHERE user_id = u.id), '') AS roles
		FROM app_user u WHERE email = ?`, email).Scan(context.Background(), &s); err != nil {
		t.Fatalf("state of %s: %v", email, err)
	}
	return s
}

// attack is one city admin's attempt on an account: invite its e-mail into the admin's own
// city, then accept the invitation with the attacker's password, anonymously and signed in as
// the attacker.
func attack(t *testing.T, api *apitest.API, slug, victim string, addr string) (codes []string, invitationID string) {
	do := func(token, q string, vars map[string]any) *apitest.Response {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		r := apitest.Request{Body: body, ContentType: "application/json", RemoteAddr: addr + ":1234"}
		if token != "" {
			r.Header = apitest.Bearer(token)
		}
		return api.Do(r)
	}
	var login loginOut
	do("", loginMutation, map[string]any{"e": seed.DemoEmail("admin", slug), "p": seed.DefaultPassword}).Decode(t, &login)
	if login.Login.Token == nil {
		t.Errorf("%s: login %+v", slug, login.Login.UserErrors)
		return nil, ""
	}
	admin := *login.Login.Token
	var inv inviteOut
	do(admin, inviteMutation, map[string]any{"e": victim, "r": "CITY_ADMIN", "c": apitest.ID("City", api.CityID(slug))}).Decode(t, &inv)
	if inv.InviteUser.InvitationToken == nil {
		t.Errorf("%s could not invite %s: %+v", slug, victim, inv.InviteUser)
		return nil, ""
	}
	accept := `mutation($t: String!, $p: String) { acceptInvitation(input: {token: $t, name: "Attacker", password: $p}) {
		token viewer { user { email } } userErrors { code field message } } }`
	for _, as := range []string{"", admin} {
		var out struct {
			AcceptInvitation struct {
				Token      *string
				Viewer     *struct{ User struct{ Email string } }
				UserErrors []struct{ Code string }
			}
		}
		do(as, accept, map[string]any{"t": *inv.InviteUser.InvitationToken, "p": attackerPassword}).Decode(t, &out)
		a := out.AcceptInvitation
		if a.Token != nil || a.Viewer != nil || len(a.UserErrors) != 1 {
			t.Errorf("%s accepting an invitation for %s (signed in: %v) answered %+v", slug, victim, as != "", a)
			continue
		}
		codes = append(codes, a.UserErrors[0].Code)
	}
	return codes, inv.InviteUser.Invitation.ID
}

// An invitation to an e-mail that already has an account never sets that account's password,
// name or status: four city admins at once invite an Athens admin, a secretariat member and a
// deactivated account into their own cities and accept with their own password; each victim
// keeps its password, roles and status, and every attempt is in the audit log.
func TestInvitationsNeverTakeOverAccounts(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	deactivated := seed.DemoEmail("editor", "pula")
	r := api.As(sec, `mutation($u: ID!) { deactivateUser(input: {userId: $u}) { userErrors { code } } }`,
		map[string]any{"u": apitest.ID("User", api.UserID(deactivated))})
	if r.ErrorCode() != "" || len(r.Errors) > 0 {
		t.Fatalf("deactivate: %s", r.Body)
	}
	attackers := []string{"sarajevo", "skopje", "kotor", "split"}
	victims := map[string]string{
		seed.DemoEmail("admin", "athens"): "SIGN_IN_REQUIRED",
		"secretariat@b40.demo":            "SIGN_IN_REQUIRED",
		deactivated:                       "RULE_VIOLATION",
	}
	for victim, want := range victims {
		before := stateOf(t, api, victim)
		var wg sync.WaitGroup
		invitations := make([]string, len(attackers))
		for i, slug := range attackers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				codes, id := attack(t, api, slug, victim, fmt.Sprintf("198.51.100.%d", i+1))
				invitations[i] = id
				for _, c := range codes {
					if c != want {
						t.Errorf("%s on %s: code %s, want %s", slug, victim, c, want)
					}
				}
			}()
		}
		wg.Wait()
		if after := stateOf(t, api, victim); after.Hash != before.Hash || after.Name != before.Name || after.Status != before.Status ||
			after.Roles != before.Roles || fmt.Sprint(after.NetworkRole) != fmt.Sprint(before.NetworkRole) {
			t.Errorf("%s changed: before %+v, after %+v", victim, before, after)
		}
		attacker := api.Query(loginMutation, map[string]any{"e": victim, "p": attackerPassword})
		var out loginOut
		attacker.Decode(t, &out)
		if out.Login.Token != nil {
			t.Errorf("the attacker's password signs in as %s", victim)
		}
		if victim != deactivated {
			api.Login(victim) // the victim's own password still works
		}
		var refused int
		if err := api.DB.NewRaw(`SELECT count(*) FROM audit_event WHERE action = 'acceptInvitationRefused' AND entity_id IN (?)
			AND changes->>'reason' = ?`, bun.List(invitations), map[bool]string{true: "DEACTIVATED", false: "SIGN_IN_REQUIRED"}[victim == deactivated]).
			Scan(context.Background(), &refused); err != nil {
			t.Fatal(err)
		}
		if refused != 2*len(attackers) {
			t.Errorf("%s: %d refused acceptances audited, want %d", victim, refused, 2*len(attackers))
		}
	}

	// The deactivated account comes back only by the secretariat's decision, with its own
	// password; its owner then accepts a pending invitation signed in, and nothing else changes.
	before := stateOf(t, api, deactivated)
	r = api.As(sec, `mutation($u: ID!) { reactivateUser(input: {userId: $u}) { user { status } userErrors { code } } }`,
		map[string]any{"u": apitest.ID("User", api.UserID(deactivated))})
	var re struct {
		ReactivateUser struct {
			User       *struct{ Status string }
			UserErrors []struct{ Code string }
		}
	}
	r.Decode(t, &re)
	if re.ReactivateUser.User == nil || re.ReactivateUser.User.Status != "ACTIVE" {
		t.Fatalf("reactivate: %s", r.Body)
	}
	owner := api.Login(deactivated)
	var inv inviteOut
	api.As(api.Login(seed.DemoEmail("admin", "kotor")), inviteMutation, map[string]any{"e": deactivated, "r": "CITY_VIEWER",
		"c": apitest.ID("City", api.CityID("kotor"))}).Decode(t, &inv)
	var acc struct {
		AcceptInvitation struct {
			Token  *string
			Viewer *struct {
				Memberships []struct {
					City struct{ Slug string }
					Role string
				}
			}
			UserErrors []struct{ Code string }
		}
	}
	api.As(owner, `mutation($t: String!) { acceptInvitation(input: {token: $t}) { token viewer { memberships { city { slug } role } } userErrors { code } } }`,
		map[string]any{"t": *inv.InviteUser.InvitationToken}).Decode(t, &acc)
	if a := acc.AcceptInvitation; a.Token != nil || a.Viewer == nil || len(a.Viewer.Memberships) != 2 || len(a.UserErrors) != 0 {
		t.Errorf("the owner's acceptance: %+v", a)
	}
	after := stateOf(t, api, deactivated)
	if after.Hash != before.Hash || after.Name != before.Name || after.Status != "ACTIVE" {
		t.Errorf("accepting signed in changed the account: %+v → %+v", before, after)
	}
}

package graph_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

const submitApplication = `mutation($in: SubmitMembershipApplicationInput!) { submitMembershipApplication(input: $in) {
	application { id cityName motivation status country } userErrors { code field message } } }`

const reviewApplication = `mutation($id: ID!, $d: MembershipDecision!, $n: String) { reviewMembershipApplication(input: {applicationId: $id, decision: $d, note: $n}) {
	application { status reviewedAt city { slug joinRoute memberSince isFoundingMember } } city { id slug } invitationToken userErrors { code field message } } }`

func applicationInput(name, country string) map[string]any {
	return map[string]any{"cityName": name, "country": country, "contactName": "Ana Test", "contactEmail": "ana@" + strings.ToLower(strings.ReplaceAll(name, " ", "")) + ".example",
		"motivation": `We share <b>practices</b> & "ideas"`}
}

func TestMembershipApplicationRules(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	// R6.3: anyone may apply; the text comes back literally.
	var sub struct {
		Application struct{ ID, CityName, Motivation, Status string }
	}
	if got := mutation(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Novi Sad", "RS")}, &sub); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	if sub.Application.Motivation != `We share <b>practices</b> & "ideas"` || sub.Application.Status != "SUBMITTED" {
		t.Errorf("application %+v", sub.Application)
	}
	// R6.2 decision: only Balkan countries.
	refused(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Vienna", "AT")}, "NOT_ELIGIBLE_COUNTRY")
	refused(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Novi Sad", "RS")}, "DUPLICATE")
	refused(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Athens", "GR")}, "DUPLICATE")
	long := applicationInput("Ohrid", "MK")
	long["motivation"] = strings.Repeat("x", 5001)
	refused(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": long}, "INVALID")
	bad := applicationInput("Ohrid", "MK")
	bad["contactEmail"] = "not-an-email"
	refused(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": bad}, "INVALID")

	// The queue is the secretariat's.
	if r := api.Query(`{ membershipApplications { totalCount } }`, nil); r.ErrorCode() != "UNAUTHENTICATED" {
		t.Errorf("anonymous queue: %s", r.Body)
	}
	if r := api.As(api.Login(seed.DemoEmail("admin", "athens")), `{ membershipApplications { totalCount } }`, nil); r.ErrorCode() != "FORBIDDEN" {
		t.Errorf("city admin queue: %s", r.Body)
	}
	sec := api.Login("secretariat@b40.demo")
	var q struct {
		MembershipApplications struct {
			TotalCount int
			Edges      []struct {
				Node struct{ ID, ContactEmail string }
			}
		}
	}
	api.As(sec, `{ membershipApplications(filter: {statuses: [SUBMITTED]}) { totalCount edges { node { id contactEmail } } } }`, nil).Decode(t, &q)
	if q.MembershipApplications.TotalCount != 2 { // Novi Sad and the demo's Muğla
		t.Fatalf("queue %+v", q.MembershipApplications)
	}

	// Approval creates the city and invites the contact as its admin, once.
	var rev struct {
		Application struct {
			Status string
			City   struct {
				Slug, JoinRoute, MemberSince string
				IsFoundingMember             bool
			}
		}
		InvitationToken string
	}
	id := sub.Application.ID
	if got := mutation(t, api, sec, reviewApplication, "reviewMembershipApplication", map[string]any{"id": id, "d": "APPROVE"}, &rev); got != "OK" {
		t.Fatalf("approve: %s", got)
	}
	c := rev.Application.City
	if rev.Application.Status != "APPROVED" || c.Slug != "novi-sad" || c.JoinRoute != "APPLICATION" || c.IsFoundingMember || c.MemberSince == "" || rev.InvitationToken == "" {
		t.Fatalf("review %+v", rev)
	}
	refused(t, api, sec, reviewApplication, "reviewMembershipApplication", map[string]any{"id": id, "d": "REJECT"}, "CONFLICT")
	refused(t, api, api.Login(seed.DemoEmail("admin", "athens")), reviewApplication, "reviewMembershipApplication", map[string]any{"id": id, "d": "REJECT"}, "FORBIDDEN")

	// The contact accepts and administers the new city.
	var acc struct {
		AcceptInvitation struct {
			Viewer struct {
				Memberships []struct {
					City struct{ Slug string }
					Role string
				}
			}
		}
	}
	api.MustQuery(&acc, `mutation($t: String!) { acceptInvitation(input: {token: $t, name: "Ana Test", password: "novi-sad-admin-pw"}) { viewer { memberships { city { slug } role } } } }`,
		map[string]any{"t": rev.InvitationToken})
	if m := acc.AcceptInvitation.Viewer.Memberships; len(m) != 1 || m[0].City.Slug != "novi-sad" || m[0].Role != "CITY_ADMIN" {
		t.Errorf("accepted: %+v", acc)
	}
}

// R6.3 review under concurrency: of ten simultaneous approvals exactly one creates the city.
func TestParallelApprovalsCreateOneCity(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var sub struct{ Application struct{ ID string } }
	mutation(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Budva", "ME")}, &sub)
	sec := api.Login("secretariat@b40.demo")
	var wg sync.WaitGroup
	codes := make([]string, 10)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i] = mutation(t, api, sec, reviewApplication, "reviewMembershipApplication", map[string]any{"id": sub.Application.ID, "d": "APPROVE"}, nil)
		}()
	}
	wg.Wait()
	ok := 0
	for _, c := range codes {
		if c == "OK" {
			ok++
		} else if c != "CONFLICT" {
			t.Errorf("unexpected %s", c)
		}
	}
	var n int
	if err := api.DB.NewRaw("SELECT count(*) FROM city WHERE slug LIKE 'budva%'").Scan(t.Context(), &n); err != nil {
		t.Fatal(err)
	}
	if ok != 1 || n != 1 {
		t.Errorf("%d approvals succeeded, %d cities made", ok, n)
	}
}

func TestSubmissionsAreRateLimitedPerAddress(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	got := ""
	for i := 0; i < 7 && got != "RATE_LIMITED"; i++ {
		got = mutation(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Town"+string(rune('a'+i)), "AL")}, nil)
	}
	if got != "RATE_LIMITED" {
		t.Errorf("never limited: %s", got)
	}
}

const createCity = `mutation($in: CreateCityInput!) { createCity(input: $in) { city { id slug version name } userErrors { code field } } }`
const updateCity = `mutation($in: UpdateCityInput!) { updateCity(input: $in) { city { version name mayorName } userErrors { code field } } }`

func TestCityManagement(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	var out struct {
		City struct {
			ID, Slug, Name string
			Version        int
		}
	}
	if got := mutation(t, api, sec, createCity, "createCity", map[string]any{"in": map[string]any{"name": "Muğla", "country": "TR"}}, &out); got != "OK" || out.City.Slug != "mugla" {
		t.Fatalf("create: %s %+v", got, out)
	}
	refused(t, api, sec, createCity, "createCity", map[string]any{"in": map[string]any{"name": "Rome", "country": "IT"}}, "NOT_ELIGIBLE_COUNTRY")
	refused(t, api, sec, createCity, "createCity", map[string]any{"in": map[string]any{"name": "Muğla", "country": "TR"}}, "DUPLICATE")
	refused(t, api, api.Login(seed.DemoEmail("admin", "athens")), createCity, "createCity", map[string]any{"in": map[string]any{"name": "X", "country": "GR"}}, "FORBIDDEN")

	// C6: a stale version changes nothing.
	up := map[string]any{"cityId": out.City.ID, "expectedVersion": out.City.Version, "mayorName": "Sample Mayor"}
	if got := mutation(t, api, sec, updateCity, "updateCity", map[string]any{"in": up}, nil); got != "OK" {
		t.Fatalf("update: %s", got)
	}
	refused(t, api, sec, updateCity, "updateCity", map[string]any{"in": up}, "CONFLICT")

	setStatus := `mutation($id: ID!, $s: CityStatus!) { setCityStatus(input: {cityId: $id, status: $s, reason: "test"}) { city { status } userErrors { code } } }`
	if got := mutation(t, api, sec, setStatus, "setCityStatus", map[string]any{"id": out.City.ID, "s": "SUSPENDED"}, nil); got != "OK" {
		t.Errorf("suspend: %s", got)
	}
	var net struct{ Network struct{ MemberCount int } }
	api.MustQuery(&net, `{ network { memberCount } }`, nil)
	if net.Network.MemberCount != 17 {
		t.Errorf("a suspended city counted as a member: %d", net.Network.MemberCount)
	}
}

// An approval is one mutation and writes one audit event, though it creates a city and an invitation.
func TestApprovalWritesOneAuditEvent(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var sub struct{ Application struct{ ID string } }
	mutation(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Bitola", "MK")}, &sub)
	h := apitest.Bearer(api.Login("secretariat@b40.demo"))
	h["X-Request-Id"] = "approve-bitola"
	api.Query(reviewApplication, map[string]any{"id": sub.Application.ID, "d": "APPROVE"}, h)
	var n int
	if err := api.DB.NewRaw("SELECT count(*) FROM audit_event WHERE request_id = 'approve-bitola'").Scan(t.Context(), &n); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("approval wrote %d audit events", n)
	}
}

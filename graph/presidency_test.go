package graph_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

const (
	createSummit = `mutation($in: CreateSummitInput!) { createSummit(input: $in) { summit { id year hostCity { slug } } userErrors { code field message } } }`
	openElection = `mutation($s: ID!, $y: Int!) { openPresidencyElection(input: {summitId: $s, termYear: $y}) { election { id status round } userErrors { code field message } } }`
	declare      = `mutation($e: ID!, $c: ID!) { declareCandidacy(input: {electionId: $e, cityId: $c}) { election { id } userErrors { code field message } } }`
	castVote     = `mutation($e: ID!, $c: ID!) { castVote(input: {electionId: $e, candidateCityId: $c}) { election { id } userErrors { code field message } } }`
	closeVote    = `mutation($e: ID!) { closePresidencyElection(input: {electionId: $e}) { election { status round winner { slug } } term { year city { slug } electedAt { year } } userErrors { code message } } }`
	recordTerm   = `mutation($y: Int!, $c: ID!) { recordPresidencyTerm(input: {year: $y, cityId: $c}) { term { year } userErrors { code field message } } }`
	electionView = `query($id: ID!) { presidencyElection(id: $id) { status round termYear votesCast eligibleVoters
		candidates { city { slug } votes } voters { slug } ballots { voter { slug } candidate { slug } } winner { slug } } }`
)

type electionOut struct {
	PresidencyElection struct {
		Status          string
		TermYear, Round int
		VotesCast       *int
		EligibleVoters  int
		Candidates      []struct {
			City  struct{ Slug string }
			Votes *int
		}
		Voters  []struct{ Slug string }
		Ballots []struct{ Voter, Candidate struct{ Slug string } }
		Winner  *struct{ Slug string }
	}
}

// summitAndElection records the 2025 term for Sarajevo, its summit, and opens the 2026 election there.
func summitAndElection(t *testing.T, api *apitest.API, sec string) (summitID, electionID string) {
	t.Helper()
	if got := mutation(t, api, sec, recordTerm, "recordPresidencyTerm", map[string]any{"y": 2025, "c": cityGID(api, "sarajevo")}, nil); got != "OK" {
		t.Fatalf("record 2025 term: %s", got)
	}
	var s struct{ Summit struct{ ID string } }
	in := map[string]any{"year": 2025, "title": "Sarajevo Summit (sample)", "startsOn": "2025-02-10", "endsOn": "2025-02-11", "hostCityId": cityGID(api, "sarajevo")}
	if got := mutation(t, api, sec, createSummit, "createSummit", map[string]any{"in": in}, &s); got != "OK" {
		t.Fatalf("summit: %s", got)
	}
	var e struct{ Election struct{ ID string } }
	if got := mutation(t, api, sec, openElection, "openPresidencyElection", map[string]any{"s": s.Summit.ID, "y": 2026}, &e); got != "OK" {
		t.Fatalf("open: %s", got)
	}
	return s.Summit.ID, e.Election.ID
}

func TestSummitAndTermRules(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	// R2.5: the host is the city holding that year's presidency.
	in := map[string]any{"year": 2024, "title": "Again", "startsOn": "2024-05-01", "endsOn": "2024-05-02", "hostCityId": cityGID(api, "tirana")}
	refused(t, api, sec, createSummit, "createSummit", map[string]any{"in": in}, "DUPLICATE")
	in = map[string]any{"year": 2025, "title": "Nowhere", "startsOn": "2025-05-01", "endsOn": "2025-05-02", "hostCityId": cityGID(api, "tirana")}
	refused(t, api, sec, createSummit, "createSummit", map[string]any{"in": in}, "RULE_VIOLATION") // no 2025 term yet
	mutation(t, api, sec, recordTerm, "recordPresidencyTerm", map[string]any{"y": 2025, "c": cityGID(api, "skopje")}, nil)
	refused(t, api, sec, createSummit, "createSummit", map[string]any{"in": in}, "RULE_VIOLATION") // Tirana is not 2025's presidency
	in["startsOn"], in["endsOn"] = "2026-05-01", "2026-05-02"
	in["hostCityId"] = cityGID(api, "skopje")
	refused(t, api, sec, createSummit, "createSummit", map[string]any{"in": in}, "INVALID") // opens in another year
	in["startsOn"], in["endsOn"] = "2025-05-01", "2025-05-02"
	refused(t, api, api.Login(seed.DemoEmail("admin", "skopje")), createSummit, "createSummit", map[string]any{"in": in}, "FORBIDDEN")
	if got := mutation(t, api, sec, createSummit, "createSummit", map[string]any{"in": in}, nil); got != "OK" {
		t.Errorf("Skopje summit: %s", got)
	}
	// R2.4 for history: Tirana held 2024, so neither 2023 (Athens's anyway) nor 2025 nor 2022.
	refused(t, api, sec, recordTerm, "recordPresidencyTerm", map[string]any{"y": 2026, "c": cityGID(api, "skopje")}, "INELIGIBLE_CONSECUTIVE_TERM")
	refused(t, api, sec, recordTerm, "recordPresidencyTerm", map[string]any{"y": 2025, "c": cityGID(api, "athens")}, "DUPLICATE")
	refused(t, api, sec, recordTerm, "recordPresidencyTerm", map[string]any{"y": 2021, "c": cityGID(api, "istanbul")}, "INELIGIBLE_CONSECUTIVE_TERM")
}

func TestDelegationsMakeMembers(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	var summits struct {
		Summits struct {
			Edges []struct {
				Node struct {
					ID   string
					Year int
				}
			}
		}
	}
	api.MustQuery(&summits, `{ summits { edges { node { id year } } } }`, nil)
	ids := map[int]string{}
	for _, e := range summits.Summits.Edges {
		ids[e.Node.Year] = e.Node.ID
	}
	record := `mutation($in: RecordDelegationInput!) { recordDelegation(input: $in) { delegation { id head { name } members { name position } }
		city { slug joinRoute memberSince isFoundingMember status } userErrors { code field message } } }`
	var out struct {
		City struct {
			Slug, JoinRoute, MemberSince, Status string
			IsFoundingMember                     bool
		}
	}
	in := map[string]any{"summitId": ids[2024], "newCity": map[string]any{"name": "Mostar", "country": "BA"},
		"head": map[string]any{"name": "Sample Head", "position": "Mayor"}, "members": []any{map[string]any{"name": "Sample Member"}}}
	if got := mutation(t, api, sec, record, "recordDelegation", map[string]any{"in": in}, &out); got != "OK" {
		t.Fatalf("record: %s", got)
	}
	if out.City.Slug != "mostar" || out.City.JoinRoute != "SUMMIT" || out.City.MemberSince != "2024-01-29" || out.City.IsFoundingMember {
		t.Errorf("R6.2: %+v", out.City)
	}
	// R6.1: a city recorded at the founding summit is a founding member, derived, never typed.
	in = map[string]any{"summitId": ids[2021], "newCity": map[string]any{"name": "Sample Founding Town", "country": "MK"}}
	mutation(t, api, sec, record, "recordDelegation", map[string]any{"in": in}, &out)
	if !out.City.IsFoundingMember || out.City.JoinRoute != "FOUNDING" {
		t.Errorf("R6.1: %+v", out.City)
	}
	refused(t, api, sec, record, "recordDelegation", map[string]any{"in": map[string]any{"summitId": ids[2024], "newCity": map[string]any{"name": "Vienna", "country": "AT"}}}, "NOT_ELIGIBLE_COUNTRY")
	refused(t, api, sec, record, "recordDelegation", map[string]any{"in": map[string]any{"summitId": ids[2024]}}, "INVALID")
	refused(t, api, api.Login(seed.DemoEmail("admin", "athens")), record, "recordDelegation",
		map[string]any{"in": map[string]any{"summitId": ids[2024], "cityId": cityGID(api, "athens")}}, "FORBIDDEN")
}

func TestElectionRules(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	summitID, el := summitAndElection(t, api, sec)
	refused(t, api, sec, openElection, "openPresidencyElection", map[string]any{"s": summitID, "y": 2027}, "RULE_VIOLATION") // R2.6
	refused(t, api, sec, openElection, "openPresidencyElection", map[string]any{"s": summitID, "y": 2026}, "DUPLICATE")

	athens, sarajevo, belgrade := api.Login(seed.DemoEmail("admin", "athens")), api.Login(seed.DemoEmail("admin", "sarajevo")), api.Login(seed.DemoEmail("admin", "belgrade"))
	// R2.4: Sarajevo holds 2025 and cannot stand for 2026.
	refused(t, api, sarajevo, declare, "declareCandidacy", map[string]any{"e": el, "c": cityGID(api, "sarajevo")}, "INELIGIBLE_CONSECUTIVE_TERM")
	// Only a city's own admin (or the secretariat) declares it.
	refused(t, api, athens, declare, "declareCandidacy", map[string]any{"e": el, "c": cityGID(api, "belgrade")}, "FORBIDDEN")
	refused(t, api, api.Login(seed.DemoEmail("editor", "athens")), declare, "declareCandidacy", map[string]any{"e": el, "c": cityGID(api, "athens")}, "FORBIDDEN")
	for _, c := range []struct{ token, slug string }{{athens, "athens"}, {belgrade, "belgrade"}} {
		if got := mutation(t, api, c.token, declare, "declareCandidacy", map[string]any{"e": el, "c": cityGID(api, c.slug)}, nil); got != "OK" {
			t.Fatalf("declare %s: %s", c.slug, got)
		}
	}
	refused(t, api, athens, declare, "declareCandidacy", map[string]any{"e": el, "c": cityGID(api, "athens")}, "DUPLICATE")
	// Votes go to candidates only, one per city.
	refused(t, api, sarajevo, castVote, "castVote", map[string]any{"e": el, "c": cityGID(api, "skopje")}, "INVALID")
	refused(t, api, sec, castVote, "castVote", map[string]any{"e": el, "c": cityGID(api, "athens")}, "FORBIDDEN")
	refused(t, api, api.Login(seed.DemoEmail("viewer", "kotor")), castVote, "castVote", map[string]any{"e": el, "c": cityGID(api, "athens")}, "FORBIDDEN")
	if got := mutation(t, api, sarajevo, castVote, "castVote", map[string]any{"e": el, "c": cityGID(api, "athens")}, nil); got != "OK" {
		t.Fatalf("vote: %s", got)
	}
	refused(t, api, sarajevo, castVote, "castVote", map[string]any{"e": el, "c": cityGID(api, "belgrade")}, "ALREADY_VOTED")
	// Candidacies close with the first vote.
	refused(t, api, api.Login(seed.DemoEmail("admin", "split")), declare, "declareCandidacy", map[string]any{"e": el, "c": cityGID(api, "split")}, "RULE_VIOLATION")

	// Who sees what: the tally and voters for members and the secretariat, ballots for the secretariat.
	var anon, member, secView electionOut
	api.MustQuery(&anon, electionView, map[string]any{"id": el})
	api.As(athens, electionView, map[string]any{"id": el}).Decode(t, &member)
	api.As(sec, electionView, map[string]any{"id": el}).Decode(t, &secView)
	if anon.PresidencyElection.VotesCast != nil || anon.PresidencyElection.Voters != nil || anon.PresidencyElection.Candidates[0].Votes != nil {
		t.Errorf("the public sees the tally: %+v", anon.PresidencyElection)
	}
	if *member.PresidencyElection.VotesCast != 1 || len(member.PresidencyElection.Voters) != 1 || member.PresidencyElection.Ballots != nil {
		t.Errorf("member view: %+v", member.PresidencyElection)
	}
	if len(secView.PresidencyElection.Ballots) != 1 || secView.PresidencyElection.Ballots[0].Candidate.Slug != "athens" ||
		secView.PresidencyElection.EligibleVoters != 17 {
		t.Errorf("secretariat view: %+v", secView.PresidencyElection)
	}
}

// The story, end to end through the API.
func TestGovernanceStory(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")

	// A city applies and is approved; its admin signs in.
	var sub struct{ Application struct{ ID string } }
	mutation(t, api, "", submitApplication, "submitMembershipApplication", map[string]any{"in": applicationInput("Ohrid", "MK")}, &sub)
	var rev struct {
		City            struct{ ID string }
		InvitationToken string
	}
	if got := mutation(t, api, sec, reviewApplication, "reviewMembershipApplication", map[string]any{"id": sub.Application.ID, "d": "APPROVE"}, &rev); got != "OK" {
		t.Fatalf("approve: %s", got)
	}
	var acc struct{ AcceptInvitation struct{ Token string } }
	api.MustQuery(&acc, `mutation($t: String!) { acceptInvitation(input: {token: $t, name: "Ohrid Admin", password: "ohrid-admin-password"}) { token } }`,
		map[string]any{"t": rev.InvitationToken})
	ohrid := api.LoginWith("ana@ohrid.example", "ohrid-admin-password")

	// It joins a working group.
	var wg struct{ WorkingGroup struct{ ID string } }
	api.MustQuery(&wg, `{ workingGroup(slug: "local-climate-action") { id } }`, nil)
	join := `mutation($g: ID!, $c: ID!) { joinWorkingGroup(input: {workingGroupId: $g, cityId: $c, focalPoint: "Climate office"}) { workingGroup { members { city { slug } focalPoint } } userErrors { code } } }`
	if got := mutation(t, api, ohrid, join, "joinWorkingGroup", map[string]any{"g": wg.WorkingGroup.ID, "c": rev.City.ID}, nil); got != "OK" {
		t.Fatalf("join: %s", got)
	}

	// It stands for president at a summit; cities vote; a tie goes to a runoff.
	_, el := summitAndElection(t, api, sec)
	belgrade := api.Login(seed.DemoEmail("admin", "belgrade"))
	for _, c := range []struct{ token, id string }{{ohrid, rev.City.ID}, {belgrade, cityGID(api, "belgrade")}} {
		if got := mutation(t, api, c.token, declare, "declareCandidacy", map[string]any{"e": el, "c": c.id}, nil); got != "OK" {
			t.Fatalf("declare: %s", got)
		}
	}
	vote := func(slug, candidate string) {
		t.Helper()
		if got := mutation(t, api, api.Login(seed.DemoEmail("admin", slug)), castVote, "castVote", map[string]any{"e": el, "c": candidate}, nil); got != "OK" {
			t.Fatalf("%s votes: %s", slug, got)
		}
	}
	vote("athens", rev.City.ID)
	vote("kotor", cityGID(api, "belgrade"))
	var closed struct {
		Election struct {
			Status string
			Round  int
			Winner *struct{ Slug string }
		}
		Term *struct {
			Year      int
			City      struct{ Slug string }
			ElectedAt struct{ Year int }
		}
	}
	if got := mutation(t, api, sec, closeVote, "closePresidencyElection", map[string]any{"e": el}, &closed); got != "OK" {
		t.Fatalf("close: %s", got)
	}
	if closed.Election.Status != "RUNOFF" || closed.Election.Round != 2 || closed.Term != nil {
		t.Fatalf("a tie must open a runoff: %+v", closed)
	}
	// Round 2: everyone votes again; a city that voted in round 1 may vote in round 2.
	vote("athens", rev.City.ID)
	vote("kotor", rev.City.ID)
	vote("split", cityGID(api, "belgrade"))
	if got := mutation(t, api, sec, closeVote, "closePresidencyElection", map[string]any{"e": el}, &closed); got != "OK" {
		t.Fatalf("close runoff: %s", got)
	}
	if closed.Election.Status != "DECIDED" || closed.Election.Winner.Slug != "ohrid" || closed.Term.Year != 2026 ||
		closed.Term.City.Slug != "ohrid" || closed.Term.ElectedAt.Year != 2025 {
		t.Fatalf("decided: %+v", closed)
	}
	// The winner hosts its year's summit (R2.5): creating 2026's summit elsewhere is refused.
	in := map[string]any{"year": 2026, "title": "2026 Summit (sample)", "startsOn": "2026-03-01", "endsOn": "2026-03-02", "hostCityId": cityGID(api, "belgrade")}
	refused(t, api, sec, createSummit, "createSummit", map[string]any{"in": in}, "RULE_VIOLATION")
	in["hostCityId"] = rev.City.ID
	var s2026 struct{ Summit struct{ ID string } }
	if got := mutation(t, api, sec, createSummit, "createSummit", map[string]any{"in": in}, &s2026); got != "OK" {
		t.Fatalf("2026 summit: %s", got)
	}
	// The incumbent cannot stand again for the next year (R2.4).
	var e2 struct{ Election struct{ ID string } }
	mutation(t, api, sec, openElection, "openPresidencyElection", map[string]any{"s": s2026.Summit.ID, "y": 2027}, &e2)
	refused(t, api, ohrid, declare, "declareCandidacy", map[string]any{"e": e2.Election.ID, "c": rev.City.ID}, "INELIGIBLE_CONSECUTIVE_TERM")
	var viewer struct{ Viewer struct{ IsPresidency bool } }
	api.As(ohrid, `{ viewer { isPresidency } }`, nil).Decode(t, &viewer)
	if !viewer.Viewer.IsPresidency {
		t.Error("the 2026 winner's admin does not act for the presidency in 2026")
	}
}

// One member city, one vote, even when its admin sends fifty at once; parallel candidacies of
// one city record one.
func TestParallelVotesAndCandidacies(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	sec := api.Login("secretariat@b40.demo")
	_, el := summitAndElection(t, api, sec)
	athens := api.Login(seed.DemoEmail("admin", "athens"))
	var wg sync.WaitGroup
	results := make([]string, 20)
	athensID := cityGID(api, "athens") // outside the goroutines: a failed look-up stops the test
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = mutation(t, api, athens, declare, "declareCandidacy", map[string]any{"e": el, "c": athensID}, nil)
		}()
	}
	wg.Wait()
	if n := count(results, "OK"); n != 1 || count(results, "DUPLICATE") != len(results)-1 {
		t.Fatalf("parallel candidacies: %v", results)
	}
	kotor := api.Login(seed.DemoEmail("admin", "kotor"))
	results = make([]string, 50)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = mutation(t, api, kotor, castVote, "castVote", map[string]any{"e": el, "c": athensID}, nil)
		}()
	}
	wg.Wait()
	var votes int
	if err := api.DB.NewRaw("SELECT count(*) FROM presidency_vote").Scan(context.Background(), &votes); err != nil {
		t.Fatal(err)
	}
	if votes != 1 || count(results, "OK") != 1 || count(results, "ALREADY_VOTED") != 49 {
		t.Errorf("50 parallel votes recorded %d: %v", votes, summary(results))
	}
}

func count(xs []string, want string) int {
	n := 0
	for _, x := range xs {
		if x == want {
			n++
		}
	}
	return n
}

func summary(xs []string) string {
	m := map[string]int{}
	for _, x := range xs {
		m[x]++
	}
	return fmt.Sprint(m)
}

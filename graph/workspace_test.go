package graph_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

func TestProposalLifecycle(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	editor := api.Login(seed.DemoEmail("editor", "dubrovnik"))
	sec := api.Login("secretariat@b40.demo")
	refused(t, api, api.Login(seed.DemoEmail("viewer", "dubrovnik")), createProposal, "createProposal",
		map[string]any{"in": map[string]any{"cityId": cityGID(api, "dubrovnik"), "title": "T", "body": en("B")}}, "FORBIDDEN")
	refused(t, api, editor, createProposal, "createProposal",
		map[string]any{"in": map[string]any{"cityId": cityGID(api, "split"), "title": "T", "body": en("B")}}, "FORBIDDEN")
	refused(t, api, editor, createProposal, "createProposal",
		map[string]any{"in": map[string]any{"cityId": cityGID(api, "dubrovnik"), "title": " ", "body": en("B")}}, "INVALID")

	id := newProposal(t, api, "dubrovnik", "Cruise ship limits", "PRIVATE")
	// Drafts are private: the secretariat cannot even see this one to review it.
	refused(t, api, sec, review, "reviewProposal", map[string]any{"id": id, "d": "ACCEPT"}, "NOT_FOUND")
	// A PRIVATE proposal cannot go to the network.
	refused(t, api, editor, submitProposal, "submitProposal", map[string]any{"id": id}, "INVALID")
	var up struct{ Proposal struct{ Version int } }
	if got := mutation(t, api, editor, updateProposal, "updateProposal", map[string]any{"in": map[string]any{"proposalId": id, "expectedVersion": 1, "visibility": "NETWORK", "title": "Cruise ship limits, revised"}}, &up); got != "OK" {
		t.Fatalf("update: %s", got)
	}
	refused(t, api, editor, updateProposal, "updateProposal", map[string]any{"in": map[string]any{"proposalId": id, "expectedVersion": 1, "title": "stale"}}, "CONFLICT")
	if got := mutation(t, api, editor, submitProposal, "submitProposal", map[string]any{"id": id}, nil); got != "OK" {
		t.Fatalf("submit: %s", got)
	}
	refused(t, api, editor, submitProposal, "submitProposal", map[string]any{"id": id}, "RULE_VIOLATION")
	refused(t, api, editor, updateProposal, "updateProposal", map[string]any{"in": map[string]any{"proposalId": id, "expectedVersion": 3, "title": "late"}}, "RULE_VIOLATION")

	// Other cities endorse once each, never their own.
	refused(t, api, editor, endorse, "endorseProposal", map[string]any{"id": id, "c": cityGID(api, "dubrovnik")}, "RULE_VIOLATION")
	splitEditor := api.Login(seed.DemoEmail("editor", "split"))
	if got := mutation(t, api, splitEditor, endorse, "endorseProposal", map[string]any{"id": id, "c": cityGID(api, "split")}, nil); got != "OK" {
		t.Fatalf("endorse: %s", got)
	}
	refused(t, api, splitEditor, endorse, "endorseProposal", map[string]any{"id": id, "c": cityGID(api, "split")}, "DUPLICATE")
	refused(t, api, api.Login(seed.DemoEmail("viewer", "pula")), endorse, "endorseProposal", map[string]any{"id": id, "c": cityGID(api, "pula")}, "FORBIDDEN")

	// Review: the secretariat or the presidency; not an editor.
	refused(t, api, editor, review, "reviewProposal", map[string]any{"id": id, "d": "ACCEPT"}, "FORBIDDEN")
	if got := mutation(t, api, sec, review, "reviewProposal", map[string]any{"id": id, "d": "UNDER_REVIEW"}, nil); got != "OK" {
		t.Fatalf("under review: %s", got)
	}
	refused(t, api, sec, review, "reviewProposal", map[string]any{"id": id, "d": "UNDER_REVIEW"}, "RULE_VIOLATION")
	var acc struct {
		Proposal struct{ Status, DecisionNote string }
	}
	if got := mutation(t, api, sec, review, "reviewProposal", map[string]any{"id": id, "d": "ACCEPT"}, &acc); got != "OK" || acc.Proposal.Status != "ACCEPTED" {
		t.Fatalf("accept: %s %+v", got, acc)
	}
	refused(t, api, editor, withdraw, "withdrawProposal", map[string]any{"id": id}, "RULE_VIOLATION")
	refused(t, api, sec, review, "reviewProposal", map[string]any{"id": id, "d": "DECLINE"}, "RULE_VIOLATION")

	// Withdrawal before a decision.
	other := newProposal(t, api, "dubrovnik", "Old town parking", "NETWORK")
	mutation(t, api, editor, submitProposal, "submitProposal", map[string]any{"id": other}, nil)
	if got := mutation(t, api, editor, withdraw, "withdrawProposal", map[string]any{"id": other}, nil); got != "OK" {
		t.Errorf("withdraw: %s", got)
	}
	refused(t, api, editor, withdraw, "withdrawProposal", map[string]any{"id": other}, "RULE_VIOLATION")
	refused(t, api, sec, review, "reviewProposal", map[string]any{"id": other, "d": "ACCEPT"}, "RULE_VIOLATION")

	// The presidency reviews, but not its own city's proposals.
	pres := presidencyFixture(t, api)
	own := newProposal(t, api, "belgrade", "Belgrade river banks", "NETWORK")
	mutation(t, api, api.Login(seed.DemoEmail("editor", "belgrade")), submitProposal, "submitProposal", map[string]any{"id": own}, nil)
	refused(t, api, pres, review, "reviewProposal", map[string]any{"id": own, "d": "ACCEPT"}, "RULE_VIOLATION")
	third := newProposal(t, api, "pula", "Pula arena lighting", "PUBLIC")
	mutation(t, api, api.Login(seed.DemoEmail("editor", "pula")), submitProposal, "submitProposal", map[string]any{"id": third}, nil)
	if got := mutation(t, api, pres, review, "reviewProposal", map[string]any{"id": third, "d": "DECLINE"}, nil); got != "OK" {
		t.Errorf("presidency decline: %s", got)
	}

	// The accepted proposal becomes a recommendation, once.
	var rec struct {
		Recommendation struct {
			ID     string
			Source struct{ Proposal struct{ ID string } }
		}
	}
	if got := mutation(t, api, sec, adoptRec, "adoptRecommendation", map[string]any{"in": map[string]any{"title": "Limit cruise calls", "body": en("Cities set caps."), "sourceProposalId": id}}, &rec); got != "OK" {
		t.Fatalf("adopt recommendation: %s", got)
	}
	if rec.Recommendation.Source.Proposal.ID != id {
		t.Errorf("source %+v", rec.Recommendation.Source)
	}
	refused(t, api, sec, adoptRec, "adoptRecommendation", map[string]any{"in": map[string]any{"title": "Again", "body": en("x"), "sourceProposalId": id}}, "DUPLICATE")
	refused(t, api, sec, adoptRec, "adoptRecommendation", map[string]any{"in": map[string]any{"title": "From declined", "body": en("x"), "sourceProposalId": third}}, "RULE_VIOLATION")
	refused(t, api, sec, adoptRec, "adoptRecommendation", map[string]any{"in": map[string]any{"title": "From nothing", "body": en("x")}}, "INVALID")
	refused(t, api, editor, adoptRec, "adoptRecommendation", map[string]any{"in": map[string]any{"title": "Mine", "body": en("x"), "sourceProposalId": id}}, "FORBIDDEN")
	var p struct {
		Node struct {
			Recommendation struct{ ID string }
			Endorsements   []struct{ Slug string }
		}
	}
	api.As(editor, `query($id: ID!) { node(id: $id) { ... on Proposal { recommendation { id } endorsements { slug } } } }`, map[string]any{"id": id}).Decode(t, &p)
	if p.Node.Recommendation.ID != rec.Recommendation.ID || len(p.Node.Endorsements) != 1 || p.Node.Endorsements[0].Slug != "split" {
		t.Errorf("proposal links %+v", p.Node)
	}
}

// recommendation returns the demo's sample recommendation.
func sampleRecommendation(t *testing.T, api *apitest.API) string {
	var out struct {
		Recommendations struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	api.MustQuery(&out, `{ recommendations { edges { node { id } } } }`, nil)
	return out.Recommendations.Edges[0].Node.ID
}

func TestImplementationRulesAndTimeline(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	rec := sampleRecommendation(t, api)
	editor := api.Login(seed.DemoEmail("editor", "kotor"))
	var out struct{ Implementation created }
	in := map[string]any{"cityId": cityGID(api, "kotor"), "recommendationId": rec, "plannedStart": "2025-01-01", "plannedEnd": "2025-12-31"}
	if got := mutation(t, api, editor, commit, "commitToRecommendation", map[string]any{"in": in}, &out); got != "OK" {
		t.Fatalf("commit: %s", got)
	}
	refused(t, api, editor, commit, "commitToRecommendation", map[string]any{"in": in}, "DUPLICATE")
	bad := map[string]any{"cityId": cityGID(api, "kotor"), "recommendationId": rec, "plannedStart": "2025-12-01", "plannedEnd": "2025-01-01"}
	refused(t, api, editor, commit, "commitToRecommendation", map[string]any{"in": bad}, "INVALID")
	id := out.Implementation.ID

	step := func(version int, fields map[string]any) string {
		fields["implementationId"], fields["expectedVersion"] = id, version
		return mutation(t, api, editor, updateImpl, "updateImplementation", map[string]any{"in": fields}, nil)
	}
	if got := step(1, map[string]any{"status": "IN_PROGRESS", "progress": 30, "note": "Started", "evidenceUrls": []string{"https://kotor.example/plan.pdf"}}); got != "OK" {
		t.Fatalf("progress: %s", got)
	}
	for name, c := range map[string]struct {
		fields map[string]any
		want   string
	}{
		"stale version":              {map[string]any{"progress": 40}, "CONFLICT"},
		"progress over 100":          {map[string]any{"progress": 101}, "INVALID"},
		"completed below 100":        {map[string]any{"status": "COMPLETED", "progress": 90}, "INVALID"},
		"suspended changes progress": {map[string]any{"status": "SUSPENDED", "progress": 10}, "INVALID"},
		"evidence not a URL":         {map[string]any{"evidenceUrls": []string{"javascript:alert(1)"}}, "INVALID_INPUT"},
	} {
		version := 2
		if name == "stale version" {
			version = 1
		}
		before := fingerprint(t, api)
		if got := step(version, c.fields); got != c.want {
			t.Errorf("%s: %s, want %s", name, got, c.want)
		}
		if fingerprint(t, api) != before {
			t.Errorf("%s changed data", name)
		}
	}
	if got := step(2, map[string]any{"status": "SUSPENDED"}); got != "OK" {
		t.Fatalf("suspend: %s", got)
	}
	var done struct{ Implementation struct{ Progress int } }
	mutation(t, api, editor, updateImpl, "updateImplementation", map[string]any{"in": map[string]any{"implementationId": id, "expectedVersion": 3, "status": "COMPLETED"}}, &done)
	if done.Implementation.Progress != 100 {
		t.Errorf("COMPLETED must mean 100, got %d", done.Implementation.Progress)
	}
	if got := step(4, map[string]any{"status": "IN_PROGRESS", "progress": 50}); got != "RULE_VIOLATION" {
		t.Errorf("a completed implementation reopened: %s", got)
	}
	// The timeline keeps every step, newest first, and was never rewritten.
	var tl struct {
		Node struct {
			Updates struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Status       string
						Progress     int
						EvidenceUrls []string
						Author       *struct{ Email string }
					}
				}
			}
			LatestUpdate struct{ Status string }
		}
	}
	api.As(editor, `query($id: ID!) { node(id: $id) { ... on Implementation { updates { totalCount edges { node { status progress evidenceUrls author { email } } } }
		latestUpdate { status } } } }`, map[string]any{"id": id}).Decode(t, &tl)
	u := tl.Node.Updates
	if u.TotalCount != 4 || u.Edges[0].Node.Status != "COMPLETED" || u.Edges[3].Node.Status != "PLANNED" || tl.Node.LatestUpdate.Status != "COMPLETED" ||
		len(u.Edges[2].Node.EvidenceUrls) != 1 || u.Edges[2].Node.Author == nil {
		t.Errorf("timeline %+v", tl.Node)
	}
	// Once closed, the city may commit again.
	if got := mutation(t, api, editor, commit, "commitToRecommendation", map[string]any{"in": in}, nil); got != "OK" {
		t.Errorf("commit after completion: %s", got)
	}
}

// Two updates from the same version: exactly one wins, the other is told CONFLICT.
func TestLostUpdateIsPrevented(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	editor := api.Login(seed.DemoEmail("editor", "split"))
	var list struct {
		City struct {
			Implementations struct {
				Edges []struct {
					Node struct {
						ID      string
						Version int
					}
				}
			}
		}
	}
	api.As(editor, `{ city(slug: "split") { implementations { edges { node { id version } } } } }`, nil).Decode(t, &list)
	im := list.City.Implementations.Edges[0].Node
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = mutation(t, api, editor, updateImpl, "updateImplementation",
				map[string]any{"in": map[string]any{"implementationId": im.ID, "expectedVersion": im.Version, "progress": 10 + i}}, nil)
		}()
	}
	wg.Wait()
	if count(results, "OK") != 1 || count(results, "CONFLICT") != len(results)-1 {
		t.Errorf("concurrent updates: %v", summary(results))
	}
}

func TestIdempotentCreates(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	editor := api.Login(seed.DemoEmail("editor", "bijeljina"))
	in := map[string]any{"cityId": cityGID(api, "bijeljina"), "title": "Flood maps", "body": en("Shared flood maps."), "idempotencyKey": "req-1"}
	var a, b struct{ Proposal created }
	mutation(t, api, editor, createProposal, "createProposal", map[string]any{"in": in}, &a)
	mutation(t, api, editor, createProposal, "createProposal", map[string]any{"in": in}, &b)
	if a.Proposal.ID == "" || a.Proposal.ID != b.Proposal.ID {
		t.Fatalf("retry created another: %s %s", a.Proposal.ID, b.Proposal.ID)
	}
	in["title"] = "Something else"
	refused(t, api, editor, createProposal, "createProposal", map[string]any{"in": in}, "INVALID")

	// Concurrent retries of one create: one row.
	pin := map[string]any{"cityId": cityGID(api, "bijeljina"), "title": "River clean-up", "body": en("Volunteers."), "idempotencyKey": "req-2"}
	var wg sync.WaitGroup
	ids := make([]string, 10)
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out struct{ Practice created }
			mutation(t, api, editor, createPractice, "createPractice", map[string]any{"in": pin}, &out)
			ids[i] = out.Practice.ID
		}()
	}
	wg.Wait()
	var n int
	if err := api.DB.NewRaw("SELECT count(*) FROM practice WHERE title = 'River clean-up'").Scan(t.Context(), &n); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if id != ids[0] || id == "" {
			t.Fatalf("retries answered different practices: %v", ids)
		}
	}
	if n != 1 {
		t.Errorf("%d rows for one idempotency key", n)
	}
	// Keys belong to their user: another user's same key is a new create.
	other := api.Login(seed.DemoEmail("admin", "bijeljina"))
	var c struct{ Practice created }
	mutation(t, api, other, createPractice, "createPractice", map[string]any{"in": pin}, &c)
	if c.Practice.ID == ids[0] {
		t.Error("another user's key returned the first user's result")
	}
}

func TestPracticeSearchAndAdoption(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	mugla := newPractice(t, api, "edirne", "Cooperation with Muğla", "Joint tourism routes with Muğla province.", "PUBLIC")
	newPractice(t, api, "laktasi", "Sarajeva saradnja", "Projekat sa gradom Sarajeva o prevozu.", "NETWORK")
	newPractice(t, api, "podgorica", "Adapting bus stops", "Shade for waiting passengers; heat adaptation measures.", "PUBLIC")
	secret := newPractice(t, api, "kotor", "Kotor private pilot on Muğla ferries", "Private pilot.", "PRIVATE")

	search := `query($q: String!) { practices(filter: {search: $q}) { totalCount edges { node { id title city { slug } } } } }`
	type result struct {
		Practices struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID, Title string
					City      struct{ Slug string }
				}
			}
		}
	}
	find := func(token, q string) result {
		var r result
		api.As(token, search, map[string]any{"q": q}).Decode(t, &r)
		return r
	}
	editor := api.Login(seed.DemoEmail("editor", "athens"))
	if r := find(editor, "Mugla"); r.Practices.TotalCount != 1 || r.Practices.Edges[0].Node.ID != mugla {
		t.Errorf("Mugla: %+v", r.Practices)
	}
	// No stemmer maps Sarajeva to Sarajevo; trigram word similarity does, ranked below the exact match.
	r := find(editor, "Sarajevo")
	foundInflection := false
	for _, e := range r.Practices.Edges {
		foundInflection = foundInflection || strings.Contains(e.Node.Title, "Sarajeva")
	}
	if !foundInflection || !strings.Contains(r.Practices.Edges[0].Node.Title, "Sarajevo") {
		t.Errorf("Sarajevo: %+v", r.Practices)
	}
	if r := find(editor, "adaptation"); r.Practices.TotalCount < 1 {
		t.Errorf("adaptation: %+v", r.Practices)
	}
	// A PRIVATE practice is found only by its own city, whoever searches.
	kotor := api.Login(seed.DemoEmail("viewer", "kotor"))
	if r := find(kotor, "Muğla"); r.Practices.TotalCount != 2 {
		t.Errorf("kotor sees %d Muğla practices, want 2", r.Practices.TotalCount)
	}
	for _, who := range []string{editor, api.Login("secretariat@b40.demo"), api.Login("analyst@b40.demo")} {
		r := find(who, "Muğla")
		for _, e := range r.Practices.Edges {
			if e.Node.ID == secret {
				t.Errorf("a private practice leaked into search: %+v", e)
			}
		}
	}
	var anon result
	api.MustQuery(&anon, search, map[string]any{"q": "pilot"})
	if anon.Practices.TotalCount != 0 {
		t.Errorf("the public found %+v", anon.Practices)
	}

	// Adopted by three cities, one of them privately.
	for _, c := range []struct{ slug, visibility string }{{"athens", "NETWORK"}, {"split", "PUBLIC"}, {"kotor", "PRIVATE"}} {
		if got := mutation(t, api, api.Login(seed.DemoEmail("editor", c.slug)), adoptPractice, "adoptPractice",
			map[string]any{"id": mugla, "c": cityGID(api, c.slug), "v": c.visibility}, nil); got != "OK" {
			t.Fatalf("%s adopts: %s", c.slug, got)
		}
	}
	refused(t, api, api.Login(seed.DemoEmail("editor", "athens")), adoptPractice, "adoptPractice", map[string]any{"id": mugla, "c": cityGID(api, "athens")}, "DUPLICATE")
	refused(t, api, api.Login(seed.DemoEmail("editor", "edirne")), adoptPractice, "adoptPractice", map[string]any{"id": mugla, "c": cityGID(api, "edirne")}, "INVALID")
	adoptions := `query($id: ID!) { node(id: $id) { ... on Practice { adoptions { city { slug } sourcePractice { id } } } } }`
	seen := func(token string) int {
		var out struct {
			Node struct {
				Adoptions []struct {
					City           struct{ Slug string }
					SourcePractice struct{ ID string }
				}
			}
		}
		r := api.Query(adoptions, map[string]any{"id": mugla}, apitest.Bearer(token))
		if token == "" {
			r = api.Query(adoptions, map[string]any{"id": mugla})
		}
		r.Decode(t, &out)
		for _, a := range out.Node.Adoptions {
			if a.SourcePractice.ID != mugla {
				t.Errorf("adoption does not point back: %+v", a)
			}
		}
		return len(out.Node.Adoptions)
	}
	for who, want := range map[string]int{kotor: 3, editor: 2, api.Login(seed.DemoEmail("editor", "edirne")): 2, api.Login("secretariat@b40.demo"): 2, "": 1} {
		if got := seen(who); got != want {
			t.Errorf("sees %d adoptions, want %d", got, want)
		}
	}
}

func TestTranslationsKeepHumanAndMachineApart(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	editor := api.Login(seed.DemoEmail("editor", "belgrade"))
	body := []any{
		map[string]any{"locale": "sr", "text": "Zeleni krovovi"},
		map[string]any{"locale": "en", "text": "Green roofs", "machine": true},
		map[string]any{"locale": "tr", "text": "Yeşil çatılar"},
	}
	var out struct{ Proposal created }
	mutation(t, api, editor, createProposal, "createProposal", map[string]any{"in": map[string]any{"cityId": cityGID(api, "belgrade"), "title": "Green roofs", "body": body}}, &out)
	var p struct {
		Node struct {
			Body struct {
				Locale, Sr, Plain, De string
				Translations          []struct {
					Locale  string
					Machine bool
				}
			}
		}
	}
	api.As(editor, `query($id: ID!) { node(id: $id) { ... on Proposal { body { locale sr: text(locale: "sr") plain: text de: text(locale: "de") translations { locale machine } } } } }`,
		map[string]any{"id": out.Proposal.ID}).Decode(t, &p)
	b := p.Node.Body
	if b.Locale != "sr" || b.Sr != "Zeleni krovovi" || b.Plain != "Green roofs" || b.De != "Green roofs" || len(b.Translations) != 3 || !b.Translations[1].Machine {
		t.Errorf("body %+v", b)
	}
}

// A page of practices with their cities and adoptions costs the same number of statements
// whatever its size: every relation comes through a per-request loader.
func TestPracticePageStatementsDoNotGrowWithPageSize(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	if _, err := api.DB.ExecContext(t.Context(), `INSERT INTO practice (city_id, title, body, visibility, status, published_at)
		SELECT c.id, 'Bulk practice ' || g, '{"locale":"en","translations":[{"locale":"en","text":"x","machine":false}]}', 'PUBLIC', 'PUBLISHED', now() - g * interval '1 minute'
		FROM city c, generate_series(1, 4) g`); err != nil {
		t.Fatal(err)
	}
	q := `query($n: Int!) { practices(first: $n) { edges { node { title city { name country } adoptions { city { slug } status } workingGroups { slug } } } } }`
	counts := map[int][2]int64{}
	token := api.Login(seed.DemoEmail("editor", "athens"))
	for _, n := range []int{5, 50} {
		body := []byte(`{"query":` + quote(q) + `,"variables":{"n":` + itoa(n) + `}}`)
		// The practices resolver primes its nodes' relations (lookahead), so no batch window can
		// split under load: every one of three runs has the same shape.
		for try := 0; try < 3; try++ {
			var c *dbCount
			r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: apitest.Bearer(token), Count: &c})
			if r.Status != 200 || len(r.Errors) > 0 {
				t.Fatalf("%s", r.Body)
			}
			counts[n] = [2]int64{max(counts[n][0], c.All.Load()), max(counts[n][1], c.Data.Load())}
		}
	}
	t.Logf("statements for 5 practices: %v (all, data); for 50: %v", counts[5], counts[50])
	// One statement per relation at most: the list, cities, adoptions, groups, and the
	// adoptions' cities (merged into the first city batch when both fall in one loader window).
	// Never one per practice.
	for n, c := range counts {
		if c[1] > 6 || c[0] > 6+4*3 {
			t.Errorf("%d practices took %v statements (all, data): more than one per relation", n, c)
		}
	}
}

// Cities with their first practices: one statement for the cities, one for all their
// practices, whatever the number of cities, every time: the cities resolver primes the
// practices' loader (lookahead), so no batch window can split it. The body is read only when
// it is selected. (On the resolvers' path: with nested reads on, this shape is one statement,
// see TestNestedReadsAnswerAsTheResolversDo.)
func TestCitiesWithPracticesCostTwoDataStatements(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{PerFieldOnly: true})
	if _, err := api.DB.ExecContext(t.Context(), `INSERT INTO practice (city_id, title, body, visibility, status, published_at)
		SELECT c.id, 'Bulk practice ' || g, '{"locale":"en","translations":[{"locale":"en","text":"x","machine":false}]}', 'PUBLIC', 'PUBLISHED', now() - g * interval '1 minute'
		FROM city c, generate_series(1, 12) g`); err != nil {
		t.Fatal(err)
	}
	q := `query($n: Int!) { cities(first: $n) { edges { node { name practices(first: 10) { edges { node { title } } pageInfo { hasNextPage } } } } } }`
	var data []int64
	for _, n := range []int{3, 17} {
		body := []byte(`{"query":` + quote(q) + `,"variables":{"n":` + itoa(n) + `}}`)
		most := int64(0)
		var r *apitest.Response
		for try := 0; try < 3; try++ {
			var c *dbCount
			r = api.Do(apitest.Request{Body: body, ContentType: "application/json", Count: &c})
			most = max(most, c.Data.Load())
		}
		var out struct {
			Cities struct {
				Edges []struct {
					Node struct {
						Practices struct {
							Edges    []any
							PageInfo struct{ HasNextPage bool }
						}
					}
				}
			}
		}
		r.Decode(t, &out)
		for _, e := range out.Cities.Edges {
			if len(e.Node.Practices.Edges) != 10 || !e.Node.Practices.PageInfo.HasNextPage {
				t.Fatalf("a city's page: %+v", e.Node.Practices)
			}
		}
		data = append(data, most)
	}
	t.Logf("data statements for 3 and 17 cities: %v", data)
	for _, d := range data {
		if d != 2 {
			t.Errorf("data statements %v: want 2 (the cities, their practices) every time, whatever the number of cities", data)
		}
	}
	withBody := `{ cities(first: 2) { edges { node { practices(first: 1) { edges { node { title body { text } } } } } } } }`
	var out struct {
		Cities struct {
			Edges []struct {
				Node struct {
					Practices struct {
						Edges []struct {
							Node struct{ Body struct{ Text string } }
						}
					}
				}
			}
		}
	}
	api.MustQuery(&out, withBody, nil)
	if len(out.Cities.Edges) != 2 || out.Cities.Edges[0].Node.Practices.Edges[0].Node.Body.Text != "x" {
		t.Errorf("a selected body was not read: %+v", out)
	}
}

// A page of implementations with their cities, recommendations and latest updates costs one
// data statement per relation, whatever its size and however many run at once: the
// implementations resolver primes its nodes' loaders (lookahead), so no batch window can split.
func TestImplementationPageStatementsArePerRelation(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	if _, err := api.DB.ExecContext(t.Context(), `
		WITH im AS (INSERT INTO implementation (city_id, recommendation_id, visibility, status, progress)
			SELECT c.id, (SELECT min(id) FROM recommendation), 'NETWORK', 'IN_PROGRESS', 10 FROM city c
			ON CONFLICT DO NOTHING RETURNING city_id, id)
		INSERT INTO implementation_update (city_id, implementation_id, status, progress, note)
		SELECT city_id, id, 'IN_PROGRESS', 10, 'started' FROM im`); err != nil {
		t.Fatal(err)
	}
	q := `query($n: Int!) { implementations(first: $n) { edges { node { progress city { name } recommendation { title } latestUpdate { at note } } } } }`
	token := api.Login("secretariat@b40.demo")
	data := map[int]int64{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, n := range []int{2, 50} {
		body := []byte(`{"query":` + quote(q) + `,"variables":{"n":` + itoa(n) + `}}`)
		for range 4 {
			wg.Go(func() {
				var c *dbCount
				r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: apitest.Bearer(token), Count: &c})
				var out struct{ Implementations struct{ Edges []any } }
				r.Decode(t, &out)
				if n == 50 && len(out.Implementations.Edges) < 17 {
					t.Errorf("only %d implementations", len(out.Implementations.Edges))
				}
				mu.Lock()
				defer mu.Unlock()
				if d, seen := data[n]; seen && d != c.Data.Load() {
					t.Errorf("first %d: %d data statements, then %d", n, d, c.Data.Load())
				}
				data[n] = c.Data.Load()
			})
		}
	}
	wg.Wait()
	// The token's look-up, the page, its cities, recommendations and latest updates.
	if data[2] != 5 || data[50] != 5 {
		t.Errorf("data statements: %v, want 5 for every page size", data)
	}
}

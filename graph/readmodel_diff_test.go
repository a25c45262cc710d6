package graph_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/readmodel"
	"github.com/b40-network/workspace/internal/seed"
)

// inlineFields selects every field of typ's declaration that SQL may answer (columns and the
// ID), so a field declared later is compared without anyone adding it here.
func inlineFields(t *testing.T, typ string) string {
	t.Helper()
	return inlineFieldsAtLeast(t, typ, 3)
}

// inlineFieldsAtLeast is inlineFields of a type of fewer fields (at least n inline).
func inlineFieldsAtLeast(t *testing.T, typ string, n int) string {
	t.Helper()
	rt := readmodel.Lookup(typ)
	if rt == nil || rt.Fields == nil {
		t.Fatalf("%s declares no fields", typ)
	}
	var names []string
	for _, f := range rt.Fields {
		switch {
		case f.Kind == readmodel.Translated:
			// Its text in the request's languages and in one asked for, its original and
			// every translation.
			names = append(names, f.Name+` { __typename text locale translations { __typename locale text machine } sr: text(locale: "sr") }`)
		case f.Inline():
			names = append(names, f.Name)
		}
	}
	if len(names) < n {
		t.Fatalf("%s: only %v inline", typ, names)
	}
	return strings.Join(names, " ")
}

// Issue 23.2: the differential test of the nested reads, built from the declarations. Every
// declared inline field of City and Practice, through every declared relation the nested reads
// inline (a city's practices, a practice's city), in pages, under node(id) of both types
// (private practices and drafts of two cities among them), in two languages, with control
// characters and non-ASCII text in the data, for the five kinds of viewer (anonymous, a city
// viewer and a city editor, a city admin, the secretariat, an analyst signed in and by API token): the nested read
// (one data statement, checked, so the comparison is never of the resolvers with themselves)
// and the resolvers answer the same decoded JSON. PostgreSQL escapes some control characters
// otherwise than gqlgen (\b against \u0008), so bytes may differ where values do not.
func TestNestedReadsAnswerEveryDeclaredField(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	perField := apitest.NewOn(t, api.DB, apitest.Options{PerFieldOnly: true})
	ctx := t.Context()
	odd := "ctl\x01\x08\x0c\t\n\r\x1f \"q\" \\ <&> İstanbul ğüşöç Αθήνα 🌍 \u2028"
	if _, err := api.DB.ExecContext(ctx, `UPDATE city SET local_name = ? || slug, mayor_name = ?, website = 'https://example.org/' || slug || '?a=1&b=ü',
		population = CASE WHEN slug = 'athens' THEN NULL ELSE population END, member_since = DATE '2019-01-31'
		WHERE slug IN ('athens', 'tirana')`, odd, odd); err != nil {
		t.Fatal(err)
	}
	// Names that page cursors escape: Go's encoding/json writes <, >, & and U+2028 as \u escapes.
	if _, err := api.DB.ExecContext(ctx, `UPDATE city SET name = name || ' <&> ' || chr(8232) || ' "ü" \ 50%_' WHERE slug IN ('athens', 'sofia')`); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO practice (city_id, title, summary, body, visibility, status, published_at, sdgs, links, results, contact, created_at)
		SELECT c.id, v || ' ' || s || ' ' || ? || c.slug, CASE WHEN v = 'PUBLIC' THEN NULL ELSE ? END,
			'{"locale":"tr","translations":[{"locale":"tr","text":"Türkçe","machine":false},{"locale":"en","text":"English","machine":true}]}', v, s,
			CASE WHEN s = 'PUBLISHED' THEN timestamptz '2026-03-01 10:11:12.3405+00' + (random() * interval '30 days') END,
			ARRAY[3, 11, 17], ARRAY['https://example.org/ü?x=1&y=2'], ?, NULL, timestamptz '2026-01-01 00:00:00+00'
		FROM city c, unnest(ARRAY['PRIVATE', 'NETWORK', 'PUBLIC']) v, unnest(ARRAY['DRAFT', 'PUBLISHED']) s
		WHERE c.slug IN ('athens', 'tirana') AND NOT (s = 'DRAFT' AND v <> 'PRIVATE')`, odd, odd, odd); err != nil {
		t.Fatal(err)
	}
	// Implementations of every visibility in both cities, of a recommendation (with odd text) and
	// of the other city's practices, with timelines.
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO recommendation (title, body, source_summit_id, adopted_on, source_decision)
		SELECT ?, '{"locale":"en","translations":[{"locale":"en","text":"x","machine":false}]}', min(id), DATE '2025-06-30', NULL FROM summit`, odd); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO implementation (city_id, recommendation_id, source_practice_city_id, source_practice_id, visibility, status, progress, planned_start, planned_end)
		SELECT c.id, NULL::bigint, p.city_id, p.id, v, 'IN_PROGRESS', 40, DATE '2026-01-01', NULL::date
		FROM city c, unnest(ARRAY['PRIVATE', 'NETWORK', 'PUBLIC']) v,
			LATERAL (SELECT city_id, id FROM practice p WHERE p.city_id <> c.id AND p.visibility = v AND p.city_id IN (SELECT id FROM city WHERE slug IN ('athens', 'tirana')) ORDER BY id LIMIT 1) p
		WHERE c.slug IN ('athens', 'tirana') AND v <> 'NETWORK'
		UNION ALL
		SELECT c.id, (SELECT max(id) FROM recommendation), NULL::bigint, NULL::bigint, 'NETWORK', 'PLANNED', 0, NULL::date, NULL::date FROM city c WHERE c.slug IN ('athens', 'tirana')`); err != nil {
		t.Fatal(err)
	}
	// Their authors: the city's admin, the secretariat, or none (whom a caller may see of them
	// is row-level security's).
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO implementation_update (city_id, implementation_id, at, status, progress, note, evidence_urls, author_user_id)
		SELECT im.city_id, im.id, timestamptz '2026-02-03 04:05:06.7+00' + n * interval '1 day 1.000001 second', 'IN_PROGRESS', 10 * n, ?, ARRAY['https://example.org/e?' || n],
			CASE n WHEN 3 THEN (SELECT m.user_id FROM city_membership m WHERE m.city_id = im.city_id AND m.role = 'CITY_ADMIN' ORDER BY m.user_id LIMIT 1)
				WHEN 2 THEN (SELECT id FROM app_user WHERE email = 'secretariat@b40.demo') END
		FROM implementation im, generate_series(1, 3) n`, odd); err != nil {
		t.Fatal(err)
	}
	// Proposals: private drafts, network and public ones under review, an accepted one that became
	// a recommendation.
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO proposal (city_id, title, summary, body, visibility, status, submitted_at, decided_at, decision_note)
		SELECT c.id, s || ' ' || v || ' ' || ?, ?, '{"locale":"en","translations":[{"locale":"en","text":"x","machine":false}]}', v, s,
			CASE WHEN s <> 'DRAFT' THEN timestamptz '2026-04-05 06:07:08.09+00' END, CASE WHEN s = 'ACCEPTED' THEN timestamptz '2026-05-06 07:08:09+00' END,
			CASE WHEN s = 'ACCEPTED' THEN ? END
		FROM city c, (VALUES ('PRIVATE', 'DRAFT'), ('NETWORK', 'UNDER_REVIEW'), ('PUBLIC', 'ACCEPTED')) x(v, s)
		WHERE c.slug IN ('athens', 'tirana')`, odd, odd, odd); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO recommendation (title, body, source_proposal_city_id, source_proposal_id, adopted_on)
		SELECT title, body, city_id, id, DATE '2026-05-06' FROM proposal WHERE status = 'ACCEPTED' AND title LIKE 'ACCEPTED PUBLIC ctl%'`); err != nil {
		t.Fatal(err)
	}
	// Working groups whose names exercise the choice of language (a human text before a
	// machine one, a regional tag, odd text, no English) and a temporary group past its end
	// (closed by the clock), with athens and tirana among their members; presidency terms of
	// the past, the present and the future.
	oddName := `{"locale":"tr","translations":[{"locale":"sr-Latn","text":"S mašina","machine":true},{"locale":"tr","text":` + quote(odd) +
		`,"machine":false},{"locale":"sr-Latn","text":"S čovek","machine":false},{"locale":"el","text":"Ελληνικά","machine":true}]}`
	if _, err := api.DB.ExecContext(ctx, `UPDATE working_group SET name = ?::jsonb, description = ? WHERE id = (SELECT min(id) FROM working_group)`, oddName, odd); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO working_group (slug, name, kind, ends_on, status, proposed_by, approved_at)
		VALUES ('odd-temporary', '{"locale":"el","translations":[{"locale":"el","text":"Προσωρινή","machine":false}]}', 'TEMPORARY', DATE '2020-01-31', 'ACTIVE', 'SECRETARIAT', timestamptz '2019-05-06 07:08:09.123+00')`); err != nil {
		t.Fatal(err)
	}
	// Schedules at the ends of months (Go's AddDate carries 31 November into December), held
	// regular meetings and in-person ones, an active group approved on the last day of August.
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO working_group_meeting (working_group_id, kind, starts_at, minutes)
		SELECT wg.id, k, at, CASE WHEN k = 'REGULAR' THEN 'held' END
		FROM working_group wg, (VALUES ('REGULAR', timestamptz '2025-01-31 23:30:00+00'), ('IN_PERSON', timestamptz '2024-10-31 10:00:00+00'),
			('EXTRA', timestamptz '2026-11-30 09:00:00+00')) m(k, at)
		WHERE wg.id = (SELECT min(id) FROM working_group)`); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `UPDATE working_group SET approved_at = timestamptz '2026-08-31 22:00:00+00'
		WHERE id = (SELECT max(id) FROM working_group WHERE status = 'ACTIVE' AND slug <> 'odd-temporary')`); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO working_group_member (city_id, working_group_id)
		SELECT c.id, wg.id FROM city c, working_group wg WHERE c.slug IN ('athens', 'tirana') AND (wg.slug = 'odd-temporary' OR wg.id = (SELECT min(id) FROM working_group))
		ON CONFLICT DO NOTHING`); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO presidency_term (city_id, year, mayor_name)
		SELECT id, CASE slug WHEN 'athens' THEN 2090 ELSE 2092 END, ? FROM city WHERE slug IN ('athens', 'tirana')`, odd); err != nil {
		t.Fatal(err)
	}
	// Endorsements of the proposals, two at the same moment (the order's tie-break) and a later one.
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO proposal_endorsement (city_id, proposal_id, endorser_city_id, endorsed_at)
		SELECT p.city_id, p.id, c.id, CASE WHEN c.slug = 'sofia' THEN timestamptz '2026-06-01 00:00:00+00' ELSE timestamptz '2026-05-01 00:00:00+00' END
		FROM proposal p, city c WHERE p.title LIKE '% ctl%' AND c.slug IN ('sofia', 'belgrade', 'skopje') AND c.id <> p.city_id`); err != nil {
		t.Fatal(err)
	}
	// An election in its second round: three candidates declared (two at the same moment: the
	// order's tie-break), votes for two of them, and a first round's candidate left behind.
	if _, err := api.DB.ExecContext(ctx, `WITH e AS (INSERT INTO presidency_election (summit_id, term_year, status, round)
			SELECT max(id), 2095, 'RUNOFF', 2 FROM summit RETURNING id)
		INSERT INTO presidency_candidate (city_id, election_id, round, declared_at)
		SELECT c.id, e.id, r, CASE WHEN c.slug = 'istanbul' THEN timestamptz '2026-01-02 00:00:00+00' ELSE timestamptz '2026-01-01 00:00:00+00' END
		FROM e, city c, (VALUES (1), (2)) v(r) WHERE c.slug IN ('athens', 'tirana', 'istanbul')`); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO presidency_vote (city_id, election_id, round, candidate_city_id)
		SELECT v.id, e.id, 2, CASE WHEN v.slug IN ('skopje', 'belgrade') THEN t.id ELSE s.id END
		FROM presidency_election e, city v, city t, city s
		WHERE e.term_year = 2095 AND t.slug = 'tirana' AND s.slug = 'istanbul' AND v.slug IN ('skopje', 'belgrade', 'split')`); err != nil {
		t.Fatal(err)
	}
	var proposals []struct{ CityID, ID int64 }
	if err := api.DB.NewRaw(`SELECT city_id, id FROM proposal WHERE title LIKE '% ctl%' ORDER BY city_id, id`).Scan(ctx, &proposals); err != nil || len(proposals) < 6 {
		t.Fatalf("%d proposals: %v", len(proposals), err)
	}
	var implementations []struct{ CityID, ID int64 }
	if err := api.DB.NewRaw(`SELECT city_id, id FROM implementation ORDER BY city_id, id`).Scan(ctx, &implementations); err != nil || len(implementations) < 4 {
		t.Fatalf("%d implementations: %v", len(implementations), err)
	}
	var recommendations []int64
	if err := api.DB.NewRaw(`SELECT id FROM recommendation ORDER BY id DESC LIMIT 3`).Scan(ctx, &recommendations); err != nil || len(recommendations) == 0 {
		t.Fatalf("%d recommendations: %v", len(recommendations), err)
	}
	var practices []struct{ CityID, ID int64 }
	if err := api.DB.NewRaw(`SELECT pt.city_id, pt.id FROM practice pt JOIN city c ON c.id = pt.city_id WHERE c.slug IN ('athens', 'tirana') ORDER BY pt.id`).
		Scan(ctx, &practices); err != nil || len(practices) < 8 {
		t.Fatalf("%d practices: %v", len(practices), err)
	}
	viewers := map[string]string{"anonymous": ""}
	for _, who := range []string{seed.DemoEmail("viewer", "tirana"), seed.DemoEmail("editor", "athens"), seed.DemoEmail("admin", "athens"),
		"secretariat@b40.demo", "analyst@b40.demo"} {
		viewers[who] = api.Login(who)
	}
	// And an analyst's API token.
	var tok struct {
		CreateAPIToken struct{ Token *string } `json:"createApiToken"`
	}
	api.As(viewers["analyst@b40.demo"], `mutation { createApiToken(input: {name: "notebook", role: ANALYST}) { token } }`, nil).Decode(t, &tok)
	if tok.CreateAPIToken.Token == nil {
		t.Fatal("no API token")
	}
	viewers["analyst's API token"] = *tok.CreateAPIToken.Token
	city, practice := inlineFields(t, "City"), inlineFields(t, "Practice")
	practicesOf := `practices(first: 4) { totalCount edges { node { ` + practice + ` city { ` + city + ` } } } pageInfo { hasNextPage hasPreviousPage } }`
	type ask struct{ query, vars string }
	asks := []ask{
		{`{ cities(first: 100) { totalCount edges { node { ` + city + ` practices(first: 4) { totalCount edges { node { id title visibility city { ` + city +
			` } } } pageInfo { hasNextPage hasPreviousPage } } } } pageInfo { hasNextPage } } }`, `{}`},
		{`query($id: ID!) { node(id: $id) { __typename ... on City { ` + city + ` ` + practicesOf + ` } } }`,
			`{"id":` + quote(apitest.ID("City", api.CityID("athens"))) + `}`},
	}
	page := `{ totalCount edges { cursor node { ` + city + ` } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } }`
	for _, v := range []string{`{"f":null,"o":null}`, `{"f":{"statuses":["ACTIVE"],"search":"a"},"o":{"field":"NAME","direction":"DESC"}}`,
		`{"f":{"search":"50%_"},"o":{"field":"NAME"}}`, `{"f":{"search":"%"},"o":null}`, `{"f":{"countries":["GR","AL"],"statuses":[]},"o":{"field":"NAME","direction":"ASC"}}`,
		`{"f":{"cityIds":[` + quote(apitest.ID("City", api.CityID("athens"))) + `,` + quote(apitest.ID("City", api.CityID("tirana"))) + `]},"o":null}`,
		`{"f":{"search":"no such city"},"o":null}`} {
		asks = append(asks, ask{`query($f: CityFilter, $o: CityOrder) { cities(first: 3, filter: $f, orderBy: $o) ` + page + ` }`, v})
	}
	for _, p := range practices {
		asks = append(asks, ask{`query($id: ID!) { node(id: $id) { __typename ... on Practice { ` + practice + ` city { ` + city + ` practices(first: 2) { edges { node { id title } } } } } } }`,
			`{"id":` + quote(apitest.ID("Practice", p.CityID, p.ID)) + `}`})
	}
	implementation, recommendation, update := inlineFields(t, "Implementation"), inlineFields(t, "Recommendation"), inlineFields(t, "ImplementationUpdate")
	for _, im := range implementations {
		asks = append(asks, ask{`query($id: ID!) { node(id: $id) { __typename ... on Implementation { ` + implementation + ` city { ` + city + ` } recommendation { ` + recommendation +
			` } sourcePractice { ` + practice + ` city { id name } } updates(first: 2) { totalCount edges { node { ` + update + ` author { __typename ` + inlineFields(t, "User") +
			` memberships { __typename role city { id name } } } } } pageInfo { hasNextPage } } } } }`,
			`{"id":` + quote(apitest.ID("Implementation", im.CityID, im.ID)) + `}`})
	}
	implPage := `query($f: ImplementationFilter) { implementations(first: 4, filter: $f) { totalCount edges { node { ` + implementation + ` city { id name } recommendation { ` + recommendation +
		` } sourcePractice { id title } updates(first: 2) { edges { node { ` + update + ` } } } } } pageInfo { hasNextPage hasPreviousPage } } }`
	athensID, tiranaID := quote(apitest.ID("City", api.CityID("athens"))), quote(apitest.ID("City", api.CityID("tirana")))
	for _, v := range []string{`{"f":null}`, `{"f":{"cityIds":[` + athensID + `]}}`, `{"f":{"cityIds":[` + athensID + `,` + tiranaID + `],"statuses":["IN_PROGRESS"]}}`,
		`{"f":{"visibilities":["PRIVATE","PUBLIC"],"statuses":[]}}`,
		`{"f":{"updatedFrom":"2000-01-01T00:00:00.5+02:00","updatedTo":"2099-01-01T00:00:00Z"}}`,
		`{"f":{"cityIds":[` + athensID + `],"statuses":["PLANNED","IN_PROGRESS"],"updatedTo":"2001-01-01T00:00:00Z"}}`} {
		asks = append(asks, ask{implPage, v})
	}
	proposal := inlineFields(t, "Proposal")
	propPage := `query($f: ProposalFilter) { proposals(first: 5, filter: $f) { totalCount edges { node { ` + proposal + ` city { id name } recommendation { ` + recommendation +
		` } } } pageInfo { hasNextPage hasPreviousPage } } }`
	for _, v := range []string{`{"f":null}`, `{"f":{"cityIds":[` + athensID + `]}}`, `{"f":{"cityIds":[` + athensID + `,` + tiranaID + `],"statuses":["DRAFT","ACCEPTED"]}}`,
		`{"f":{"visibilities":["PRIVATE","PUBLIC"]}}`} {
		asks = append(asks, ask{propPage, v})
	}
	// @include and @skip, applied when the fields are collected, keep a field on the fast path.
	asks = append(asks, ask{`query($c: Boolean!) { p: proposals(first: 3) @include(if: $c) { totalCount edges { node { id title @skip(if: $c) status @include(if: $c) } } } }`, `{"c":true}`})
	pracPage := `query($f: PracticeFilter) { practices(first: 5, filter: $f) { totalCount edges { node { ` + practice + ` city { id name } } } pageInfo { hasNextPage } } }`
	for _, v := range []string{`{"f":null}`, `{"f":{"cityIds":[` + athensID + `],"statuses":["DRAFT"]}}`, `{"f":{"statuses":["PUBLISHED"]}}`,
		`{"f":{"visibilities":["PRIVATE","NETWORK"],"cityIds":[` + athensID + `,` + tiranaID + `]}}`} {
		asks = append(asks, ask{pracPage, v})
	}
	for _, p := range proposals {
		asks = append(asks, ask{`query($id: ID!) { node(id: $id) { __typename ... on Proposal { ` + proposal + ` city { ` + city + ` } recommendation { ` + recommendation +
			` } endorsements { __typename id name slug } workingGroup { id slug name { text } } } } }`,
			`{"id":` + quote(apitest.ID("Proposal", p.CityID, p.ID)) + `}`})
	}
	for _, id := range recommendations {
		asks = append(asks, ask{`query($id: ID!) { node(id: $id) { __typename ... on Recommendation { ` + recommendation + ` adoption { __typename ` + inlineFields(t, "Adoption") +
			` } source { __typename proposal { id title visibility } workingGroup { id slug } summit { id year } } implementations(first: 3) { totalCount edges { node { id status city { id name } } } pageInfo { hasNextPage } } } } }`,
			`{"id":` + quote(apitest.ID("Recommendation", id)) + `}`})
	}
	// A city's page as the app asks for it: by slug, its practices, its presidency terms and
	// its working groups (lists of rows, one through the memberships), and a slug with no city.
	term, group := inlineFields(t, "PresidencyTerm"), inlineFields(t, "WorkingGroup")
	citySlugPage := `query($slug: String!) { city(slug: $slug) { __typename ` + city + ` ` + practicesOf + ` presidencyTerms { __typename ` + term +
		` city { id name } } workingGroups { __typename ` + group + ` } } }`
	for _, slug := range []string{"athens", "tirana", "sofia", "no-such-city"} {
		asks = append(asks, ask{citySlugPage, `{"slug":` + quote(slug) + `}`})
	}
	// Each ask in English, Turkish, and in Serbian then Greek (regional tags, machine texts).
	langs := []string{"en", "tr", "sr-Latn, el;q=0.8"}
	// Every declared type's root list, a first page; summits with their delegations, elections
	// and host cities; and root fields read together (one statement for the operation).
	for _, root := range readmodel.Roots() {
		rt := readmodel.ByRoot(root)
		if rt == nil || rt.RootGuard != nil {
			continue // a root field of one row (network), or one only some may list: asked below
		}
		cursors := ` cursor`
		if root == "recommendations" {
			cursors = "" // its cursor holds a day: the resolvers write it
		}
		asks = append(asks, ask{`{ ` + root + `(first: 5) { __typename totalCount edges { __typename` + cursors + ` node { __typename ` + inlineFields(t, rt.Name) +
			` } } pageInfo { hasNextPage hasPreviousPage } } }`, `{}`})
	}
	summit, election := inlineFields(t, "Summit"), inlineFields(t, "PresidencyElection")
	// Delegations' heads and members (a jsonb of people): odd text, no position, none on record.
	if _, err := api.DB.ExecContext(ctx, `UPDATE delegation SET members = jsonb_build_array(jsonb_build_object('name', ?::text, 'position', NULL),
			jsonb_build_object('name', 'B'), jsonb_build_object('name', 'C', 'position', ?::text)),
			head_name = CASE WHEN city_id % 2 = 0 THEN ?::text END, head_position = CASE WHEN city_id % 3 = 0 THEN 'Mayor' END
		WHERE id IN (SELECT id FROM delegation ORDER BY id LIMIT 6)`, odd, odd, odd); err != nil {
		t.Fatal(err)
	}
	summits := `summits(first: 20) { edges { node { ` + summit + ` hostCity { id name slug } delegations { __typename id city { id name } summit { id year } ` +
		`head { __typename name position } members { __typename name position } } election { ` +
		election + ` winner { id name } summit { id title } } } } }`
	asks = append(asks, ask{`{ ` + summits + ` }`, `{}`},
		ask{`query($slug: String!) { terms: presidencyTerms(first: 20) { edges { node { id year status city { id name slug } } } } ` + summits +
			` workingGroups(first: 50) { edges { node { id slug name { text } status kind } } } city(slug: $slug) { id name } ` +
			`missing: city(slug: "no-such-city") { id } p: practices(first: 2) { totalCount } }`, `{"slug":"athens"}`})
	// Searches of the practices alone, in relevance order both ways: words of the odd text,
	// accents, a misspelling (trigrams), no match.
	searches := []string{`{"s":"ctl","o":null}`, `{"s":"  istanbul  ","o":{"field":"RELEVANCE"}}`, `{"s":"Türkçe","o":{"field":"RELEVANCE","direction":"ASC"}}`,
		`{"s":"enrgy","o":null}`, `{"s":"qqzzxxnomatch","o":null}`, `{"s":"PUBLIC PUBLISHED","o":{"field":"RELEVANCE","direction":"DESC"}}`}
	for _, v := range searches {
		asks = append(asks, ask{`query($s: String, $o: PracticeOrder) { practices(first: 3, filter: {search: $s}, orderBy: $o) { totalCount edges { node { ` + practice +
			` city { id name } } } pageInfo { hasNextPage hasPreviousPage } } }`, v})
	}
	// The desk's working groups by effective status, kind and city, and its elections' candidates.
	for _, v := range []string{`{"f":{"statuses":["PROPOSED","ACTIVE"],"kinds":["PERMANENT","TEMPORARY"]}}`, `{"f":{"statuses":["CLOSED"]}}`,
		`{"f":{"cityIds":[` + athensID + `],"kinds":[]}}`} {
		asks = append(asks, ask{`query($f: WorkingGroupFilter) { workingGroups(first: 50, filter: $f) { totalCount edges { cursor node { ` + group + ` } } } }`, v})
	}
	asks = append(asks, ask{`{ summits(first: 10) { edges { node { id election { id round status candidates { __typename votes city { id name } } votesCast eligibleVoters } } } } }`, `{}`})
	// Working groups with their members and meetings, as the network's page asks.
	meeting := inlineFields(t, "WorkingGroupMeeting")
	asks = append(asks, ask{`{ workingGroups(first: 50) { edges { node { ` + group + ` members { __typename focalPoint joinedAt city { id name } } ` +
		`meetings(first: 3) { totalCount edges { node { ` + meeting + ` workingGroup { id slug } requestedBy { id } } } pageInfo { hasNextPage } } } } } }`, `{}`})
	// The network's one row, with its relations (the current presidency by the clock), alone and
	// beside a list of cities as the app asks.
	network := `network { __typename ` + inlineFields(t, "Network") + ` secretariatCity { id name } currentPresidency { id year status city { id name } electedAt { title year } } }`
	asks = append(asks, ask{`{ ` + network + ` }`, `{}`},
		ask{`{ cities(first: 100, orderBy: {field: NAME}) { edges { node { id name } } } ` + network + ` }`, `{}`})
	// A meeting's page as the app asks for it, for meetings past, to come and cancelled: its
	// agenda (a private proposal of athens among the items), its answers and the caller's own,
	// what the caller may do, its invitees, its attendance and its minutes (items of odd text
	// referring to an agenda item, decisions one of which became a recommendation, action items
	// with and without their owner and day), approved and in draft.
	if _, err := api.DB.ExecContext(ctx, `WITH g AS (SELECT min(id) AS id FROM working_group)
		INSERT INTO working_group_meeting (working_group_id, kind, starts_at, status)
		SELECT g.id, 'EXTRA', now() + n * interval '10 days', CASE n WHEN 2 THEN 'CANCELLED' ELSE 'SCHEDULED' END FROM g, generate_series(1, 2) n`); err != nil {
		t.Fatal(err)
	}
	var meetings []int64
	if err := api.DB.NewRaw(`SELECT id FROM working_group_meeting WHERE working_group_id = (SELECT min(id) FROM working_group) ORDER BY starts_at`).Scan(ctx, &meetings); err != nil || len(meetings) < 5 {
		t.Fatalf("%d meetings: %v", len(meetings), err)
	}
	held, drafted, coming := meetings[1], meetings[0], meetings[len(meetings)-2]
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO meeting_agenda_item (meeting_id, position, title, description, proposal_city_id, proposal_id, recommendation_id, added_by_city_id)
		SELECT m, p, CASE p WHEN 1 THEN ? ELSE 'Item ' || p END, CASE WHEN p = 2 THEN ? END,
			CASE p WHEN 1 THEN (SELECT city_id FROM proposal WHERE visibility = 'PRIVATE' AND city_id = ? ORDER BY id LIMIT 1) END,
			CASE p WHEN 1 THEN (SELECT id FROM proposal WHERE visibility = 'PRIVATE' AND city_id = ? ORDER BY id LIMIT 1) END,
			CASE p WHEN 2 THEN (SELECT min(id) FROM recommendation) END, CASE WHEN p < 3 THEN ?::bigint END
		FROM unnest(ARRAY[?, ?, ?]::bigint[]) m, generate_series(1, 3) p`, odd, odd, api.CityID("athens"), api.CityID("athens"), api.CityID("athens"), held, drafted, coming); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO recommendation (title, body, source_working_group_id, source_meeting_id, source_decision, adopted_on)
		SELECT ?, '{"locale":"en","translations":[{"locale":"en","text":"x","machine":false}]}', working_group_id, id, 'd1', DATE '2026-02-01'
		FROM working_group_meeting WHERE id = ?`, odd, held); err != nil {
		t.Fatal(err)
	}
	items := `[{"agendaItemId": %d, "title": %s, "notes": %s, "decisions": [{"key": "d1", "text": %s}, {"key": "d2", "text": "x"}],
		"actions": [{"text": %s, "ownerCityId": %d, "dueOn": "2026-02-28"}, {"text": "no owner"}]},
		{"title": "Other", "notes": "", "decisions": [], "actions": []}, {"agendaItemId": 999999999, "title": "t", "notes": "n"}]`
	var firstItem int64
	if err := api.DB.NewRaw(`SELECT min(id) FROM meeting_agenda_item WHERE meeting_id = ?`, held).Scan(ctx, &firstItem); err != nil {
		t.Fatal(err)
	}
	mins := fmt.Sprintf(items, firstItem, quote(odd), quote(odd), quote(odd), quote(odd), api.CityID("athens"))
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO meeting_minutes (meeting_id, items, summary, status, approved_at, markdown, content_hash)
		VALUES (?, ?::jsonb, ?, 'APPROVED', timestamptz '2026-02-02 10:00:00.5+00', '# m', repeat('ab', 32)), (?, ?::jsonb, NULL, 'DRAFT', NULL, NULL, NULL)`,
		held, mins, odd, drafted, mins); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO meeting_rsvp (meeting_id, user_id, for_city_id, person_name, answer)
		SELECT ?, m.user_id, m.city_id, ? || m.user_id, (ARRAY['GOING', 'NOT_GOING', 'MAYBE'])[1 + m.user_id % 3]
		FROM city_membership m JOIN city c ON c.id = m.city_id WHERE c.slug IN ('athens', 'tirana')`, coming, odd); err != nil {
		t.Fatal(err)
	}
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO meeting_attendance (meeting_id, user_id, for_city_id, person_name, status)
		SELECT ?, m.user_id, m.city_id, 'P' || m.user_id, (ARRAY['PRESENT', 'REMOTE', 'EXCUSED', 'ABSENT'])[1 + m.user_id % 4]
		FROM city_membership m JOIN city c ON c.id = m.city_id WHERE c.slug IN ('athens', 'tirana');
		INSERT INTO working_group_meeting_attendance (meeting_id, city_id) SELECT ?, id FROM city WHERE slug IN ('tirana', 'athens') ON CONFLICT DO NOTHING`, held, held); err != nil {
		t.Fatal(err)
	}
	meetingPage := `query($id: ID!) { node(id: $id) { __typename ... on WorkingGroupMeeting { ` + meeting + ` workingGroup { id slug name { text } members { city { id slug name } } } ` +
		`agendaItems { __typename ` + inlineFields(t, "AgendaItem") + ` proposal { id title visibility } recommendation { id title } addedBy { id name } } ` +
		`rsvpCounts { __typename ` + inlineFields(t, "RsvpCounts") + ` } rsvps { __typename ` + inlineFields(t, "MeetingRsvp") + ` city { id } } ` +
		`invitees { __typename ` + inlineFieldsAtLeast(t, "MeetingInvitee", 2) + ` city { id name } } attendance { __typename ` + inlineFields(t, "MeetingAttendance") + ` city { id slug } } ` +
		`attendingCities { id slug } meetingMinutes { __typename ` + inlineFields(t, "MeetingMinutes") + ` items { __typename ` + inlineFieldsAtLeast(t, "MinutesItem", 2) +
		` agendaItem { id title } decisions { __typename ` + inlineFieldsAtLeast(t, "MinutesDecision", 2) + ` recommendation { id title } } actionItems { __typename ` +
		inlineFieldsAtLeast(t, "ActionItem", 2) + ` ownerCity { id name } } } } } } }`
	// Requests for extra meetings of the group: pending, accepted (with its meeting) and declined,
	// two at the same moment (the order's tie-break).
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO meeting_request (city_id, working_group_id, reason, requested_at, status, responded_at, response_note, meeting_id)
		SELECT c.id, (SELECT min(id) FROM working_group), ? || s, timestamptz '2026-03-01 00:00:00+00' + CASE WHEN s = 'DECLINED' THEN interval '1 day' ELSE interval '0' END,
			s, CASE WHEN s <> 'PENDING' THEN timestamptz '2026-03-05 10:00:00.25+00' END, CASE WHEN s = 'DECLINED' THEN ? END, CASE WHEN s = 'ACCEPTED' THEN ?::bigint END
		FROM city c, unnest(ARRAY['PENDING', 'ACCEPTED', 'DECLINED']) s WHERE c.slug IN ('athens', 'tirana')`, odd, odd, coming); err != nil {
		t.Fatal(err)
	}
	// A group's page as the app asks for it (its next meeting as the meeting's page has it), for
	// every group, and a slug of none.
	groupPage := `query($slug: String!) { workingGroup(slug: $slug) { __typename ` + group + ` members { city { id slug name } focalPoint } ` +
		`nextMeeting { ` + strings.TrimPrefix(strings.TrimSuffix(meetingPage[strings.Index(meetingPage, "... on WorkingGroupMeeting {")+len("... on WorkingGroupMeeting {"):], "} } }"), " ") +
		`} meetings(first: 20) { edges { node { id kind status startsAt endsAt timeZone attendingCities { id } meetingMinutes { status } } } } ` +
		`meetingRequests { __typename ` + inlineFields(t, "MeetingRequest") + ` city { id slug name } meeting { id startsAt } workingGroup { id } } } }`
	var slugs []string
	if err := api.DB.NewRaw(`SELECT slug FROM working_group ORDER BY id`).Scan(ctx, &slugs); err != nil || len(slugs) < 2 {
		t.Fatalf("%d groups: %v", len(slugs), err)
	}
	for _, slug := range append(slugs, "no-such-group") {
		asks = append(asks, ask{groupPage, `{"slug":` + quote(slug) + `}`})
	}
	for _, id := range meetings {
		asks = append(asks, ask{meetingPage, `{"id":` + quote(apitest.ID("WorkingGroupMeeting", id)) + `}`})
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for who, token := range viewers {
		for _, lang := range langs {
			for _, a := range asks {
				wg.Go(func() {
					sem <- struct{}{}
					defer func() { <-sem }()
					h := map[string]string{"Accept-Language": lang}
					want := int64(1)
					if token != "" {
						h["Authorization"] = "Bearer " + token
						want++ // the session look-up
					}
					body := []byte(`{"query":` + quote(a.query) + `,"variables":` + a.vars + `}`)
					var c *dbCount
					fast := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h, Count: &c})
					slow := perField.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h})
					var f, s any
					if fast.Status != 200 || len(fast.Errors) > 0 || json.Unmarshal(fast.Body, &f) != nil || json.Unmarshal(slow.Body, &s) != nil || !reflect.DeepEqual(f, s) {
						t.Errorf("%s, %s, %s %s:\nnested    %s\nper field %s", who, lang, a.query[:min(60, len(a.query))], a.vars, fast.Body, slow.Body)
					}
					if n := c.Data.Load(); n != want {
						t.Errorf("%s, %s, %.60s: %d data statements, want %d (the nested read declined)", who, lang, a.query, n, want)
					}
				})
			}
		}
	}
	wg.Wait()
	// The meetings' pages hold what they are to compare (the two paths answered them alike): minutes with their agenda item, a
	// decision's recommendation and an action's day, invitees, answers and attendance.
	held1 := perField.Query(meetingPage, map[string]any{"id": apitest.ID("WorkingGroupMeeting", held)}, apitest.Bearer(viewers["secretariat@b40.demo"]))
	coming1 := perField.Query(meetingPage, map[string]any{"id": apitest.ID("WorkingGroupMeeting", coming)}, apitest.Bearer(viewers[seed.DemoEmail("editor", "athens")]))
	for _, want := range []string{`"dueOn":"2026-02-28"`, `"agendaItem":{"id":`, `"recommendation":{"id":`, `"markdownUrl":"http`, `"status":"PRESENT"`} {
		if !strings.Contains(string(held1.Data), want) {
			t.Errorf("the held meeting's page has no %s: %s", want, held1.Body)
		}
	}
	for _, want := range []string{`"invitees":[{"__typename":"MeetingInvitee","userId":`, `"viewerMayRsvp":true`, `"viewerMayAddAgendaItem":true`, `"viewerRsvp":"`, `"going":`} {
		if !strings.Contains(string(coming1.Data), want) {
			t.Errorf("the coming meeting's page has no %s: %s", want, coming1.Body)
		}
	}
	// The secretariat's review queue and the people's list, which only some may read: those
	// read them in one statement, and both paths refuse everyone else alike.
	applications := `query($f: MembershipApplicationFilter) { membershipApplications(first: 5, filter: $f) { totalCount edges { cursor node { __typename ` +
		inlineFields(t, "MembershipApplication") + ` city { id } } } pageInfo { hasNextPage endCursor } } }`
	if _, err := api.DB.ExecContext(ctx, `INSERT INTO membership_application (city_name, local_name, country, contact_name, contact_email, motivation, status, reviewed_at, review_note)
		VALUES (?, ?, 'GR', 'C', 'c@example.org', ?, 'SUBMITTED', NULL, NULL),
			('Other', NULL, 'AL', 'D', 'd@example.org', 'm', 'REJECTED', timestamptz '2026-03-04 05:06:07.89+00', ?)`, odd, odd, odd, odd); err != nil {
		t.Fatal(err)
	}
	guarded := func(what, query string, readers map[string]bool, vars ...string) {
		var wg sync.WaitGroup
		defer wg.Wait()
		sem := make(chan struct{}, 4) // four at once: refusals and reads side by side
		for _, v := range vars {
			for who, token := range viewers {
				sem <- struct{}{}
				wg.Go(func() {
					defer func() { <-sem }()
					h := map[string]string{}
					if token != "" {
						h["Authorization"] = "Bearer " + token
					}
					body := []byte(`{"query":` + quote(query) + `,"variables":` + v + `}`)
					var c *dbCount
					fast := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h, Count: &c})
					slow := perField.Do(apitest.Request{Body: body, ContentType: "application/json", Header: h})
					var f, s any
					if json.Unmarshal(fast.Body, &f) != nil || json.Unmarshal(slow.Body, &s) != nil || !reflect.DeepEqual(f, s) || fast.Status != slow.Status {
						t.Errorf("%s %s, %s:\nnested    %s\nper field %s", what, v, who, fast.Body, slow.Body)
					}
					if readers[who] && (len(fast.Errors) > 0 || c.Data.Load() != 2) {
						t.Errorf("%s %s, %s: %d data statements, %s", what, v, who, c.Data.Load(), fast.Body)
					}
				})
			}
		}
	}
	guarded("applications", applications, map[string]bool{"secretariat@b40.demo": true}, `{"f":null}`, `{"f":{"statuses":["SUBMITTED"],"countries":["GR","AL"]}}`)
	people := `query($f: UserFilter) { users(first: 5, filter: $f) { __typename totalCount edges { cursor node { __typename ` + inlineFields(t, "User") +
		` memberships { __typename role city { id name } } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`
	guarded("people", people, map[string]bool{"secretariat@b40.demo": true, seed.DemoEmail("admin", "athens"): true},
		`{"f":null}`, `{"f":{"cityIds":[`+athensID+`]}}`, `{"f":{"search":" ATHENS "}}`, `{"f":{"statuses":["ACTIVE"],"search":"b40","cityIds":[]}}`, `{"f":{"search":"_%"}}`)
	// b40_nested_reads_total shows the new shapes' hits by root field, and their fallbacks: a
	// field declared resolved (City.countryName) or a list without its keys declared (Practice.workingGroups), and
	// a cursor the nested reads do not take.
	hits := map[string]float64{"cities": metric(t, api, `b40_nested_reads_total{field="cities",outcome="hit"}`),
		"node": metric(t, api, `b40_nested_reads_total{field="node",outcome="hit"}`)}
	for _, q := range []struct{ query, vars string }{
		{`query($id: ID!) { node(id: $id) { ... on City { name countryName } } }`, `{"id":` + quote(apitest.ID("City", api.CityID("athens"))) + `}`},
		{`query($id: ID!) { node(id: $id) { ... on Practice { title workingGroups { id } } } }`, `{"id":` + quote(apitest.ID("Practice", practices[0].CityID, practices[0].ID)) + `}`},
		{`{ cities(first: 2, after: "WyJBIiwiMSJd") { edges { node { name } } } }`, `{}`},
	} {
		if r := api.Do(apitest.Request{Body: []byte(`{"query":` + quote(q.query) + `,"variables":` + q.vars + `}`), ContentType: "application/json"}); r.Status != 200 {
			t.Errorf("%s: %s", q.query, r.Body)
		}
	}
	for _, field := range []string{"implementations", "practices", "proposals"} {
		want := 4 * len(langs) * len(viewers)
		if field == "implementations" {
			want += 2 * len(langs) * len(viewers) // and two ranges of updatedAt
		}
		switch field {
		case "proposals":
			want += len(langs) * len(viewers) // and the one under @include
		case "practices":
			want += (1 + len(searches)) * len(langs) * len(viewers) // and the one among several root fields, and the searches
		}
		if n := metric(t, api, `b40_nested_reads_total{field="`+field+`",outcome="hit"}`); n != float64(want) {
			t.Errorf("%v hits of %s, want %d", n, field, want)
		}
	}
	nodeAsks := 0
	for _, a := range asks {
		if strings.Contains(a.query, "node(id:") {
			nodeAsks++
		}
	}
	if hits["cities"] != float64(9*len(langs)*len(viewers)) || hits["node"] != float64(nodeAsks*len(langs)*len(viewers)) {
		t.Errorf("hits by root field: %v", hits)
	}
	if n := metric(t, api, `b40_nested_reads_total{field="city",outcome="hit"}`); n != float64(6*len(langs)*len(viewers)) {
		t.Errorf("%v hits of city, want %d", n, 6*len(langs)*len(viewers))
	}
	if n := metric(t, api, `b40_nested_reads_total{field="node",outcome="fallback"}`); n != 2 {
		t.Errorf("%v fallbacks of node, want 2", n)
	}
	if n := metric(t, api, `b40_nested_reads_total{field="cities",outcome="fallback"}`); n != 1 {
		t.Errorf("%v fallbacks of cities, want 1", n)
	}
	// The fast path hides what the resolvers hide: tirana's viewer sees none of athens's private
	// practices and implementations, by node(id) or through the city's page, and athens's editor
	// sees them all.
	var privateImpl []struct{ CityID, ID int64 }
	if err := api.DB.NewRaw(`SELECT city_id, id FROM implementation WHERE visibility = 'PRIVATE' AND city_id = ?`, api.CityID("athens")).Scan(ctx, &privateImpl); err != nil || len(privateImpl) == 0 {
		t.Fatalf("%d private implementations: %v", len(privateImpl), err)
	}
	for _, im := range privateImpl {
		q := `query($id: ID!) { node(id: $id) { ... on Implementation { id visibility updates { edges { node { note } } } } } }`
		vars := map[string]any{"id": apitest.ID("Implementation", im.CityID, im.ID)}
		var c *dbCount
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		if r := api.Do(apitest.Request{Body: body, ContentType: "application/json", Header: apitest.Bearer(viewers[seed.DemoEmail("viewer", "tirana")]), Count: &c}); string(r.Data) != `{"node":null}` || c.Data.Load() != 2 {
			t.Errorf("tirana's viewer reads athens's private implementation %d (%d statements): %s", im.ID, c.Data.Load(), r.Body)
		}
		if r := api.Query(q, vars, apitest.Bearer(viewers[seed.DemoEmail("editor", "athens")])); !strings.Contains(string(r.Data), `"visibility":"PRIVATE"`) {
			t.Errorf("athens's editor does not read its private implementation %d: %s", im.ID, r.Body)
		}
	}
	tirana := apitest.Bearer(viewers[seed.DemoEmail("viewer", "tirana")])
	athens := apitest.Bearer(viewers[seed.DemoEmail("editor", "athens")])
	var private []struct{ CityID, ID int64 }
	if err := api.DB.NewRaw(`SELECT city_id, id FROM practice pt WHERE visibility = 'PRIVATE' AND city_id = ?`, api.CityID("athens")).Scan(ctx, &private); err != nil || len(private) == 0 {
		t.Fatalf("%d private practices: %v", len(private), err)
	}
	for _, p := range private {
		q := `query($id: ID!) { node(id: $id) { ... on Practice { id title visibility } } }`
		vars := map[string]any{"id": apitest.ID("Practice", p.CityID, p.ID)}
		if r := api.Query(q, vars, tirana); string(r.Data) != `{"node":null}` {
			t.Errorf("tirana's viewer reads athens's private practice %d: %s", p.ID, r.Body)
		}
		if r := api.Query(q, vars); string(r.Data) != `{"node":null}` {
			t.Errorf("anonymous reads athens's private practice %d: %s", p.ID, r.Body)
		}
		if r := api.Query(q, vars, athens); !strings.Contains(string(r.Data), `"visibility":"PRIVATE"`) {
			t.Errorf("athens's editor does not read its private practice %d: %s", p.ID, r.Body)
		}
	}
	cityPage := `query($id: ID!) { node(id: $id) { ... on City { practices(first: 100) { totalCount edges { node { visibility } } } } } }`
	if r := api.Query(cityPage, map[string]any{"id": apitest.ID("City", api.CityID("athens"))}, tirana); strings.Contains(string(r.Data), "PRIVATE") || len(r.Errors) > 0 {
		t.Errorf("tirana's viewer reads athens's private practices through its page: %s", r.Body)
	}
}

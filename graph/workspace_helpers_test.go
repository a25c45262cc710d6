package graph_test

import (
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

const (
	createProposal = `mutation($in: CreateProposalInput!) { createProposal(input: $in) { proposal { id status version visibility } userErrors { code field message } } }`
	updateProposal = `mutation($in: UpdateProposalInput!) { updateProposal(input: $in) { proposal { id version title } userErrors { code field message } } }`
	submitProposal = `mutation($id: ID!) { submitProposal(input: {proposalId: $id}) { proposal { status submittedAt } userErrors { code field message } } }`
	withdraw       = `mutation($id: ID!) { withdrawProposal(input: {proposalId: $id}) { proposal { status } userErrors { code message } } }`
	endorse        = `mutation($id: ID!, $c: ID!) { endorseProposal(input: {proposalId: $id, cityId: $c}) { proposal { endorsements { slug } } userErrors { code message } } }`
	review         = `mutation($id: ID!, $d: ProposalDecision!) { reviewProposal(input: {proposalId: $id, decision: $d, note: "noted"}) { proposal { status decidedAt decisionNote } userErrors { code message } } }`
	adoptRec       = `mutation($in: AdoptRecommendationInput!) { adoptRecommendation(input: $in) { recommendation { id title source { proposal { id } workingGroup { slug } } } userErrors { code field message } } }`
	commit         = `mutation($in: CommitToRecommendationInput!) { commitToRecommendation(input: $in) { implementation { id status version progress } userErrors { code field message } } }`
	updateImpl     = `mutation($in: UpdateImplementationInput!) { updateImplementation(input: $in) { implementation { id status progress version } userErrors { code field message } } }`
	createPractice = `mutation($in: CreatePracticeInput!) { createPractice(input: $in) { practice { id status version } userErrors { code field message } } }`
	publish        = `mutation($id: ID!) { publishPractice(input: {practiceId: $id}) { practice { status publishedAt } userErrors { code message } } }`
	adoptPractice  = `mutation($id: ID!, $c: ID!, $v: Visibility) { adoptPractice(input: {practiceId: $id, cityId: $c, visibility: $v}) { implementation { id status sourcePractice { id } } userErrors { code field message } } }`
)

func en(text string) []any { return []any{map[string]any{"locale": "en", "text": text}} }

type created struct {
	ID, Status, Visibility string
	Version                int
}

// newProposal creates a proposal in slug's workspace as its editor and returns its id.
func newProposal(t *testing.T, api *apitest.API, slug, title, visibility string) string {
	t.Helper()
	var out struct{ Proposal created }
	in := map[string]any{"cityId": cityGID(api, slug), "title": title, "body": en("Body of " + title), "visibility": visibility}
	if got := mutation(t, api, api.Login(seed.DemoEmail("editor", slug)), createProposal, "createProposal", map[string]any{"in": in}, &out); got != "OK" {
		t.Fatalf("create proposal: %s", got)
	}
	return out.Proposal.ID
}

// newPractice creates and publishes a practice in slug's workspace.
func newPractice(t *testing.T, api *apitest.API, slug, title, body, visibility string) string {
	t.Helper()
	editor := api.Login(seed.DemoEmail("editor", slug))
	var out struct{ Practice created }
	in := map[string]any{"cityId": cityGID(api, slug), "title": title, "body": en(body), "visibility": visibility, "sdgs": []int{11}}
	if got := mutation(t, api, editor, createPractice, "createPractice", map[string]any{"in": in}, &out); got != "OK" {
		t.Fatalf("create practice: %s", got)
	}
	if got := mutation(t, api, editor, publish, "publishPractice", map[string]any{"id": out.Practice.ID}, nil); got != "OK" {
		t.Fatalf("publish: %s", got)
	}
	return out.Practice.ID
}

package workspace

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of the workspace's types (internal/readmodel), every field of each.
func init() {
	rm.Register(
		rm.Type{
			Name: gid.Practice, Table: "practice", Alias: "pt", Key: []string{"city_id", "id"}, Batched: true, Model: Practice{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "title", Kind: rm.Column, Column: "title", Render: rm.Text},
				{Name: "summary", Kind: rm.Column, Column: "summary", Render: rm.Text, Nullable: true},
				{Name: "body", Kind: rm.Translated, Column: "body"},
				{Name: "workingGroups", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroup, Many: true, Loader: "GroupsByPractice"}},
				{Name: "sdgs", Kind: rm.Column, Column: "sdgs", Render: rm.IntList},
				{Name: "results", Kind: rm.Column, Column: "results", Render: rm.Text, Nullable: true},
				{Name: "contact", Kind: rm.Column, Column: "contact", Render: rm.Text, Nullable: true},
				{Name: "links", Kind: rm.Column, Column: "links", Render: rm.TextList},
				{Name: "visibility", Kind: rm.Column, Column: "visibility", Render: rm.Enum},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "publishedAt", Kind: rm.Column, Column: "published_at", Render: rm.Timestamp, Nullable: true},
				{Name: "adoptions", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.Implementation, Many: true,
					From: []string{"city_id", "id"}, To: []string{"source_practice_city_id", "source_practice_id"}, Order: adoptionOrder, Loader: "AdoptionsByPractice"}},
				{Name: "version", Kind: rm.Column, Column: "version", Render: rm.Int},
				{Name: "createdAt", Kind: rm.Column, Column: "created_at", Render: rm.Timestamp},
				{Name: "updatedAt", Kind: rm.Column, Column: "updated_at", Render: rm.Timestamp},
			},
		},
		rm.Type{
			Name: gid.Proposal, Table: "proposal", Alias: "pr", Key: []string{"city_id", "id"}, Model: Proposal{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "title", Kind: rm.Column, Column: "title", Render: rm.Text},
				{Name: "summary", Kind: rm.Column, Column: "summary", Render: rm.Text, Nullable: true},
				{Name: "body", Kind: rm.Translated, Column: "body"},
				{Name: "workingGroup", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroup, From: []string{"working_group_id"}, To: []string{"id"}, Loader: "WorkingGroup"}},
				{Name: "visibility", Kind: rm.Column, Column: "visibility", Render: rm.Enum},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				// The endorsing cities through the endorsements, oldest first.
				{Name: "endorsements", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, Many: true, From: []string{"city_id", "id"}, To: []string{"id"},
					Via: "proposal_endorsement", ViaFrom: []string{"city_id", "proposal_id"}, ViaTo: []string{"endorser_city_id"},
					Order: endorsementOrder, Loader: "EndorsementsByProposal"}},
				{Name: "submittedAt", Kind: rm.Column, Column: "submitted_at", Render: rm.Timestamp, Nullable: true},
				{Name: "decidedAt", Kind: rm.Column, Column: "decided_at", Render: rm.Timestamp, Nullable: true},
				{Name: "decisionNote", Kind: rm.Column, Column: "decision_note", Render: rm.Text, Nullable: true},
				{Name: "recommendation", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Recommendation,
					From: []string{"city_id", "id"}, To: []string{"source_proposal_city_id", "source_proposal_id"}, Loader: "RecommendationByProposal"}},
				{Name: "version", Kind: rm.Column, Column: "version", Render: rm.Int},
				{Name: "createdAt", Kind: rm.Column, Column: "created_at", Render: rm.Timestamp},
				{Name: "updatedAt", Kind: rm.Column, Column: "updated_at", Render: rm.Timestamp},
			},
		},
		rm.Type{
			// Recommendations are the network's: every caller sees every one.
			Name: gid.Recommendation, Table: "recommendation", Alias: "rc", Key: []string{"id"}, Batched: true, Public: true, Model: Recommendation{},
			Root: "recommendations", RootKey: &recommendationKey,
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "title", Kind: rm.Column, Column: "title", Render: rm.Text},
				{Name: "body", Kind: rm.Translated, Column: "body"},
				{Name: "source", Kind: rm.Relation, Rel: &rm.Rel{Type: "RecommendationSource", From: []string{"id"}, To: []string{"id"}}},
				{Name: "adoptedOn", Kind: rm.Column, Column: "adopted_on", Render: rm.Date},
				{Name: "implementations", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.Implementation, Many: true, Connection: true,
					From: []string{"id"}, To: []string{"recommendation_id"}, Order: RecommendationImplementationsOrder}},
				{Name: "adoption", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: "Adoption", From: []string{"id"}, To: []string{"id"}, Loader: "Adoption"}},
				{Name: "sourceMeeting", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.WorkingGroupMeeting,
					From: []string{"source_meeting_id"}, To: []string{"id"}, Loader: "Meeting"}},
				{Name: "sourceDecision", Kind: rm.Column, Column: "source_decision", Render: rm.Text, Nullable: true},
			},
		},
		rm.Type{
			Name: gid.Implementation, Table: "implementation", Alias: "im", Key: []string{"city_id", "id"}, Model: Implementation{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "recommendation", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Recommendation, From: []string{"recommendation_id"}, To: []string{"id"}, Loader: "Recommendation"}},
				{Name: "sourcePractice", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.Practice,
					From: []string{"source_practice_city_id", "source_practice_id"}, To: []string{"city_id", "id"}, Loader: "Practice"}},
				{Name: "visibility", Kind: rm.Column, Column: "visibility", Render: rm.Enum},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "progress", Kind: rm.Column, Column: "progress", Render: rm.Int},
				{Name: "plannedStart", Kind: rm.Column, Column: "planned_start", Render: rm.Date, Nullable: true},
				{Name: "plannedEnd", Kind: rm.Column, Column: "planned_end", Render: rm.Date, Nullable: true},
				{Name: "updates", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.ImplementationUpdate, Many: true, Connection: true,
					From: []string{"city_id", "id"}, To: []string{"city_id", "implementation_id"}, Order: "{r}.at DESC, {r}.id DESC"}},
				// The newest update: a loader, no key join (never inlined).
				{Name: "latestUpdate", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.ImplementationUpdate, Loader: "LatestUpdate"}},
				{Name: "version", Kind: rm.Column, Column: "version", Render: rm.Int},
				{Name: "createdAt", Kind: rm.Column, Column: "created_at", Render: rm.Timestamp},
				{Name: "updatedAt", Kind: rm.Column, Column: "updated_at", Render: rm.Timestamp},
			},
		},
		rm.Type{
			Name: gid.ImplementationUpdate, Table: "implementation_update", Alias: "iu", Key: []string{"city_id", "id"}, Model: Update{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "at", Kind: rm.Column, Column: "at", Render: rm.Timestamp},
				{Name: "author", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.User, From: []string{"author_user_id"}, To: []string{"id"}, Loader: "User"}},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "progress", Kind: rm.Column, Column: "progress", Render: rm.Int},
				{Name: "note", Kind: rm.Column, Column: "note", Render: rm.Text, Nullable: true},
				{Name: "evidenceUrls", Kind: rm.Column, Column: "evidence_urls", Render: rm.TextList},
			},
		},
		// A recommendation's adoption: counts over its implementations, computed from its row.
		adoptionType(),
		// Where a recommendation came from: its row's source proposal, group and summit.
		rm.Type{Name: "RecommendationSource", Table: "recommendation", Alias: "rsrc", Derived: true, Model: Recommendation{},
			Fields: []rm.Field{
				{Name: "proposal", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.Proposal, From: []string{"source_proposal_city_id", "source_proposal_id"},
					To: []string{"city_id", "id"}}},
				{Name: "workingGroup", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroup, From: []string{"source_working_group_id"}, To: []string{"id"}, Loader: "WorkingGroup"}},
				{Name: "summit", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Summit, From: []string{"source_summit_id"}, To: []string{"id"}, Loader: "Summit"}},
			}},
	)
}

// adoptionType declares Adoption from adoptionCounts: each count a subquery over the
// recommendation's implementations.
func adoptionType() rm.Type {
	t := rm.Type{Name: "Adoption", Table: "recommendation", Alias: "ad", Derived: true, Model: Adoption{}}
	for _, c := range adoptionCounts {
		t.Fields = append(t.Fields, rm.Field{Name: c.field, Kind: rm.Column, Column: c.column, Render: rm.Int, Varies: rm.ByCaller,
			Expr: "(SELECT " + c.agg + " FROM implementation im WHERE im.recommendation_id = {r}.id)"})
	}
	return t
}

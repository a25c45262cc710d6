package workspace

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of the workspace's types (internal/readmodel). Practice declares every field;
// the others declare their node facts so far (their fields are read by the resolvers).
func init() {
	rm.Register(
		rm.Type{
			Name: gid.Practice, Table: "practice", Alias: "pt", Key: []string{"city_id", "id"}, Batched: true, Model: Practice{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "title", Kind: rm.Column, Column: "title", Render: rm.Text},
				{Name: "summary", Kind: rm.Column, Column: "summary", Render: rm.Text, Nullable: true},
				{Name: "body", Kind: rm.Resolved, Varies: rm.ByLanguage}, // TranslatedText: follows Accept-Language
				{Name: "workingGroups", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroup, Many: true, Loader: "GroupsByPractice"}},
				{Name: "sdgs", Kind: rm.Column, Column: "sdgs", Render: rm.IntList},
				{Name: "results", Kind: rm.Column, Column: "results", Render: rm.Text, Nullable: true},
				{Name: "contact", Kind: rm.Column, Column: "contact", Render: rm.Text, Nullable: true},
				{Name: "links", Kind: rm.Column, Column: "links", Render: rm.TextList},
				{Name: "visibility", Kind: rm.Column, Column: "visibility", Render: rm.Enum},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "publishedAt", Kind: rm.Column, Column: "published_at", Render: rm.Timestamp, Nullable: true},
				{Name: "adoptions", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.Implementation, Many: true,
					From: []string{"city_id", "id"}, To: []string{"source_practice_city_id", "source_practice_id"}, Loader: "AdoptionsByPractice"}},
				{Name: "version", Kind: rm.Column, Column: "version", Render: rm.Int},
				{Name: "createdAt", Kind: rm.Column, Column: "created_at", Render: rm.Timestamp},
				{Name: "updatedAt", Kind: rm.Column, Column: "updated_at", Render: rm.Timestamp},
			},
		},
		rm.Type{Name: gid.Proposal, Table: "proposal", Key: []string{"city_id", "id"}, Model: Proposal{}},
		rm.Type{Name: gid.Recommendation, Table: "recommendation", Key: []string{"id"}, Batched: true, Model: Recommendation{}},
		rm.Type{Name: gid.Implementation, Table: "implementation", Key: []string{"city_id", "id"}, Model: Implementation{}},
		rm.Type{Name: gid.ImplementationUpdate, Table: "implementation_update", Key: []string{"city_id", "id"}, Model: Update{}},
	)
}

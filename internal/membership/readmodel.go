package membership

import (
	"context"

	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read side of MembershipApplication (internal/readmodel), field by field: the
// secretariat's review queue (row-level security shows the applications to the secretariat
// alone; the list's own check refuses anyone else).
func init() {
	rm.Register(
		rm.Type{Name: gid.MembershipApplication, Table: "membership_application", Alias: "ma", Key: []string{"id"}, Model: Application{},
			Root: "membershipApplications", RootKey: &key,
			RootGuard:   func(ctx context.Context) bool { return auth.FromContext(ctx).IsSecretariat() },
			RootFilters: map[string]rm.RootFilter{"statuses": {Column: "status"}, "countries": {Column: "country"}},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "cityName", Kind: rm.Column, Column: "city_name", Render: rm.Text},
				{Name: "localName", Kind: rm.Column, Column: "local_name", Render: rm.Text, Nullable: true},
				{Name: "country", Kind: rm.Column, Column: "country", Render: rm.Text},
				{Name: "mayorName", Kind: rm.Column, Column: "mayor_name", Render: rm.Text, Nullable: true},
				{Name: "contactName", Kind: rm.Column, Column: "contact_name", Render: rm.Text},
				{Name: "contactEmail", Kind: rm.Column, Column: "contact_email", Render: rm.Text},
				{Name: "contactPosition", Kind: rm.Column, Column: "contact_position", Render: rm.Text, Nullable: true},
				{Name: "website", Kind: rm.Column, Column: "website", Render: rm.Text, Nullable: true},
				{Name: "population", Kind: rm.Column, Column: "population", Render: rm.Int, Nullable: true},
				{Name: "motivation", Kind: rm.Column, Column: "motivation", Render: rm.Text},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "submittedAt", Kind: rm.Column, Column: "submitted_at", Render: rm.Timestamp},
				{Name: "reviewedAt", Kind: rm.Column, Column: "reviewed_at", Render: rm.Timestamp, Nullable: true},
				{Name: "reviewNote", Kind: rm.Column, Column: "review_note", Render: rm.Text, Nullable: true},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
			}},
	)
}

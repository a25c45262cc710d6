package auth

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of this domain's types (internal/readmodel): User and CityMembership field
// by field (who sees a person is row-level security's: their own row, and those they manage);
// the others' node facts so far.
func init() {
	rm.Register(
		rm.Type{Name: gid.User, Table: "app_user", Alias: "u", Key: []string{"id"}, Batched: true, Model: User{}, RootKey: &userKey,
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "email", Kind: rm.Column, Column: "email", Render: rm.Text},
				{Name: "name", Kind: rm.Column, Column: "name", Render: rm.Text},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "networkRole", Kind: rm.Column, Column: "network_role", Render: rm.Enum, Nullable: true},
				{Name: "memberships", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: "CityMembership", Many: true, From: []string{"id"}, To: []string{"user_id"},
					Order: "{r}.city_id", Loader: "MembershipsByUser"}},
				{Name: "createdAt", Kind: rm.Column, Column: "created_at", Render: rm.Timestamp},
			}},
		// A person's role in a city (no node: no global ID), one per city.
		rm.Type{Name: "CityMembership", Table: "city_membership", Alias: "cm", Model: CityMembership{},
			Fields: []rm.Field{
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "role", Kind: rm.Column, Column: "role", Render: rm.Enum},
			}},
		rm.Type{Name: gid.ApiToken, Table: "session", Key: []string{"id"}, Model: APIToken{}},
		rm.Type{Name: gid.Invitation, Table: "invitation", Key: []string{"id"}, Model: Invitation{}},
	)
}

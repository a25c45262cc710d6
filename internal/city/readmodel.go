package city

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read side of City (internal/readmodel): every field of the GraphQL type, once.
func init() {
	rm.Register(rm.Type{
		Name: gid.City, Table: "city", Alias: "c", Key: []string{"id"}, Batched: true, Public: true, Model: City{}, RootBy: "city", RootByColumn: "slug",
		Fields: []rm.Field{
			{Name: "id", Kind: rm.ID},
			{Name: "slug", Kind: rm.Column, Column: "slug", Render: rm.Text},
			{Name: "name", Kind: rm.Column, Column: "name", Render: rm.Text},
			{Name: "localName", Kind: rm.Column, Column: "local_name", Render: rm.Text, Nullable: true},
			{Name: "country", Kind: rm.Column, Column: "country", Render: rm.Text},
			{Name: "countryName", Kind: rm.Resolved},
			{Name: "population", Kind: rm.Column, Column: "population", Render: rm.Int, Nullable: true},
			{Name: "location", Kind: rm.Resolved}, // a GeoPoint from latitude and longitude
			{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
			{Name: "memberSince", Kind: rm.Column, Column: "member_since", Render: rm.Date, Nullable: true},
			{Name: "joinRoute", Kind: rm.Column, Column: "join_route", Render: rm.Enum, Nullable: true},
			{Name: "isFoundingMember", Kind: rm.Column, Column: "is_founding_member", Expr: foundingSQL, Render: rm.Bool}, // derived from the founding summit's attendance
			{Name: "mayorName", Kind: rm.Column, Column: "mayor_name", Render: rm.Text, Nullable: true},
			{Name: "website", Kind: rm.Column, Column: "website", Render: rm.Text, Nullable: true},
			{Name: "version", Kind: rm.Column, Column: "version", Render: rm.Int},
			// Its groups through its memberships, in the groups' order (the memberships' loader
			// orders by group).
			{Name: "workingGroups", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.WorkingGroup, Many: true, From: []string{"id"}, To: []string{"id"},
				Via: "working_group_member", ViaFrom: []string{"city_id"}, ViaTo: []string{"working_group_id"}, Order: "{r}.id", Loader: "MembershipsByCity"}},
			{Name: "delegations", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Delegation, Many: true}},
			{Name: "presidencyTerms", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.PresidencyTerm, Many: true, From: []string{"id"}, To: []string{"city_id"},
				Order: "{r}.year, {r}.id", Loader: "TermsByCity"}},
			{Name: "proposals", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.Proposal, Many: true, Connection: true,
				From: []string{"id"}, To: []string{"city_id"}}},
			{Name: "practices", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.Practice, Many: true, Connection: true,
				From: []string{"id"}, To: []string{"city_id"}, Order: "coalesce({r}.published_at, {r}.created_at) DESC, {r}.id DESC", Loader: "FirstPractices"}},
			{Name: "implementations", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: gid.Implementation, Many: true, Connection: true,
				From: []string{"id"}, To: []string{"city_id"}}},
			{Name: "calendarFeedUrl", Kind: rm.Resolved, Varies: rm.ByCaller},
		},
	})
}

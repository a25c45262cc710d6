package summit

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of this domain's node types (internal/readmodel), field by field.
func init() {
	rm.Register(
		rm.Type{Name: gid.Summit, Table: "summit", Alias: "s", Key: []string{"id"}, Batched: true, Public: true, Model: Summit{},
			Root: "summits", RootOrder: summitKey.OrderSQL(),
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "year", Kind: rm.Column, Column: "year", Render: rm.Int},
				{Name: "title", Kind: rm.Column, Column: "title", Render: rm.Text},
				{Name: "motto", Kind: rm.Column, Column: "motto", Render: rm.Text, Nullable: true},
				{Name: "startsOn", Kind: rm.Column, Column: "starts_on", Render: rm.Date},
				{Name: "endsOn", Kind: rm.Column, Column: "ends_on", Render: rm.Date},
				{Name: "venue", Kind: rm.Column, Column: "venue", Render: rm.Text, Nullable: true},
				{Name: "hostCity", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"host_city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "isFounding", Kind: rm.Column, Column: "is_founding", Render: rm.Bool},
				{Name: "delegations", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Delegation, Many: true, From: []string{"id"}, To: []string{"summit_id"},
					Order: delegationOrder, Loader: "DelegationsBySummit"}},
				{Name: "election", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.PresidencyElection, From: []string{"id"}, To: []string{"summit_id"}, Loader: "ElectionBySummit"}},
				{Name: "icsUrl", Kind: rm.Resolved},
			}},
		rm.Type{Name: gid.Delegation, Table: "delegation", Alias: "d", Key: []string{"city_id", "id"}, Model: Delegation{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "summit", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Summit, From: []string{"summit_id"}, To: []string{"id"}, Loader: "Summit"}},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "head", Kind: rm.Resolved},    // a DelegationMember of head_name and head_position
				{Name: "members", Kind: rm.Resolved}, // DelegationMembers of the members jsonb
			}},
	)
}

// delegationOrder is a summit's delegations' order, by city (the loader's and the nested
// reads'), over the delegations' alias {r}.
const delegationOrder = "{r}.city_id, {r}.id"

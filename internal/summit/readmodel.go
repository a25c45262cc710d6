package summit

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of this domain's node types (internal/readmodel), field by field.
func init() {
	rm.Register(
		rm.Type{Name: gid.Summit, Table: "summit", Alias: "s", Key: []string{"id"}, Batched: true, Public: true, Model: Summit{},
			Root: "summits", RootKey: &summitKey,
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
				// Its head (Delegation.Head: when its name is on record) and its members (the
				// members jsonb's Persons, in order), each a DelegationMember made of a jsonb.
				{Name: "head", Kind: rm.Relation, Rel: &rm.Rel{Type: "DelegationMember",
					Source: "(SELECT jsonb_build_object('name', {p}.head_name, 'position', {p}.head_position) AS v WHERE {p}.head_name IS NOT NULL) {r}"}},
				{Name: "members", Kind: rm.Relation, Rel: &rm.Rel{Type: "DelegationMember", Many: true, Order: "{r}.i",
					Source: "jsonb_array_elements(CASE WHEN jsonb_typeof({p}.members) = 'array' THEN {p}.members ELSE '[]' END) WITH ORDINALITY AS {r}(v, i)"}},
			}},
		// A person of a delegation: a jsonb object {"name", "position"} (Person's JSON).
		rm.Type{Name: "DelegationMember", Derived: true, Model: Person{},
			Fields: []rm.Field{
				{Name: "name", Kind: rm.Column, Column: "name", Expr: "coalesce({r}.v ->> 'name', '')", Render: rm.Text},
				{Name: "position", Kind: rm.Column, Column: "position", Expr: "{r}.v ->> 'position'", Render: rm.Text, Nullable: true},
			}},
	)
}

// delegationOrder is a summit's delegations' order, by city (the loader's and the nested
// reads'), over the delegations' alias {r}.
const delegationOrder = "{r}.city_id, {r}.id"

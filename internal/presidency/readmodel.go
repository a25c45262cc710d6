package presidency

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// termStatusSQL is Term.Status in SQL: the term of the clock's current year (its wall clock,
// as now.Year() reads it) is ACTIVE, earlier ones COMPLETED, later ones UPCOMING.
const termStatusSQL = `CASE WHEN {r}.year < extract(year FROM {now_local})::int THEN 'COMPLETED'
	WHEN {r}.year = extract(year FROM {now_local})::int THEN 'ACTIVE' ELSE 'UPCOMING' END`

// The read sides of this domain's node types (internal/readmodel): PresidencyTerm field by
// field; the election's node facts so far (its fields are read by the resolvers).
func init() {
	rm.Register(
		rm.Type{Name: gid.PresidencyTerm, Table: "presidency_term", Alias: "t", Key: []string{"id"}, Public: true, Model: Term{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "year", Kind: rm.Column, Column: "year", Render: rm.Int},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "mayorName", Kind: rm.Column, Column: "mayor_name", Render: rm.Text, Nullable: true},
				{Name: "electedAt", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Summit, From: []string{"elected_at_summit_id"}, To: []string{"id"}}},
				{Name: "status", Kind: rm.Column, Column: "status", Expr: termStatusSQL, Mirrors: true, Render: rm.Enum},
			}},
		rm.Type{Name: gid.PresidencyElection, Table: "presidency_election", Key: []string{"id"}, Model: Election{}},
	)
}

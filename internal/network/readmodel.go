package network

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// eligibleCountriesSQL is EligibleCountries in SQL: the codes in their order.
const eligibleCountriesSQL = `ARRAY(SELECT country_code FROM network_eligible_country ORDER BY country_code)`

// memberCountSQL counts the active member cities, as the cities' own count with a status
// filter does.
const memberCountSQL = `(SELECT count(*) FROM city c WHERE c.status IN ('ACTIVE'))`

// The read sides of this domain's node types (internal/readmodel): Network field by field (the
// one row of its table); the staff's node facts so far.
func init() {
	rm.Register(
		rm.Type{Name: gid.Network, Table: "network", Alias: "n", Key: []string{"id"}, Public: true, Model: Network{}, RootOne: "network",
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "name", Kind: rm.Column, Column: "name", Render: rm.Text},
				{Name: "motto", Kind: rm.Column, Column: "motto", Render: rm.Text, Nullable: true},
				{Name: "foundedOn", Kind: rm.Column, Column: "founded_on", Render: rm.Date},
				{Name: "secretariatCity", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"secretariat_city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "secretariat", Kind: rm.Resolved, Varies: rm.ByCaller},
				// The term of the clock's year (presidency.Service.Current).
				{Name: "currentPresidency", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.PresidencyTerm, Where: "{r}.year = extract(year FROM {now_local})::int"}},
				{Name: "eligibleCountries", Kind: rm.Column, Column: "eligible_countries", Expr: eligibleCountriesSQL, Mirrors: true, Render: rm.TextList},
				{Name: "memberCount", Kind: rm.Column, Column: "member_count", Expr: memberCountSQL, Mirrors: true, Render: rm.Int},
			}},
		rm.Type{Name: gid.SecretariatStaff, Table: "secretariat_staff", Key: []string{"id"}, Model: Staff{}},
	)
}

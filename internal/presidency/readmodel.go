package presidency

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// termStatusSQL is Term.Status in SQL: the term of the clock's current year (its wall clock,
// as now.Year() reads it) is ACTIVE, earlier ones COMPLETED, later ones UPCOMING.
const termStatusSQL = `CASE WHEN {r}.year < extract(year FROM {now_local})::int THEN 'COMPLETED'
	WHEN {r}.year = extract(year FROM {now_local})::int THEN 'ACTIVE' ELSE 'UPCOMING' END`

// votesCast is len(Service.Voters) in SQL: the cities that voted in the round, told to the
// secretariat and to people of a member city (canSeeTally), null to anyone else.
const votesCastSQL = `CASE WHEN ` + tallyVisibleSQL + ` THEN (SELECT count(*) FROM b40_election_voters({r}.id, {r}.round)) END`

// tallyVisibleSQL is canSeeTally in SQL: the secretariat and people of a member city see a
// round's tally (b40_election_tally says the same).
const tallyVisibleSQL = `(b40_is_secretariat() OR cardinality(b40_city_ids()) > 0)`

// candidateVotesSQL is a candidate's votes in its round as Tally gives them: null to those who
// may not see the tally.
const candidateVotesSQL = `CASE WHEN ` + tallyVisibleSQL + ` THEN coalesce((SELECT t.votes FROM b40_election_tally({r}.election_id, {r}.round) t
	WHERE t.candidate_city_id = {r}.city_id), 0) END`

// eligibleVotersSQL is Service.EligibleVoters in SQL: one vote per active member city.
const eligibleVotersSQL = `(SELECT count(*) FROM city WHERE status = 'ACTIVE')`

// The read sides of this domain's node types (internal/readmodel), field by field.
func init() {
	rm.Register(
		rm.Type{Name: gid.PresidencyTerm, Table: "presidency_term", Alias: "t", Key: []string{"id"}, Public: true, Model: Term{},
			Root: "presidencyTerms", RootKey: &termKey,
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "year", Kind: rm.Column, Column: "year", Render: rm.Int},
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "mayorName", Kind: rm.Column, Column: "mayor_name", Render: rm.Text, Nullable: true},
				{Name: "electedAt", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Summit, From: []string{"elected_at_summit_id"}, To: []string{"id"}}},
				{Name: "status", Kind: rm.Column, Column: "status", Expr: termStatusSQL, Mirrors: true, Render: rm.Enum},
			}},
		// A city standing in an election's current round, and its votes (Service.Candidates and
		// Tally).
		rm.Type{Name: "PresidencyCandidate", Table: "presidency_candidate", Alias: "pc", Derived: true, Model: Candidate{},
			Fields: []rm.Field{
				{Name: "city", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "votes", Kind: rm.Column, Column: "votes", Expr: candidateVotesSQL, Render: rm.Int, Nullable: true, Varies: rm.ByCaller},
			}},
		rm.Type{Name: gid.PresidencyElection, Table: "presidency_election", Alias: "el", Key: []string{"id"}, Model: Election{},
			Fields: []rm.Field{
				{Name: "id", Kind: rm.ID},
				{Name: "summit", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.Summit, From: []string{"summit_id"}, To: []string{"id"}, Loader: "Summit"}},
				{Name: "termYear", Kind: rm.Column, Column: "term_year", Render: rm.Int},
				{Name: "status", Kind: rm.Column, Column: "status", Render: rm.Enum},
				{Name: "round", Kind: rm.Column, Column: "round", Render: rm.Int},
				{Name: "candidates", Kind: rm.Relation, Varies: rm.ByCaller, Rel: &rm.Rel{Type: "PresidencyCandidate", Many: true,
					From: []string{"id", "round"}, To: []string{"election_id", "round"}, Order: candidateOrder}},
				{Name: "votesCast", Kind: rm.Column, Column: "votes_cast", Expr: votesCastSQL, Mirrors: true, Render: rm.Int, Nullable: true, Varies: rm.ByCaller},
				{Name: "eligibleVoters", Kind: rm.Column, Column: "eligible_voters", Expr: eligibleVotersSQL, Mirrors: true, Render: rm.Int},
				{Name: "voters", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "ballots", Kind: rm.Resolved, Varies: rm.ByCaller},
				{Name: "winner", Kind: rm.Relation, Rel: &rm.Rel{Type: gid.City, From: []string{"winner_city_id"}, To: []string{"id"}, Loader: "City"}},
				{Name: "openedAt", Kind: rm.Column, Column: "opened_at", Render: rm.Timestamp},
				{Name: "closedAt", Kind: rm.Column, Column: "closed_at", Render: rm.Timestamp, Nullable: true},
			}},
	)
}

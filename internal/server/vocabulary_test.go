package server_test

import (
	"regexp"
	"slices"
	"testing"

	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/calendar"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/indicator"
	"github.com/b40-network/workspace/internal/membership"
	"github.com/b40-network/workspace/internal/network"
	"github.com/b40-network/workspace/internal/presidency"
	"github.com/b40-network/workspace/internal/testdb"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

func names[T ~string](vs ...T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// The vocabulary lives three times: the schema's enums (gqlgen refuses to generate unless every
// value binds to a Go constant), the Go constants, and the database's CHECK constraints. This
// holds the last two together, column by column.
func TestGoVocabularyMatchesTheDatabasesChecks(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	columns := []struct {
		table, column string
		values        []string
	}{
		{"city", "status", names(city.Statuses...)},
		{"city", "join_route", names(city.JoinRoutes...)},
		{"working_group", "status", names(workinggroup.Statuses...)},
		{"working_group", "kind", names(workinggroup.Kinds...)},
		{"working_group", "proposed_by", names(workinggroup.Sides...)},
		{"working_group_meeting", "kind", names(workinggroup.MeetingKinds...)},
		{"meeting_request", "status", names(workinggroup.RequestStatuses...)},
		{"working_group_meeting", "status", names(workinggroup.MeetingStatuses...)},
		{"meeting_rsvp", "answer", names(workinggroup.RSVPs...)},
		{"meeting_attendance", "status", names(workinggroup.Presences...)},
		{"meeting_minutes", "status", names(workinggroup.MinutesStatuses...)},
		{"calendar_feed", "scope", names(calendar.Scopes...)},
		{"app_user", "status", names(auth.UserStatuses...)},
		{"app_user", "network_role", names(auth.NetworkRoles...)},
		{"city_membership", "role", names(auth.CityRoles...)},
		{"membership_application", "status", names(membership.Statuses...)},
		{"presidency_election", "status", names(presidency.ElectionStatuses...)},
		{"proposal", "status", names(workspace.ProposalStatuses...)},
		{"proposal", "visibility", names(workspace.Visibilities...)},
		{"implementation", "status", names(workspace.ImplementationStatuses...)},
		{"implementation", "visibility", names(workspace.Visibilities...)},
		{"implementation_update", "status", names(workspace.ImplementationStatuses...)},
		{"practice", "status", names(workspace.PracticeStatuses...)},
		{"practice", "visibility", names(workspace.Visibilities...)},
		{"indicator", "direction", names(indicator.Directions...)},
		{"indicator", "scope", names(indicator.Scopes...)},
		{"indicator", "source", names(indicator.Sources...)},
		{"indicator", "metric", names(indicator.Metrics...)},
		{"indicator", "rollup", names(indicator.Rollups...)},
		{"secretariat_staff", "position", names(network.Positions...)},
		{"secretariat_staff", "english_level", names(network.CEFRLevels...)},
	}
	literal := regexp.MustCompile(`'([A-Z0-9_]+)'::text`)
	for _, c := range columns {
		// The CHECK that lists the column's values: PostgreSQL renders IN (...) as = ANY (ARRAY[...]).
		var defs []string
		if err := d.NewRaw(`SELECT pg_get_constraintdef(oid) FROM pg_constraint
			WHERE conrelid = ?::regclass AND contype = 'c' AND pg_get_constraintdef(oid) ~ ?`,
			c.table, `^CHECK \(\("?`+c.column+`"? = ANY \(ARRAY\[[^]]*\]\)\)\)$`).Scan(t.Context(), &defs); err != nil {
			t.Fatalf("%s.%s: %v", c.table, c.column, err)
		}
		if len(defs) != 1 {
			t.Errorf("%s.%s: %d CHECK constraints list its values, want 1: %q", c.table, c.column, len(defs), defs)
			continue
		}
		var sql []string
		for _, m := range literal.FindAllStringSubmatch(defs[0], -1) {
			sql = append(sql, m[1])
		}
		got, want := slices.Sorted(slices.Values(sql)), slices.Sorted(slices.Values(c.values))
		if !slices.Equal(got, want) {
			t.Errorf("%s.%s: the database allows %v, Go has %v", c.table, c.column, got, want)
		}
	}
}

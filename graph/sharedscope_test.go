package graph_test

import (
	"context"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/auth"
)

// A signed-in person with no role sees less than the network scope (no NETWORK items). Shared
// figures must not depend on who asks first: the live annual report is the same for both
// orders of a low-scope reader and an analyst, and a report finalized right after a low-scope
// read freezes the network's figures.
func TestSharedReportFiguresDoNotDependOnWhoAsksFirst(t *testing.T) {
	t.Parallel()
	const q = `{ annualReport(year: 2024) { practicesShared practicesAdopted implementations { byStatus { status count } } finalizedAt } }`
	type report struct {
		AnnualReport struct {
			PracticesShared, PracticesAdopted int
			Implementations                   struct {
				ByStatus []struct {
					Status string
					Count  int
				}
			}
			FinalizedAt *string
		}
	}
	setup := func() (api *apitest.API, nobody, analyst string) {
		api = apitest.New(t, apitest.Options{})
		hash, err := auth.HashPassword(context.Background(), "a-role-less-password")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := api.DB.ExecContext(context.Background(), `INSERT INTO app_user (email, name, password_hash) VALUES ('nobody@example.org', 'No Role', ?)`, hash); err != nil {
			t.Fatal(err)
		}
		return api, api.LoginWith("nobody@example.org", "a-role-less-password"), api.Login("analyst@b40.demo")
	}
	read := func(api *apitest.API, token string) report {
		var r report
		api.As(token, q, nil).Decode(t, &r)
		return r
	}
	const wantShared = 4 // the demo's 2024 practices, NETWORK and PUBLIC alike

	for _, nobodyFirst := range []bool{true, false} {
		api, nobody, analyst := setup()
		var a, n report
		if nobodyFirst {
			n, a = read(api, nobody), read(api, analyst)
		} else {
			a, n = read(api, analyst), read(api, nobody)
		}
		if a.AnnualReport.PracticesShared != wantShared || n.AnnualReport.PracticesShared != wantShared {
			t.Errorf("role-less reader first: %v: analyst sees %d practices shared, the role-less reader %d; want %d for both",
				nobodyFirst, a.AnnualReport.PracticesShared, n.AnnualReport.PracticesShared, wantShared)
		}
	}

	api, nobody, _ := setup()
	read(api, nobody)
	var fin struct {
		FinalizeAnnualReport struct {
			Report *struct{ PracticesShared int }
		}
	}
	api.As(api.Login("secretariat@b40.demo"), `mutation { finalizeAnnualReport(input: {year: 2024}) { report { practicesShared } } }`, nil).Decode(t, &fin)
	if r := fin.FinalizeAnnualReport.Report; r == nil || r.PracticesShared != wantShared {
		t.Errorf("finalized right after a role-less read: %+v, want %d practices shared", r, wantShared)
	}
	if r := read(api, nobody); r.AnnualReport.PracticesShared != wantShared || r.AnnualReport.FinalizedAt == nil {
		t.Errorf("the frozen report: %+v", r.AnnualReport)
	}
}

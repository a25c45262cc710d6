package presidency

import (
	"errors"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

func code(err error) apperr.UserErrorCode {
	var ue *apperr.UserError
	if errors.As(err, &ue) {
		return ue.Code
	}
	return ""
}

func TestElectionClose(t *testing.T) {
	now := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		status ElectionStatus
		tally  []RoundVotes
		want   ElectionStatus
		round  int
		runoff []int64
		winner int64
		code   apperr.UserErrorCode
	}{
		{"one leader wins", ElectionOpen, []RoundVotes{{1, 5}, {2, 3}}, ElectionDecided, 1, nil, 1, ""},
		{"a tie opens a runoff", ElectionOpen, []RoundVotes{{1, 4}, {2, 4}, {3, 1}}, ElectionRunoff, 2, []int64{1, 2}, 0, ""},
		{"a runoff decides", ElectionRunoff, []RoundVotes{{2, 6}, {1, 5}}, ElectionDecided, 1, nil, 2, ""},
		{"no votes", ElectionOpen, []RoundVotes{{1, 0}, {2, 0}}, ElectionOpen, 1, nil, 0, apperr.CodeRuleViolation},
		{"no candidates", ElectionOpen, nil, ElectionOpen, 1, nil, 0, apperr.CodeRuleViolation},
		{"already decided", ElectionDecided, []RoundVotes{{1, 5}}, ElectionDecided, 1, nil, 0, apperr.CodeRuleViolation},
		{"closed", ElectionClosed, []RoundVotes{{1, 5}}, ElectionClosed, 1, nil, 0, apperr.CodeRuleViolation},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := &Election{Status: c.status, Round: 1}
			runoff, err := e.Close(c.tally, now)
			if code(err) != c.code {
				t.Fatalf("error %v, want code %q", err, c.code)
			}
			if e.Status != c.want || e.Round != c.round || len(runoff) != len(c.runoff) {
				t.Errorf("now %s round %d runoff %v; want %s round %d runoff %v", e.Status, e.Round, runoff, c.want, c.round, c.runoff)
			}
			if c.winner != 0 && (e.WinnerCityID == nil || *e.WinnerCityID != c.winner || e.ClosedAt == nil) {
				t.Errorf("winner %v closed %v, want %d", e.WinnerCityID, e.ClosedAt, c.winner)
			}
		})
	}
}

func TestCandidaciesAndVotes(t *testing.T) {
	for _, c := range []struct {
		status           ElectionStatus
		round            int
		candidacy, votes bool
	}{
		{ElectionOpen, 1, true, true},
		{ElectionRunoff, 2, false, true},
		{ElectionDecided, 1, false, false},
		{ElectionClosed, 1, false, false},
	} {
		e := &Election{Status: c.status, Round: c.round}
		if got := e.CheckCandidacy() == nil; got != c.candidacy {
			t.Errorf("%s round %d takes candidacies: %v", c.status, c.round, got)
		}
		if got := e.CheckVote() == nil; got != c.votes {
			t.Errorf("%s takes votes: %v", c.status, got)
		}
	}
}

func TestTermStatusFollowsTheCalendar(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for year, want := range map[int]TermStatus{2025: TermCompleted, 2026: TermActive, 2027: TermUpcoming} {
		if got := (&Term{Year: year}).Status(now); got != want {
			t.Errorf("%d: %s, want %s", year, got, want)
		}
	}
}

package presidency

import (
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

// CheckCandidacy says whether the election takes candidacies: only in round 1 while OPEN.
func (e *Election) CheckCandidacy() error {
	if e.Status != ElectionOpen || e.Round != 1 {
		return apperr.User(apperr.CodeRuleViolation, []string{"electionId"}, "candidacies are closed: the election is %s", e.Status)
	}
	return nil
}

// CheckVote says whether the election takes votes: while OPEN or in a RUNOFF (R2.2).
func (e *Election) CheckVote() error {
	if !e.Open() {
		return apperr.User(apperr.CodeRuleViolation, []string{"electionId"}, "R2.2: the election is %s; votes are taken only while it is open", e.Status)
	}
	return nil
}

// RoundVotes is one candidate's votes in the round being closed.
type RoundVotes struct {
	CityID int64 `bun:"city_id"`
	Votes  int   `bun:"votes"`
}

// Close counts the current round, tally sorted by votes, most first. A single leader decides the
// election; a tie leaves it undecided and opens a runoff among the tied (R2 decision), whose
// cities Close returns.
func (e *Election) Close(tally []RoundVotes, now time.Time) (runoff []int64, err error) {
	if !e.Open() {
		return nil, apperr.User(apperr.CodeRuleViolation, []string{"electionId"}, "the election is already %s", e.Status)
	}
	if len(tally) == 0 || tally[0].Votes == 0 {
		return nil, apperr.User(apperr.CodeRuleViolation, []string{"electionId"}, "no votes have been cast in round %d", e.Round)
	}
	var leaders []int64
	for _, t := range tally {
		if t.Votes == tally[0].Votes {
			leaders = append(leaders, t.CityID)
		}
	}
	if len(leaders) > 1 {
		e.Status, e.Round = ElectionRunoff, e.Round+1
		return leaders, nil
	}
	e.Status, e.WinnerCityID, e.ClosedAt = ElectionDecided, &leaders[0], &now
	return nil, nil
}

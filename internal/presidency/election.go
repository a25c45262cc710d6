package presidency

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/summit"
)

// Election is the choice of a term's presiding city at a summit (R2.2, R2.6).
type Election struct {
	bun.BaseModel `bun:"table:presidency_election,alias:el"`

	ID             int64          `bun:"id,pk,autoincrement"`
	SummitID       int64          `bun:"summit_id"`
	TermYear       int            `bun:"term_year"`
	Status         ElectionStatus `bun:"status"`
	Round          int            `bun:"round"`
	OpenedAt       time.Time      `bun:"opened_at,nullzero,default:now()"`
	OpenedByUserID *int64         `bun:"opened_by_user_id"`
	ClosedAt       *time.Time     `bun:"closed_at"`
	WinnerCityID   *int64         `bun:"winner_city_id"`
}

// Open says whether votes are taken.
func (e *Election) Open() bool { return e.Status == ElectionOpen || e.Status == ElectionRunoff }

// Candidate is a city standing in a round.
type Candidate struct {
	bun.BaseModel `bun:"table:presidency_candidate,alias:pc"`

	CityID           int64     `bun:"city_id,pk"`
	ElectionID       int64     `bun:"election_id,pk"`
	Round            int       `bun:"round,pk"`
	DeclaredAt       time.Time `bun:"declared_at,nullzero,default:now()"`
	DeclaredByUserID *int64    `bun:"declared_by_user_id"`
}

// Ballot is how one city voted in a round; only the secretariat (and the city itself) reads it.
type Ballot struct {
	bun.BaseModel `bun:"table:presidency_vote,alias:pv"`

	CityID          int64     `bun:"city_id,pk"`
	ElectionID      int64     `bun:"election_id,pk"`
	Round           int       `bun:"round,pk"`
	CandidateCityID int64     `bun:"candidate_city_id"`
	CastByUserID    *int64    `bun:"cast_by_user_id"`
	CastAt          time.Time `bun:"cast_at,nullzero,default:now()"`
}

// Tally is a candidate's votes in the current round.
type Tally struct {
	CityID int64  `bun:"candidate_city_id"`
	Votes  *int64 `bun:"votes"`
}

// electionLockSpace keeps the elections' advisory locks apart from other uses of them.
const electionLockSpace = 0x656c << 48

// lockElection serialises work on one election with an advisory lock: votes share it, so they
// run in parallel; candidacies and closing take it alone, so no vote slips past a tally. (Row
// locks would need UPDATE rights that voting cities do not have.)
func lockElection(ctx context.Context, tx bun.IDB, id int64, shared bool, e *Election) error {
	fn := "pg_advisory_xact_lock"
	if shared {
		fn = "pg_advisory_xact_lock_shared"
	}
	if _, err := tx.ExecContext(ctx, "SELECT "+fn+"(?::bigint)", electionLockSpace|id); err != nil {
		return err
	}
	err := tx.NewSelect().Model(e).Where("el.id = ?", id).Scan(ctx)
	if db.IsNoRows(err) {
		return apperr.User(apperr.CodeNotFound, []string{"electionId"}, "no such election")
	}
	return err
}

// OpenElection opens the election of termYear's presidency at a summit (SECRETARIAT). The city
// elected at a summit presides the year after it (R2.6), so termYear is the summit's year + 1.
func (s *Service) OpenElection(ctx context.Context, summitID int64, termYear int) (*Election, error) {
	v, err := auth.RequireSecretariat(ctx)
	if err != nil {
		return nil, err
	}
	e := &Election{SummitID: summitID, TermYear: termYear, Status: ElectionOpen, Round: 1, OpenedByUserID: &v.UserID}
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var summitYear *int
		if err := tx.NewRaw("SELECT (SELECT year FROM summit WHERE id = ?)", summitID).Scan(ctx, &summitYear); err != nil {
			return err
		}
		if summitYear == nil {
			return apperr.User(apperr.CodeNotFound, []string{"summitId"}, "no such summit")
		}
		if termYear != *summitYear+1 {
			return apperr.User(apperr.CodeRuleViolation, []string{"termYear"}, "R2.6: the city elected at the %d summit presides in %d", *summitYear, *summitYear+1)
		}
		var taken bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM presidency_term WHERE year = ?)", termYear).Scan(ctx, &taken); err != nil {
			return err
		}
		if taken {
			return apperr.User(apperr.CodeRuleViolation, []string{"termYear"}, "R2.1: the %d presidency is already decided", termYear)
		}
		if _, err := tx.NewInsert().Model(e).Returning("id, opened_at").Exec(ctx); err != nil {
			if code, _ := db.Violation(err); code == db.UniqueViolation {
				return apperr.User(apperr.CodeDuplicate, []string{"termYear"}, "an election for %d is already open", termYear)
			}
			return err
		}
		if err := audit.Entity(ctx, tx, nil, "openPresidencyElection", gid.PresidencyElection, []int64{e.ID}, map[string]any{"termYear": termYear}); err != nil {
			return err
		}
		return s.raise(ctx, tx, notify.KindElectionOpened, e, map[string]string{"summit": strconv.Itoa(*summitYear)})
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// neighbourTerm returns the year of a term next to year that the city holds, or 0: holding either makes a city ineligible (R2.4).
func neighbourTerm(ctx context.Context, tx bun.IDB, cityID int64, year int) (int, error) {
	var held int
	err := tx.NewRaw("SELECT coalesce((SELECT year FROM presidency_term WHERE city_id = ? AND year IN (?, ?) LIMIT 1), 0)",
		cityID, year-1, year+1).Scan(ctx, &held)
	return held, err
}

// DeclareCandidacy stands a member city for the presidency (R2.3): its CITY_ADMIN or the
// secretariat. The city holding the term before (or after) the one elected may not stand (R2.4).
// Candidacies close when the first vote is cast.
func (s *Service) DeclareCandidacy(ctx context.Context, electionID, cityID int64) (*Election, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.IsSecretariat() && !v.IsCityAdmin(cityID) {
		return nil, apperr.ErrForbidden
	}
	var e Election
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := lockElection(ctx, tx, electionID, false, &e); err != nil {
			return err
		}
		if err := e.CheckCandidacy(); err != nil {
			return err
		}
		var votes int
		// Through the definer function: a city may not read other cities' ballots.
		if err := tx.NewRaw("SELECT count(*) FROM b40_election_voters(?, 1)", e.ID).Scan(ctx, &votes); err != nil {
			return err
		}
		var status city.Status
		if err := tx.NewRaw("SELECT coalesce((SELECT status FROM city WHERE id = ?), '')", cityID).Scan(ctx, &status); err != nil {
			return err
		}
		switch {
		case status == "":
			return apperr.User(apperr.CodeNotFound, []string{"cityId"}, "no such city")
		case status != city.StatusActive:
			return apperr.User(apperr.CodeRuleViolation, []string{"cityId"}, "R2.3: only active member cities stand for the presidency")
		}
		if held, err := neighbourTerm(ctx, tx, cityID, e.TermYear); err != nil {
			return err
		} else if held != 0 {
			return apperr.User(apperr.CodeIneligibleConsecutiveTerm, []string{"cityId"},
				"R2.4: no city holds the presidency two terms in a row; this city holds the %d term", held)
		}
		// Checked after the eligibility rules, so an ineligible city hears why whenever it asks.
		if votes > 0 {
			return apperr.User(apperr.CodeRuleViolation, []string{"electionId"}, "candidacies closed with the first vote")
		}
		c := &Candidate{CityID: cityID, ElectionID: e.ID, Round: 1, DeclaredByUserID: &v.UserID}
		res, err := tx.NewInsert().Model(c).On("CONFLICT DO NOTHING").Returning("NULL").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.User(apperr.CodeDuplicate, []string{"cityId"}, "the city already stands in this election")
		}
		if err := audit.Entity(ctx, tx, &cityID, "declareCandidacy", gid.PresidencyElection, []int64{e.ID}, map[string]any{"cityId": gid.Encode(gid.City, cityID)}); err != nil {
			return err
		}
		name, err := cityName(ctx, tx, cityID)
		if err != nil {
			return err
		}
		return s.raise(ctx, tx, notify.KindCandidacyDeclared, &e, map[string]string{"city": name})
	})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// CastVote records voterCity's one vote of the round for a candidate (a member city's
// CITY_ADMIN; one member city, one vote). voterCityID may be nil when the caller administers
// exactly one city.
func (s *Service) CastVote(ctx context.Context, electionID, candidateCityID int64, voterCityID *int64) (*Election, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	admin := v.AdminCityIDs()
	if voterCityID == nil {
		if len(admin) != 1 {
			if len(admin) == 0 {
				return nil, apperr.New(apperr.Forbidden, "votes are cast by a member city's CITY_ADMIN")
			}
			return nil, apperr.User(apperr.CodeInvalid, []string{"voterCityId"}, "you administer several cities: say which one votes")
		}
		voterCityID = &admin[0]
	}
	if !v.IsCityAdmin(*voterCityID) {
		return nil, apperr.New(apperr.Forbidden, "votes are cast by a member city's CITY_ADMIN")
	}
	var e Election
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := lockElection(ctx, tx, electionID, true, &e); err != nil {
			return err
		}
		if err := e.CheckVote(); err != nil {
			return err
		}
		var active bool
		if err := tx.NewRaw("SELECT b40_city_active(?)", *voterCityID).Scan(ctx, &active); err != nil {
			return err
		}
		if !active {
			return apperr.User(apperr.CodeRuleViolation, []string{"voterCityId"}, "only active member cities vote")
		}
		var candidate bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM presidency_candidate WHERE election_id = ? AND round = ? AND city_id = ?)",
			e.ID, e.Round, candidateCityID).Scan(ctx, &candidate); err != nil {
			return err
		}
		if !candidate {
			return apperr.User(apperr.CodeInvalid, []string{"candidateCityId"}, "the city is not a candidate in round %d", e.Round)
		}
		res, err := tx.NewInsert().Model(&Ballot{CityID: *voterCityID, ElectionID: e.ID, Round: e.Round, CandidateCityID: candidateCityID, CastByUserID: &v.UserID}).
			On("CONFLICT DO NOTHING").Returning("NULL").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.User(apperr.CodeAlreadyVoted, []string{"electionId"}, "one member city, one vote: your city has voted in round %d", e.Round)
		}
		return audit.Entity(ctx, tx, voterCityID, "castVote", gid.PresidencyElection, []int64{e.ID}, map[string]any{"round": e.Round})
	})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// CloseElection tallies the round (SECRETARIAT). A single leader wins: it gets the term (R2.6)
// and hosts that year's summit (R2.5). A tie opens a runoff round among the tied cities.
func (s *Service) CloseElection(ctx context.Context, electionID int64) (*Election, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	var e Election
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := lockElection(ctx, tx, electionID, false, &e); err != nil {
			return err
		}
		var tally []RoundVotes
		if err := tx.NewRaw(`SELECT c.city_id, count(v.city_id) AS votes FROM presidency_candidate c
			LEFT JOIN presidency_vote v ON v.election_id = c.election_id AND v.round = c.round AND v.candidate_city_id = c.city_id
			WHERE c.election_id = ? AND c.round = ? GROUP BY c.city_id ORDER BY votes DESC, c.city_id`, e.ID, e.Round).Scan(ctx, &tally); err != nil {
			return err
		}
		inner, effects := audit.Compose(ctx)
		runoff, err := e.Close(tally, s.Now())
		if err != nil {
			return err
		}
		for _, c := range runoff {
			if _, err := tx.NewInsert().Model(&Candidate{CityID: c, ElectionID: e.ID, Round: e.Round}).Returning("NULL").Exec(ctx); err != nil {
				return err
			}
		}
		if e.WinnerCityID != nil {
			winner := *e.WinnerCityID
			if _, err := tx.ExecContext(ctx, `INSERT INTO presidency_term (city_id, year, mayor_name, elected_at_summit_id)
				SELECT id, ?, mayor_name, ? FROM city WHERE id = ?`, e.TermYear, e.SummitID, winner); err != nil {
				if code, _ := db.Violation(err); code == db.ExclusionViolation || code == db.UniqueViolation {
					return apperr.User(apperr.CodeIneligibleConsecutiveTerm, []string{"electionId"}, "R2.4: the winner cannot hold the %d term", e.TermYear)
				}
				return err
			}
			// R2.5: the elected city hosts its year's summit, if one is already scheduled.
			if err := summit.SetHostTx(inner, tx, e.TermYear, winner); err != nil {
				return err
			}
		}
		if _, err := tx.NewUpdate().Model(&e).Column("status", "round", "closed_at", "winner_city_id").WherePK().Exec(ctx); err != nil {
			return err
		}
		changes := map[string]any{"status": e.Status, "round": e.Round, "tally": fmt.Sprint(tally)}
		if err := audit.Entity(ctx, tx, e.WinnerCityID, "closePresidencyElection", gid.PresidencyElection, []int64{e.ID}, effects.Into(changes)); err != nil {
			return err
		}
		params := map[string]string{}
		if e.WinnerCityID != nil {
			if params["winner"], err = cityName(ctx, tx, *e.WinnerCityID); err != nil {
				return err
			}
		}
		return s.raise(ctx, tx, notify.KindElectionResult, &e, params)
	})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// RecordTerm records a past term, for history (SECRETARIAT); R2.4 still holds.
func (s *Service) RecordTerm(ctx context.Context, year int, cityID int64, mayorName *string) (*Term, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	if year < 2021 || year > s.Now().Year()+5 {
		return nil, apperr.User(apperr.CodeInvalid, []string{"year"}, "the year must be between 2021 and %d", s.Now().Year()+5)
	}
	t := &Term{CityID: cityID, Year: year, MayorName: mayorName}
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var exists bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM city WHERE id = ?)", cityID).Scan(ctx, &exists); err != nil {
			return err
		}
		if !exists {
			return apperr.User(apperr.CodeNotFound, []string{"cityId"}, "no such city")
		}
		if held, err := neighbourTerm(ctx, tx, cityID, year); err != nil {
			return err
		} else if held != 0 {
			return apperr.User(apperr.CodeIneligibleConsecutiveTerm, []string{"cityId"}, "R2.4: the city holds the %d term; no city holds two in a row", held)
		}
		if _, err := tx.NewInsert().Model(t).Returning("id, created_at").Exec(ctx); err != nil {
			switch code, _ := db.Violation(err); code {
			case db.UniqueViolation:
				return apperr.User(apperr.CodeDuplicate, []string{"year"}, "R2.1: the %d term is already on record", year)
			case db.ExclusionViolation:
				return apperr.User(apperr.CodeIneligibleConsecutiveTerm, []string{"cityId"}, "R2.4: no city holds two terms in a row")
			}
			return err
		}
		id := gid.Encode(gid.PresidencyTerm, t.ID)
		return audit.Record(ctx, tx, audit.Event{CityID: &cityID, Action: "recordPresidencyTerm", EntityType: gid.PresidencyTerm, EntityID: &id,
			Changes: map[string]any{"year": year}})
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// ElectionByID loads an election, or nil (elections are public).
func (s *Service) ElectionByID(ctx context.Context, id int64) (*Election, error) {
	return db.First[*Election](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Election)(nil)).Where("el.id = ?", id)
	})
}

// ElectionsBySummit loads each summit's election (loader batch function).
func (s *Service) ElectionsBySummit(ctx context.Context, summitIDs []int64) ([]*Election, []error) {
	return db.LoadByKeys(ctx, s.DB, electionsBySummit, summitIDs)
}

var electionsBySummit = db.ByKeys[int64, *Election]{Cols: []string{"el.summit_id"}, Order: []string{"el.term_year"},
	Key: func(e *Election) int64 { return e.SummitID }}

// candidateOrder is the order of a round's candidates, first declared first (Candidates' and
// the nested reads'), over the candidates' alias {r}.
const candidateOrder = "{r}.declared_at, {r}.city_id"

// Candidates lists the cities standing in the election's current round.
func (s *Service) Candidates(ctx context.Context, e *Election) ([]*Candidate, error) {
	return db.Select[*Candidate](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Candidate)(nil)).Where("pc.election_id = ? AND pc.round = ?", e.ID, e.Round).
			Order(strings.Split(strings.ReplaceAll(candidateOrder, "{r}", "pc"), ", ")...)
	})
}

// Tally returns the current round's votes per candidate for members and the secretariat; nil
// (not zero) for anyone else.
func (s *Service) Tally(ctx context.Context, e *Election) (map[int64]int, error) {
	if !canSeeTally(ctx) {
		return nil, nil
	}
	rows, err := db.Select[*Tally](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().TableExpr("b40_election_tally(?, ?)", e.ID, e.Round).Column("candidate_city_id", "votes")
	})
	if err != nil {
		return nil, err
	}
	out := map[int64]int{}
	for _, r := range rows {
		out[r.CityID] = int(*r.Votes)
	}
	return out, nil
}

// Voters lists the cities that voted in the current round, for members and the secretariat.
func (s *Service) Voters(ctx context.Context, e *Election) ([]int64, error) {
	if !canSeeTally(ctx) {
		return nil, nil
	}
	ids, err := db.Select[int64](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().TableExpr("b40_election_voters(?, ?)", e.ID, e.Round).Column("city_id")
	})
	if ids == nil && err == nil {
		ids = []int64{} // none voted yet: 0 votes cast, not an unknown count
	}
	return ids, err
}

// Ballots lists how each city voted in the current round: the secretariat only.
func (s *Service) Ballots(ctx context.Context, e *Election) ([]*Ballot, error) {
	if v := auth.FromContext(ctx); !v.IsSecretariat() {
		return nil, nil
	}
	return db.Select[*Ballot](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Ballot)(nil)).Where("pv.election_id = ? AND pv.round = ?", e.ID, e.Round).Order("pv.city_id")
	})
}

// EligibleVoters counts the active member cities: one vote each.
func (s *Service) EligibleVoters(ctx context.Context) (int, error) {
	return db.First[int](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().TableExpr("city").ColumnExpr("count(*)").Where("status = ?", city.StatusActive)
	})
}

func canSeeTally(ctx context.Context) bool {
	v := auth.FromContext(ctx)
	return v.IsSecretariat() || len(v.CityIDs()) > 0
}

// raise tells every member city's admins of an election's news (notify's rules).
func (s *Service) raise(ctx context.Context, tx bun.Tx, kind string, e *Election, params map[string]string) error {
	params["year"] = strconv.Itoa(e.TermYear)
	id := gid.Encode(gid.PresidencyElection, e.ID)
	_, err := s.Outbox.Raise(ctx, tx, notify.Event{Kind: kind, ItemID: id, Params: params, URL: "/elections/" + id})
	return err
}

func cityName(ctx context.Context, tx bun.IDB, id int64) (string, error) {
	var name string
	err := tx.NewRaw("SELECT coalesce((SELECT name FROM city WHERE id = ?), '')", id).Scan(ctx, &name)
	return name, err
}

// Package report assembles the annual report of a term (R5.2), freezes it when the
// secretariat finalizes it, and renders it as Markdown.
package report

import (
	"context"
	"encoding/json"
	"strconv"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/analytics"
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/indicator"
	"github.com/b40-network/workspace/internal/notify"
)

// Report is one year's annual report. Its JSON is the frozen snapshot.
type Report struct {
	Year             int                 `json:"year"`
	Presidency       *Presidency         `json:"presidency"`
	Summit           *Summit             `json:"summit"`
	NewMembers       []NewMember         `json:"newMembers"`
	WorkingGroups    []GroupYear         `json:"workingGroups"`
	Proposals        ProposalCounts      `json:"proposals"`
	Recommendations  []RecommendationRow `json:"recommendations"`
	Implementations  ImplementationStats `json:"implementations"`
	PracticesShared  int                 `json:"practicesShared"`
	PracticesAdopted int                 `json:"practicesAdopted"`
	Indicators       []IndicatorRow      `json:"indicators"`
	GeneratedAt      time.Time           `json:"generatedAt"`
	FinalizedAt      *time.Time          `json:"finalizedAt,omitempty"`
}

type Presidency struct {
	CityID    int64   `json:"cityId" bun:"city_id"`
	City      string  `json:"city" bun:"city"`
	MayorName *string `json:"mayorName" bun:"mayor_name"`
}

type Summit struct {
	ID       int64     `json:"id" bun:"id"`
	Title    string    `json:"title" bun:"title"`
	StartsOn time.Time `json:"startsOn" bun:"starts_on"`
	EndsOn   time.Time `json:"endsOn" bun:"ends_on"`
	Host     string    `json:"host" bun:"host"`
}

type NewMember struct {
	CityID      int64           `json:"cityId" bun:"city_id"`
	Name        string          `json:"name" bun:"name"`
	Country     string          `json:"country" bun:"country"`
	JoinRoute   *city.JoinRoute `json:"joinRoute" bun:"join_route"`
	MemberSince time.Time       `json:"memberSince" bun:"member_since"`
}

type GroupYear struct {
	WorkingGroupID int64  `json:"workingGroupId"`
	Name           string `json:"name"`
	MeetingsHeld   int    `json:"meetingsHeld"`
	MeetingsDue    int    `json:"meetingsDue"`
}

type ProposalCounts struct {
	Submitted   int `json:"submitted" bun:"submitted"`
	Accepted    int `json:"accepted" bun:"accepted"`
	Declined    int `json:"declined" bun:"declined"`
	Withdrawn   int `json:"withdrawn" bun:"withdrawn"`
	UnderReview int `json:"underReview" bun:"under_review"`
}

type RecommendationRow struct {
	ID         int64  `json:"id" bun:"id"`
	Title      string `json:"title" bun:"title"`
	Committed  int    `json:"committed" bun:"committed"`
	InProgress int    `json:"inProgress" bun:"in_progress"`
	Completed  int    `json:"completed" bun:"completed"`
	NotPursued int    `json:"notPursued" bun:"not_pursued"`
}

type ImplementationStats struct {
	ByStatus []analytics.StatusCount `json:"byStatus"`
}

type IndicatorRow struct {
	IndicatorID int64    `json:"indicatorId"`
	Name        string   `json:"name"`
	Unit        string   `json:"unit"`
	Baseline    float64  `json:"baseline"`
	Target      float64  `json:"target"`
	Latest      *float64 `json:"latest"`
	Percent     *float64 `json:"percent"`
	OnTrack     bool     `json:"onTrack"`
}

// Service builds and freezes reports.
type Service struct {
	DB         *bun.DB
	Now        func() time.Time // the clock, injected so tests can set it
	Indicators *indicator.Service
	// live keeps a year's unfinalized report for analytics.CacheTTL: it reads the whole network.
	live *analytics.Cache
	// Outbox tells everyone the report is final, in the finalizing transaction.
	Outbox *notify.Outbox
}

// NewService returns a Service on d.
func NewService(d *bun.DB, ind *indicator.Service) *Service {
	return &Service{DB: d, Now: time.Now, Indicators: ind, live: analytics.NewCache(20, analytics.CacheTTL)}
}

// authorize: any signed-in person reads the report (members, secretariat, analysts).
func authorize(ctx context.Context) error {
	_, err := auth.RequireUser(ctx)
	return err
}

// Get returns the frozen report when finalized, else the report as the data stand now. The
// live report is shared by every reader for analytics.CacheTTL, so it is computed in the one
// network scope (analytics.Do), never in the scope of whoever asked first.
func (s *Service) Get(ctx context.Context, year int) (*Report, error) {
	if err := authorize(ctx); err != nil {
		return nil, err
	}
	r, err := s.frozen(ctx, year)
	if err != nil || r != nil {
		return r, err
	}
	r, err = analytics.Do(ctx, s.live, analytics.Key("AnnualReport", year), func(ctx context.Context) (*Report, error) { return s.build(ctx, year) })
	if err != nil {
		return nil, err
	}
	c := *r // callers may set FinalizedAt on their copy
	return &c, nil
}

// frozen is the year's finalized report, or nil.
func (s *Service) frozen(ctx context.Context, year int) (*Report, error) {
	if year < 2021 || year > s.Now().Year()+1 {
		return nil, apperr.Invalid([]string{"year"}, "year must be between 2021 and %d", s.Now().Year()+1)
	}
	var snap []json.RawMessage
	if err := db.Read(ctx, s.DB, func(tx bun.IDB) error {
		return tx.NewRaw("SELECT snapshot FROM annual_report WHERE year = ?", year).Scan(ctx, &snap)
	}); err != nil {
		return nil, err
	}
	if len(snap) == 0 {
		return nil, nil
	}
	var r Report
	return &r, json.Unmarshal(snap[0], &r)
}

// Finalize freezes the year's report (SECRETARIAT, R5.2): later edits do not change it. The
// frozen figures are built afresh in the network scope, never taken from the shared live copy.
func (s *Service) Finalize(ctx context.Context, year int) (*Report, error) {
	v, err := auth.RequireSecretariat(ctx)
	if err != nil {
		return nil, err
	}
	r, err := s.frozen(ctx, year)
	if err != nil {
		return nil, err
	}
	if r != nil {
		return nil, apperr.User(apperr.CodeDuplicate, []string{"year"}, "the %d report was finalized on %s", year, r.FinalizedAt.Format(time.DateOnly))
	}
	if r, err = s.build(db.Detached(ctx, auth.NetworkReadScope()), year); err != nil {
		return nil, err
	}
	now := s.Now().UTC()
	r.FinalizedAt = &now
	b, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "INSERT INTO annual_report (year, snapshot, finalized_by_user_id) VALUES (?, ?, ?)", year, string(b), v.UserID); err != nil {
			if code, _ := db.Violation(err); code == db.UniqueViolation {
				return apperr.User(apperr.CodeDuplicate, []string{"year"}, "the %d report is already finalized", year)
			}
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{Action: "finalizeAnnualReport", EntityType: "AnnualReport", Changes: map[string]any{"year": year}}); err != nil {
			return err
		}
		_, err := s.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindAnnualReportFinal, Params: map[string]string{"year": strconv.Itoa(year)},
			URL: "/analytics?year=" + strconv.Itoa(year)})
		return err
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// MarkdownURL is where the report is served as Markdown.
func (r *Report) MarkdownURL() string { return "/reports/annual/" + strconv.Itoa(r.Year) + ".md" }

// Package workspace holds each member city's workspace: its proposals to the network, the
// network's recommendations and the city's voluntary implementation of them (R6.5), and the
// good practices it shares.
package workspace

import (
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/i18n"
)

// Key names a tenant row: its city and its id.
type Key struct{ CityID, ID int64 }

// Proposal is a city's proposal to the network.
type Proposal struct {
	bun.BaseModel `bun:"table:proposal,alias:pr"`

	CityID          int64          `bun:"city_id,pk"`
	ID              int64          `bun:"id,pk,autoincrement"`
	Title           string         `bun:"title"`
	Summary         *string        `bun:"summary"`
	Body            i18n.Text      `bun:"body,type:jsonb"`
	WorkingGroupID  *int64         `bun:"working_group_id"`
	Visibility      Visibility     `bun:"visibility"`
	Status          ProposalStatus `bun:"status"`
	SubmittedAt     *time.Time     `bun:"submitted_at"`
	DecidedAt       *time.Time     `bun:"decided_at"`
	DecisionNote    *string        `bun:"decision_note"`
	DecidedByUserID *int64         `bun:"decided_by_user_id"`
	CreatedByUserID *int64         `bun:"created_by_user_id"`
	CreatedAt       time.Time      `bun:"created_at,nullzero,default:now()"`
	UpdatedAt       time.Time      `bun:"updated_at,nullzero,default:now()"`
	Version         int            `bun:"version"`
}

// Key returns the proposal's key.
func (p *Proposal) Key() Key { return Key{p.CityID, p.ID} }

// Endorsement is another city's support for a proposal.
type Endorsement struct {
	bun.BaseModel `bun:"table:proposal_endorsement,alias:en"`

	CityID           int64     `bun:"city_id,pk"`
	ProposalID       int64     `bun:"proposal_id,pk"`
	EndorserCityID   int64     `bun:"endorser_city_id,pk"`
	EndorsedByUserID *int64    `bun:"endorsed_by_user_id"`
	EndorsedAt       time.Time `bun:"endorsed_at,nullzero,default:now()"`
}

// Recommendation is one of the network's non-binding recommendations (R6.5).
type Recommendation struct {
	bun.BaseModel `bun:"table:recommendation,alias:rc"`

	ID                   int64     `bun:"id,pk,autoincrement"`
	Title                string    `bun:"title"`
	Body                 i18n.Text `bun:"body,type:jsonb"`
	SourceProposalCityID *int64    `bun:"source_proposal_city_id"`
	SourceProposalID     *int64    `bun:"source_proposal_id"`
	SourceWorkingGroupID *int64    `bun:"source_working_group_id"`
	SourceSummitID       *int64    `bun:"source_summit_id"`
	// SourceMeetingID and SourceDecision name the decision of approved minutes it came from.
	SourceMeetingID *int64    `bun:"source_meeting_id"`
	SourceDecision  *string   `bun:"source_decision"`
	AdoptedOn       time.Time `bun:"adopted_on,type:date"`
	CreatedByUserID *int64    `bun:"created_by_user_id"`
	CreatedAt       time.Time `bun:"created_at,nullzero,default:now()"`
	Version         int       `bun:"version"`
}

// Adoption counts the implementations of a recommendation the caller may see, by status.
type Adoption struct {
	RecommendationID int64 `bun:"recommendation_id"`
	Committed        int   `bun:"committed"`
	InProgress       int   `bun:"in_progress"`
	Completed        int   `bun:"completed"`
	NotPursued       int   `bun:"not_pursued"`
	Suspended        int   `bun:"suspended"`
	Cities           int   `bun:"cities"`
}

// Implementation is a city's voluntary implementation of a recommendation or of another city's
// practice.
type Implementation struct {
	bun.BaseModel `bun:"table:implementation,alias:im"`

	CityID               int64                `bun:"city_id,pk"`
	ID                   int64                `bun:"id,pk,autoincrement"`
	RecommendationID     *int64               `bun:"recommendation_id"`
	SourcePracticeCityID *int64               `bun:"source_practice_city_id"`
	SourcePracticeID     *int64               `bun:"source_practice_id"`
	Visibility           Visibility           `bun:"visibility"`
	Status               ImplementationStatus `bun:"status"`
	Progress             int                  `bun:"progress"`
	PlannedStart         *time.Time           `bun:"planned_start,type:date"`
	PlannedEnd           *time.Time           `bun:"planned_end,type:date"`
	CreatedByUserID      *int64               `bun:"created_by_user_id"`
	CreatedAt            time.Time            `bun:"created_at,nullzero,default:now()"`
	UpdatedAt            time.Time            `bun:"updated_at,nullzero,default:now()"`
	Version              int                  `bun:"version"`
}

// Key returns the implementation's key.
func (i *Implementation) Key() Key { return Key{i.CityID, i.ID} }

// Update is one entry of an implementation's timeline.
type Update struct {
	bun.BaseModel `bun:"table:implementation_update,alias:iu"`

	CityID           int64                `bun:"city_id,pk"`
	ID               int64                `bun:"id,pk,autoincrement"`
	ImplementationID int64                `bun:"implementation_id"`
	At               time.Time            `bun:"at,nullzero,default:now()"`
	AuthorUserID     *int64               `bun:"author_user_id"`
	Status           ImplementationStatus `bun:"status"`
	Progress         int                  `bun:"progress"`
	Note             *string              `bun:"note"`
	EvidenceURLs     []string             `bun:"evidence_urls,array"`
}

// Practice is a good practice a city shares.
type Practice struct {
	bun.BaseModel `bun:"table:practice,alias:pt"`

	CityID          int64          `bun:"city_id,pk"`
	ID              int64          `bun:"id,pk,autoincrement"`
	Title           string         `bun:"title"`
	Summary         *string        `bun:"summary"`
	Body            i18n.Text      `bun:"body,type:jsonb"`
	SDGs            []int          `bun:"sdgs,array"`
	Results         *string        `bun:"results"`
	Contact         *string        `bun:"contact"`
	Links           []string       `bun:"links,array"`
	Visibility      Visibility     `bun:"visibility"`
	Status          PracticeStatus `bun:"status"`
	PublishedAt     *time.Time     `bun:"published_at"`
	CreatedByUserID *int64         `bun:"created_by_user_id"`
	CreatedAt       time.Time      `bun:"created_at,nullzero,default:now()"`
	UpdatedAt       time.Time      `bun:"updated_at,nullzero,default:now()"`
	Version         int            `bun:"version"`

	// Rank is the search relevance, when the list was searched.
	Rank float64 `bun:"rank,scanonly"`
	// SearchTotal is, on a page of a search with no other filter, how many practices the search
	// matches in all (the page's statement counts them as it ranks them).
	SearchTotal int `bun:"search_total,scanonly"`
}

// Key returns the practice's key.
func (p *Practice) Key() Key { return Key{p.CityID, p.ID} }

// PracticeGroup links a practice to a working group.
type PracticeGroup struct {
	bun.BaseModel `bun:"table:practice_working_group,alias:pwg"`

	CityID         int64 `bun:"city_id,pk"`
	PracticeID     int64 `bun:"practice_id,pk"`
	WorkingGroupID int64 `bun:"working_group_id,pk"`
}

// Package network holds the network itself: its settings and the permanent secretariat (R1, R3).
package network

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
)

// Network is the singleton row of network settings.
type Network struct {
	bun.BaseModel `bun:"table:network,alias:n"`

	ID                int16     `bun:"id,pk"`
	Name              string    `bun:"name"`
	Motto             *string   `bun:"motto"`
	FoundedOn         time.Time `bun:"founded_on,type:date"`
	SecretariatCityID *int64    `bun:"secretariat_city_id"`
	UpdatedAt         time.Time `bun:"updated_at"`
}

// Staff is a member of the permanent secretariat (R3.3).
type Staff struct {
	bun.BaseModel `bun:"table:secretariat_staff,alias:st"`

	ID           int64     `bun:"id,pk,autoincrement"`
	Name         string    `bun:"name"`
	Position     Position  `bun:"position"`
	EnglishLevel CEFRLevel `bun:"english_level"`
	CreatedAt    time.Time `bun:"created_at,nullzero,default:now()"`
}

// Compliance says whether the secretariat meets R3.3, naming each shortfall.
type Compliance struct {
	MeetsMinimum bool
	Problems     []string
}

// MinExperts is R3.3's "at least two experts".
const MinExperts = 2

// GoodEnglish is "good English" of R3.3, read as CEFR B2 or above.
const GoodEnglish = B2

// CheckCompliance applies R3.3 to a staff list.
func CheckCompliance(staff []*Staff) Compliance {
	var secretaries, experts int
	var problems []string
	for _, s := range staff {
		switch s.Position {
		case PositionNetworkSecretary:
			secretaries++
		case PositionExpert:
			experts++
			if !s.EnglishLevel.AtLeast(GoodEnglish) {
				problems = append(problems, fmt.Sprintf("R3.3: expert %s has English at %s; B2 or above is required", s.Name, s.EnglishLevel))
			}
		}
	}
	if secretaries != 1 {
		problems = append([]string{fmt.Sprintf("R3.3: the secretariat needs exactly one network secretary, has %d", secretaries)}, problems...)
	}
	if experts < MinExperts {
		problems = append(problems, fmt.Sprintf("R3.3: the secretariat needs at least %d experts, has %d", MinExperts, experts))
	}
	return Compliance{MeetsMinimum: len(problems) == 0, Problems: problems}
}

// Service reads the network's settings and secretariat.
type Service struct{ DB *bun.DB }

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d} }

// Get returns the network.
func (s *Service) Get(ctx context.Context) (*Network, error) {
	return db.First[*Network](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery { return tx.NewSelect().Model((*Network)(nil)) })
}

// EligibleCountries returns the country codes whose cities may join (R6 decision).
func (s *Service) EligibleCountries(ctx context.Context) ([]string, error) {
	return db.Select[string](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Table("network_eligible_country").Column("country_code").Order("country_code")
	})
}

// Staff returns the secretariat's staff, the secretary first.
func (s *Service) Staff(ctx context.Context) ([]*Staff, error) {
	return db.Select[*Staff](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Staff)(nil)).OrderExpr("st.position DESC, st.name, st.id")
	})
}

type countryRow struct {
	Code string `bun:"code"`
	Name string `bun:"name"`
}

var countriesByCode = db.ByKeys[string, *countryRow]{
	Select: func(tx bun.IDB) *bun.SelectQuery { return tx.NewSelect().Table("country").Column("code", "name") },
	Cols:   []string{"code"},
	Key:    func(r *countryRow) string { return r.Code },
}

// CountryName returns the English name of an ISO country code.
func (s *Service) CountryNames(ctx context.Context, codes []string) ([]string, []error) {
	found, errs := db.LoadByKeys(ctx, s.DB, countriesByCode, codes)
	names := make([]string, len(codes))
	for i, r := range found {
		if r != nil {
			names[i] = r.Name
		}
	}
	return names, errs
}

// StaffByID loads one staff member, or nil.
func (s *Service) StaffByID(ctx context.Context, id int64) (*Staff, error) {
	return db.First[*Staff](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Staff)(nil)).Where("st.id = ?", id)
	})
}

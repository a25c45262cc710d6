package workspace

import (
	"context"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/page"
)

// Filter narrows the workspace lists; empty fields match everything. Each list uses the
// fields that apply to it. Row-level security and the visibility model decide what is there
// to be seen at all.
type Filter struct {
	CityIDs           []int64
	Countries         []string
	WorkingGroupIDs   []int64
	Statuses          []string // values of the listed type's own status enum
	Visibilities      []Visibility
	RecommendationIDs []int64
	SummitIDs         []int64
	SDGs              []int
	From, To          *time.Time
	Search            string
}

// Order is a list's sort: a field of the list's order enum (ProposalOrderField,
// ImplementationOrderField, PracticeOrderField; the list's default when empty), and the direction.
type Order[F ~string] struct {
	Field F
	Desc  bool
}

// ProposalOrderField is what a list of proposals is ordered by (the schema's ProposalOrderField).
type ProposalOrderField string

const (
	ProposalOrderCreatedAt   ProposalOrderField = "CREATED_AT"
	ProposalOrderSubmittedAt ProposalOrderField = "SUBMITTED_AT"
	ProposalOrderTitle       ProposalOrderField = "TITLE"
)

// ImplementationOrderField is what a list of implementations is ordered by (the schema's
// ImplementationOrderField).
type ImplementationOrderField string

const (
	ImplementationOrderUpdatedAt  ImplementationOrderField = "UPDATED_AT"
	ImplementationOrderProgress   ImplementationOrderField = "PROGRESS"
	ImplementationOrderPlannedEnd ImplementationOrderField = "PLANNED_END"
)

// PracticeOrderField is what a list of practices is ordered by (the schema's PracticeOrderField).
type PracticeOrderField string

const (
	PracticeOrderRelevance   PracticeOrderField = "RELEVANCE"
	PracticeOrderPublishedAt PracticeOrderField = "PUBLISHED_AT"
	PracticeOrderTitle       PracticeOrderField = "TITLE"
)

// onlySearch reports a filter that sets nothing but its search.
func (f Filter) onlySearch() bool {
	return len(f.CityIDs) == 0 && len(f.Countries) == 0 && len(f.WorkingGroupIDs) == 0 && len(f.Statuses) == 0 &&
		len(f.Visibilities) == 0 && len(f.RecommendationIDs) == 0 && len(f.SummitIDs) == 0 && len(f.SDGs) == 0 &&
		f.From == nil && f.To == nil
}

func (f Filter) cities(q *bun.SelectQuery, col string) *bun.SelectQuery {
	q = db.WhereIn(q, col, f.CityIDs)
	if len(f.Countries) > 0 {
		q = q.Where(col+" IN (SELECT id FROM city WHERE country IN (?))", bun.List(f.Countries))
	}
	return q
}

func (f Filter) between(q *bun.SelectQuery, col string) *bun.SelectQuery {
	if f.From != nil {
		q = q.Where(col+" >= ?", *f.From)
	}
	if f.To != nil {
		q = q.Where(col+" < ?", *f.To)
	}
	return q
}

// key returns the keyset of an order (the sort expression and its type, then the tie breakers)
// and the field it sorts by: o's own when the list knows it, else the list's default.
func key[F ~string](alias string, o Order[F], exprs map[F][2]string, def F) (page.Key, F) {
	field := o.Field
	if _, ok := exprs[field]; !ok {
		field = def
	}
	e := exprs[field]
	return page.Key{Exprs: []string{e[0], alias + ".city_id", alias + ".id"}, Types: []string{e[1], "bigint", "bigint"}, Desc: o.Desc}, field
}

var proposalOrders = map[ProposalOrderField][2]string{
	ProposalOrderCreatedAt:   {"pr.created_at", "timestamptz"},
	ProposalOrderSubmittedAt: {"coalesce(pr.submitted_at, pr.created_at)", "timestamptz"},
	ProposalOrderTitle:       {"pr.title", "text"},
}

// Proposals lists the proposals the caller may see.
func (s *Service) Proposals(ctx context.Context, f Filter, o Order[ProposalOrderField], args page.Args) (*page.Connection[*Proposal], error) {
	k, field := key("pr", o, proposalOrders, ProposalOrderCreatedAt)
	return db.List(ctx, s.DB, args, k, func(p *Proposal) []any { return []any{p.sortValue(field), p.CityID, p.ID} },
		func(tx bun.IDB) *bun.SelectQuery {
			q := f.cities(tx.NewSelect().Model((*Proposal)(nil)), "pr.city_id")
			q = db.WhereIn(q, "pr.status", f.Statuses)
			q = db.WhereIn(q, "pr.visibility", f.Visibilities)
			q = db.WhereIn(q, "pr.working_group_id", f.WorkingGroupIDs)
			if s := strings.TrimSpace(f.Search); s != "" {
				p := "%" + db.EscapeLike(s) + "%"
				q = q.Where("(pr.title ILIKE ? OR pr.summary ILIKE ?)", p, p)
			}
			return f.between(q, "coalesce(pr.submitted_at, pr.created_at)")
		})
}

// sortValue is the proposal's value for field's sort expression, as its cursor stores it.
func (p *Proposal) sortValue(field ProposalOrderField) any {
	switch field {
	case ProposalOrderSubmittedAt:
		if p.SubmittedAt != nil {
			return *p.SubmittedAt
		}
		return p.CreatedAt
	case ProposalOrderTitle:
		return p.Title
	}
	return p.CreatedAt
}

// sortValue is the implementation's value for field's sort expression, as its cursor stores it.
func (i *Implementation) sortValue(field ImplementationOrderField) any {
	switch field {
	case ImplementationOrderProgress:
		return i.Progress
	case ImplementationOrderPlannedEnd:
		if i.PlannedEnd != nil {
			return i.PlannedEnd.Format(time.DateOnly)
		}
		return "infinity"
	}
	return i.UpdatedAt
}

// sortValue is the practice's value for field's sort expression, as its cursor stores it.
func (p *Practice) sortValue(field PracticeOrderField) any {
	switch field {
	case PracticeOrderTitle:
		return p.Title
	case PracticeOrderRelevance:
		return p.Rank
	}
	if p.PublishedAt != nil {
		return *p.PublishedAt
	}
	return p.CreatedAt
}

// The lists' default orders as SQL over their rows "{r}", ties broken by the key: what a
// first page without orderBy is read in (the nested reads' and the keys' of key below).
const (
	ImplementationOrder = "{r}.updated_at DESC, {r}.city_id DESC, {r}.id DESC"
	ProposalOrder       = "{r}.created_at DESC, {r}.city_id DESC, {r}.id DESC"
	PracticeOrder       = "coalesce({r}.published_at, {r}.created_at) DESC, {r}.city_id DESC, {r}.id DESC"
)

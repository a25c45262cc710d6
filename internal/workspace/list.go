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

// Order is a list's sort: a field name of the list's order enum, and the direction.
type Order struct {
	Field string
	Desc  bool
}

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

// key returns the keyset of an order: the sort expression and its type, then the tie breakers.
func key(alias string, o Order, exprs map[string][2]string, def string) page.Key {
	e, ok := exprs[o.Field]
	if !ok {
		e = exprs[def]
	}
	return page.Key{Exprs: []string{e[0], alias + ".city_id", alias + ".id"}, Types: []string{e[1], "bigint", "bigint"}, Desc: o.Desc}
}

var proposalOrders = map[string][2]string{
	"CREATED_AT":   {"pr.created_at", "timestamptz"},
	"SUBMITTED_AT": {"coalesce(pr.submitted_at, pr.created_at)", "timestamptz"},
	"TITLE":        {"pr.title", "text"},
}

// Proposals lists the proposals the caller may see.
func (s *Service) Proposals(ctx context.Context, f Filter, o Order, args page.Args) (*page.Connection[*Proposal], error) {
	k := key("pr", o, proposalOrders, "CREATED_AT")
	return db.List(ctx, s.DB, args, k, func(p *Proposal) []any { return []any{sortValue(o, proposalOrders, "CREATED_AT", p), p.CityID, p.ID} },
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

// sortValue is an item's value for the sort expression, as its cursor stores it.
func sortValue(o Order, exprs map[string][2]string, def string, item any) any {
	field := o.Field
	if _, ok := exprs[field]; !ok {
		field = def
	}
	switch it := item.(type) {
	case *Proposal:
		switch field {
		case "SUBMITTED_AT":
			if it.SubmittedAt != nil {
				return *it.SubmittedAt
			}
			return it.CreatedAt
		case "TITLE":
			return it.Title
		}
		return it.CreatedAt
	case *Implementation:
		switch field {
		case "PROGRESS":
			return it.Progress
		case "PLANNED_END":
			if it.PlannedEnd != nil {
				return it.PlannedEnd.Format(time.DateOnly)
			}
			return "infinity"
		}
		return it.UpdatedAt
	case *Practice:
		switch field {
		case "TITLE":
			return it.Title
		case "RELEVANCE":
			return it.Rank
		}
		if it.PublishedAt != nil {
			return *it.PublishedAt
		}
		return it.CreatedAt
	}
	return nil
}

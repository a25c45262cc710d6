package workspace

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/gid"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/page"
)

// PracticeInput is a practice's content; nil leaves a field unchanged on update.
type PracticeInput struct {
	Title           *string
	Summary         *string
	Body            *i18n.Text
	WorkingGroupIDs []int64 // nil: unchanged
	SDGs            []int   // nil: unchanged
	Results         *string
	Contact         *string
	Links           []string // nil: unchanged
	Visibility      *Visibility
}

func (in *PracticeInput) apply(p *Practice, create bool) error {
	var err error
	if in.Title != nil || create {
		if in.Title == nil {
			return apperr.User(apperr.CodeInvalid, []string{"title"}, "title is required")
		}
		if p.Title, err = text("title", *in.Title, true, 300); err != nil {
			return err
		}
	}
	if in.Body != nil || create {
		if in.Body == nil {
			return apperr.User(apperr.CodeInvalid, []string{"body"}, "body is required")
		}
		if p.Body, err = translated("body", *in.Body, 50000); err != nil {
			return err
		}
	}
	for field, t := range map[string]struct {
		v   *string
		dst **string
		max int
	}{"summary": {in.Summary, &p.Summary, 2000}, "results": {in.Results, &p.Results, 10000}, "contact": {in.Contact, &p.Contact, 500}} {
		if t.v != nil {
			if *t.dst, err = optText(field, t.v, t.max); err != nil {
				return err
			}
		}
	}
	if in.SDGs != nil {
		for _, g := range in.SDGs {
			if g < 1 || g > 17 {
				return apperr.User(apperr.CodeInvalid, []string{"sdgs"}, "Sustainable Development Goals are numbered 1 to 17")
			}
		}
		p.SDGs = slices.Compact(slices.Sorted(slices.Values(in.SDGs)))
	} else if create {
		p.SDGs = []int{}
	}
	if in.Links != nil {
		if err := checkURLs("links", in.Links, 20); err != nil {
			return err
		}
		p.Links = in.Links
	} else if create {
		p.Links = []string{}
	}
	if in.Visibility != nil || create {
		if p.Visibility, err = checkVisibility(in.Visibility, VisibilityNetwork); err != nil {
			return err
		}
	}
	return nil
}

func setGroups(ctx context.Context, tx bun.IDB, k Key, ids []int64) error {
	if ids == nil {
		return nil
	}
	if _, err := tx.NewDelete().Model((*PracticeGroup)(nil)).Where("city_id = ? AND practice_id = ?", k.CityID, k.ID).Exec(ctx); err != nil {
		return err
	}
	for _, id := range slices.Compact(slices.Sorted(slices.Values(ids))) {
		if _, err := tx.NewInsert().Model(&PracticeGroup{CityID: k.CityID, PracticeID: k.ID, WorkingGroupID: id}).Returning("NULL").Exec(ctx); err != nil {
			if code, _ := db.Violation(err); code == db.ForeignKeyViolation {
				return apperr.User(apperr.CodeNotFound, []string{"workingGroupIds"}, "no such working group")
			}
			return err
		}
	}
	return nil
}

// CreatePractice starts a DRAFT practice in the city's workspace.
func (s *Service) CreatePractice(ctx context.Context, cityID int64, in PracticeInput, idempotencyKey *string) (*Practice, error) {
	v, err := requireEditor(ctx, cityID)
	if err != nil {
		return nil, err
	}
	p := &Practice{CityID: cityID, Status: PracticeDraft, CreatedByUserID: &v.UserID, Version: 1}
	if err := in.apply(p, true); err != nil {
		return nil, err
	}
	key, err := s.createOnce(ctx, v, idempotencyKey, "createPractice", gid.Practice, []any{cityID, in}, func(tx bun.Tx) (Key, error) {
		if _, err := tx.NewInsert().Model(p).ExcludeColumn("published_at").Returning("id, created_at, updated_at").Exec(ctx); err != nil {
			return Key{}, err
		}
		return p.Key(), setGroups(ctx, tx, p.Key(), in.WorkingGroupIDs)
	}, map[string]any{"visibility": p.Visibility})
	if err != nil {
		return nil, err
	}
	return s.PracticeByKey(ctx, key)
}

// changePractice runs a change on one practice as its city's editor.
func (s *Service) changePractice(ctx context.Context, k Key, expected *int, action string, change func(tx bun.Tx, p *Practice) (map[string]any, error)) (*Practice, error) {
	if _, err := requireEditor(ctx, k.CityID); err != nil {
		return nil, err
	}
	var p Practice
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		err := tx.NewSelect().Model(&p).Where("pt.city_id = ? AND pt.id = ?", k.CityID, k.ID).For("UPDATE").Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"practiceId"}, "no such practice")
		}
		if err != nil {
			return err
		}
		if err := checkVersion(expected, p.Version); err != nil {
			return err
		}
		changes, err := change(tx, &p)
		if err != nil {
			return err
		}
		p.Version++
		if _, err := tx.NewUpdate().Model(&p).Column("title", "summary", "body", "sdgs", "results", "contact", "links", "visibility",
			"status", "published_at", "version").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, &p.CityID, action, gid.Practice, []int64{p.CityID, p.ID}, changes)
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// UpdatePractice edits a practice (drafts and published ones alike).
func (s *Service) UpdatePractice(ctx context.Context, k Key, expected *int, in PracticeInput) (*Practice, error) {
	return s.changePractice(ctx, k, expected, "updatePractice", func(tx bun.Tx, p *Practice) (map[string]any, error) {
		if err := in.apply(p, false); err != nil {
			return nil, err
		}
		return map[string]any{"visibility": p.Visibility}, setGroups(ctx, tx, p.Key(), in.WorkingGroupIDs)
	})
}

// PublishPractice shares a DRAFT with its audience.
func (s *Service) PublishPractice(ctx context.Context, k Key, expected *int) (*Practice, error) {
	return s.changePractice(ctx, k, expected, "publishPractice", func(_ bun.Tx, p *Practice) (map[string]any, error) {
		return map[string]any{"status": PracticePublished}, p.Publish(s.Now())
	})
}

// UnpublishPractice takes a practice back to DRAFT; adoptions already made remain.
func (s *Service) UnpublishPractice(ctx context.Context, k Key, expected *int) (*Practice, error) {
	return s.changePractice(ctx, k, expected, "unpublishPractice", func(_ bun.Tx, p *Practice) (map[string]any, error) {
		return map[string]any{"status": PracticeDraft}, p.Unpublish()
	})
}

// AdoptPractice starts an implementation of another city's published practice in cityID,
// pointing back to it: the transfer of a practice from city to city.
func (s *Service) AdoptPractice(ctx context.Context, k Key, cityID int64, plan Plan, idempotencyKey *string) (*Implementation, error) {
	v, err := requireEditor(ctx, cityID)
	if err != nil {
		return nil, err
	}
	if cityID == k.CityID {
		return nil, apperr.User(apperr.CodeInvalid, []string{"cityId"}, "a city adopts other cities' practices, not its own")
	}
	if err := plan.check(); err != nil {
		return nil, err
	}
	vis, err := checkVisibility(plan.Visibility, VisibilityNetwork)
	if err != nil {
		return nil, err
	}
	im := &Implementation{CityID: cityID, SourcePracticeCityID: &k.CityID, SourcePracticeID: &k.ID, Visibility: vis, Status: ImplementationPlanned,
		PlannedStart: plan.PlannedStart, PlannedEnd: plan.PlannedEnd, CreatedByUserID: &v.UserID, Version: 1}
	key, err := s.createOnce(ctx, v, idempotencyKey, "adoptPractice", gid.Implementation, []any{k, cityID, plan}, func(tx bun.Tx) (Key, error) {
		var src struct {
			Status     PracticeStatus
			Title      string
			Visibility string
		}
		if err := tx.NewRaw("SELECT coalesce(max(status), '') AS status, coalesce(max(title), '') AS title, coalesce(max(visibility), '') AS visibility FROM practice WHERE city_id = ? AND id = ?",
			k.CityID, k.ID).Scan(ctx, &src); err != nil {
			return Key{}, err
		}
		status := src.Status
		switch status {
		case "":
			return Key{}, apperr.User(apperr.CodeNotFound, []string{"practiceId"}, "no such practice")
		case PracticeDraft:
			return Key{}, apperr.User(apperr.CodeRuleViolation, []string{"practiceId"}, "only a published practice can be adopted")
		}
		if err := startImplementation(ctx, tx, im, "Adopted the practice."); err != nil {
			return Key{}, err
		}
		return im.Key(), s.raisePracticeAdopted(ctx, tx, k, src.Title, src.Visibility, cityID)
	}, map[string]any{"practice": []int64{k.CityID, k.ID}})
	if err != nil {
		return nil, err
	}
	return s.ImplementationByKey(ctx, key)
}

// PracticeByKey loads a practice the caller may see, or nil.
func (s *Service) PracticeByKey(ctx context.Context, k Key) (*Practice, error) {
	return db.First[*Practice](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Practice)(nil)).Where("pt.city_id = ? AND pt.id = ?", k.CityID, k.ID)
	})
}

// PracticesByKeys loads practices (loader batch function).
func (s *Service) PracticesByKeys(ctx context.Context, keys []Key) ([]*Practice, []error) {
	// A prepared statement of the practice's columns, as bun maps them (db.SelectPrepared).
	return db.LoadByKeys(ctx, s.DB, db.ByKeys[Key, *Practice]{
		SQL:  `SELECT ` + db.Columns[Practice](s.DB, "pt") + ` FROM practice pt WHERE `,
		Cols: []string{"pt.city_id", "pt.id"},
		Args: keyArrays,
		Key:  (*Practice).Key,
	}, keys)
}

// GroupsByPractice loads each practice's working groups (loader batch function).
func (s *Service) GroupsByPractice(ctx context.Context, keys []Key) ([][]*PracticeGroup, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, groupsByPractice, keys)
}

var groupsByPractice = db.ByKeys[Key, *PracticeGroup]{Cols: []string{"pwg.city_id", "pwg.practice_id"}, Args: keyArrays, Order: []string{"pwg.working_group_id"},
	Key: func(g *PracticeGroup) Key { return Key{g.CityID, g.PracticeID} }}

var practiceOrders = map[PracticeOrderField][2]string{
	PracticeOrderPublishedAt: {"coalesce(pt.published_at, pt.created_at)", "timestamptz"},
	PracticeOrderTitle:       {"pt.title", "text"},
	PracticeOrderRelevance:   {"rank", "double precision"},
}

// searchTerm is the search text as the index holds it: lower case, accents removed.
const searchTerm = "lower(b40_unaccent(?))"

// maxSearchTerm bounds the search text, in bytes (cut on a character boundary).
const maxSearchTerm = 200

// SearchTerm is the search a practices' list matches: trimmed, at most maxSearchTerm bytes
// (cut on a character boundary); "" is no search.
func SearchTerm(search string) string {
	term := strings.TrimSpace(search)
	if len(term) > maxSearchTerm {
		cut := maxSearchTerm
		for cut > 0 && !utf8.RuneStart(term[cut]) {
			cut--
		}
		term = term[:cut]
	}
	return term
}

// Practices lists the practices the caller may see. With a search, matches come from the
// stemmed full-text index in the network's languages or, for inflections no stemmer knows
// (Sarajevo / Sarajeva), from trigram word similarity; accents never matter (Mugla / Muğla).
// Both compare a stored, bounded document (migration 0009: the title, the summary and the
// beginning of the body and results), never a practice's whole text. Full-text matches rank
// first, by ts_rank (the title weighs most), then trigram matches by their similarity: a row
// the full-text index matched is never compared by trigrams. The match is
// b40_practice_search (migration 0015): both kinds through their indexes, keys and ranks of
// the rows the caller may see, joined here to practice under the caller's row-level security.
func (s *Service) Practices(ctx context.Context, f Filter, o Order[PracticeOrderField], args page.Args) (*page.Connection[*Practice], error) {
	term := SearchTerm(f.Search)
	if term == "" && o.Field == PracticeOrderRelevance {
		o.Field = PracticeOrderPublishedAt
	}
	if term != "" && o.Field == "" {
		o.Field, o.Desc = PracticeOrderRelevance, true
	}
	k, field := key("pt", o, practiceOrders, PracticeOrderPublishedAt)
	build := func(ranked bool) func(tx bun.IDB) *bun.SelectQuery {
		return func(tx bun.IDB) *bun.SelectQuery {
			inner := tx.NewSelect().Model((*Practice)(nil)).ColumnExpr("?TableColumns")
			if term != "" {
				// In relevance order, the matches come sorted (a sort of keys), so the page reads
				// its own rows of practice and no other: the planner joins in that order and
				// stops at the page's end.
				// With no other filter, the page's statement also counts the matches (the
				// count is taken before the page's keyset and limit: the subquery has a window,
				// so no condition enters it), and a totalCount costs no second search.
				matches := "b40_practice_search(" + searchTerm + ", ?)"
				if ranked {
					total := "NULL::int"
					if f.onlySearch() {
						total = "(count(*) OVER ())::int"
					}
					order := ""
					if o.Field == PracticeOrderRelevance {
						dir := " ASC"
						if o.Desc {
							dir = " DESC"
						}
						order = " ORDER BY rank" + dir + ", city_id" + dir + ", id" + dir
					}
					matches = "(SELECT *, " + total + " AS search_total FROM " + matches + order + ")"
					inner = inner.ColumnExpr("s.search_total")
				}
				inner = inner.ColumnExpr("s.rank").
					Join("JOIN "+matches+" AS s ON s.city_id = pt.city_id AND s.id = pt.id", term, ranked)
			} else {
				inner = inner.ColumnExpr("0::double precision AS rank")
			}
			inner = f.cities(inner, "pt.city_id")
			inner = db.WhereIn(inner, "pt.status", f.Statuses)
			inner = db.WhereIn(inner, "pt.visibility", f.Visibilities)
			if len(f.WorkingGroupIDs) > 0 {
				inner = inner.Where("EXISTS (SELECT 1 FROM practice_working_group g WHERE g.city_id = pt.city_id AND g.practice_id = pt.id AND g.working_group_id IN (?))", bun.List(f.WorkingGroupIDs))
			}
			if len(f.SDGs) > 0 {
				inner = inner.Where("pt.sdgs && ?", pgdialect.Array(f.SDGs))
			}
			inner = f.between(inner, "pt.published_at")
			// Wrapped so the keyset can compare on the computed rank.
			return tx.NewSelect().TableExpr("(?) AS pt", inner).ColumnExpr("pt.*")
		}
	}
	conn, err := db.List(ctx, s.DB, args, k, func(p *Practice) []any {
		return []any{p.sortValue(field), p.CityID, p.ID}
	}, build(true))
	if err != nil || term == "" {
		return conn, err
	}
	// A search's count ranks nothing; with no other filter it counts the search's own answer,
	// which is what the caller may read (b40_practice_search applies the read policy).
	// A page with no cursor and no rows is a search with no match: its count is 0.
	if edges := conn.Edges(); f.onlySearch() && (len(edges) > 0 || args.After == nil && args.Before == nil) {
		total := 0
		if len(edges) > 0 {
			total = edges[0].Node.SearchTotal
		}
		return conn.WithCount(func(context.Context) (int, error) { return total, nil }), nil
	}
	return conn.WithCount(func(ctx context.Context) (n int, err error) {
		err = db.Read(ctx, s.DB, func(tx bun.IDB) error {
			if f.onlySearch() {
				return tx.NewRaw("SELECT count(*) FROM b40_practice_search("+searchTerm+", false)", term).Scan(ctx, &n)
			}
			n, err = db.Count(ctx, build(false)(tx))
			return err
		})
		return n, err
	}), nil
}

// CityPage asks for a city's first practices in the default order.
type CityPage struct {
	CityID int64
	First  int
	// Body: the page's practices carry their body (a jsonb of translations), read only when
	// the operation selects it.
	Body bool
}

// FirstPracticesByCity loads many cities' first pages of practices in one statement (loader
// batch function): the common "cities with their first N practices" costs one query, not one
// per city.
func (s *Service) FirstPracticesByCity(ctx context.Context, keys []CityPage) ([]*page.Connection[*Practice], []error) {
	limit, body := 0, false
	ids := make([]int64, len(keys))
	for i, k := range keys {
		ids[i] = k.CityID
		limit = max(limit, k.First)
		body = body || k.Body
	}
	rows, err := db.SelectArgs[*Practice](ctx, s.DB, []any{ids}, func(tx bun.IDB) *bun.SelectQuery {
		ranked := tx.NewSelect().Model((*Practice)(nil))
		if body {
			ranked = ranked.ColumnExpr("?TableColumns")
		} else {
			ranked = ranked.ExcludeColumn("body")
		}
		ranked = ranked.
			ColumnExpr("row_number() OVER (PARTITION BY pt.city_id ORDER BY coalesce(pt.published_at, pt.created_at) DESC, pt.id DESC)::float8 AS rank").
			Where("pt.city_id = ANY($1)")
		return tx.NewSelect().TableExpr("(?) AS pt", ranked).ColumnExpr("pt.*").Where("pt.rank <= ?", limit+1).
			OrderExpr("pt.city_id, coalesce(pt.published_at, pt.created_at) DESC, pt.id DESC")
	})
	out := make([]*page.Connection[*Practice], len(keys))
	errs := make([]error, len(keys))
	byCity := map[int64][]*Practice{}
	for _, p := range rows {
		byCity[p.CityID] = append(byCity[p.CityID], p)
	}
	values := func(p *Practice) []any {
		return []any{p.sortValue(PracticeOrderPublishedAt), p.CityID, p.ID}
	}
	for i, k := range keys {
		if err != nil {
			errs[i] = err
			continue
		}
		items := byCity[k.CityID]
		if len(items) > k.First+1 {
			items = items[:k.First+1]
		}
		out[i] = page.FirstPage(items, k.First, values)
	}
	return out, errs
}

// PracticeCounts counts the practices the caller may see per city (loader batch function).
func (s *Service) PracticeCounts(ctx context.Context, cityIDs []int64) ([]int, []error) {
	counts, errs := db.LoadByKeys(ctx, s.DB, practiceCounts, cityIDs)
	out := make([]int, len(cityIDs))
	for i, c := range counts {
		if c != nil {
			out[i] = c.N
		}
	}
	return out, errs
}

type practiceCount struct {
	CityID int64 `bun:"city_id"`
	N      int   `bun:"n"`
}

var practiceCounts = db.ByKeys[int64, *practiceCount]{
	Select: func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().TableExpr("practice AS pt").ColumnExpr("pt.city_id, count(*) AS n").Group("pt.city_id")
	},
	Cols: []string{"pt.city_id"},
	Key:  func(c *practiceCount) int64 { return c.CityID },
}

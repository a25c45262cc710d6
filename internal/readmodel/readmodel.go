// Package readmodel is the one declaration of each GraphQL object type's read side: per field,
// a column of the type's table (and how its SQL value renders as the JSON gqlgen's marshaller
// writes), a relation (its type, keys, default order, page-size rule, loader) or resolved (never
// inlined in SQL); whether its answer varies by caller or by language; its cost. Each domain
// declares its types beside its bun models (internal/city/readmodel.go,
// internal/workspace/readmodel.go, …) and registers them here at init; this package imports no
// domain, so every domain may import it.
//
// What derives from it (graph): the nested reads' columns, keys, orders and global IDs
// (internal/nested), node/nodes dispatch (key parts, batching), the analytics cache's shareable
// fields, the complexity costs of declared fields, and the differential test of the nested reads,
// which compares every declared field. graph's readmodel test checks every declaration against
// the generated schema (every field exists, with a matching type; every schema field of a
// declared type is declared; a column is never a field with a resolver) and against the bun tags
// of its model (its columns exist).
package readmodel

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/b40-network/workspace/internal/page"
)

// Kind says what answers a field.
type Kind int

const (
	Column   Kind = iota + 1 // a column of the type's row: Column, Render, Nullable
	ID                       // the global ID: base64url of "Type:key…" over Type.Key
	Relation                 // rows of another type: Rel
	Resolved                 // a resolver answers it; never inlined in SQL
	// Translated is a translatable text (a TranslatedText object) stored as i18n.Text's jsonb in
	// Column: SQL picks its text for the request's languages as i18n.Text.In does (the
	// statement's languages are an argument, the SQL function b40_text_in mirrors In).
	Translated
)

// Render says how a column's SQL value becomes the JSON gqlgen writes for its scalar.
type Render int

const (
	Text      Render = iota + 1 // String, URL, CountryCode…: a JSON string (PostgreSQL's json escapes differ in bytes, not in value)
	Int                         // Int: a JSON number
	Bool                        // Boolean
	Enum                        // an enum stored as its name: a JSON string
	Timestamp                   // DateTime: RFC 3339 in UTC with the fraction's trailing zeros cut, as graphql.MarshalTime writes it
	Date                        // Date: YYYY-MM-DD
	IntList                     // [Int!]!: a JSON array of numbers
	TextList                    // [String!]! or [URL!]!: a JSON array of strings
)

// Varies says what besides the row an answer depends on.
type Varies uint8

const (
	ByCaller   Varies = 1 << iota // who asks (their scope, their role), beyond seeing the row at all
	ByLanguage                    // the request's Accept-Language (i18n texts)
)

// Field is one field of a type's read side.
type Field struct {
	Name   string // the GraphQL field
	Kind   Kind
	Column string // Column, Translated: the SQL column (scan-only when Expr computes it)
	// Expr is the SQL that computes a Column over the row "{r}" when it is not stored; "{now}"
	// in it is the request's time (timestamptz) and "{now_local}" its wall clock in the
	// server's zone (timestamp), as the domain's Go clock reads them; "{viewer}",
	// "{viewer_person}", "{viewer_cities}", "{viewer_editing}" and "{viewer_lead}" are the
	// caller's facts (nested.Caller), "{base}" the server's public base URL, and
	// "{gid Type col,col}" the global ID of Type over the row's columns.
	Expr string
	// Mirrors: gqlgen sends the field to a resolver, a pure function of the row (and the
	// clock), and Expr computes the same in SQL; the differential test compares the two.
	Mirrors  bool
	Render   Render // Column
	Nullable bool   // Column: SQL NULL answers null
	Rel      *Rel   // Relation
	Varies   Varies
	// Cost is what the field costs in the complexity budget beyond its rows (0: the default
	// of one, as every field).
	Cost int
}

// Rel is a relation to rows of another type.
type Rel struct {
	Type string // the related GraphQL type
	// Many: a connection (Connection) or a list; otherwise one row (or null).
	Many, Connection bool
	// From are this row's columns, To the related rows' columns they equal, in order.
	From, To []string
	// Via is a link table between the two (a many-to-many relation): this row's From equal
	// Via's ViaFrom, and Via's ViaTo equal the related rows' To.
	Via            string
	ViaFrom, ViaTo []string
	// Where narrows the related rows, as SQL over their alias "{r}" ({now} and {now_local} as
	// in Field.Expr): a relation to one by a condition rather than keys (the current term).
	Where string
	// Source, for a Derived type, is the FROM item of the related rows made from this row
	// "{p}", aliased "{r}" (a jsonb column's elements: a delegation's members); no keys then.
	Source string
	// Order is the default order of the related rows, as SQL over their alias "{r}" (Many)
	// and the link table's "{v}",
	// its last term unique (the id) so the order is total.
	Order string
	// Loader names the batch loader the resolvers use (for lookahead priming).
	Loader string
}

// Type is one GraphQL object type's read side.
type Type struct {
	Name  string   // the GraphQL type
	Table string   // its table
	Alias string   // its bun model's table alias (the nested reads' alias of its rows)
	Key   []string // its global ID's key columns, in gid's order
	// Batched: node(id) of it loads through a batch loader (one statement for all ids of the type).
	Batched bool
	// Public: every caller sees every row (no row-level security hides one), so fields that do
	// not vary by caller may be shared between callers (the analytics cache).
	Public bool
	// Model is the bun model the rows scan into (its tags are checked against the columns).
	Model any
	// Fields are the type's fields; nil when only its node facts are declared so far.
	Fields []Field
	// Root is the root field that lists the type as a connection ("summits"), and RootKey its
	// listing's key (its order, and its cursors' values): a first page of it with no other
	// argument is read in one statement.
	Root    string
	RootKey *page.Key
	// RootGuard, when set, says whether the caller may list the type at all (the list's own
	// check, in Go); the nested reads leave the others to the resolvers, whose error they get.
	RootGuard func(context.Context) bool
	// RootFilters are the root list's filter entries the nested reads apply, by the filter's
	// field: each a list of values (RootFilter).
	RootFilters map[string]RootFilter
	// RootOne is the root field that answers the type's one row ("network": a table of one row).
	RootOne string
	// RootBy is the root field that looks one row up by a unique column, RootByColumn, which
	// is also its argument's name (city(slug), workingGroup(slug)).
	RootBy, RootByColumn string
	// Derived: the type has no table of its own; its rows are another's (Table) seen otherwise,
	// its fields computed from them (Expr), and Model is what gqlgen binds, no bun model of
	// Table (a recommendation's adoption: counts over its implementations).
	Derived bool
}

// RootFilter is how a root list's filter entry narrows its rows: a Column equal to one of the
// values, or Cond, SQL over the rows "{r}" whose "?" is the values (an array). IDs names the
// type whose global IDs the values are (decoded to their keys first).
type RootFilter struct {
	Column, Cond, IDs string
}

// Field returns the declared field name, or nil.
func (t *Type) Field(name string) *Field {
	if t == nil {
		return nil
	}
	for i := range t.Fields {
		if t.Fields[i].Name == name {
			return &t.Fields[i]
		}
	}
	return nil
}

// Column returns the declared column field whose column is col, or nil.
func (t *Type) Column(col string) *Field {
	if t == nil {
		return nil
	}
	for i := range t.Fields {
		if f := &t.Fields[i]; f.Kind == Column && f.Column == col {
			return f
		}
	}
	return nil
}

// Inline reports whether SQL may answer the field as the resolvers do: a column or the ID,
// answered the same whatever the language (SQL does not choose by Accept-Language), or a
// translatable text (its language is the statement's argument).
func (f *Field) Inline() bool {
	return f != nil && ((f.Kind == Column || f.Kind == ID) && f.Varies&ByLanguage == 0 || f.Kind == Translated)
}

// Shared reports whether the field answers the same for every caller: its type is public, it
// does not vary by caller (the analytics cache keys the language) and it is no relation (the
// related rows have their own visibility, declared with their type).
func (t *Type) Shared(field string) bool {
	f := t.Field(field)
	return t != nil && t.Public && f != nil && f.Varies&ByCaller == 0 && f.Kind != Relation
}

// SharedFields are the fields Shared allows, by name.
func (t *Type) SharedFields() map[string]bool {
	out := map[string]bool{}
	for _, f := range t.Fields {
		if t.Shared(f.Name) {
			out[f.Name] = true
		}
	}
	return out
}

var (
	mu    sync.RWMutex
	types = map[string]*Type{}
	// roots, rootOnes and rootBys are the types by their Root, RootOne and RootBy (looked up
	// for every root field of every query).
	roots, rootOnes, rootBys = map[string]*Type{}, map[string]*Type{}, map[string]*Type{}
)

// Register declares types; a type declared twice, a field declared twice, a column without a
// rendering, a relation without its target are programming errors and panic at init.
func Register(ts ...Type) {
	mu.Lock()
	defer mu.Unlock()
	for _, t := range ts {
		if _, dup := types[t.Name]; dup || t.Name == "" {
			panic(fmt.Sprintf("readmodel: %q declared twice or unnamed", t.Name))
		}
		seen := map[string]bool{}
		for _, f := range t.Fields {
			switch {
			case seen[f.Name]:
				panic(fmt.Sprintf("readmodel: %s.%s declared twice", t.Name, f.Name))
			case f.Kind == Column && (f.Column == "" || f.Render == 0):
				panic(fmt.Sprintf("readmodel: %s.%s: a column needs its column and rendering", t.Name, f.Name))
			case f.Kind == Translated && f.Column == "":
				panic(fmt.Sprintf("readmodel: %s.%s: a text needs its column", t.Name, f.Name))
			case f.Mirrors && (f.Kind != Column || f.Expr == ""):
				panic(fmt.Sprintf("readmodel: %s.%s: a resolver is mirrored by a column's Expr", t.Name, f.Name))
			case f.Kind == Relation && (f.Rel == nil || f.Rel.Type == ""):
				panic(fmt.Sprintf("readmodel: %s.%s: a relation needs its type", t.Name, f.Name))
			case f.Kind == ID && len(t.Key) == 0:
				panic(fmt.Sprintf("readmodel: %s.%s: an ID needs the type's key", t.Name, f.Name))
			}
			seen[f.Name] = true
		}
		types[t.Name] = &t
		for _, r := range []struct {
			field string
			by    map[string]*Type
		}{{t.Root, roots}, {t.RootOne, rootOnes}, {t.RootBy, rootBys}} {
			if r.field == "" {
				continue
			}
			if _, dup := r.by[r.field]; dup {
				panic(fmt.Sprintf("readmodel: root field %q declared twice", r.field))
			}
			r.by[r.field] = &t
		}
	}
}

// Lookup returns the declared type, or nil.
func Lookup(name string) *Type {
	mu.RLock()
	defer mu.RUnlock()
	return types[name]
}

// All returns every declared type, by name.
func All() []*Type {
	mu.RLock()
	defer mu.RUnlock()
	out := make([]*Type, 0, len(types))
	for _, t := range types {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// ByRoot returns the declared type the root field lists (Type.Root), or nil.
func ByRoot(field string) *Type { return rootType(roots, field) }

// ByRootOne returns the declared type whose one row the root field answers (Type.RootOne).
func ByRootOne(field string) *Type { return rootType(rootOnes, field) }

// ByRootBy returns the declared type whose row the root field looks up by a column (Type.RootBy).
func ByRootBy(field string) *Type { return rootType(rootBys, field) }

func rootType(by map[string]*Type, field string) *Type {
	mu.RLock()
	defer mu.RUnlock()
	return by[field]
}

// Roots returns the root fields of the declared types' lists and rows, sorted.
func Roots() []string {
	mu.RLock()
	defer mu.RUnlock()
	out := make([]string, 0, len(roots)+len(rootOnes)+len(rootBys))
	for _, by := range []map[string]*Type{roots, rootOnes, rootBys} {
		for field := range by {
			out = append(out, field)
		}
	}
	slices.Sort(out)
	return out
}

// Node returns a node type's key parts and whether it loads in batches; ok is false for a
// type not declared (node(id) of it answers null).
func Node(name string) (keyParts int, batched, ok bool) {
	t := Lookup(name)
	if t == nil || len(t.Key) == 0 {
		return 0, false, false
	}
	return len(t.Key), t.Batched, true
}

// Stored returns the type's stored columns as SQL over alias ("u.id, u.email, …"): its bun
// model's columns, scan-only ones aside. A page of rows selects these and no others: a table may
// grant the application only some of its columns (app_user's password hash is not among them).
func (t *Type) Stored(alias string) string {
	rt := reflect.TypeOf(t.Model)
	var cols []string
	for i := range rt.NumField() {
		f := rt.Field(i)
		tag, ok := f.Tag.Lookup("bun")
		if !ok || f.Anonymous {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name != "" && name != "-" && !strings.Contains(opts, "scanonly") {
			cols = append(cols, alias+"."+name)
		}
	}
	return strings.Join(cols, ", ")
}

// Columns returns the type's column fields' GraphQL names, sorted (for messages and tests).
func (t *Type) Columns() []string {
	var out []string
	for _, f := range t.Fields {
		if f.Kind == Column {
			out = append(out, f.Name)
		}
	}
	slices.Sort(out)
	return out
}

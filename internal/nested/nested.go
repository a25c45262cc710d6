// Package nested reads a whole nested selection in one statement whose answer PostgreSQL
// builds as JSON, in the caller's scope: row-level security decides what each level may show,
// exactly as it does for the per-field path. graph plans which selections qualify
// (graph/engine/fastpath.go); this package turns a plan into SQL whose every name and value is an
// argument (a real placeholder: the statement's text depends only on the selection, so
// PostgreSQL plans it once per connection), and columns, keys, relations and orders come only from
// the read model's declarations (internal/readmodel): a column is rendered as its declaration
// says gqlgen writes it (an SQL expression when it mirrors a resolver), a translatable text is
// chosen for the request's languages by b40_text_in, and a field declared resolved is never read
// here. Several root fields' statements combine into one (Combine).
package nested

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/readmodel"
)

// Kind says what fills an entry of a JSON object.
type Kind int

const (
	Column       Kind = iota // a column of the level's row
	Const                    // a constant string (a __typename)
	Edges                    // a connection's edges: Sub are each edge's entries
	Node                     // an edge's node: Sub are the node's entries
	PageInfo                 // a connection's pageInfo: Sub are its entries
	HasNext                  // pageInfo.hasNextPage
	HasPrevious              // pageInfo.hasPreviousPage (a first page has none)
	Practices                // a city's practices connection: Conn (Many of the field "practices")
	GlobalID                 // the row's global ID: Text is its type, its declared key
	AskedID                  // node(id)'s id, as asked: supplied per read (Statement.Read)
	Many                     // a declared connection relation, Field: Conn
	One                      // a declared relation to one row, Field: Sub are the row's entries
	TotalCount               // a connection's totalCount
	Cursor                   // an edge's cursor (a root page whose key renders: cities, the declared root lists, people)
	StartCursor              // pageInfo.startCursor (as Cursor)
	EndCursor                // pageInfo.endCursor (as Cursor)
	List                     // a declared relation to a list of rows (no connection), Field: Sub are each row's entries
	Translated               // a declared translatable text, Field: Sub are the TranslatedText's entries
	TextIn                   // TranslatedText.text: in the locale Text when set, else the request's languages
	TextLocale               // TranslatedText.locale, and Translation.locale under Translations
	Translations             // TranslatedText.translations: Sub are each Translation's entries
	TextText                 // Translation.text
	TextMachine              // Translation.machine
)

// Entry is one key of a JSON object and what fills it.
type Entry struct {
	Key    string
	Kind   Kind
	Column string // Column: the SQL column, a declared column of the level's type
	Text   string // Const
	Field  string // Many, One: the declared relation field
	Sub    []Entry
	Conn   *Connection
}

// Connection is the first page of a Relay connection: its first items and its entries.
type Connection struct {
	First   int
	Entries []Entry
}

// Columns returns the fields of typ SQL may read, by GraphQL field name, with their columns:
// its declared columns that do not follow the language (internal/readmodel).
func Columns(typ string) map[string]string {
	t := readmodel.Lookup(typ)
	out := map[string]string{}
	if t == nil {
		return out
	}
	for _, f := range t.Fields {
		if f.Kind == readmodel.Column && f.Inline() {
			out[f.Name] = f.Column
		}
	}
	return out
}

// The columns each level may show, by GraphQL field name (derived from the declarations; kept
// for callers that name the two first types).
var (
	CityColumns     = Columns("City")
	PracticeColumns = Columns("Practice")
)

// Statement is a planned nested read: its SQL text and its constant arguments, with slots for
// what each read supplies (node(id)'s id and key). It depends only on the selection, so graph
// plans a selection once and keeps the statement.
type Statement struct {
	sql   string
	args  []any
	slots []slot
	parts int // Combine: how many statements it combines
}

type slot struct {
	at    int // the argument's index
	what  slotKind
	part  int // slotKey: which part of the key
	input int // which read's Input fills it (Combine)
}

type slotKind int

const (
	slotID            slotKind = iota // node(id)'s id, as asked
	slotKey                           // a part of the key looked up
	slotValue                         // the value of the unique column looked up (city(slug))
	slotLocales                       // the request's languages, best first (text[])
	slotNow                           // the request's time (timestamptz)
	slotNowLocal                      // its wall clock in the server's zone (timestamp)
	slotViewer                        // the caller's user id (bigint; null for no one)
	slotViewerPerson                  // the caller is a person signed in (not an API token)
	slotViewerCities                  // the cities where the caller has a role (bigint[])
	slotViewerEditing                 // the cities whose workspace the caller writes (bigint[])
	slotViewerLead                    // the caller leads the working groups (the secretariat, the presidency)
	slotBase                          // the server's public base URL (text)
)

// Caller is what SQL mirrors of the caller's rules read (auth.Viewer's facts, as its methods
// answer them): the slots "{viewer}", "{viewer_person}", "{viewer_cities}", "{viewer_editing}"
// and "{viewer_lead}" of a declared Expr.
type Caller struct {
	UserID          int64 // 0: no one signed in
	Person          bool
	Cities, Editing []int64
	Lead            bool
}

// Input is what one read supplies to a statement's slots.
type Input struct {
	ID      string   // node(id)'s id as asked
	Key     []int64  // node(id)'s key
	Value   string   // the unique column's value (ByColumn)
	Locales []string // the request's languages, best first (i18n.FromContext)
	Now     time.Time
	Caller  Caller
	Base    string // the server's public base URL ("{base}")
}

// Cities plans cities(first) { … practices(first) { … } }: cities in name order, each city's
// practices newest first, the orders of the per-field path. It returns nil when the SQL cannot
// answer the selection as the resolvers would (an entry out of place, a column not allowed, more
// arguments than a statement takes): the resolvers answer it instead.
func Cities(cities *Connection) *Statement { return CityPage(CityArgs{Conn: cities}) }

// CityArgs are the arguments of a first page of cities the nested reads answer: its page, its
// order by name (either way) and the filter's lists and search, as city.Filter applies them.
type CityArgs struct {
	Conn                            *Connection
	Desc                            bool
	IDs                             []int64
	Countries, Statuses, JoinRoutes []string
	Search                          string
}

// CityPage plans a first page of cities(first, filter, orderBy: NAME) with its totalCount and
// cursors; every value is an argument.
func CityPage(a CityArgs) *Statement {
	b := &builder{}
	var conds []string
	if len(a.IDs) > 0 {
		b.args = append(b.args, a.IDs)
		conds = append(conds, "c.id = ANY($"+strconv.Itoa(len(b.args))+"::bigint[])")
	}
	for _, in := range []struct {
		col  string
		vals []string
	}{{"c.country", a.Countries}, {"c.status", a.Statuses}, {"c.join_route", a.JoinRoutes}} {
		if len(in.vals) > 0 {
			b.args = append(b.args, in.vals)
			conds = append(conds, in.col+" = ANY($"+strconv.Itoa(len(b.args))+"::text[])")
		}
	}
	if s := strings.TrimSpace(a.Search); s != "" {
		p := b.text("%" + db.EscapeLike(s) + "%")
		conds = append(conds, "(c.name ILIKE "+p+" OR c.local_name ILIKE "+p+" OR c.slug ILIKE "+p+")")
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	order := "c.name, c.id"
	if a.Desc {
		order = "c.name DESC, c.id DESC"
	}
	b.cursor = cityCursor
	expr := b.connection(a.Conn, 1, "City", `SELECT `+readmodel.Lookup("City").Stored("c")+`, row_number() OVER (ORDER BY `+order+`) AS rn FROM city c`+where+`
		ORDER BY `+order+` LIMIT `+strconv.Itoa(a.Conn.First+1), "(SELECT count(*) FROM city c"+where+")")
	return b.statement("SELECT (" + expr + ")::text")
}

// Search plans a first page of practices(filter: {search}) in relevance order (desc, or
// ascending): workspace.Service.Practices' search alone, as one statement. The matches are
// b40_practice_search's (the read policy applied, migration 0015), joined to practice under
// the caller's row-level security, ranked, ties broken by the key; the count is the matches'
// own (a window before the page's limit). term is the search as workspace.SearchTerm cuts it.
func Search(c *Connection, term string, desc bool) *Statement {
	t := readmodel.Lookup("Practice")
	if t == nil || t.Fields == nil || t.Alias == "" || c == nil || term == "" {
		return nil
	}
	b := &builder{}
	dir := " ASC"
	if desc {
		dir = " DESC"
	}
	a := t.Alias
	order := "s.rank" + dir + ", " + a + ".city_id" + dir + ", " + a + ".id" + dir
	matches := "SELECT *, count(*) OVER () AS search_total FROM b40_practice_search(lower(b40_unaccent(" + b.text(term) + ")), true)"
	expr := b.connection(c, 1, t.Name, "SELECT "+t.Stored(a)+", s.search_total, row_number() OVER (ORDER BY "+order+") AS rn FROM "+t.Table+" "+a+
		" JOIN ("+matches+") s ON s.city_id = "+a+".city_id AND s.id = "+a+".id ORDER BY "+order+" LIMIT "+strconv.Itoa(c.First+1),
		"coalesce(max(r1.search_total), 0)")
	return b.statement("SELECT (" + expr + ")::text")
}

// KeyedPage is Page of a declared type's listing keyed by k (its root list, the people): its
// order is the key's, and its cursors are rendered when the key's values are text and integers.
func KeyedPage(typ string, c *Connection, k page.Key, ins ...In) *Statement {
	return pageOf(typ, c, k.OrderSQL(), keyCursor(k), ins...)
}

// In narrows a page to rows whose Column (a key or declared column of the page's type) is one
// of Values ([]int64 or []string), or, with Values nil, at or after From and before To (either
// may be nil).
type In struct {
	Column   string
	Values   any
	From, To *time.Time
	// Cond, instead of Column, is a condition as SQL over the row "{r}", its values Args at its
	// "?" in order (an EXISTS over a link table, a search).
	Cond string
	Args []any
}

// Page plans a first page of the declared type typ at the root: its rows the caller may see,
// narrowed by ins (each an argument), in order (SQL over "{r}", its last terms the key so it
// is total), with totalCount; nil when the SQL cannot answer the selection.
func Page(typ string, c *Connection, order string, ins ...In) *Statement {
	return pageOf(typ, c, order, nil, ins...)
}

func pageOf(typ string, c *Connection, order string, cursor func(r string) string, ins ...In) *Statement {
	t := readmodel.Lookup(typ)
	if t == nil || t.Fields == nil || t.Alias == "" || c == nil {
		return nil
	}
	b := &builder{}
	var conds []string
	for _, in := range ins {
		if in.Cond != "" {
			cond := strings.ReplaceAll(in.Cond, "{r}", t.Alias)
			for _, a := range in.Args {
				b.args = append(b.args, a)
				cond = strings.Replace(cond, "?", "$"+strconv.Itoa(len(b.args)), 1)
			}
			conds = append(conds, "("+cond+")")
			continue
		}
		if !slices.Contains(t.Key, in.Column) && t.Column(in.Column) == nil {
			return nil
		}
		if in.Values == nil {
			for _, bound := range []struct {
				op string
				at *time.Time
			}{{" >= ", in.From}, {" < ", in.To}} {
				if bound.at != nil {
					b.args = append(b.args, *bound.at)
					conds = append(conds, t.Alias+"."+in.Column+bound.op+"$"+strconv.Itoa(len(b.args))+"::timestamptz")
				}
			}
			continue
		}
		var cast string
		switch v := in.Values.(type) {
		case []int64:
			if len(v) == 0 {
				continue
			}
			cast = "::bigint[]"
		case []string:
			if len(v) == 0 {
				continue
			}
			cast = "::text[]"
		default:
			return nil
		}
		b.args = append(b.args, in.Values)
		conds = append(conds, t.Alias+"."+in.Column+" = ANY($"+strconv.Itoa(len(b.args))+cast+")")
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	order = strings.ReplaceAll(order, "{r}", t.Alias)
	b.cursor = cursor
	expr := b.connection(c, 1, typ, "SELECT "+t.Stored(t.Alias)+", row_number() OVER (ORDER BY "+order+") AS rn FROM "+t.Table+" "+t.Alias+where+
		" ORDER BY "+order+" LIMIT "+strconv.Itoa(c.First+1), "(SELECT count(*) FROM "+t.Table+" "+t.Alias+where+")")
	return b.statement("SELECT (" + expr + ")::text")
}

// cityCursor renders the cursor of a city in name order over the row r.
var cityCursor = keyCursor(page.Key{Exprs: []string{"c.name", "c.id"}, Types: []string{"text", "bigint"}})

// keyCursor renders page.Fetch's cursor of a row r of a list keyed by k: base64url, unpadded, of
// the JSON array of the key's values as text ([name, id]), escaped as Go's encoding/json escapes
// (PostgreSQL's to_json escapes the same characters the same way, but for <, >, & and the line
// and paragraph separators, which Go writes as \u escapes). Nil for a key of other than plain
// columns of text, integers and instants (the cursors then decline: a date's text is the
// listing's choice, a time.Time or its day, which the key does not say).
func keyCursor(k page.Key) func(r string) string {
	if len(k.Exprs) != len(k.Types) {
		return nil
	}
	var cols, types []string
	for i, e := range k.Exprs {
		_, col, ok := strings.Cut(e, ".")
		if !ok || strings.ContainsAny(col, " (") {
			return nil
		}
		switch k.Types[i] {
		case "text", "bigint", "integer", "timestamptz":
		default:
			return nil
		}
		cols, types = append(cols, col), append(types, k.Types[i])
	}
	return func(r string) string {
		parts := make([]string, len(cols))
		for i, col := range cols {
			switch types[i] {
			case "timestamptz": // encodeCursor's RFC 3339 in UTC, as a DateTime renders
				parts[i] = "'\"' || " + render(r+"."+col, readmodel.Timestamp) + " || '\"'"
				continue
			case "bigint", "integer":
				parts[i] = "'\"' || " + r + "." + col + " || '\"'"
				continue
			}
			v := "to_json(" + r + "." + col + ")::text"
			for _, c := range [][2]string{{"'<'", `'\u003c'`}, {"'>'", `'\u003e'`}, {"'&'", `'\u0026'`}, {"U&'\\2028'", `'\u2028'`}, {"U&'\\2029'", `'\u2029'`}} {
				v = "replace(" + v + ", " + c[0] + ", " + c[1] + ")"
			}
			parts[i] = v
		}
		text := "'[' || " + strings.Join(parts, " || ',' || ") + " || ']'"
		return "rtrim(translate(encode(convert_to(" + text + ", 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')"
	}
}

// City plans node(id) on a city: the city's entries as a JSON object, or no row when the caller
// may not see it (or it does not exist). Its entries are a node's, rendered as the nodes of a
// page of cities are (practices and global IDs included), over the one row r0. Like Cities, it
// returns nil when the SQL cannot answer the selection.
func City(entries []Entry) *Statement { return ByKey("City", entries) }

// ByKey plans node(id) on a declared type whose key is one column (its row by that key, under
// the caller's row-level security), or of two columns, the second unique (a tenant row: its
// city and its id); nil when the type is not declared or the SQL cannot answer the selection.
func ByKey(typ string, entries []Entry) *Statement {
	t := readmodel.Lookup(typ)
	if t == nil || t.Fields == nil || len(t.Key) == 0 || len(t.Key) > 2 {
		return nil
	}
	b := &builder{}
	obj := b.fields(entries, "r0", 0, typ)
	where := ""
	for i, c := range t.Key {
		b.args = append(b.args, nil)
		b.slots = append(b.slots, slot{at: len(b.args) - 1, what: slotKey, part: i})
		if i > 0 {
			where += " AND "
		}
		where += "r0." + c + " = $" + strconv.Itoa(len(b.args))
	}
	return b.statement("SELECT " + obj + "::text FROM " + t.Table + " r0 WHERE " + where)
}

// ByColumn plans a root field that looks one row of the declared type up by a unique column
// (city(slug)): its entries as a JSON object, or no row when the caller may not see it (or
// there is none); the value fills a slot (Input.Value).
func ByColumn(typ, col string, entries []Entry) *Statement {
	t := readmodel.Lookup(typ)
	if t == nil || t.Fields == nil || t.Column(col) == nil || t.Column(col).Expr != "" {
		return nil
	}
	b := &builder{}
	obj := b.fields(entries, "r0", 0, typ)
	return b.statement("SELECT " + obj + "::text FROM " + t.Table + " r0 WHERE r0." + col + " = " + b.slot(slotValue, "::text"))
}

// Single plans a root field that answers a declared type's one row (network): its entries
// as a JSON object, or no row.
func Single(typ string, entries []Entry) *Statement {
	t := readmodel.Lookup(typ)
	if t == nil || t.Fields == nil {
		return nil
	}
	b := &builder{}
	obj := b.fields(entries, "r0", 0, typ)
	return b.statement("SELECT " + obj + "::text FROM " + t.Table + " r0 LIMIT 1")
}

// Read runs the statement in the caller's scope, with in in its slots, and returns its JSON,
// or nil when it found no row.
func (s *Statement) Read(ctx context.Context, d *bun.DB, in Input) (json.RawMessage, error) {
	args, ok := s.fill([]Input{in})
	if !ok {
		return nil, nil // a key of other parts than the type's: no such row
	}
	out, err := db.ReadText(ctx, d, s.sql, args...)
	if err != nil || len(out) == 0 {
		return nil, err
	}
	return json.RawMessage(out[0]), nil
}

// Combine makes one statement of several (the root fields of one operation): its answer is
// each one's JSON, in order, "" where one found no row. Nil when the arguments would be too
// many for one statement.
func Combine(parts []*Statement) *Statement {
	c := &Statement{}
	exprs := make([]string, len(parts))
	for i, p := range parts {
		off := len(c.args)
		// Every value is an argument, so a $ in a statement's text is a placeholder.
		exprs[i] = "(" + placeholder.ReplaceAllStringFunc(p.sql, func(m string) string {
			n, _ := strconv.Atoi(m[1:])
			return "$" + strconv.Itoa(n+off)
		}) + ")"
		c.args = append(c.args, p.args...)
		for _, sl := range p.slots {
			sl.at += off
			sl.input = i
			c.slots = append(c.slots, sl)
		}
	}
	if len(c.args) > maxArgs {
		return nil
	}
	c.sql = "SELECT coalesce(x, '') FROM unnest(ARRAY[" + strings.Join(exprs, ", ") + "]::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i"
	c.parts = len(parts)
	return c
}

var placeholder = regexp.MustCompile(`\$[0-9]+`)

// ReadAll runs a combined statement in the caller's scope, ins[i] filling the slots of its
// i-th part, and returns each part's JSON, nil where a part found no row.
func (s *Statement) ReadAll(ctx context.Context, d *bun.DB, ins []Input) ([]json.RawMessage, error) {
	if len(ins) != s.parts {
		return nil, fmt.Errorf("nested: %d inputs for %d parts", len(ins), s.parts)
	}
	args, ok := s.fill(ins)
	if !ok {
		return nil, errors.New("nested: a key of other parts than its type's")
	}
	out, err := db.ReadText(ctx, d, s.sql, args...)
	if err != nil {
		return nil, err
	}
	if len(out) != s.parts {
		return nil, fmt.Errorf("nested: %d answers for %d parts", len(out), s.parts)
	}
	raws := make([]json.RawMessage, len(out))
	for i, o := range out {
		if o != "" {
			raws[i] = json.RawMessage(o)
		}
	}
	return raws, nil
}

// fill returns the statement's arguments with its slots filled from ins; false when a key
// has other parts than its type's.
func (s *Statement) fill(ins []Input) ([]any, bool) {
	args := s.args
	if len(s.slots) > 0 {
		args = slices.Clone(s.args)
		for _, sl := range s.slots {
			in := ins[sl.input]
			switch sl.what {
			case slotKey:
				if sl.part >= len(in.Key) {
					return nil, false
				}
				args[sl.at] = in.Key[sl.part]
			case slotID:
				args[sl.at] = in.ID
			case slotValue:
				args[sl.at] = in.Value
			case slotLocales:
				locales := in.Locales
				if locales == nil {
					locales = []string{}
				}
				args[sl.at] = locales
			case slotNow:
				args[sl.at] = in.Now
			case slotNowLocal:
				// The wall clock as Go reads it in the clock's zone: now.Year() in SQL is
				// extract(year from it), whatever PostgreSQL's TimeZone.
				args[sl.at] = in.Now.Format("2006-01-02 15:04:05.999999")
			case slotViewer:
				if in.Caller.UserID == 0 {
					args[sl.at] = nil
				} else {
					args[sl.at] = in.Caller.UserID
				}
			case slotViewerPerson:
				args[sl.at] = in.Caller.Person
			case slotViewerCities:
				args[sl.at] = orEmpty(in.Caller.Cities)
			case slotViewerEditing:
				args[sl.at] = orEmpty(in.Caller.Editing)
			case slotViewerLead:
				args[sl.at] = in.Caller.Lead
			case slotBase:
				args[sl.at] = in.Base
			}
		}
	}
	return args, true
}

func orEmpty(ids []int64) []int64 {
	if ids == nil {
		return []int64{}
	}
	return ids
}

// SQL is the statement's text (its arguments are placeholders), for the log.
func (s *Statement) SQL() string { return s.sql }

// Limits of PostgreSQL a statement must stay within.
const (
	// maxPairs is how many keys one json_build_object takes: a function takes at most 100
	// arguments (FUNC_MAX_ARGS), and each key is two, its name and its value.
	maxPairs = 50
	// maxArgs is how many arguments the extended protocol carries (a 16-bit count).
	maxArgs = 65535
)

type builder struct {
	args  []any
	slots []slot
	// declined is set when an entry cannot be rendered where it stands: the statement would
	// answer something else than the resolvers (a null where they answer an object), so there
	// is none.
	declined bool
	// cursor renders the cursor of a row of the top page (nil: cursors decline).
	cursor func(r string) string
}

func (b *builder) statement(sql string) *Statement {
	if b.declined || len(b.args) > maxArgs {
		return nil
	}
	return &Statement{sql: sql, args: b.args, slots: b.slots}
}

// decline records that the selection cannot be read in SQL; the text returned is never run.
func (b *builder) decline() string {
	b.declined = true
	return "NULL"
}

// text adds a string argument and returns its placeholder.
func (b *builder) text(v string) string {
	b.args = append(b.args, v)
	return "$" + strconv.Itoa(len(b.args)) + "::text"
}

// slot adds an argument each read supplies and returns its placeholder, cast.
func (b *builder) slot(what slotKind, cast string) string {
	b.args = append(b.args, nil)
	b.slots = append(b.slots, slot{at: len(b.args) - 1, what: what})
	return "$" + strconv.Itoa(len(b.args)) + cast
}

// exprSlots are the slots a declared Expr names, with their casts.
var exprSlots = []struct {
	name string
	what slotKind
	cast string
}{
	{"{now}", slotNow, "::timestamptz"}, {"{now_local}", slotNowLocal, "::timestamp"},
	{"{viewer}", slotViewer, "::bigint"}, {"{viewer_person}", slotViewerPerson, "::boolean"},
	{"{viewer_cities}", slotViewerCities, "::bigint[]"}, {"{viewer_editing}", slotViewerEditing, "::bigint[]"},
	{"{viewer_lead}", slotViewerLead, "::boolean"}, {"{base}", slotBase, "::text"},
}

// gidRef is "{gid Type col,col}" in a declared Expr: the global ID of Type over the row's cols.
var gidRef = regexp.MustCompile(`\{gid (\w+) ([\w,]+)\}`)

// expr renders a declared SQL over the row r (and its parent row p, for a relation's
// condition): its clock, the caller's facts and the base URL in slots, global IDs as gid
// encodes them.
func (b *builder) expr(e, r string, p ...string) string {
	e = strings.ReplaceAll(e, "{r}", r)
	if len(p) > 0 {
		e = strings.ReplaceAll(e, "{p}", p[0])
	}
	for _, s := range exprSlots {
		if strings.Contains(e, s.name) {
			e = strings.ReplaceAll(e, s.name, b.slot(s.what, s.cast))
		}
	}
	e = gidRef.ReplaceAllStringFunc(e, func(m string) string {
		sub := gidRef.FindStringSubmatch(m)
		return b.gidOver(sub[1], r, strings.Split(sub[2], ","))
	})
	return "(" + e + ")"
}

// connection renders one page over source (rows of the level with rn, their position, at most
// First+1 of them) as level's JSON object; its nodes are of type typ, and count is the SQL of
// its totalCount.
func (b *builder) connection(c *Connection, level int, typ, source, count string) string {
	r := "r" + strconv.Itoa(level)
	first := strconv.Itoa(c.First)
	cursor := b.cursor
	if level != 1 {
		cursor = nil // only the top page's cursors are rendered
	}
	return "(SELECT " + b.object(c.Entries, func(e Entry) string {
		switch e.Kind {
		case Edges:
			edge := b.object(e.Sub, func(e Entry) string {
				switch {
				case e.Kind == Node:
					return b.fields(e.Sub, r, level, typ)
				case e.Kind == Cursor && cursor != nil:
					return cursor(r)
				}
				return b.decline()
			})
			return "coalesce(json_agg(" + edge + " ORDER BY " + r + ".rn) FILTER (WHERE " + r + ".rn <= " + first + "), '[]'::json)"
		case PageInfo:
			return b.object(e.Sub, func(e Entry) string {
				switch e.Kind {
				case HasNext:
					return "count(*) > " + first
				case HasPrevious:
					return "false" // a first page
				case StartCursor, EndCursor:
					if cursor == nil {
						break
					}
					dir := "ASC"
					if e.Kind == EndCursor {
						dir = "DESC"
					}
					return "(array_agg(" + cursor(r) + " ORDER BY " + r + ".rn " + dir + ") FILTER (WHERE " + r + ".rn <= " + first + "))[1]"
				}
				return b.decline()
			})
		case TotalCount:
			return count
		}
		return b.decline()
	}) + " FROM (" + source + ") " + r + " GROUP BY ())" // one row, even when no entry aggregates (totalCount alone)
}

// fields renders the entries of a node of the declared type typ as its JSON object over the row
// r of the given level (0: node(id)'s): its declared inline columns, each rendered as gqlgen
// writes it, its global ID and its declared relations (connections and to-one), whose rows
// are the next level's.
func (b *builder) fields(entries []Entry, r string, level int, typ string) string {
	t := readmodel.Lookup(typ)
	if t == nil || t.Fields == nil {
		return b.decline()
	}
	return b.object(entries, func(e Entry) string {
		switch e.Kind {
		case Column:
			f := t.Column(e.Column)
			if !f.Inline() {
				return b.decline()
			}
			if f.Expr != "" {
				return render(b.expr(f.Expr, r), f.Render)
			}
			return render(r+"."+f.Column, f.Render)
		case GlobalID:
			if e.Text != typ {
				return b.decline()
			}
			return b.globalID(typ, r)
		case AskedID:
			if level != 0 {
				return b.decline() // only node(id)'s own id is the one asked
			}
			return b.slot(slotID, "::text")
		case Practices, Many:
			name := e.Field
			if e.Kind == Practices {
				name = "practices"
			}
			f := t.Field(name)
			if e.Conn == nil || f == nil || f.Kind != readmodel.Relation || !f.Rel.Connection || f.Rel.Order == "" {
				return b.decline()
			}
			to := readmodel.Lookup(f.Rel.Type)
			if to == nil || to.Alias == "" {
				return b.decline()
			}
			where := b.join(f.Rel, to.Alias, r)
			order := strings.ReplaceAll(f.Rel.Order, "{r}", to.Alias)
			return b.connection(e.Conn, level+1, f.Rel.Type, "SELECT "+to.Stored(to.Alias)+", row_number() OVER (ORDER BY "+order+") AS rn FROM "+to.Table+" "+to.Alias+
				" WHERE "+where+" ORDER BY "+order+" LIMIT "+strconv.Itoa(e.Conn.First+1),
				"(SELECT count(*) FROM "+to.Table+" "+to.Alias+" WHERE "+where+")")
		case List:
			f := t.Field(e.Field)
			if f == nil || f.Kind != readmodel.Relation || !f.Rel.Many || f.Rel.Connection || f.Rel.Order == "" || len(f.Rel.From) == 0 && f.Rel.Source == "" {
				return b.decline()
			}
			to := readmodel.Lookup(f.Rel.Type)
			if to == nil {
				return b.decline()
			}
			next := "r" + strconv.Itoa(level+1)
			from, where := b.related(f.Rel, to, next, r)
			order := strings.NewReplacer("{r}", next, "{v}", next+"v").Replace(f.Rel.Order)
			return "(SELECT coalesce(json_agg(" + b.fields(e.Sub, next, level+1, f.Rel.Type) + " ORDER BY " + order + "), '[]'::json) FROM " + from + " WHERE " + where + ")"
		case Translated:
			f := t.Field(e.Field)
			if f == nil || f.Kind != readmodel.Translated {
				return b.decline()
			}
			col := r + "." + f.Column
			if !f.Nullable {
				// A text not set (SQL NULL) is i18n.Text's zero value, as the model scans it.
				return b.translated(e.Sub, col)
			}
			return "(CASE WHEN " + col + " IS NULL THEN NULL ELSE " + b.translated(e.Sub, col) + " END)"
		case One:
			f := t.Field(e.Field)
			if f == nil || f.Kind != readmodel.Relation || f.Rel.Many || len(f.Rel.From) == 0 && f.Rel.Where == "" && f.Rel.Source == "" {
				return b.decline()
			}
			to := readmodel.Lookup(f.Rel.Type)
			if to == nil {
				return b.decline()
			}
			next := "r" + strconv.Itoa(level+1)
			if f.Rel.Source != "" {
				from, where := b.related(f.Rel, to, next, r)
				return "(SELECT " + b.fields(e.Sub, next, level+1, f.Rel.Type) + " FROM " + from + " WHERE " + where + ")"
			}
			var conds []string
			if len(f.Rel.From) > 0 {
				conds = append(conds, b.join(f.Rel, next, r))
			}
			if f.Rel.Where != "" {
				conds = append(conds, b.expr(f.Rel.Where, next, r))
			}
			// The first of the rows in the relation's order, when it declares one (a group's
			// next meeting).
			first := ""
			if f.Rel.Order != "" {
				first = " ORDER BY " + strings.ReplaceAll(f.Rel.Order, "{r}", next) + " LIMIT 1"
			}
			// No row (none, or one the caller may not see) answers null: the field is
			// declared non-null only where the schema says so, and the differential test
			// compares the two paths for every viewer.
			return "(SELECT " + b.fields(e.Sub, next, level+1, f.Rel.Type) + " FROM " + to.Table + " " + next + " WHERE " + strings.Join(conds, " AND ") + first + ")"
		}
		return b.decline()
	})
}

// related is the FROM and WHERE of a relation's rows (alias) of the row r: the related table,
// through the relation's link table when it has one.
func (b *builder) related(rel *readmodel.Rel, to *readmodel.Type, alias, r string) (from, where string) {
	if rel.Source != "" {
		return strings.NewReplacer("{p}", r, "{r}", alias).Replace(rel.Source), "true"
	}
	if rel.Via == "" {
		return to.Table + " " + alias, b.join(rel, alias, r)
	}
	link := alias + "v"
	var conds []string
	for i, c := range rel.ViaFrom {
		conds = append(conds, link+"."+c+" = "+r+"."+rel.From[i])
	}
	for i, c := range rel.ViaTo {
		conds = append(conds, alias+"."+rel.To[i]+" = "+link+"."+c)
	}
	return rel.Via + " " + link + " JOIN " + to.Table + " " + alias + " ON " + strings.Join(conds[len(rel.ViaFrom):], " AND "),
		strings.Join(conds[:len(rel.ViaFrom)], " AND ")
}

// translated renders a TranslatedText's entries over the jsonb column col (i18n.Text's JSON):
// its text for the request's languages (b40_text_in mirrors i18n.Text.In), its original locale
// and its translations, in their order.
func (b *builder) translated(entries []Entry, col string) string {
	return b.object(entries, func(e Entry) string {
		switch e.Kind {
		case TextIn:
			langs := b.slot(slotLocales, "::text[]")
			if e.Text != "" {
				langs = "array_prepend(" + b.text(e.Text) + ", " + langs + ")"
			}
			return "b40_text_in(" + col + ", " + langs + ")"
		case TextLocale:
			return "coalesce(" + col + " ->> 'locale', '')"
		case Translations:
			item := b.object(e.Sub, func(e Entry) string {
				switch e.Kind {
				case TextLocale:
					return "coalesce(tr.v ->> 'locale', '')"
				case TextText:
					return "coalesce(tr.v ->> 'text', '')"
				case TextMachine:
					return "coalesce((tr.v ->> 'machine')::boolean, false)"
				}
				return b.decline()
			})
			return "(SELECT coalesce(json_agg(" + item + " ORDER BY tr.i), '[]'::json) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(" + col +
				" -> 'translations') = 'array' THEN " + col + " -> 'translations' ELSE '[]' END) WITH ORDINALITY AS tr(v, i))"
		}
		return b.decline()
	})
}

// join is a relation's condition: the related rows' (alias) To columns equal the row r's From.
func (b *builder) join(rel *readmodel.Rel, alias, r string) string {
	var conds []string
	for i, c := range rel.To {
		conds = append(conds, alias+"."+c+" = "+r+"."+rel.From[i])
	}
	return strings.Join(conds, " AND ")
}

// render is a column's SQL value as the JSON gqlgen writes for its declared rendering.
func render(col string, how readmodel.Render) string {
	switch how {
	case readmodel.Timestamp:
		// graphql.MarshalTime: RFC 3339 with nanoseconds, trailing zeros of the fraction cut
		// (and its point, when the fraction is zero), Z for UTC.
		return "(rtrim(rtrim(to_char(" + col + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '0'), '.') || 'Z')"
	case readmodel.Date:
		return "to_char(" + col + ", 'YYYY-MM-DD')"
	}
	return col // text, numbers, booleans, enums and arrays: json_build_object writes them as gqlgen does
}

// globalID renders gid.Encode in SQL: base64url, unpadded, of "Type:key:key" (encode's
// base64 breaks lines every 76 characters; translate drops the breaks).
func (b *builder) globalID(typ, r string) string {
	t := readmodel.Lookup(typ)
	if t == nil || len(t.Key) == 0 {
		return b.decline()
	}
	return b.gidOver(typ, r, t.Key)
}

// gidOver renders the global ID of typ over the row r's columns cols.
func (b *builder) gidOver(typ, r string, cols []string) string {
	text := b.text(typ)
	for _, c := range cols {
		text += " || ':' || " + r + "." + c
	}
	return "rtrim(translate(encode(convert_to(" + text + ", 'UTF8'), 'base64'), E'+/\n', '-_'), '=')"
}

// object renders entries as json_build_object (json, not jsonb: keys keep the selection's
// order), constants as arguments and everything else through value. An object of more than 50
// keys is built 50 keys at a time and the parts joined as text, in order (jsonb's || would sort
// the keys, and the answer must keep the selection's order: the resolvers' bytes).
func (b *builder) object(entries []Entry, value func(Entry) string) string {
	parts := make([]string, 0, 2*len(entries))
	for _, e := range entries {
		// Arguments are numbered in the order they are added, so the key's comes first, as in
		// the text.
		k := b.text(e.Key)
		var v string
		switch e.Kind {
		case Const:
			v = b.text(e.Text)
		default:
			v = value(e)
		}
		parts = append(parts, k, v)
	}
	if len(parts) <= 2*maxPairs {
		return "json_build_object(" + strings.Join(parts, ", ") + ")"
	}
	// Each part's text is {…}: the first keeps its opening brace, the last its closing one.
	var pieces []string
	for i := 0; i < len(parts); i += 2 * maxPairs {
		piece := "json_build_object(" + strings.Join(parts[i:min(i+2*maxPairs, len(parts))], ", ") + ")::text"
		if i > 0 {
			piece = "substr(" + piece + ", 2)"
		}
		if i+2*maxPairs < len(parts) {
			piece = "left(" + piece + ", -1)"
		}
		pieces = append(pieces, piece)
	}
	return "(" + strings.Join(pieces, " || ', ' || ") + ")::json"
}

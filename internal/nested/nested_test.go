package nested

import (
	"strings"
	"testing"

	// The declarations of City and Practice (internal/readmodel), which the builder reads.
	_ "github.com/b40-network/workspace/internal/city"
	_ "github.com/b40-network/workspace/internal/workspace"
)

// The builder renders what it can answer as the resolvers would, and nothing else: an entry it
// cannot render where it stands means no statement (the resolvers answer), never a null.
func TestBuilderDeclinesWhatItCannotRender(t *testing.T) {
	practices := Entry{Key: "practices", Kind: Practices, Conn: &Connection{First: 2, Entries: []Entry{
		{Key: "edges", Kind: Edges, Sub: []Entry{{Key: "node", Kind: Node, Sub: []Entry{{Key: "title", Kind: Column, Column: "title"}, {Key: "id", Kind: GlobalID, Text: "Practice"}}}}},
	}}}
	st := City([]Entry{{Key: "id", Kind: AskedID}, {Key: "name", Kind: Column, Column: "name"}, practices})
	if st == nil || !strings.Contains(st.SQL(), "FROM practice pt WHERE pt.city_id = r0.id") || strings.Contains(st.SQL(), "NULL") {
		t.Fatalf("node(id)'s practices: %v", st)
	}
	page := func(node ...Entry) *Connection {
		return &Connection{First: 2, Entries: []Entry{{Key: "edges", Kind: Edges, Sub: []Entry{{Key: "node", Kind: Node, Sub: node}}}}}
	}
	if st := Cities(page(Entry{Key: "name", Kind: Column, Column: "name"}, practices)); st == nil {
		t.Fatal("a page of cities with their practices declined")
	}
	for name, node := range map[string][]Entry{
		"a column not allowed":          {{Key: "h", Kind: Column, Column: "password_hash"}},
		"a practice's column on a city": {{Key: "t", Kind: Column, Column: "title"}},
		"the asked id below node(id)":   {{Key: "id", Kind: AskedID}},
		"another type's id":             {{Key: "id", Kind: GlobalID, Text: "Summit"}},
		"an edge entry in a node":       {{Key: "e", Kind: Edges}},
		"practices without a page":      {{Key: "p", Kind: Practices}},
		"practices of a practice":       {{Key: "p", Kind: Practices, Conn: page(Entry{Key: "ps", Kind: Practices, Conn: page()})}},
	} {
		if st := Cities(page(node...)); st != nil {
			t.Errorf("%s: planned %s", name, st.SQL())
		}
	}
	if st := Cities(&Connection{First: 2, Entries: []Entry{{Key: "n", Kind: Column, Column: "name"}}}); st != nil {
		t.Errorf("a column on a connection: planned %s", st.SQL())
	}
	// More keys than one json_build_object takes: parts of at most 50 keys, joined in order.
	var many []Entry
	for range 120 {
		many = append(many, Entry{Key: "n", Kind: Column, Column: "name"})
	}
	st = City(many)
	if st == nil || strings.Count(st.SQL(), "json_build_object(") != 3 || len(st.args) != 121 {
		t.Fatalf("120 keys: %v", st)
	}
}

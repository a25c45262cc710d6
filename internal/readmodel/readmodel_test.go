package readmodel

import "testing"

// A declaration that cannot be right panics at init, and the derived facts follow the
// declaration: what SQL may inline, what callers may share, a node's key parts.
func TestDeclarationsAndWhatDerives(t *testing.T) {
	Register(Type{Name: "T1", Table: "t1", Key: []string{"a", "b"}, Batched: true, Public: true, Fields: []Field{
		{Name: "id", Kind: ID},
		{Name: "plain", Kind: Column, Column: "plain", Render: Text},
		{Name: "mine", Kind: Column, Column: "mine", Render: Text, Varies: ByCaller},
		{Name: "spoken", Kind: Column, Column: "spoken", Render: Text, Varies: ByLanguage},
		{Name: "done", Kind: Resolved},
		{Name: "other", Kind: Relation, Rel: &Rel{Type: "T1", From: []string{"a"}, To: []string{"a"}}},
	}})
	ty := Lookup("T1")
	for name, want := range map[string][2]bool{"id": {true, true}, "plain": {true, true}, "mine": {true, false}, "spoken": {false, true},
		"done": {false, true}, "other": {false, false}, "missing": {false, false}} {
		if got := [2]bool{ty.Field(name).Inline(), ty.Shared(name)}; got != want {
			t.Errorf("%s: inline, shared = %v, want %v", name, got, want)
		}
	}
	if parts, batched, ok := Node("T1"); parts != 2 || !batched || !ok {
		t.Errorf("Node(T1) = %d, %v, %v", parts, batched, ok)
	}
	if _, _, ok := Node("Nothing"); ok {
		t.Error("an undeclared type is a node")
	}
	if f := ty.Column("plain"); f == nil || f.Name != "plain" {
		t.Errorf("Column(plain) = %+v", f)
	}
	for name, bad := range map[string]Type{
		"twice":             {Name: "T1"},
		"unnamed":           {},
		"field twice":       {Name: "T2", Fields: []Field{{Name: "x", Kind: Resolved}, {Name: "x", Kind: Resolved}}},
		"column unrendered": {Name: "T3", Fields: []Field{{Name: "x", Kind: Column, Column: "x"}}},
		"relation nowhere":  {Name: "T4", Fields: []Field{{Name: "x", Kind: Relation}}},
		"id without key":    {Name: "T5", Fields: []Field{{Name: "id", Kind: ID}}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: registered", name)
				}
			}()
			Register(bad)
		}()
	}
}

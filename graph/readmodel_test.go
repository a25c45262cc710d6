package graph

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/b40-network/workspace/graph/generated"
	"github.com/b40-network/workspace/internal/readmodel"
)

// Issue 23.1: every declared read side matches the generated schema and its model. Every
// declared field exists with a matching type and nullability; every schema field of a type that
// declares its fields is declared; a column or ID is never a field gqlgen sends to a resolver (a
// field that gains one, to follow Accept-Language say, must be declared resolved, or it would be
// answered from the column by the nested reads); every column and key column is a bun column of
// the type's model.
func TestReadModelMatchesTheSchemaAndTheModels(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	root := reflect.TypeFor[generated.ResolverRoot]()
	for _, rt := range readmodel.All() {
		def := schema.Types[rt.Name]
		if def == nil || def.Kind != ast.Object {
			t.Errorf("%s is declared but is no object type of the schema", rt.Name)
			continue
		}
		cols := bunColumns(rt.Model)
		if cols == nil {
			t.Errorf("%s: its model %T is no bun model", rt.Name, rt.Model)
		}
		for _, k := range rt.Key {
			if !cols[k] {
				t.Errorf("%s: key column %s is no column of %T", rt.Name, k, rt.Model)
			}
		}
		if rt.Fields == nil {
			continue // node facts only, so far
		}
		var resolvers reflect.Type
		if m, ok := root.MethodByName(rt.Name); ok {
			resolvers = m.Type.Out(0)
		}
		hasResolver := func(field string) bool {
			if resolvers == nil {
				return false
			}
			for i := range resolvers.NumMethod() {
				if strings.EqualFold(resolvers.Method(i).Name, field) {
					return true
				}
			}
			return false
		}
		for _, sf := range def.Fields {
			if !strings.HasPrefix(sf.Name, "__") && rt.Field(sf.Name) == nil {
				t.Errorf("%s.%s is in the schema but not declared", rt.Name, sf.Name)
			}
		}
		for _, f := range rt.Fields {
			sf := def.Fields.ForName(f.Name)
			if sf == nil {
				t.Errorf("%s.%s is declared but not in the schema", rt.Name, f.Name)
				continue
			}
			switch {
			case (f.Kind == readmodel.Column || f.Kind == readmodel.ID || f.Kind == readmodel.Translated) && hasResolver(f.Name) && !f.Mirrors:
				t.Errorf("%s.%s is declared a column but gqlgen sends it to a resolver: declare it resolved, or mirror the resolver in SQL", rt.Name, f.Name)
			case f.Mirrors && !hasResolver(f.Name):
				t.Errorf("%s.%s is declared to mirror a resolver, but gqlgen reads it off the model", rt.Name, f.Name)
			}
			switch f.Kind {
			case readmodel.ID:
				if sf.Type.String() != "ID!" {
					t.Errorf("%s.%s: declared the ID, the schema says %s", rt.Name, f.Name, sf.Type)
				}
			case readmodel.Translated:
				if sf.Type.Name() != "TranslatedText" || sf.Type.Elem != nil || f.Nullable == sf.Type.NonNull {
					t.Errorf("%s.%s: declared a translatable text (nullable %v), the schema says %s", rt.Name, f.Name, f.Nullable, sf.Type)
				}
				if !cols[f.Column] || !goField(rt.Model, f.Name, f.Column) {
					t.Errorf("%s.%s: column %s is no column of %T that gqlgen binds it to", rt.Name, f.Name, f.Column, rt.Model)
				}
			case readmodel.Column:
				if f.Mirrors {
					// Computed from the row by a resolver that Expr mirrors: no model field.
					if f.Nullable == sf.Type.NonNull || !rendersAs(schema, f.Render, sf.Type) {
						t.Errorf("%s.%s: rendering %d (nullable %v) does not write the schema's %s", rt.Name, f.Name, f.Render, f.Nullable, sf.Type)
					}
					continue
				}
				if f.Expr != "" && !rt.Derived && !scanOnly(rt.Model, f.Column) {
					t.Errorf("%s.%s: computed by SQL, but %s is no scan-only column of %T", rt.Name, f.Name, f.Column, rt.Model)
				} else if f.Expr == "" && !cols[f.Column] {
					t.Errorf("%s.%s: column %s is no column of %T", rt.Name, f.Name, f.Column, rt.Model)
				}
				if !rt.Derived && !goField(rt.Model, f.Name, f.Column) {
					t.Errorf("%s.%s: gqlgen binds it to no field of %T tagged %s", rt.Name, f.Name, rt.Model, f.Column)
				}
				if f.Nullable == sf.Type.NonNull {
					t.Errorf("%s.%s: declared nullable %v, the schema says %s", rt.Name, f.Name, f.Nullable, sf.Type)
				}
				if !rendersAs(schema, f.Render, sf.Type) {
					t.Errorf("%s.%s: rendering %d does not write the schema's %s", rt.Name, f.Name, f.Render, sf.Type)
				}
			case readmodel.Relation:
				want := f.Rel.Type
				if f.Rel.Connection {
					want += "Connection"
				}
				if sf.Type.Name() != want || (f.Rel.Many && !f.Rel.Connection) != (sf.Type.Elem != nil) {
					t.Errorf("%s.%s: declared a relation to %s (many %v), the schema says %s", rt.Name, f.Name, want, f.Rel.Many, sf.Type)
				}
				if l := f.Rel.Loader; l != "" {
					if _, ok := reflect.TypeFor[Loaders]().FieldByName(l); !ok {
						t.Errorf("%s.%s: its loader %s is no loader of graph.Loaders", rt.Name, f.Name, l)
					}
				}
				if readmodel.Lookup(f.Rel.Type) == nil {
					t.Errorf("%s.%s: its related type %s is not declared", rt.Name, f.Name, f.Rel.Type)
				}
				if len(f.Rel.From) != len(f.Rel.To) && f.Rel.Via == "" || (f.Rel.Connection && len(f.Rel.From) == 0) || f.Rel.Source != "" && len(f.Rel.From) > 0 {
					t.Errorf("%s.%s: its keys do not pair: %v, %v", rt.Name, f.Name, f.Rel.From, f.Rel.To)
				}
				for _, c := range f.Rel.From {
					if !cols[c] {
						t.Errorf("%s.%s: key column %s is no column of %T", rt.Name, f.Name, c, rt.Model)
					}
				}
				if f.Rel.Many && !f.Rel.Connection && (len(f.Rel.From) > 0 || f.Rel.Source != "") && f.Rel.Order == "" {
					t.Errorf("%s.%s: a list the nested reads may read needs its order", rt.Name, f.Name)
				}
				via := f.Rel.Via != "" && len(f.Rel.ViaFrom) == len(f.Rel.From) && len(f.Rel.ViaTo) == len(f.Rel.To) && len(f.Rel.From) > 0
				if via != (f.Rel.Via != "") || f.Rel.Via == "" && len(f.Rel.ViaFrom)+len(f.Rel.ViaTo) > 0 {
					t.Errorf("%s.%s: its link table's keys do not pair: %s %v %v", rt.Name, f.Name, f.Rel.Via, f.Rel.ViaFrom, f.Rel.ViaTo)
				}
				if to := readmodel.Lookup(f.Rel.Type); to != nil && !to.Derived {
					tcols := bunColumns(to.Model)
					for _, c := range f.Rel.To {
						if !tcols[c] {
							t.Errorf("%s.%s: key column %s is no column of %s", rt.Name, f.Name, c, f.Rel.Type)
						}
					}
				}
			}
		}
	}
}

// rendersAs reports whether a column rendered so writes what the schema's type says.
func rendersAs(schema *ast.Schema, r readmodel.Render, typ *ast.Type) bool {
	named := typ.Name()
	switch r {
	case readmodel.Text:
		return typ.Elem == nil && slices.Contains([]string{"String", "URL", "CountryCode", "Email", "ID"}, named)
	case readmodel.Int:
		return typ.Elem == nil && named == "Int"
	case readmodel.Bool:
		return typ.Elem == nil && named == "Boolean"
	case readmodel.Enum:
		return typ.Elem == nil && schema.Types[named] != nil && schema.Types[named].Kind == ast.Enum
	case readmodel.Timestamp:
		return typ.Elem == nil && named == "DateTime"
	case readmodel.Date:
		return typ.Elem == nil && named == "Date"
	case readmodel.IntList:
		return typ.Elem != nil && typ.Elem.NonNull && named == "Int"
	case readmodel.TextList:
		return typ.Elem != nil && typ.Elem.NonNull && slices.Contains([]string{"String", "URL", "CountryCode"}, named)
	}
	return false
}

// bunColumns are the columns of a bun model's struct tags, or nil.
func bunColumns(model any) map[string]bool {
	rt := reflect.TypeOf(model)
	if rt == nil || rt.Kind() != reflect.Struct {
		return nil
	}
	out := map[string]bool{}
	for i := range rt.NumField() {
		tag, ok := rt.Field(i).Tag.Lookup("bun")
		if !ok || rt.Field(i).Anonymous {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name != "" && name != "-" && !strings.Contains(opts, "scanonly") {
			out[name] = true
		}
	}
	return out
}

// scanOnly reports whether col is a scan-only column of the model (computed by its queries).
func scanOnly(model any, col string) bool {
	rt := reflect.TypeOf(model)
	for i := range rt.NumField() {
		name, opts, _ := strings.Cut(rt.Field(i).Tag.Get("bun"), ",")
		if name == col && strings.Contains(opts, "scanonly") {
			return true
		}
	}
	return false
}

// goField reports whether the model has a field gqlgen binds to the GraphQL field (its name,
// case aside) tagged with the column.
func goField(model any, field, column string) bool {
	rt := reflect.TypeOf(model)
	for i := range rt.NumField() {
		f := rt.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("bun"), ",")
		if strings.EqualFold(f.Name, field) && name == column {
			return true
		}
	}
	return false
}

// Issue 23.2: node(id) dispatch is a table built from the declarations: every schema type that
// implements Node is declared with its key and has a fetcher, and nothing else has one.
func TestNodeTableMatchesTheDeclarations(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	// Node types node(id) does not open (it answers null for them, as before the table).
	unopened := map[string]bool{"MailMessage": true}
	for _, def := range schema.PossibleTypes["Node"] {
		_, _, declared := readmodel.Node(def.Name)
		_, fetched := nodeFetchers[def.Name]
		if unopened[def.Name] {
			if fetched {
				t.Errorf("%s is fetched but listed as unopened", def.Name)
			}
			continue
		}
		if !declared || !fetched {
			t.Errorf("Node type %s: declared %v, fetched %v", def.Name, declared, fetched)
		}
	}
	for name := range nodeFetchers {
		if _, _, ok := readmodel.Node(name); !ok || !slices.ContainsFunc(schema.PossibleTypes["Node"], func(d *ast.Definition) bool { return d.Name == name }) {
			t.Errorf("%s is fetched but no declared Node type", name)
		}
	}
}

package graph_test

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// The schema documents itself, as graphql-schema-linter's description rules ask: every type,
// field, argument, input field and enum value has a description; custom scalars say which
// specification they follow (@specifiedBy); deprecations give a reason.
func TestSchemaDocumentsItself(t *testing.T) {
	src, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(src)})
	if gerr != nil {
		t.Fatal(gerr)
	}
	findings := SchemaFindings(schema)
	sort.Strings(findings)
	if len(findings) > 0 {
		t.Errorf("%d schema lint findings:\n%s", len(findings), strings.Join(findings, "\n"))
	}
}

// SchemaFindings lists what the schema leaves undocumented.
func SchemaFindings(s *ast.Schema) []string {
	var out []string
	missing := func(what string) { out = append(out, what+": no description") }
	for name, def := range s.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if strings.TrimSpace(def.Description) == "" {
			missing("type " + name)
		}
		if def.Kind == ast.Scalar && def.Directives.ForName("specifiedBy") == nil {
			out = append(out, "scalar "+name+": no @specifiedBy")
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			where := name + "." + f.Name
			if strings.TrimSpace(f.Description) == "" {
				missing("field " + where)
			}
			for _, a := range f.Arguments {
				if strings.TrimSpace(a.Description) == "" {
					missing("argument " + where + "(" + a.Name + ")")
				}
			}
			if d := f.Directives.ForName("deprecated"); d != nil && d.Arguments.ForName("reason") == nil {
				out = append(out, "field "+where+": deprecated without a reason")
			}
		}
		for _, v := range def.EnumValues {
			if strings.TrimSpace(v.Description) == "" {
				missing("enum value " + name + "." + v.Name)
			}
		}
	}
	return out
}

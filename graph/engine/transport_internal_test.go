package engine

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// encodeResponse writes the same bytes as json.Marshal without HTML escaping, whatever the
// response holds, PostgreSQL's spacing of its JSON included.
func TestEncodeResponseAnswersAsMarshal(t *testing.T) {
	yes := true
	data := json.RawMessage(`{"a" : [1, ` + "\n" + ` 2, {"b" : "<tag> & \u00e9 \" \\ \" : x \n y` + "\u2028" + `"}],` + "\t\r\n" + ` "c" : null} `)
	errs := gqlerror.List{{Message: `a "quoted" <error>`, Path: ast.Path{ast.PathName("a"), ast.PathIndex(2)},
		Extensions: map[string]any{"code": "FORBIDDEN", "data": 0}}}
	for name, resp := range map[string]*graphql.Response{
		"nil":               nil,
		"no data":           {Errors: errs},
		"data":              {Data: data},
		"data and errors":   {Data: data, Errors: errs},
		"every member":      {Data: data, Errors: errs, Label: "l", Path: ast.Path{ast.PathName("x")}, HasNext: &yes, Extensions: map[string]any{"cost": 3}},
		"null data":         {Data: json.RawMessage(`null`), Errors: errs},
		"extensions only":   {Data: data, Extensions: map[string]any{"data": "not the data"}},
		"empty object data": {Data: json.RawMessage(`{}`)},
	} {
		got, err := encodeResponse(resp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(resp); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want.Bytes())
		}
	}
}

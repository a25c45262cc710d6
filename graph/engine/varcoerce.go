package engine

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/b40-network/workspace/graph/scalar"
	"github.com/b40-network/workspace/internal/apperr"
)

// scalarCoercion checks the variables' values of this API's own scalars before execution, the
// way gqlparser checks the built-in ones: a URL that is no URL is a variable-coercion failure
// (the request is refused whole, 400 under application/graphql-response+json), never a field
// error met halfway through execution with data: null. The scalars' own unmarshallers decide,
// so the check and the execution cannot disagree.
type scalarCoercion struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*scalarCoercion)(nil)

func (*scalarCoercion) ExtensionName() string { return "B40ScalarCoercion" }
func (c *scalarCoercion) Validate(es graphql.ExecutableSchema) error {
	c.schema = es.Schema()
	return nil
}

// ownScalars are the scalars bound to graph/scalar (gqlgen.yml), by schema name.
var ownScalars = map[string]func(any) error{
	"String":      func(v any) error { _, err := scalar.UnmarshalString(v); return err },
	"DateTime":    func(v any) error { _, err := scalar.UnmarshalDateTime(v); return err },
	"Date":        func(v any) error { _, err := scalar.UnmarshalDate(v); return err },
	"CountryCode": func(v any) error { _, err := scalar.UnmarshalCountryCode(v); return err },
	"URL":         func(v any) error { _, err := scalar.UnmarshalURL(v); return err },
	"Email":       func(v any) error { _, err := scalar.UnmarshalEmail(v); return err },
}

func (c *scalarCoercion) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	for _, def := range oc.Operation.VariableDefinitions {
		v, ok := oc.Variables[def.Variable]
		if !ok {
			continue
		}
		if path, err := coerce(c.schema, def.Type, v, "$"+def.Variable); err != nil {
			return codedError(string(apperr.InvalidInput), "variable %s: %s", path, message(err))
		}
	}
	return nil
}

// coerce checks v against typ, depth first; it returns where the first bad value is.
func coerce(schema *ast.Schema, typ *ast.Type, v any, at string) (string, error) {
	if v == nil {
		return "", nil // nullability is gqlparser's
	}
	if typ.Elem != nil {
		list, ok := v.([]any)
		if !ok {
			return coerce(schema, typ.Elem, v, at) // a single value coerces to a list of one
		}
		for i, item := range list {
			if path, err := coerce(schema, typ.Elem, item, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return path, err
			}
		}
		return "", nil
	}
	if check, ok := ownScalars[typ.NamedType]; ok {
		return at, check(v)
	}
	def := schema.Types[typ.NamedType]
	obj, ok := v.(map[string]any)
	if def == nil || def.Kind != ast.InputObject || !ok {
		return "", nil
	}
	for _, f := range def.Fields {
		if fv, present := obj[f.Name]; present {
			if path, err := coerce(schema, f.Type, fv, at+"."+f.Name); err != nil {
				return path, err
			}
		}
	}
	return "", nil
}

func message(err error) string {
	if ae, ok := apperr.As(err); ok {
		return ae.Message
	}
	return err.Error()
}

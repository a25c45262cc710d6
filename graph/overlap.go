package graph

import (
	"slices"
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
)

// gqlparser's OverlappingFieldsCanBeMerged rule reports one error per conflicting pair of
// fields, so n fields answering to one response key with different meanings give n²/4 errors
// (1,000 aliases: 250,000 errors, a 58 MB answer). overlapCheck finds those conflicts in
// linear time before validation runs, and refuses the document with one error instead.
//
// It is the rule's cheap half: fields that share a response key must name the same field with
// the same arguments, unless they sit under two different object type conditions (the spec's
// exemption); fields that agree have their sub-selections merged and checked the same way.
// Where it cannot tell (an interface's field beside a fragment on one of its objects), the
// repeat bound keeps what validation may still find small.
type overlapCheck struct {
	doc *ast.QueryDocument
	// isObject tells whether a type condition names an object type (nil: treat none as such).
	isObject func(name string) bool
	// budget bounds the fields visited, fragments expanded included; a document past it would
	// fail the complexity limit anyway.
	budget int
	// conflict is the first problem found.
	conflict string
}

// maxKeyRepeats bounds how often one response key may appear in one merged selection set.
// Fragments of a client's components repeat `id` a handful of times; hundreds is an attack.
const maxKeyRepeats = 32

type keyedField struct {
	f    *ast.Field
	cond string // the type condition the field sits under, "" for the set's own type
}

// check reports the first conflict in the operation's selection sets, or "".
func (c *overlapCheck) check(op *ast.OperationDefinition) string {
	c.merged([]ast.SelectionSet{op.SelectionSet}, []string{""})
	return c.conflict
}

func (c *overlapCheck) merged(sets []ast.SelectionSet, conds []string) {
	var fields []keyedField
	seen := map[string]bool{} // a fragment spread twice in one merged set adds nothing new
	for i, set := range sets {
		c.collect(set, conds[i], seen, &fields)
	}
	if c.conflict != "" {
		return
	}
	groups := map[string][]keyedField{}
	var order []string
	for _, kf := range fields {
		key := kf.f.Alias
		if key == "" {
			key = kf.f.Name
		}
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], kf)
	}
	for _, key := range order {
		g := groups[key]
		if len(g) > maxKeyRepeats {
			c.conflict = "the response key \"" + key + "\" appears more than " + strconv.Itoa(maxKeyRepeats) + " times in one selection set"
			return
		}
		for i := 1; i < len(g); i++ {
			for j := 0; j < i; j++ {
				if c.exempt(g[i].cond, g[j].cond) {
					continue
				}
				if g[i].f.Name != g[j].f.Name || argsOf(g[i].f) != argsOf(g[j].f) {
					c.conflict = "the response key \"" + key + "\" names different fields or arguments; use distinct aliases"
					return
				}
			}
		}
		var childSets []ast.SelectionSet
		var childConds []string
		for _, kf := range g {
			if len(kf.f.SelectionSet) > 0 {
				childSets = append(childSets, kf.f.SelectionSet)
				childConds = append(childConds, "")
			}
		}
		if len(childSets) > 0 {
			c.merged(childSets, childConds)
			if c.conflict != "" {
				return
			}
		}
	}
}

// exempt: fields under two different object types never both apply to one object.
func (c *overlapCheck) exempt(a, b string) bool {
	return a != "" && b != "" && a != b && c.isObject != nil && c.isObject(a) && c.isObject(b)
}

func (c *overlapCheck) collect(set ast.SelectionSet, cond string, seen map[string]bool, out *[]keyedField) {
	for _, sel := range set {
		if c.conflict != "" {
			return
		}
		c.budget--
		if c.budget < 0 {
			c.conflict = "the document expands to too many fields"
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			*out = append(*out, keyedField{f: s, cond: cond})
		case *ast.InlineFragment:
			inner := cond
			if s.TypeCondition != "" {
				inner = s.TypeCondition
			}
			c.collect(s.SelectionSet, inner, seen, out)
		case *ast.FragmentSpread:
			if seen[s.Name] {
				continue
			}
			seen[s.Name] = true
			if f := c.doc.Fragments.ForName(s.Name); f != nil {
				c.collect(f.SelectionSet, f.TypeCondition, seen, out)
			}
		}
	}
}

// argsOf renders a field's arguments sorted by name; equal text means equal arguments.
func argsOf(f *ast.Field) string {
	if len(f.Arguments) == 0 {
		return ""
	}
	parts := make([]string, 0, len(f.Arguments))
	for _, a := range f.Arguments {
		v := ""
		if a.Value != nil {
			v = a.Value.String()
		}
		parts = append(parts, a.Name+":"+v)
	}
	slices.Sort(parts)
	return strings.Join(parts, ",")
}

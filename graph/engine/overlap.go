package engine

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
// exemption); fields that share a key have their sub-selections merged and checked the same way,
// and the exemption holds for them too: the children of two fields that never apply to one
// object never meet either (the spec's areMutuallyExclusive, passed down).
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
	set  int    // which of the merged selection sets it comes from
	cond string // the type condition the field sits under, "" for the set's own type
}

// check reports the first conflict in the operation's selection sets, or "".
func (c *overlapCheck) check(op *ast.OperationDefinition) string {
	c.merged([]ast.SelectionSet{op.SelectionSet}, nil)
	return c.conflict
}

// merged checks sets as one selection set: they are the sub-selections of fields that share a
// response key (or the operation's own). apart[i][j] says the fields whose sub-selections are
// sets i and j never apply to one object, so neither do their children (nil: none are apart).
func (c *overlapCheck) merged(sets []ast.SelectionSet, apart [][]bool) {
	var fields []keyedField
	for i, set := range sets {
		// A fragment spread twice in one set adds nothing new; spread under two of the sets, it
		// is met under each, which may be apart from different others.
		c.collect(set, i, "", map[string]bool{}, &fields)
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
		// exempt[i][j]: g[i] and g[j] never apply to one object (at most 32², as g is bounded).
		var exempt [][]bool
		if len(g) > 1 {
			exempt = make([][]bool, len(g))
			for i := range g {
				exempt[i] = make([]bool, len(g))
			}
		}
		for i := 1; i < len(g); i++ {
			for j := 0; j < i; j++ {
				if (apart != nil && apart[g[i].set][g[j].set]) || c.exempt(g[i].cond, g[j].cond) {
					exempt[i][j], exempt[j][i] = true, true
					continue
				}
				if g[i].f.Name != g[j].f.Name || argsOf(g[i].f) != argsOf(g[j].f) {
					c.conflict = "the response key \"" + key + "\" names different fields or arguments; use distinct aliases"
					return
				}
			}
		}
		var childSets []ast.SelectionSet
		var from []int // the field of g each child set belongs to
		for k, kf := range g {
			if len(kf.f.SelectionSet) > 0 {
				childSets = append(childSets, kf.f.SelectionSet)
				from = append(from, k)
			}
		}
		if len(childSets) == 0 {
			continue
		}
		var childApart [][]bool
		if exempt != nil {
			childApart = make([][]bool, len(from))
			for a, i := range from {
				childApart[a] = make([]bool, len(from))
				for b, j := range from {
					childApart[a][b] = exempt[i][j]
				}
			}
		}
		c.merged(childSets, childApart)
		if c.conflict != "" {
			return
		}
	}
}

// exempt: fields under two different object types never both apply to one object.
func (c *overlapCheck) exempt(a, b string) bool {
	return a != "" && b != "" && a != b && c.isObject != nil && c.isObject(a) && c.isObject(b)
}

func (c *overlapCheck) collect(set ast.SelectionSet, from int, cond string, seen map[string]bool, out *[]keyedField) {
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
			*out = append(*out, keyedField{f: s, set: from, cond: cond})
		case *ast.InlineFragment:
			inner := cond
			if s.TypeCondition != "" {
				inner = s.TypeCondition
			}
			c.collect(s.SelectionSet, from, inner, seen, out)
		case *ast.FragmentSpread:
			if seen[s.Name] {
				continue
			}
			seen[s.Name] = true
			if f := c.doc.Fragments.ForName(s.Name); f != nil {
				c.collect(f.SelectionSet, from, f.TypeCondition, seen, out)
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

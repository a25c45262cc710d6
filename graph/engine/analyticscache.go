package engine

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/golang-lru/v2/expirable"
	"github.com/vektah/gqlparser/v2/ast"
	"golang.org/x/sync/singleflight"

	"github.com/b40-network/workspace/internal/analytics"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/readmodel"
)

// analyticsAnswers is the one cache of analytics figures: whole answers to analytics-only
// queries, shared for a short while by every caller analytics.Authorize lets in. It is correct
// by construction rather than by care:
//   - only operations whose every field is caller-independent are kept (sharedFields): network
//     figures exclude PRIVATE items in SQL, whoever asks; a field whose answer depends on the
//     caller's scope (a recommendation's implementations, a city's workspace) makes the
//     operation uncacheable;
//   - the key is everything the answer depends on: the document, the operation, the variables
//     and the request's locales (texts are chosen by Accept-Language);
//   - the caller is checked by the analytics rule itself before anything is served;
//   - concurrent askers of one key share one execution.
type analyticsAnswers struct {
	entries *expirable.LRU[string, *graphql.Response]
	flight  singleflight.Group
}

var _ graphql.OperationInterceptor = (*analyticsAnswers)(nil)

func newAnalyticsAnswers(ttl time.Duration) *analyticsAnswers {
	if ttl <= 0 {
		ttl = analytics.CacheTTL
	}
	return &analyticsAnswers{entries: expirable.NewLRU[string, *graphql.Response](200, nil, ttl)}
}

func (*analyticsAnswers) ExtensionName() string                   { return "B40AnalyticsAnswers" }
func (*analyticsAnswers) Validate(graphql.ExecutableSchema) error { return nil }

func (c *analyticsAnswers) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Query || !analyticsOnly(oc.Doc, oc.Operation.SelectionSet, 0) ||
		analytics.Authorize(ctx) != nil {
		return next(ctx)
	}
	key := answerKey(oc, i18n.FromContext(ctx))
	if cached, ok := c.entries.Get(key); ok {
		return once(cached)
	}
	v, _, _ := c.flight.Do(key, func() (any, error) {
		// The first asker's cancellation must not fail the others waiting on it.
		ctx := context.WithoutCancel(ctx)
		resp := next(ctx)(ctx)
		if resp != nil && len(resp.Errors) == 0 {
			c.entries.Add(key, resp)
		}
		return resp, nil
	})
	return once(v.(*graphql.Response))
}

// once answers resp, then nothing more (no incremental parts).
func once(resp *graphql.Response) graphql.ResponseHandler {
	done := false
	return func(context.Context) *graphql.Response {
		if done {
			return nil
		}
		done = true
		cp := *resp // the middleware above may add extensions or errors to its copy
		return &cp
	}
}

func answerKey(oc *graphql.OperationContext, locales []string) string {
	h := sha256.New()
	vars, _ := json.Marshal(oc.Variables) // map keys are sorted
	for _, part := range []string{oc.RawQuery, oc.OperationName, string(vars), strings.Join(locales, ",")} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// sharedFields are the fields whose answers are the same for every caller allowed analytics,
// by type; nil allows every field of the type. Anything else makes an operation uncacheable.
// A type whose fields are declared (internal/readmodel) takes them from its declaration.
var sharedFields = map[string]map[string]bool{
	"Analytics": nil, "TimeCount": nil, "StatusBreakdown": nil, "StatusCount": nil, "RecommendationAdoptionRow": nil,
	"CityAdoption": nil, "IndicatorProgressRow": nil, "IndicatorProgress": nil, "IndicatorTarget": nil,
	"WorkingGroupActivity": nil, "CityEngagement": nil, "TranslatedText": nil, "Translation": nil, "GeoPoint": nil,
	"RecommendationSource": nil, "Summit": {"id": true, "year": true, "title": true, "motto": true, "startsOn": true, "endsOn": true, "venue": true, "isFounding": true},
	"Recommendation": readmodel.Lookup("Recommendation").SharedFields(),
	"City":           readmodel.Lookup("City").SharedFields(), // every field of a public type that varies by no caller (internal/readmodel)
	"WorkingGroup":   {"id": true, "slug": true, "name": true, "description": true, "kind": true, "status": true, "endsOn": true},
	"Indicator":      {"id": true, "key": true, "name": true, "description": true, "unit": true, "direction": true, "scope": true, "source": true, "metric": true, "rollup": true, "targets": true},
	"Proposal":       {"id": true, "title": true}, // a recommendation's source proposal: accepted, so network-visible
}

// analyticsOnly reports whether set (at the root: only `analytics`) selects shared fields only.
func analyticsOnly(doc *ast.QueryDocument, set ast.SelectionSet, depth int) bool {
	if depth > 20 {
		return false
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__typename" {
				continue
			}
			if s.ObjectDefinition == nil {
				return false
			}
			parent := s.ObjectDefinition.Name
			if parent == "Query" {
				if s.Name != "analytics" {
					return false
				}
			} else if allowed, ok := sharedFields[parent]; !ok || (allowed != nil && !allowed[s.Name]) {
				return false
			}
			if !analyticsOnly(doc, s.SelectionSet, depth+1) {
				return false
			}
		case *ast.InlineFragment:
			if !analyticsOnly(doc, s.SelectionSet, depth+1) {
				return false
			}
		case *ast.FragmentSpread:
			f := doc.Fragments.ForName(s.Name)
			if f == nil || !analyticsOnly(doc, f.SelectionSet, depth+1) {
				return false
			}
		}
	}
	return true
}

package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/b40-network/workspace/internal/gid"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

// Global ID types of the workspace; tenant rows carry their city.
const (
	typeProposal       = gid.Proposal
	typeRecommendation = gid.Recommendation
	typeImplementation = gid.Implementation
	typeUpdate         = gid.ImplementationUpdate
	typePractice       = gid.Practice
)

func optionalText(in []*model.TranslationInput) *i18n.Text {
	if in == nil {
		return nil
	}
	t := translations(in)
	return &t
}

func proposalInput(title, summary *string, body []*model.TranslationInput, group *string, forSummit *bool, visibility *workspace.Visibility) (workspace.ProposalInput, error) {
	in := workspace.ProposalInput{Title: title, Summary: summary, Body: optionalText(body), Visibility: visibility, ForSummit: forSummit != nil && *forSummit}
	var err error
	in.WorkingGroupID, err = optionalInputID(group, typeWorkingGroup, "workingGroupId")
	return in, err
}

func practiceInput(title, summary *string, body []*model.TranslationInput, groups []string, sdgs []int, results, contact *string, links []string, visibility *workspace.Visibility) (workspace.PracticeInput, error) {
	in := workspace.PracticeInput{Title: title, Summary: summary, Body: optionalText(body), SDGs: sdgs, Results: results, Contact: contact,
		Links: links, Visibility: visibility}
	var err error
	in.WorkingGroupIDs, err = DecodeIDs(groups, typeWorkingGroup, "workingGroupIds")
	return in, err
}

func plan(start, end *time.Time, visibility *workspace.Visibility) workspace.Plan {
	return workspace.Plan{PlannedStart: start, PlannedEnd: end, Visibility: visibility}
}

func direction(d *model.OrderDirection, def bool) bool {
	if d == nil {
		return def
	}
	return *d == model.OrderDirectionDesc
}

func proposalFilter(in *model.ProposalFilter, o *model.ProposalOrder, cityID *int64) (workspace.Filter, workspace.Order[workspace.ProposalOrderField], error) {
	var f workspace.Filter
	ord := workspace.Order[workspace.ProposalOrderField]{Field: workspace.ProposalOrderCreatedAt, Desc: true}
	if o != nil {
		ord.Field, ord.Desc = o.Field, direction(o.Direction, true)
	}
	if in != nil {
		if err := decodeCityAndGroupIDs(&f, in.CityIds, in.WorkingGroupIds); err != nil {
			return f, ord, err
		}
		f.Countries, f.Statuses, f.Visibilities, f.From, f.To, f.Search = in.Countries, names(in.Statuses), in.Visibilities,
			either(in.SubmittedFrom, in.From), either(in.SubmittedTo, in.To), deref(in.Search)
	}
	return scoped(f, cityID), ord, nil
}

func practiceFilter(in *model.PracticeFilter, o *model.PracticeOrder, cityID *int64) (workspace.Filter, workspace.Order[workspace.PracticeOrderField], error) {
	var f workspace.Filter
	var ord workspace.Order[workspace.PracticeOrderField]
	if o != nil {
		ord.Field, ord.Desc = o.Field, direction(o.Direction, true)
	} else if in == nil || in.Search == nil {
		ord.Field, ord.Desc = workspace.PracticeOrderPublishedAt, true
	}
	if in != nil {
		if err := decodeCityAndGroupIDs(&f, in.CityIds, in.WorkingGroupIds); err != nil {
			return f, ord, err
		}
		f.Countries, f.Statuses, f.Visibilities, f.SDGs, f.From, f.To, f.Search = in.Countries, names(in.Statuses), in.Visibilities, in.Sdgs, in.PublishedFrom, in.PublishedTo, deref(in.Search)
	}
	return scoped(f, cityID), ord, nil
}

func implementationFilter(in *model.ImplementationFilter, o *model.ImplementationOrder, cityID *int64) (workspace.Filter, workspace.Order[workspace.ImplementationOrderField], error) {
	var f workspace.Filter
	ord := workspace.Order[workspace.ImplementationOrderField]{Field: workspace.ImplementationOrderUpdatedAt, Desc: true}
	if o != nil {
		ord.Field, ord.Desc = o.Field, direction(o.Direction, true)
	}
	if in != nil {
		if err := decodeCityAndGroupIDs(&f, in.CityIds, in.WorkingGroupIds); err != nil {
			return f, ord, err
		}
		var err error
		if f.RecommendationIDs, err = DecodeIDs(in.RecommendationIds, typeRecommendation, "filter", "recommendationIds"); err != nil {
			return f, ord, err
		}
		f.Countries, f.Statuses, f.Visibilities, f.From, f.To = in.Countries, names(in.Statuses), in.Visibilities, in.UpdatedFrom, in.UpdatedTo
	}
	return scoped(f, cityID), ord, nil
}

func recommendationFilter(in *model.RecommendationFilter) (workspace.Filter, error) {
	var f workspace.Filter
	if in == nil {
		return f, nil
	}
	if err := decodeCityAndGroupIDs(&f, in.CityIds, in.WorkingGroupIds); err != nil {
		return f, err
	}
	var err error
	if f.SummitIDs, err = DecodeIDs(in.SummitIds, typeSummit, "filter", "summitIds"); err != nil {
		return f, err
	}
	f.Countries, f.From, f.To = in.Countries, in.AdoptedFrom, in.AdoptedTo
	return f, nil
}

// decodeCityAndGroupIDs reads the two ID filters every workspace list shares.
func decodeCityAndGroupIDs(f *workspace.Filter, cityIDs, groupIDs []string) error {
	var err error
	if f.CityIDs, err = DecodeIDs(cityIDs, typeCity, "filter", "cityIds"); err != nil {
		return err
	}
	f.WorkingGroupIDs, err = DecodeIDs(groupIDs, typeWorkingGroup, "filter", "workingGroupIds")
	return err
}

// scoped narrows a filter to one city, for City.proposals and friends.
func scoped(f workspace.Filter, cityID *int64) workspace.Filter {
	if cityID != nil {
		f.CityIDs = []int64{*cityID}
	}
	return f
}

func (r *Resolver) recommendationSource(ctx context.Context, rc *workspace.Recommendation) (*model.RecommendationSource, error) {
	src := &model.RecommendationSource{}
	var err error
	if rc.SourceProposalID != nil {
		if src.Proposal, err = r.Svc.Workspace.ProposalByKey(ctx, workspace.Key{CityID: *rc.SourceProposalCityID, ID: *rc.SourceProposalID}); err != nil {
			return nil, err
		}
	}
	if rc.SourceWorkingGroupID != nil {
		if src.WorkingGroup, err = r.loaders(ctx).WorkingGroup.Load(ctx, *rc.SourceWorkingGroupID); err != nil {
			return nil, err
		}
	}
	if rc.SourceSummitID != nil {
		if src.Summit, err = r.loaders(ctx).Summit.Load(ctx, *rc.SourceSummitID); err != nil {
			return nil, err
		}
	}
	return src, nil
}

func (r *Resolver) endorsers(ctx context.Context, p *workspace.Proposal) ([]*city.City, error) {
	l := r.loaders(ctx)
	es, err := l.EndorsementsByProposal.Load(ctx, p.Key())
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(es))
	for i, e := range es {
		ids[i] = e.EndorserCityID
	}
	return l.City.LoadAll(ctx, ids)
}

func (r *Resolver) practiceGroups(ctx context.Context, p *workspace.Practice) ([]*workinggroup.Group, error) {
	l := r.loaders(ctx)
	gs, err := l.GroupsByPractice.Load(ctx, p.Key())
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(gs))
	for i, g := range gs {
		ids[i] = g.WorkingGroupID
	}
	return l.WorkingGroup.LoadAll(ctx, ids)
}

func (r *Resolver) sourcePractice(ctx context.Context, im *workspace.Implementation) (*workspace.Practice, error) {
	if im.SourcePracticeID == nil {
		return nil, nil
	}
	// nil for a practice the caller may not see
	return r.loaders(ctx).Practice.Load(ctx, workspace.Key{CityID: *im.SourcePracticeCityID, ID: *im.SourcePracticeID})
}

func (r *Resolver) optionalRecommendation(ctx context.Context, id *int64) (*workspace.Recommendation, error) {
	if id == nil {
		return nil, nil
	}
	return r.loaders(ctx).Recommendation.Load(ctx, *id)
}

func (r *Resolver) optionalGroup(ctx context.Context, id *int64) (*workinggroup.Group, error) {
	if id == nil {
		return nil, nil
	}
	return r.loaders(ctx).WorkingGroup.Load(ctx, *id)
}

// batchedPractices serves a city's first page of practices in the default order through a
// loader, so a list of cities with their practices costs one statement, not one per city.
// Anything else (cursors, filters, other orders) goes the per-city way; ok reports which.
func (r *Resolver) batchedPractices(ctx context.Context, cityID int64, first *int, after *string, last *int, before *string,
	filter *model.PracticeFilter, orderBy *model.PracticeOrder) (*page.Connection[*workspace.Practice], bool, error) {
	if after != nil || last != nil || before != nil || filter != nil || orderBy != nil {
		return nil, false, nil
	}
	n := page.DefaultSize
	if first != nil {
		if *first < 1 || *first > page.MaxSize {
			return nil, false, nil // the per-city path answers the range error
		}
		n = *first
	}
	l := r.loaders(ctx)
	body := selects(practiceNodes(graphql.GetOperationContext(ctx), graphql.CollectFieldsCtx(ctx, nil)), "body")
	c, err := l.FirstPractices.Load(ctx, workspace.CityPage{CityID: cityID, First: n, Body: body})
	if err != nil {
		return nil, true, err
	}
	return c.WithCount(func(ctx context.Context) (int, error) { return l.PracticeCount.Load(ctx, cityID) }), true, nil
}

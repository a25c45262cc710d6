package graph

import (
	"context"
	"errors"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/analytics"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/indicator"
	"github.com/b40-network/workspace/internal/workspace"
)

const typeIndicator = gid.Indicator

func optionalCityArg(id *string) (*int64, error) {
	if id == nil {
		return nil, nil
	}
	k, err := DecodeIDs([]string{*id}, typeCity, "cityId")
	if err != nil {
		return nil, err
	}
	return &k[0], nil
}

func indicatorFilter(in *model.IndicatorFilter) (indicator.Filter, error) {
	if in == nil {
		return indicator.Filter{}, nil
	}
	groups, err := DecodeIDs(in.WorkingGroupIds, typeWorkingGroup, "filter", "workingGroupIds")
	return indicator.Filter{Scopes: in.Scopes, WorkingGroupIDs: groups, TermYear: in.TermYear}, err
}

// indicatorProgress lists every indicator with a target in termYear and where it stands.
func (r *Resolver) indicatorProgress(ctx context.Context, termYear int) ([]*model.IndicatorProgressRow, error) {
	inds, err := r.Svc.Indicators.WithTarget(ctx, termYear)
	if err != nil {
		return nil, err
	}
	out := make([]*model.IndicatorProgressRow, len(inds))
	for i, ind := range inds {
		p, err := r.Svc.Indicators.Progress(ctx, ind, termYear, nil)
		if err != nil {
			return nil, err
		}
		out[i] = &model.IndicatorProgressRow{Indicator: ind, Progress: p}
	}
	return out, nil
}

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

// adoptionMatrix loads the recommendations and every city of the page in one batch each, so a
// matrix of thousands of cells costs three statements and no per-cell work.
func (r *Resolver) adoptionMatrix(ctx context.Context, f analytics.Filter, first, offset int) ([]*model.RecommendationAdoptionRow, error) {
	rows, err := r.Svc.Analytics.RecommendationAdoption(ctx, f, first, offset)
	if err != nil {
		return nil, err
	}
	recIDs := make([]int64, len(rows))
	cityIDs := map[int64]bool{}
	for i, row := range rows {
		recIDs[i] = row.RecommendationID
		for _, c := range row.Cities {
			cityIDs[c.CityID] = true
		}
	}
	recs, errs := r.Svc.Workspace.RecommendationsByIDs(ctx, recIDs)
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	ids := make([]int64, 0, len(cityIDs))
	for id := range cityIDs {
		ids = append(ids, id)
	}
	cities := map[int64]*city.City{}
	if len(ids) > 0 {
		found, errs := r.Svc.Cities.ByIDs(ctx, ids)
		if err := errors.Join(errs...); err != nil {
			return nil, err
		}
		for _, c := range found {
			cities[c.ID] = c
		}
	}
	out := make([]*model.RecommendationAdoptionRow, len(rows))
	for i, row := range rows {
		n := len(row.Cities)
		o := &model.RecommendationAdoptionRow{Recommendation: recs[i], Cities: make([]*model.CityAdoption, n), CityIds: make([]string, n),
			Statuses: make([]workspace.ImplementationStatus, n), Progresses: make([]int, n), Committed: row.Committed, InProgress: row.InProgress,
			Completed: row.Completed, NotPursued: row.NotPursued}
		for j, c := range row.Cities {
			o.Cities[j] = &model.CityAdoption{City: cities[c.CityID], Status: c.Status, Progress: c.Progress}
			o.CityIds[j], o.Statuses[j], o.Progresses[j] = gid.Encode(typeCity, c.CityID), c.Status, c.Progress
		}
		out[i] = o
	}
	return out, nil
}

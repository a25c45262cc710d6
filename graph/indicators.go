package graph

import (
	"context"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/indicator"
)

const typeIndicator = "Indicator"

func optionalCityArg(id *string) (*int64, error) {
	if id == nil {
		return nil, nil
	}
	k, err := decodeIDs([]string{*id}, typeCity, "cityId")
	if err != nil {
		return nil, err
	}
	return &k[0], nil
}

func indicatorFilter(in *model.IndicatorFilter) (indicator.Filter, error) {
	if in == nil {
		return indicator.Filter{}, nil
	}
	groups, err := decodeIDs(in.WorkingGroupIds, typeWorkingGroup, "filter", "workingGroupIds")
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

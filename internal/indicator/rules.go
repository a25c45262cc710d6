package indicator

import (
	"slices"
	"strings"

	"github.com/b40-network/workspace/internal/apperr"
)

// Validate checks a new indicator's definition (R5.1): its name and unit, and that its scope,
// source, metric and rollup fit together.
func (in *Indicator) Validate() error {
	switch {
	case in.Name == "" || len(in.Name) > 300:
		return apperr.User(apperr.CodeInvalid, []string{"name"}, "the name needs 1 to 300 characters")
	case in.Unit == "" || len(in.Unit) > 50:
		return apperr.User(apperr.CodeInvalid, []string{"unit"}, "the unit needs 1 to 50 characters")
	case !slices.Contains(Directions, in.Direction):
		return apperr.User(apperr.CodeInvalid, []string{"direction"}, "direction is INCREASE or DECREASE")
	case !slices.Contains(Scopes, in.Scope):
		return apperr.User(apperr.CodeInvalid, []string{"scope"}, "scope is NETWORK, WORKING_GROUP or CITY")
	case (in.Scope == ScopeWorkingGroup) != (in.WorkingGroupID != nil):
		return apperr.User(apperr.CodeInvalid, []string{"workingGroupId"}, "a WORKING_GROUP indicator names its group, and only it")
	case !slices.Contains(Sources, in.Source) || (in.Source == SourceDerived) != (in.Metric != nil):
		return apperr.User(apperr.CodeInvalid, []string{"metric"}, "a DERIVED indicator names its metric; a MANUAL one does not")
	case in.Metric != nil && !slices.Contains(Metrics, *in.Metric):
		return apperr.User(apperr.CodeInvalid, []string{"metric"}, "unknown metric %q", *in.Metric)
	case !slices.Contains(Rollups, in.Rollup):
		return apperr.User(apperr.CodeInvalid, []string{"rollup"}, "rollup is SUM, AVERAGE or COUNT_CITIES")
	}
	return nil
}

// CheckTarget says whether t points the way the indicator should move.
func (in *Indicator) CheckTarget(t *Target) error {
	if d := t.Target - t.Baseline; (in.Direction == Increase && d < 0) || (in.Direction == Decrease && d > 0) {
		return apperr.User(apperr.CodeInvalid, []string{"target"}, "an indicator meant to %s needs a target on that side of the baseline", strings.ToLower(string(in.Direction)))
	}
	return nil
}

// CheckMeasurement says whether the indicator takes m: only MANUAL ones take measurements, and a
// CITY indicator's each name their city.
func (in *Indicator) CheckMeasurement(m *Measurement) error {
	switch {
	case in.Source == SourceDerived:
		return apperr.User(apperr.CodeRuleViolation, []string{"indicatorId"}, "a DERIVED indicator is computed from the data; it takes no measurements")
	case in.Scope == ScopeCity && m.CityID == nil:
		return apperr.User(apperr.CodeInvalid, []string{"cityId"}, "a CITY indicator is measured per city")
	}
	return nil
}

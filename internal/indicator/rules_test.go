package indicator

import (
	"errors"
	"testing"

	"github.com/b40-network/workspace/internal/apperr"
)

func field(err error) string {
	var ue *apperr.UserError
	if errors.As(err, &ue) && len(ue.Field) > 0 {
		return ue.Field[0]
	}
	return ""
}

func TestIndicatorDefinition(t *testing.T) {
	group := int64(4)
	members := MetricMemberCities
	base := func() Indicator {
		return Indicator{Name: "Cities with a climate plan", Unit: "cities", Direction: Increase, Scope: ScopeCity, Source: SourceManual, Rollup: RollupSum}
	}
	cases := []struct {
		name  string
		edit  func(*Indicator)
		field string
	}{
		{"valid", func(*Indicator) {}, ""},
		{"no name", func(i *Indicator) { i.Name = "" }, "name"},
		{"no unit", func(i *Indicator) { i.Unit = "" }, "unit"},
		{"sideways", func(i *Indicator) { i.Direction = "SIDEWAYS" }, "direction"},
		{"unknown scope", func(i *Indicator) { i.Scope = "REGION" }, "scope"},
		{"group scope without group", func(i *Indicator) { i.Scope = ScopeWorkingGroup }, "workingGroupId"},
		{"group scope with group", func(i *Indicator) { i.Scope, i.WorkingGroupID = ScopeWorkingGroup, &group }, ""},
		{"group named outside group scope", func(i *Indicator) { i.WorkingGroupID = &group }, "workingGroupId"},
		{"derived without metric", func(i *Indicator) { i.Source = SourceDerived }, "metric"},
		{"derived with metric", func(i *Indicator) { i.Source, i.Metric = SourceDerived, &members }, ""},
		{"manual with metric", func(i *Indicator) { i.Metric = &members }, "metric"},
		{"unknown source", func(i *Indicator) { i.Source = "GUESSED" }, "metric"},
		{"unknown rollup", func(i *Indicator) { i.Rollup = "MEDIAN" }, "rollup"},
	}
	for _, c := range cases {
		in := base()
		c.edit(&in)
		if got := field(in.Validate()); got != c.field {
			t.Errorf("%s: field %q, want %q", c.name, got, c.field)
		}
	}
}

func TestTargetsPointTheIndicatorsWay(t *testing.T) {
	up, down := &Indicator{Direction: Increase}, &Indicator{Direction: Decrease}
	if up.CheckTarget(&Target{Baseline: 10, Target: 5}) == nil || up.CheckTarget(&Target{Baseline: 10, Target: 15}) != nil {
		t.Error("an INCREASE indicator's target lies above its baseline")
	}
	if down.CheckTarget(&Target{Baseline: 10, Target: 15}) == nil || down.CheckTarget(&Target{Baseline: 10, Target: 10}) != nil {
		t.Error("a DECREASE indicator's target lies at or below its baseline")
	}
}

func TestMeasurements(t *testing.T) {
	city := int64(2)
	if err := (&Indicator{Source: SourceDerived}).CheckMeasurement(&Measurement{}); err == nil {
		t.Error("a DERIVED indicator took a measurement")
	}
	if err := (&Indicator{Source: SourceManual, Scope: ScopeCity}).CheckMeasurement(&Measurement{}); field(err) != "cityId" {
		t.Errorf("a CITY measurement without its city: %v", err)
	}
	if err := (&Indicator{Source: SourceManual, Scope: ScopeCity}).CheckMeasurement(&Measurement{CityID: &city}); err != nil {
		t.Errorf("a city's measurement: %v", err)
	}
}

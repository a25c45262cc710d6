package indicator

// Direction says which way an indicator should move.
type Direction string

const (
	Increase Direction = "INCREASE"
	Decrease Direction = "DECREASE"
)

// Directions lists every Direction.
var Directions = []Direction{Increase, Decrease}

// Scope is what an indicator measures: the network, one working group, or each city.
type Scope string

const (
	ScopeNetwork      Scope = "NETWORK"
	ScopeWorkingGroup Scope = "WORKING_GROUP"
	ScopeCity         Scope = "CITY"
)

// Scopes lists every Scope.
var Scopes = []Scope{ScopeNetwork, ScopeWorkingGroup, ScopeCity}

// Source says whether values are reported (MANUAL) or computed live (DERIVED).
type Source string

const (
	SourceManual  Source = "MANUAL"
	SourceDerived Source = "DERIVED"
)

// Sources lists every Source.
var Sources = []Source{SourceManual, SourceDerived}

// Metric is what a DERIVED indicator counts.
type Metric string

const (
	MetricMemberCities             Metric = "MEMBER_CITIES"
	MetricMeetingsHeld             Metric = "MEETINGS_HELD"
	MetricPracticesPublished       Metric = "PRACTICES_PUBLISHED"
	MetricImplementationsCompleted Metric = "IMPLEMENTATIONS_COMPLETED"
	MetricCitiesWithImplementation Metric = "CITIES_WITH_IMPLEMENTATION"
)

// Metrics lists every Metric.
var Metrics = []Metric{MetricMemberCities, MetricMeetingsHeld, MetricPracticesPublished, MetricImplementationsCompleted, MetricCitiesWithImplementation}

// Rollup says how cities' values of a MANUAL CITY indicator make the network's figure.
type Rollup string

const (
	RollupSum         Rollup = "SUM"
	RollupAverage     Rollup = "AVERAGE"
	RollupCountCities Rollup = "COUNT_CITIES"
)

// Rollups lists every Rollup.
var Rollups = []Rollup{RollupSum, RollupAverage, RollupCountCities}

package summit

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/apperr"
)

func field(err error) string {
	var ue *apperr.UserError
	if errors.As(err, &ue) {
		return strings.Join(ue.Field, ".")
	}
	return ""
}

func TestSummitInput(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	ok := CreateInput{Year: 2026, Title: "Tirana Summit", StartsOn: day(2026, 5, 20), EndsOn: day(2026, 5, 21), HostCityID: 7}
	cases := []struct {
		name  string
		edit  func(*CreateInput)
		field string
	}{
		{"valid", func(*CreateInput) {}, ""},
		{"one day", func(in *CreateInput) { in.EndsOn = in.StartsOn }, ""},
		{"blank title", func(in *CreateInput) { in.Title = "  " }, "title"},
		{"long title", func(in *CreateInput) { in.Title = strings.Repeat("é", 201) }, "title"},
		{"opens another year", func(in *CreateInput) { in.StartsOn = day(2025, 12, 30) }, "startsOn"},
		{"ends before it opens", func(in *CreateInput) { in.EndsOn = day(2026, 5, 19) }, "endsOn"},
		{"over two weeks", func(in *CreateInput) { in.EndsOn = day(2026, 6, 4) }, "endsOn"},
	}
	for _, c := range cases {
		in := ok
		c.edit(&in)
		if got := field(in.Validate()); got != c.field {
			t.Errorf("%s: field %q, want %q", c.name, got, c.field)
		}
	}
}

// R2.5: a summit's host is the city holding that year's presidency.
func TestSummitHostIsTheYearsPresidency(t *testing.T) {
	in := CreateInput{Year: 2026, HostCityID: 7}
	seven, eight := int64(7), int64(8)
	if err := in.CheckHost(&seven); err != nil {
		t.Errorf("the term city hosts: %v", err)
	}
	if got := field(in.CheckHost(&eight)); got != "hostCityId" {
		t.Errorf("another city hosts: %q", got)
	}
	if got := field(in.CheckHost(nil)); got != "year" {
		t.Errorf("no term on record: %q", got)
	}
}

package network

import (
	"strings"
	"testing"
)

func TestComplianceWithR33(t *testing.T) {
	sec := &Staff{Name: "S", Position: "NETWORK_SECRETARY", EnglishLevel: "B1"}
	exp := func(name string, level CEFRLevel) *Staff {
		return &Staff{Name: name, Position: "EXPERT", EnglishLevel: level}
	}
	cases := []struct {
		name     string
		staff    []*Staff
		problems []string // substrings, in order
	}{
		{"complete", []*Staff{sec, exp("A", "B2"), exp("B", "C2")}, nil},
		{"more experts is fine", []*Staff{sec, exp("A", "C1"), exp("B", "C1"), exp("C", "B2")}, nil},
		{"empty", nil, []string{"exactly one network secretary, has 0", "at least 2 experts, has 0"}},
		{"no secretary", []*Staff{exp("A", "B2"), exp("B", "B2")}, []string{"network secretary, has 0"}},
		{"one expert", []*Staff{sec, exp("A", "C1")}, []string{"at least 2 experts, has 1"}},
		{"weak English", []*Staff{sec, exp("A", "B1"), exp("B", "C1")}, []string{"expert A has English at B1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := CheckCompliance(c.staff)
			if got.MeetsMinimum != (len(c.problems) == 0) || len(got.Problems) != len(c.problems) {
				t.Fatalf("got %+v", got)
			}
			for i, p := range c.problems {
				if !strings.Contains(got.Problems[i], p) || !strings.HasPrefix(got.Problems[i], "R3.3") {
					t.Errorf("problem %d = %q, want %q", i, got.Problems[i], p)
				}
			}
		})
	}
}

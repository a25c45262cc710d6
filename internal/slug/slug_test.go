package slug

import "testing"

func TestMake(t *testing.T) {
	for in, want := range map[string]string{
		"Muğla": "mugla", "Constanța": "constanta", "Laktaši": "laktasi", "Đakovo": "dakovo", "İzmir": "izmir",
		"Local climate action": "local-climate-action", "  Split -- Dalmatia  ": "split-dalmatia", "Αθήνα": "item", "": "item",
	} {
		if got := Make(in); got != want || !Valid(got) {
			t.Errorf("Make(%q) = %q, want %q", in, got, want)
		}
	}
	for _, bad := range []string{"", "-a", "a-", "a--b", "A", "a_b", "ä"} {
		if Valid(bad) {
			t.Errorf("Valid(%q)", bad)
		}
	}
}

package notify

import (
	"strings"
	"testing"
)

// Every kind speaks every locale, and renders without template errors or empty parts.
func TestCatalogIsComplete(t *testing.T) {
	params := map[string]string{"title": "T", "city": "C", "endorser": "E", "adopter": "A", "country": "RS", "decision": "ACCEPTED", "role": "CITY_ADMIN",
		"year": "2027", "summit": "2026", "winner": "W"}
	for kind := range catalog {
		for _, loc := range Locales {
			if _, ok := catalog[kind][loc]; !ok {
				t.Errorf("%s has no %s text", kind, loc)
			}
			title, body := Render(kind, loc, params)
			if title == "" || body == "" || strings.Contains(title+body, "<no value>") {
				t.Errorf("%s/%s renders %q / %q", kind, loc, title, body)
			}
		}
	}
	if title, _ := Render(KindProposalDecided, "tr-TR", map[string]string{"title": "X", "decision": "DECLINED"}); title != "Öneri reddedildi: X" {
		t.Errorf("tr title: %q", title)
	}
	if title, _ := Render(KindPracticeAdopted, "de", map[string]string{"adopter": "Tirana"}); title != "Tirana adopted your practice" {
		t.Errorf("fallback title: %q", title)
	}
}

package i18n

import (
	"slices"
	"testing"
)

func TestTextFallsBackByRequestThenEnglishThenOriginal(t *testing.T) {
	txt := Text{Locale: "sr", Translations: []Translation{
		{Locale: "sr", Text: "Lokalna klimatska akcija"},
		{Locale: "en", Text: "Local climate action"},
		{Locale: "tr", Text: "Yerel iklim eylemi (makine)", Machine: true},
		{Locale: "tr", Text: "Yerel iklim eylemi"},
		{Locale: "el", Text: "Τοπική δράση (μηχανή)", Machine: true},
	}}
	cases := []struct {
		want []string
		text string
	}{
		{[]string{"tr"}, "Yerel iklim eylemi"},    // human text beats machine text
		{[]string{"el"}, "Τοπική δράση (μηχανή)"}, // machine text when that is all there is
		{[]string{"tr-TR"}, "Yerel iklim eylemi"}, // a region matches its language
		{[]string{"de", "sr-Latn"}, "Lokalna klimatska akcija"},
		{[]string{"de"}, "Local climate action"}, // English next
		{nil, "Local climate action"},
	}
	for _, c := range cases {
		if got := txt.In(c.want...); got != c.text {
			t.Errorf("In(%v) = %q, want %q", c.want, got, c.text)
		}
	}
	orig := Text{Locale: "sq", Translations: []Translation{{Locale: "sq", Text: "Tiranë"}}}
	if got := orig.In("de"); got != "Tiranë" {
		t.Errorf("original fallback = %q", got)
	}
}

func TestAcceptLanguage(t *testing.T) {
	if got := AcceptLanguage("en;q=0.5, tr-TR, sr;q=0.8"); !slices.Equal(got, []string{"tr-TR", "sr", "en"}) {
		t.Errorf("got %v", got)
	}
	for _, bad := range []string{"", ";;;", string(make([]byte, 600))} {
		if got := AcceptLanguage(bad); len(got) != 0 {
			t.Errorf("AcceptLanguage(%q) = %v", bad, got)
		}
	}
}

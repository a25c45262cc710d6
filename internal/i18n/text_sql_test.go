package i18n_test

import (
	"encoding/json"
	"testing"

	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// The nested reads pick a text's language in SQL (b40_text_in, migration 0016): for every text
// and every list of wanted locales here, it answers what Text.In answers.
func TestTextInSQLMatchesGo(t *testing.T) {
	d := testdb.New(t)
	texts := []i18n.Text{
		{},
		{Locale: "tr"},
		{Locale: "sr", Translations: []i18n.Translation{
			{Locale: "sr", Text: "Lokalna"}, {Locale: "en", Text: "Local"},
			{Locale: "tr", Text: "Yerel (makine)", Machine: true}, {Locale: "tr", Text: "Yerel"},
			{Locale: "el", Text: "Τοπική (μηχανή)", Machine: true},
		}},
		{Locale: "sr-Latn", Translations: []i18n.Translation{
			{Locale: "sr-Cyrl", Text: "Ћирилица"}, {Locale: "sr-Latn", Text: "Latinica", Machine: true}, {Locale: "SR-latn", Text: "Latinica 2"},
		}},
		{Locale: "tr", Translations: []i18n.Translation{{Locale: "el", Text: "Μόνο", Machine: true}, {Locale: "en_GB", Text: "Only"}}},
		{Locale: "de", Translations: []i18n.Translation{{Locale: "", Text: "no locale"}, {Locale: "fr", Text: ""}}},
		// One text only, the common case SQL answers without choosing (migration 0020).
		{Locale: "tr", Translations: []i18n.Translation{{Locale: "tr", Text: "Tek"}}},
		{Locale: "el", Translations: []i18n.Translation{{Locale: "de", Text: "Nur (Maschine)", Machine: true}}},
		{Locale: "en", Translations: []i18n.Translation{{Locale: "en", Text: ""}}},
	}
	wanted := [][]string{nil, {}, {""}, {"tr"}, {"el"}, {"sr"}, {"sr-Latn"}, {"sr-Cyrl", "el"}, {"en-US"}, {"EN"}, {"fr", "de"},
		{"zz", "tr-TR"}, {"sr_Latn"}, {"-x"}, {"el", "tr"}}
	for _, txt := range texts {
		raw, _ := json.Marshal(txt)
		for _, w := range wanted {
			var got string
			if err := d.NewRaw("SELECT b40_text_in(?::jsonb, ?::text[])", string(raw), pgArray(w)).Scan(t.Context(), &got); err != nil {
				t.Fatal(err)
			}
			if want := txt.In(w...); got != want {
				t.Errorf("%s in %q: SQL %q, Go %q", raw, w, got, want)
			}
		}
	}
	// SQL NULL is the zero Text, as the models scan it.
	var got string
	if err := d.NewRaw("SELECT b40_text_in(NULL, ARRAY['tr'])").Scan(t.Context(), &got); err != nil || got != "" {
		t.Errorf("NULL: %q, %v", got, err)
	}
}

// pgArray writes locales as a PostgreSQL text[] literal.
func pgArray(xs []string) string {
	b, _ := json.Marshal(xs)
	if xs == nil {
		return "{}"
	}
	s := string(b)
	return "{" + s[1:len(s)-1] + "}"
}

// Package i18n holds translatable text (contract C7): an original locale and any number of
// translations, each flagged when machine-made.
package i18n

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Working is the network's working language.
const Working = "en"

// Translation is one locale's text.
type Translation struct {
	Locale  string `json:"locale"`
	Text    string `json:"text"`
	Machine bool   `json:"machine"`
}

// Text is stored as jsonb: {"locale": original, "translations": [...]}.
type Text struct {
	Locale       string        `json:"locale"`
	Translations []Translation `json:"translations"`
}

// New returns a text written by a person in locale.
func New(locale, text string) Text {
	return Text{Locale: locale, Translations: []Translation{{Locale: locale, Text: text}}}
}

// In picks the text for the first wanted locale that has one, preferring human text, then
// English, then the original (contract C7).
func (t Text) In(wanted ...string) string {
	wanted = append(wanted, Working, t.Locale)
	for _, w := range wanted {
		if w == "" {
			continue
		}
		if tr, ok := t.find(w); ok {
			return tr.Text
		}
	}
	if len(t.Translations) > 0 {
		return t.Translations[0].Text
	}
	return ""
}

// find returns the human translation for locale if there is one, else the machine one.
// A bare language ("sr") matches a regional tag ("sr-Latn") and the other way round.
func (t Text) find(locale string) (Translation, bool) {
	var machine *Translation
	for i, tr := range t.Translations {
		if !sameLanguage(tr.Locale, locale) {
			continue
		}
		if !tr.Machine {
			return tr, true
		}
		if machine == nil {
			machine = &t.Translations[i]
		}
	}
	if machine != nil {
		return *machine, true
	}
	return Translation{}, false
}

func sameLanguage(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b {
		return true
	}
	return base(a) == base(b) && (a == base(a) || b == base(b))
}

func base(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		return tag[:i]
	}
	return tag
}

// AcceptLanguage returns the locales of an Accept-Language header in preference order
// (at most ten; a malformed header yields none).
func AcceptLanguage(header string) []string {
	if header == "" || len(header) > 500 {
		return nil
	}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return nil
	}
	if len(tags) > 10 {
		tags = tags[:10]
	}
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.String()
	}
	return out
}

// Value stores Text as jsonb.
func (t Text) Value() (driver.Value, error) {
	b, err := json.Marshal(t)
	return string(b), err
}

// Scan reads Text from jsonb.
func (t *Text) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*t = Text{}
		return nil
	case []byte:
		return json.Unmarshal(v, t)
	case string:
		return json.Unmarshal([]byte(v), t)
	}
	return fmt.Errorf("i18n.Text: cannot scan %T", src)
}

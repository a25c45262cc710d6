// Package slug makes the lower-case ASCII names used in URLs: city and working-group slugs.
package slug

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var specialLetters = strings.NewReplacer("ı", "i", "İ", "i", "đ", "d", "Đ", "d", "ł", "l", "Ł", "l", "ß", "ss", "ø", "o", "Ø", "o", "æ", "ae", "Æ", "ae", "ð", "d")

// Make returns the slug of a name: "Muğla" -> "mugla", "Constanța" -> "constanta".
func Make(name string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	plain, _, _ := transform.String(t, specialLetters.Replace(name))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(plain) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimRight(b.String(), "-")
	if len(s) > 56 {
		s = strings.TrimRight(s[:56], "-")
	}
	if s == "" {
		s = "item"
	}
	return s
}

// Valid reports whether s is a slug: lower-case ASCII letters, digits and single inner hyphens.
func Valid(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

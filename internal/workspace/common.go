package workspace

import (
	"context"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/notify"
)

// Service runs the workspace.
type Service struct {
	DB  *bun.DB
	Now func() time.Time // the clock, injected so tests can set it
	// Outbox records notifications in the change's transaction (nil: rows only, no delivery).
	Outbox *notify.Outbox
}

// NewService returns a Service on d.
func NewService(d *bun.DB) *Service { return &Service{DB: d, Now: time.Now} }

// requireEditor allows the city's CITY_ADMIN and CITY_EDITOR.
func requireEditor(ctx context.Context, cityID int64) (*auth.Viewer, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.CanEdit(cityID) {
		return nil, apperr.New(apperr.Forbidden, "only the city's CITY_ADMIN and CITY_EDITOR write its workspace")
	}
	return v, nil
}

func text(field string, s string, required bool, max int) (string, error) {
	s = strings.TrimSpace(s)
	if (required && s == "") || utf8.RuneCountInString(s) > max || strings.ContainsRune(s, 0) {
		return "", apperr.User(apperr.CodeInvalid, []string{field}, "%s needs %s%d characters at most", field, map[bool]string{true: "1 to ", false: ""}[required], max)
	}
	return s, nil
}

func optText(field string, s *string, max int) (*string, error) {
	if s == nil {
		return nil, nil
	}
	t, err := text(field, *s, false, max)
	if err != nil || t == "" {
		return nil, err
	}
	return &t, nil
}

// translated checks translatable text: 1 to 20 locales, each once, each non-empty.
func translated(field string, t i18n.Text, max int) (i18n.Text, error) {
	if len(t.Translations) == 0 || len(t.Translations) > 20 {
		return t, apperr.User(apperr.CodeInvalid, []string{field}, "%s needs 1 to 20 translations", field)
	}
	seen := map[string]bool{}
	for i, tr := range t.Translations {
		key := tr.Locale
		if tr.Machine {
			key += "/machine"
		}
		if tr.Locale == "" || len(tr.Locale) > 35 || seen[key] {
			return t, apperr.User(apperr.CodeInvalid, []string{field}, "each translation needs a locale, once")
		}
		seen[key] = true
		s, err := text(field, tr.Text, true, max)
		if err != nil {
			return t, err
		}
		t.Translations[i].Text = s
	}
	if t.Locale == "" {
		t.Locale = t.Translations[0].Locale
	}
	return t, nil
}

func checkURLs(field string, urls []string, max int) error {
	if len(urls) > max {
		return apperr.User(apperr.CodeInvalid, []string{field}, "at most %d links", max)
	}
	for _, s := range urls {
		u, err := url.Parse(s)
		if err != nil || len(s) > 2000 || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return apperr.User(apperr.CodeInvalid, []string{field}, "%q is not an http or https URL", s)
		}
	}
	return nil
}

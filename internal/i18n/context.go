package i18n

import "context"

type localesKey struct{}

// NewContext returns ctx carrying the request's preferred locales (from Accept-Language).
func NewContext(ctx context.Context, locales []string) context.Context {
	return context.WithValue(ctx, localesKey{}, locales)
}

// FromContext returns the request's preferred locales, best first.
func FromContext(ctx context.Context) []string {
	l, _ := ctx.Value(localesKey{}).([]string)
	return l
}

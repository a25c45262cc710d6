package auth

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/b40-network/workspace/internal/apperr"
)

type addrKey struct{}

// WithClientAddr records the client's address, which rate limits key on.
func WithClientAddr(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, addrKey{}, addr)
}

// ClientAddr returns the client's address, or "".
func ClientAddr(ctx context.Context) string {
	a, _ := ctx.Value(addrKey{}).(string)
	return a
}

func lowerTrim(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func checkName(name string) error {
	n := strings.TrimSpace(name)
	if n == "" || utf8.RuneCountInString(n) > 200 {
		return apperr.User(apperr.CodeInvalid, []string{"name"}, "the name needs 1 to 200 characters")
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

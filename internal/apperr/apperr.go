// Package apperr holds the domain errors every service returns and the GraphQL layer maps:
// top-level errors with extensions.code (contract C5) or userErrors (C4).
package apperr

import (
	"errors"
	"fmt"
)

// Code is a top-level error code (contract C5).
type Code string

const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	InvalidInput    Code = "INVALID_INPUT"
	RateLimited     Code = "RATE_LIMITED"
	Internal        Code = "INTERNAL"
	// Unavailable: the database is down or restarting; retry after the Retry-After header.
	Unavailable Code = "UNAVAILABLE"
	// ReadOnly: this server runs read-only (its binary is older than the schema).
	ReadOnly Code = "READ_ONLY"
	// TooManyConnections: the caller holds as many live streams as one person may.
	TooManyConnections Code = "TOO_MANY_CONNECTIONS"
)

// Error is an expected failure with a message safe to show to the caller.
type Error struct {
	Code    Code
	Message string
	Field   []string
}

func (e *Error) Error() string { return e.Message }

// New returns an Error with a formatted message.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid reports bad input on one argument.
func Invalid(field []string, format string, args ...any) *Error {
	return &Error{Code: InvalidInput, Message: fmt.Sprintf(format, args...), Field: field}
}

// As extracts an *Error from err's chain.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

package apperr

import (
	"errors"
	"fmt"
)

// UserErrorCode is an expected mutation outcome (contract C4).
type UserErrorCode string

const (
	CodeInvalid                   UserErrorCode = "INVALID"
	CodeNotFound                  UserErrorCode = "NOT_FOUND"
	CodeConflict                  UserErrorCode = "CONFLICT"
	CodeDuplicate                 UserErrorCode = "DUPLICATE"
	CodeRuleViolation             UserErrorCode = "RULE_VIOLATION"
	CodeAlreadyVoted              UserErrorCode = "ALREADY_VOTED"
	CodeIneligibleConsecutiveTerm UserErrorCode = "INELIGIBLE_CONSECUTIVE_TERM"
	CodeNotEligibleCountry        UserErrorCode = "NOT_ELIGIBLE_COUNTRY"
	CodeSignInRequired            UserErrorCode = "SIGN_IN_REQUIRED"
)

// UserError is a mutation's expected failure: the mutation changed nothing and answers it in
// its payload's userErrors, not as a top-level error.
type UserError struct {
	Code    UserErrorCode
	Field   []string
	Message string
}

func (e *UserError) Error() string { return e.Message }

// User returns a UserError.
func User(code UserErrorCode, field []string, format string, args ...any) *UserError {
	return &UserError{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Errors for the common cases.
var (
	ErrUnauthenticated = &Error{Code: Unauthenticated, Message: "sign in first"}
	ErrForbidden       = &Error{Code: Forbidden, Message: "you may not do this"}
)

// WithUserField prefixes a UserError's field path, for errors of a nested input.
func WithUserField(err error, prefix ...string) error {
	var ue *UserError
	if errors.As(err, &ue) {
		c := *ue
		c.Field = append(append([]string{}, prefix...), ue.Field...)
		return &c
	}
	return err
}

package db

import (
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
)

// PostgreSQL error codes the services turn into user errors.
const (
	UniqueViolation     = "23505"
	ExclusionViolation  = "23P01"
	ForeignKeyViolation = "23503"
	CheckViolation      = "23514"
)

// Violation returns the SQLSTATE and constraint name of a constraint violation, or "".
func Violation(err error) (code, constraint string) {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		return pg.Code, pg.ConstraintName
	}
	return "", ""
}

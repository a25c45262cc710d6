package db

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
)

// IsUnavailable reports whether err says the database cannot be reached or is shutting down
// or starting, rather than that a statement failed: those are answered UNAVAILABLE (retry),
// not INTERNAL.
func IsUnavailable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		// 08: connection exceptions; 57P01..03: admin shutdown, crash shutdown, cannot connect now.
		return strings.HasPrefix(pg.Code, "08") || pg.Code == "57P01" || pg.Code == "57P02" || pg.Code == "57P03"
	}
	var connectErr *pgconn.ConnectError
	var netErr net.Error
	return errors.As(err, &connectErr) || errors.As(err, &netErr) || errors.Is(err, driver.ErrBadConn) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) || pgconn.SafeToRetry(err) || strings.Contains(err.Error(), "conn closed")
}

// IsDiskFull reports whether err says PostgreSQL's disk is full (SQLSTATE 53100 disk_full, or
// ENOSPC's "No space left on device" in its message): a write failed because of the disk, not
// the statement, and succeeds again once space is freed.
func IsDiskFull(err error) bool {
	var pg *pgconn.PgError
	if errors.As(err, &pg) && pg.Code == "53100" {
		return true
	}
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "no space left on device")
}

// IsTimedOut reports whether PostgreSQL gave up on a statement that waited or ran too long: the
// statement timeout (57014, which is also what a cancelled statement reports: callers check
// that their context is still live) or a lock timeout (55P03). The database is busy, not
// broken: the same request may succeed shortly.
func IsTimedOut(err error) bool {
	var pg *pgconn.PgError
	return errors.As(err, &pg) && (pg.Code == "57014" || pg.Code == "55P03")
}

// IsMomentary reports whether err is of the moment rather than of the statement: the caller gone
// (a cancellation) or out of time, the database unavailable, busy or short of resources, a
// serialization failure or deadlock. The same statement may well succeed on the next request;
// any other failure (a syntax, permission or limit error) would repeat.
func IsMomentary(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || IsUnavailable(err) {
		return true
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) && len(pg.Code) == 5 {
		// 40: transaction rollback; 53: insufficient resources; 55: object not in prerequisite
		// state (a lock not available); 57: operator intervention (cancelled, timed out).
		switch pg.Code[:2] {
		case "40", "53", "55", "57":
			return true
		}
	}
	return false
}

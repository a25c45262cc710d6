package apperr

import (
	"context"
	"errors"
)

// StatusClientClosedRequest is the status the access log records for a request whose client
// went away before its answer (nginx's 499): no answer reached anyone, and nothing failed.
const StatusClientClosedRequest = 499

// ClientGone reports whether ctx's request was abandoned by its client (the app cancelling a
// superseded search, a closed tab): its context is cancelled, not timed out. Whatever failed
// after that failed because of it, and is not the server's failure.
func ClientGone(ctx context.Context) bool {
	return errors.Is(ctx.Err(), context.Canceled)
}

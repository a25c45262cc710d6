package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// Budget is what one kind of attempt is allowed per key: a burst, then one more per interval.
type Budget struct {
	Name     string
	Burst    int
	Interval time.Duration
}

// Attempt is one attempt against a budget, by key (an e-mail, a client address).
type Attempt struct {
	Budget Budget
	Key    string
}

// bucketKey names an attempt's bucket; a long key (an e-mail can be any string) is hashed so
// the bucket's name stays bounded.
func (a Attempt) bucketKey() string {
	k := a.Key
	if len(k) > 200 {
		sum := sha256.Sum256([]byte(k))
		k = "sha256:" + hex.EncodeToString(sum[:])
	}
	return a.Budget.Name + ":" + k
}

// Throttle keeps token buckets of attempts in PostgreSQL (b40_private.attempt_bucket), so every
// server process on one database enforces one budget. Each Take is one statement in its own
// transaction: no lock is held while the guarded work (a password hash) runs. Buckets are
// checked in order and a refused attempt leaves no state: a flood refused by the client
// address creates no bucket for the e-mails it names, so it cannot push anyone's bucket out.
// A bucket that has refilled is the same as no bucket, so each Take sweeps a few of those
// (never its own), which bounds the table without a janitor.
type Throttle struct {
	DB bun.IDB // the owner's pool: requests cannot reach the buckets
}

// sweepPerTake is how many refilled buckets each Take deletes, at most.
const sweepPerTake = 8

// Take spends one attempt of each of attempts, in order, and stops at the first that has none
// left. It returns that one's index (the attempts after it are not touched, and it is not
// charged), or -1 when every attempt was taken.
func (t *Throttle) Take(ctx context.Context, attempts ...Attempt) (refused int, err error) {
	if len(attempts) == 0 {
		return -1, nil
	}
	var q strings.Builder
	args := make([]any, 0, 1+len(attempts)*8)
	keys := make([]string, len(attempts))
	for i, a := range attempts {
		keys[i] = a.bucketKey()
	}
	q.WriteString(`WITH swept AS (DELETE FROM b40_private.attempt_bucket WHERE key IN (
		SELECT key FROM b40_private.attempt_bucket WHERE full_at <= now() AND key <> ALL (?)
		ORDER BY full_at LIMIT ` + fmt.Sprint(sweepPerTake) + ` FOR UPDATE SKIP LOCKED))`)
	args = append(args, pgdialect.Array(keys))
	for i, a := range attempts {
		burst, secs := float64(a.Budget.Burst), a.Budget.Interval.Seconds()
		// refill is the bucket's tokens brought up to now.
		refill := fmt.Sprintf("least(%g, b.tokens + extract(epoch FROM now() - b.at)::float8 / %g)", burst, secs)
		fmt.Fprintf(&q, `, t%d AS (INSERT INTO b40_private.attempt_bucket AS b (key, tokens, at, full_at)
			SELECT ?, %g - 1, now(), now() + make_interval(secs => %g)`, i, burst, secs)
		if i > 0 {
			fmt.Fprintf(&q, " WHERE EXISTS (SELECT 1 FROM t%d)", i-1)
		}
		fmt.Fprintf(&q, ` ON CONFLICT (key) DO UPDATE SET tokens = %[1]s - 1, at = now(),
			full_at = now() + make_interval(secs => (%[2]g - (%[1]s - 1)) * %[3]g)
			WHERE %[1]s >= 1 RETURNING 1)`, refill, burst, secs)
		args = append(args, keys[i])
	}
	q.WriteString(" SELECT ")
	for i := range attempts {
		if i > 0 {
			q.WriteString(" + ")
		}
		fmt.Fprintf(&q, "(SELECT count(*) FROM t%d)", i)
	}
	var taken int
	if err := t.DB.NewRaw(q.String(), args...).Scan(ctx, &taken); err != nil {
		return 0, err
	}
	if taken == len(attempts) {
		return -1, nil
	}
	return taken, nil
}

// Give returns attempts taken for work that succeeded (a right password).
func (t *Throttle) Give(ctx context.Context, attempts ...Attempt) error {
	for _, a := range attempts {
		burst, secs := float64(a.Budget.Burst), a.Budget.Interval.Seconds()
		next := fmt.Sprintf("least(%g, tokens + extract(epoch FROM now() - at)::float8 / %g + 1)", burst, secs)
		if _, err := t.DB.ExecContext(ctx, fmt.Sprintf(`UPDATE b40_private.attempt_bucket SET tokens = %[1]s, at = now(),
			full_at = now() + make_interval(secs => (%[2]g - %[1]s) * %[3]g) WHERE key = ?`, next, burst, secs),
			a.bucketKey()); err != nil {
			return err
		}
	}
	return nil
}

// Clear forgets attempts' buckets (they become full): the account's owner proved who they are
// by other means (a password-reset link from their mailbox).
func (t *Throttle) Clear(ctx context.Context, attempts ...Attempt) error {
	for _, a := range attempts {
		if _, err := t.DB.ExecContext(ctx, "DELETE FROM b40_private.attempt_bucket WHERE key = ?", a.bucketKey()); err != nil {
			return err
		}
	}
	return nil
}

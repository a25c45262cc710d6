package auth

import (
	"context"
	"sync/atomic"
	"unicode/utf8"

	"github.com/alexedwards/argon2id"

	"github.com/b40-network/workspace/internal/apperr"
)

// Password rules: long enough to matter, bounded so hashing cost is bounded; never truncated.
const (
	MinPasswordLength = 12
	MaxPasswordBytes  = 1024
)

// hashParams follow OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane); they are stored in
// every hash, so they can be raised later without invalidating old hashes.
var hashParams = &argon2id.Params{Memory: 19 * 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// hashSlots bounds concurrent hashing: each takes 19 MiB, so a flood of logins cannot take
// the server's memory.
var hashSlots = make(chan struct{}, 4)

// hashesComputed counts argon2id computations, so tests and /metrics can see what a request
// cost.
var hashesComputed atomic.Int64

// PasswordHashes is how many argon2id hashes this process has computed.
func PasswordHashes() int64 { return hashesComputed.Load() }

func withSlot[T any](ctx context.Context, fn func() (T, error)) (T, error) {
	select {
	case hashSlots <- struct{}{}:
		defer func() { <-hashSlots }()
		hashesComputed.Add(1)
		return fn()
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// CheckPasswordRules answers a weak or oversized password with a user error.
func CheckPasswordRules(field []string, pw string) error {
	if len(pw) > MaxPasswordBytes {
		return apperr.User(apperr.CodeInvalid, field, "the password is longer than %d bytes", MaxPasswordBytes)
	}
	if !utf8.ValidString(pw) || utf8.RuneCountInString(pw) < MinPasswordLength {
		return apperr.User(apperr.CodeInvalid, field, "the password needs at least %d characters", MinPasswordLength)
	}
	return nil
}

// HashPassword hashes pw with argon2id.
func HashPassword(ctx context.Context, pw string) (string, error) {
	return withSlot(ctx, func() (string, error) { return argon2id.CreateHash(pw, hashParams) })
}

// dummyHash is compared against when the e-mail is unknown, so both answers take as long.
var dummyHash = func() string {
	h, err := argon2id.CreateHash("no such user: equalise timing", hashParams)
	if err != nil {
		panic(err)
	}
	return h
}()

// VerifyPassword compares pw with hash (or with a dummy when hash is empty).
func VerifyPassword(ctx context.Context, pw, hash string) (bool, error) {
	if len(pw) > MaxPasswordBytes {
		return false, nil
	}
	known := hash != ""
	if !known {
		hash = dummyHash
	}
	ok, err := withSlot(ctx, func() (bool, error) { return argon2id.ComparePasswordAndHash(pw, hash) })
	return ok && known, err
}

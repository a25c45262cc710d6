package auth

import (
	"context"
	"time"

	"github.com/riverqueue/river"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/notify"
)

// ResetTTL is how long a password-reset link works.
const ResetTTL = time.Hour

// Reset requests: three at once, then one every twenty minutes, per e-mail address (whether or
// not an account has it, so the answer tells nothing); ten at once, then one a minute, per
// client address. Redeeming a token counts against the client address like a sign-in.
var (
	resetByAccount = Budget{Name: "reset-account", Burst: 3, Interval: 20 * time.Minute}
	resetByAddr    = Budget{Name: "reset-addr", Burst: 10, Interval: time.Minute}
)

// RequestPasswordReset asks for a single-use link, valid for an hour, to be mailed to the
// active account with email. The request only enqueues the work (issueReset runs it after the
// commit), so its answer and its timing are the same whether or not there is such an account.
func (s *Service) RequestPasswordReset(ctx context.Context, email string) error {
	email = normalizeEmail(email)
	switch refused, err := s.Throttle.Take(ctx, Attempt{resetByAddr, ClientAddr(ctx)}, Attempt{resetByAccount, email}); {
	case err != nil:
		return err
	case refused >= 0:
		return apperr.New(apperr.RateLimited, "too many password reset requests; wait a while and try again")
	}
	return s.Owner.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		return s.Outbox.EnqueueJob(ctx, tx, notify.ResetArgs{Email: email})
	})
}

// RegisterWorkers adds auth's jobs to River's workers.
func (s *Service) RegisterWorkers(w *river.Workers) { river.AddWorker(w, &resetWorker{s: s}) }

type resetWorker struct {
	river.WorkerDefaults[notify.ResetArgs]
	s *Service
}

func (w *resetWorker) Work(ctx context.Context, job *river.Job[notify.ResetArgs]) error {
	return w.s.issueReset(ctx, job.Args.Email, job.CreatedAt)
}

// issueReset creates the reset token of the account with email, if there is an active one, and
// queues its mail; the account's earlier links stop working. Idempotent: a job run again finds
// the reset it made (one made after the request) and does nothing.
func (s *Service) issueReset(ctx context.Context, email string, requested time.Time) error {
	var ids []int64
	if err := s.Owner.NewRaw("SELECT id FROM app_user WHERE lower(email) = ? AND status = ?", email, UserActive).Scan(ctx, &ids); err != nil {
		return err
	}
	if len(ids) == 0 {
		return nil
	}
	userID := ids[0]
	token, hash := newToken(prefixReset)
	return s.Owner.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var done bool
		if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM password_reset WHERE user_id = ? AND created_at >= ?) FROM app_user WHERE id = ? FOR UPDATE",
			userID, requested, userID).Scan(ctx, &done); err != nil || done {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE password_reset SET used_at = now() WHERE user_id = ? AND used_at IS NULL", userID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
			hash, userID, s.Now().Add(ResetTTL)); err != nil {
			return err
		}
		if _, err := s.Outbox.QueueMailAsOwner(ctx, tx, userID, notify.Mail{Kind: notify.KindPasswordReset, URL: "/reset-password", Secret: token}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{ActorUserID: &userID, Action: "requestPasswordReset", EntityType: gid.User,
			EntityID: ptr(gid.Encode(gid.User, userID))})
	})
}

// ResetPassword redeems a reset link's token, once: it sets the password, ends every session
// of the account, clears the account's sign-in back-off (its owner proved the mailbox) and
// signs in with a new session.
func (s *Service) ResetPassword(ctx context.Context, token, newPassword string) (*Session, error) {
	switch refused, err := s.Throttle.Take(ctx, Attempt{loginByAddr, ClientAddr(ctx)}); {
	case err != nil:
		return nil, err
	case refused >= 0:
		return nil, apperr.New(apperr.RateLimited, "too many attempts from this address; wait a minute and try again")
	}
	notFound := apperr.User(apperr.CodeNotFound, []string{"token"}, "the reset link is unknown, already used or expired; ask for a new one")
	var rows []struct {
		ID     int64  `bun:"id"`
		UserID int64  `bun:"user_id"`
		Email  string `bun:"email"`
	}
	if err := s.Owner.NewRaw(`SELECT r.id, r.user_id, u.email FROM password_reset r JOIN app_user u ON u.id = r.user_id
		WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > now() AND u.status = ?`, hashToken(token), UserActive).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, notFound
	}
	r := rows[0]
	if err := CheckPasswordRules([]string{"newPassword"}, newPassword); err != nil {
		return nil, err
	}
	hash, err := HashPassword(ctx, newPassword)
	if err != nil {
		return nil, err
	}
	err = s.Owner.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		// Single use, under the row's lock: of two redemptions at once, one finds it used.
		res, err := tx.ExecContext(ctx, "UPDATE password_reset SET used_at = now() WHERE id = ? AND used_at IS NULL AND expires_at > now()", r.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return notFound
		}
		if _, err := tx.ExecContext(ctx, "UPDATE app_user SET password_hash = ?, updated_at = now() WHERE id = ?", hash, r.UserID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE session SET revoked_at = now() WHERE user_id = ? AND kind = ? AND revoked_at IS NULL", r.UserID, kindSession); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{ActorUserID: &r.UserID, Action: "resetPassword", EntityType: gid.User,
			EntityID: ptr(gid.Encode(gid.User, r.UserID))})
	})
	if err != nil {
		return nil, err
	}
	// Proving the mailbox is the one way to clear the account's sign-in back-off.
	if err := s.Throttle.Clear(ctx, Attempt{loginByAccount, normalizeEmail(r.Email)}); err != nil {
		return nil, err
	}
	return s.openSession(ctx, r.UserID, "login")
}

package workspace

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/b40-network/workspace/internal/audit"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
)

// once runs create at most once per user and idempotency key (contract C6), in the create's own
// transaction: a retry with the same input gets the first result's key back (done is false);
// the same key with other input is refused. A concurrent retry waits on the key's row until
// the first commits, then finds its result.
func once(ctx context.Context, tx bun.Tx, v *auth.Viewer, key *string, op string, input any, create func() (Key, error)) (k Key, done bool, err error) {
	if key == nil {
		k, err = create()
		return k, true, err
	}
	if *key == "" || len(*key) > 200 {
		return k, false, apperr.User(apperr.CodeInvalid, []string{"idempotencyKey"}, "an idempotency key has 1 to 200 characters")
	}
	b, _ := json.Marshal(input)
	sum := sha256.Sum256(append([]byte(op+"\x00"), b...))
	hash := hex.EncodeToString(sum[:])
	res, err := tx.ExecContext(ctx, `INSERT INTO idempotency_key (user_id, key, operation, request_hash) VALUES (?, ?, ?, ?)
		ON CONFLICT (user_id, key) DO NOTHING`, v.UserID, *key, op, hash)
	if err != nil {
		return k, false, err
	}
	if n, _ := res.RowsAffected(); n == 1 {
		if k, err = create(); err != nil {
			return k, false, err
		}
		_, err = tx.ExecContext(ctx, "UPDATE idempotency_key SET entity_id = ? WHERE user_id = ? AND key = ?", keyString(k), v.UserID, *key)
		return k, true, err
	}
	var prev struct {
		Operation   string  `bun:"operation"`
		RequestHash string  `bun:"request_hash"`
		EntityID    *string `bun:"entity_id"`
	}
	if err := tx.NewRaw("SELECT operation, request_hash, entity_id FROM idempotency_key WHERE user_id = ? AND key = ?", v.UserID, *key).Scan(ctx, &prev); err != nil {
		return k, false, err
	}
	if prev.Operation != op || prev.RequestHash != hash || prev.EntityID == nil {
		return k, false, apperr.User(apperr.CodeInvalid, []string{"idempotencyKey"}, "this idempotency key was used for a different request")
	}
	k, err = parseKey(*prev.EntityID)
	return k, false, err
}

func keyString(k Key) string {
	b, _ := json.Marshal([]int64{k.CityID, k.ID})
	return string(b)
}

func parseKey(s string) (Key, error) {
	var v []int64
	if err := json.Unmarshal([]byte(s), &v); err != nil || len(v) != 2 {
		return Key{}, apperr.New(apperr.Internal, "bad stored idempotency result")
	}
	return Key{v[0], v[1]}, nil
}

// createOnce runs an idempotent create of a city's item in one transaction and audits it under
// op when it created something; a retry gets the first item's key back.
func (s *Service) createOnce(ctx context.Context, v *auth.Viewer, idempotencyKey *string, op, typ string, input any,
	insert func(tx bun.Tx) (Key, error), changes map[string]any) (Key, error) {
	var k Key
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		var created bool
		var err error
		k, created, err = once(ctx, tx, v, idempotencyKey, op, input, func() (Key, error) { return insert(tx) })
		if err != nil || !created {
			return err
		}
		return audit.Entity(ctx, tx, &k.CityID, op, typ, []int64{k.CityID, k.ID}, changes)
	})
	return k, err
}

package httpserver_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
)

func sha256Hex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func openURL(t *testing.T, url string) *bun.DB {
	t.Helper()
	d, err := db.Open(context.Background(), url, db.Options{MaxOpenConns: 4})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

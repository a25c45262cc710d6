package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// Token prefixes tell a leaked token's kind at a glance (and to secret scanners).
const (
	prefixSession    = "b40s_"
	prefixAPIToken   = "b40t_"
	prefixInvitation = "b40i_"
	prefixReset      = "b40r_"
)

// newToken returns a random bearer token and the hash stored for it.
func newToken(prefix string) (token string, hash []byte) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on Linux
	}
	token = prefix + base64.RawURLEncoding.EncodeToString(b)
	return token, hashToken(token)
}

func hashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// wellFormed rejects anything that cannot be one of our tokens before touching the database.
func wellFormed(token string) bool {
	if len(token) != len(prefixSession)+43 {
		return false
	}
	if !strings.HasPrefix(token, prefixSession) && !strings.HasPrefix(token, prefixAPIToken) {
		return false
	}
	_, err := base64.RawURLEncoding.DecodeString(token[len(prefixSession):])
	return err == nil
}

// looksLikeToken reports whether s contains one of our bearer or invitation tokens.
func looksLikeToken(s string) bool {
	for _, p := range []string{prefixSession, prefixAPIToken, prefixInvitation, prefixReset} {
		if i := strings.Index(s, p); i >= 0 && len(s)-i >= len(p)+43 {
			return true
		}
	}
	return false
}

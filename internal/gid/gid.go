// Package gid encodes opaque global IDs (contract C2): base64url of "Type:key", where key is
// one or more integers (tenant rows carry their city id so a lookup hits the primary key).
package gid

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/b40-network/workspace/internal/apperr"
)

// The type names of global IDs: the schema's Node types, and Session for the audit log. One
// home, so a misspelt type name does not compile.
const (
	Network               = "Network"
	City                  = "City"
	Summit                = "Summit"
	Delegation            = "Delegation"
	PresidencyTerm        = "PresidencyTerm"
	WorkingGroup          = "WorkingGroup"
	WorkingGroupMeeting   = "WorkingGroupMeeting"
	SecretariatStaff      = "SecretariatStaff"
	User                  = "User"
	ApiToken              = "ApiToken"
	Invitation            = "Invitation"
	AuditEvent            = "AuditEvent"
	MembershipApplication = "MembershipApplication"
	PresidencyElection    = "PresidencyElection"
	MeetingRequest        = "MeetingRequest"
	Indicator             = "Indicator"
	Proposal              = "Proposal"
	Recommendation        = "Recommendation"
	Implementation        = "Implementation"
	ImplementationUpdate  = "ImplementationUpdate"
	Practice              = "Practice"
	Session               = "Session"
	Notification          = "Notification"
	MailMessage           = "MailMessage"
	AgendaItem            = "AgendaItem"
)

// Encode returns the global ID of the entity typ with the given key parts.
func Encode(typ string, key ...int64) string {
	var b strings.Builder
	b.WriteString(typ)
	for _, k := range key {
		b.WriteByte(':')
		b.WriteString(strconv.FormatInt(k, 10))
	}
	return base64.RawURLEncoding.EncodeToString([]byte(b.String()))
}

// Decode splits a global ID into its type and key parts.
func Decode(id string) (typ string, key []int64, err error) {
	bad := apperr.Invalid([]string{"id"}, "malformed ID")
	if len(id) == 0 || len(id) > 200 {
		return "", nil, bad
	}
	raw, err := base64.RawURLEncoding.DecodeString(relaySpelling(id))
	if err != nil {
		return "", nil, bad
	}
	parts := strings.Split(string(raw), ":")
	if len(parts) < 2 || parts[0] == "" {
		return "", nil, bad
	}
	for _, p := range parts[1:] {
		// Only the canonical spelling: no sign, no leading zeros, so one entity has one ID.
		k, err := strconv.ParseInt(p, 10, 64)
		if err != nil || k <= 0 || strconv.FormatInt(k, 10) != p {
			return "", nil, bad
		}
		key = append(key, k)
	}
	return parts[0], key, nil
}

// relaySpelling turns the spelling of Relay's toGlobalId (standard base64, padded) into ours
// (base64url, unpadded), so IDs a Relay client made itself are accepted; padding is accepted
// only where base64 puts it.
func relaySpelling(id string) string {
	if trimmed := strings.TrimRight(id, "="); len(id)%4 == 0 && len(id)-len(trimmed) <= 2 {
		id = trimmed
	}
	return strings.NewReplacer("+", "-", "/", "_").Replace(id)
}

// DecodeAs decodes id and checks it names an entity of type typ with n key parts.
func DecodeAs(id, typ string, n int) ([]int64, error) {
	t, key, err := Decode(id)
	if err != nil {
		return nil, err
	}
	if t != typ || len(key) != n {
		return nil, apperr.Invalid([]string{"id"}, "ID does not name a %s", typ)
	}
	return key, nil
}

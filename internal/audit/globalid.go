package audit

import "github.com/b40-network/workspace/internal/gid"

// GlobalID methods answer each model's id field (contract C2): plain methods, so gqlgen
// resolves them in line instead of in a goroutine of their own.

// GlobalID is the AuditEvent's global ID.
func (x *Event) GlobalID() string { return gid.Encode(gid.AuditEvent, x.ID) }

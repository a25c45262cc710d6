package indicator

import "github.com/b40-network/workspace/internal/gid"

// GlobalID methods answer each model's id field (contract C2): plain methods, so gqlgen
// resolves them in line instead of in a goroutine of their own.

// GlobalID is the Indicator's global ID.
func (x *Indicator) GlobalID() string { return gid.Encode(gid.Indicator, x.ID) }

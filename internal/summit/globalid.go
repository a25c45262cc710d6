package summit

import "github.com/b40-network/workspace/internal/gid"

// GlobalID methods answer each model's id field (contract C2): plain methods, so gqlgen
// resolves them in line instead of in a goroutine of their own.

// GlobalID is the Delegation's global ID.
func (x *Delegation) GlobalID() string { return gid.Encode(gid.Delegation, x.CityID, x.ID) }

// GlobalID is the Summit's global ID.
func (x *Summit) GlobalID() string { return gid.Encode(gid.Summit, x.ID) }

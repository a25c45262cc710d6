package presidency

import "github.com/b40-network/workspace/internal/gid"

// GlobalID methods answer each model's id field (contract C2): plain methods, so gqlgen
// resolves them in line instead of in a goroutine of their own.

// GlobalID is the PresidencyElection's global ID.
func (x *Election) GlobalID() string { return gid.Encode(gid.PresidencyElection, x.ID) }

// GlobalID is the PresidencyTerm's global ID.
func (x *Term) GlobalID() string { return gid.Encode(gid.PresidencyTerm, x.ID) }

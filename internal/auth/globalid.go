package auth

import "github.com/b40-network/workspace/internal/gid"

// GlobalID methods answer each model's id field (contract C2): plain methods, so gqlgen
// resolves them in line instead of in a goroutine of their own.

// GlobalID is the ApiToken's global ID.
func (x *APIToken) GlobalID() string { return gid.Encode(gid.ApiToken, x.ID) }

// GlobalID is the Invitation's global ID.
func (x *Invitation) GlobalID() string { return gid.Encode(gid.Invitation, x.ID) }

// GlobalID is the User's global ID.
func (x *User) GlobalID() string { return gid.Encode(gid.User, x.ID) }

package network

import "github.com/b40-network/workspace/internal/gid"

// GlobalID methods answer each model's id field (contract C2): plain methods, so gqlgen
// resolves them in line instead of in a goroutine of their own.

// GlobalID is the Network's global ID.
func (x *Network) GlobalID() string { return gid.Encode(gid.Network, int64(x.ID)) }

// GlobalID is the SecretariatStaff's global ID.
func (x *Staff) GlobalID() string { return gid.Encode(gid.SecretariatStaff, x.ID) }

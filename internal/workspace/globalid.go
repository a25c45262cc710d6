package workspace

import "github.com/b40-network/workspace/internal/gid"

// GlobalID methods answer each model's id field (contract C2): plain methods, so gqlgen
// resolves them in line instead of in a goroutine of their own.

// GlobalID is the Implementation's global ID.
func (x *Implementation) GlobalID() string { return gid.Encode(gid.Implementation, x.CityID, x.ID) }

// GlobalID is the ImplementationUpdate's global ID.
func (x *Update) GlobalID() string { return gid.Encode(gid.ImplementationUpdate, x.CityID, x.ID) }

// GlobalID is the Practice's global ID.
func (x *Practice) GlobalID() string { return gid.Encode(gid.Practice, x.CityID, x.ID) }

// GlobalID is the Proposal's global ID.
func (x *Proposal) GlobalID() string { return gid.Encode(gid.Proposal, x.CityID, x.ID) }

// GlobalID is the Recommendation's global ID.
func (x *Recommendation) GlobalID() string { return gid.Encode(gid.Recommendation, x.ID) }

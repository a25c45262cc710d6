package presidency

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of this domain's node types (internal/readmodel): their node facts so far;
// their fields are read by the resolvers.
func init() {
	rm.Register(
		rm.Type{Name: gid.PresidencyTerm, Table: "presidency_term", Key: []string{"id"}, Model: Term{}},
		rm.Type{Name: gid.PresidencyElection, Table: "presidency_election", Key: []string{"id"}, Model: Election{}},
	)
}

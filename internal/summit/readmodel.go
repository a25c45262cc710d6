package summit

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of this domain's node types (internal/readmodel): their node facts so far;
// their fields are read by the resolvers.
func init() {
	rm.Register(
		rm.Type{Name: gid.Summit, Table: "summit", Key: []string{"id"}, Batched: true, Model: Summit{}},
		rm.Type{Name: gid.Delegation, Table: "delegation", Key: []string{"city_id", "id"}, Model: Delegation{}},
	)
}

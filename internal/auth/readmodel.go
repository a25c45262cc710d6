package auth

import (
	"github.com/b40-network/workspace/internal/gid"
	rm "github.com/b40-network/workspace/internal/readmodel"
)

// The read sides of this domain's node types (internal/readmodel): their node facts so far;
// their fields are read by the resolvers.
func init() {
	rm.Register(
		rm.Type{Name: gid.User, Table: "app_user", Alias: "u", Key: []string{"id"}, Batched: true, Model: User{}},
		rm.Type{Name: gid.ApiToken, Table: "session", Key: []string{"id"}, Model: APIToken{}},
		rm.Type{Name: gid.Invitation, Table: "invitation", Key: []string{"id"}, Model: Invitation{}},
	)
}

package graph

// schema.graphqls (the whole schema, for clients and the web app) is joined from
// graph/schema/*.graphqls first; then gqlgen generates from the same domain files.
//go:generate go run github.com/b40-network/workspace/internal/schemafile ..
//go:generate go tool gqlgen generate

import (
	"github.com/b40-network/workspace/internal/app"
)

// Resolver is the root resolver: wiring only, the services live in app.Services.
type Resolver struct {
	Svc *app.Services
}

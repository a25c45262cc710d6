package graph

//go:generate go tool gqlgen generate

import (
	"github.com/b40-network/workspace/internal/app"
)

// Resolver is the root resolver: wiring only, the services live in app.Services.
type Resolver struct {
	Svc *app.Services
}

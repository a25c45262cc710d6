// Package app wires the domain services together; the GraphQL layer, the CLI and tests share it.
package app

import (
	"time"

	"github.com/riverqueue/river"
	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/analytics"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/calendar"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/indicator"
	"github.com/b40-network/workspace/internal/live"
	"github.com/b40-network/workspace/internal/membership"
	"github.com/b40-network/workspace/internal/network"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/presidency"
	"github.com/b40-network/workspace/internal/report"
	"github.com/b40-network/workspace/internal/summit"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

// Services are the domain services of one deployment.
type Services struct {
	// DB is the request pool (the request login role); Owner the owner's pool.
	DB            *bun.DB
	Owner         *bun.DB
	Auth          *auth.Service
	Audit         *audit.Service
	Network       *network.Service
	Cities        *city.Service
	Summits       *summit.Service
	Presidency    *presidency.Service
	WorkingGroups *workinggroup.Service
	Membership    *membership.Service
	Workspace     *workspace.Service
	Indicators    *indicator.Service
	Analytics     *analytics.Service
	Reports       *report.Service
	// Notify is the inbox and the mail as the app shows them; Outbox enqueues deliveries.
	Notify *notify.Service
	// Calendar writes .ics files and subscription feeds; its Base is the public address.
	Calendar *calendar.Service
	Outbox   *notify.Outbox
	// Live fans the database's live events out to this process's subscriptions.
	Live *live.Hub
}

// New builds the services: requests on d, the few secret lookups on owner.
func New(d, owner *bun.DB) *Services {
	outbox, err := notify.NewOutbox()
	if err != nil {
		panic(err) // River refuses only an invalid configuration, and this one is fixed
	}
	a := auth.NewService(d, owner)
	a.Outbox = outbox
	ws := workspace.NewService(d)
	ws.Outbox = outbox
	ind := indicator.NewService(d)
	pres := presidency.NewService(d)
	pres.Outbox = outbox
	reports := report.NewService(d, ind)
	reports.Outbox = outbox
	groups := workinggroup.NewService(d)
	groups.Outbox = outbox
	return &Services{
		Notify:        notify.NewService(d, outbox),
		Outbox:        outbox,
		Live:          live.NewHub(owner, live.Config{}),
		Indicators:    ind,
		Analytics:     analytics.NewService(d),
		Reports:       reports,
		DB:            d,
		Owner:         owner,
		Auth:          a,
		Membership:    membership.NewService(d, a),
		Workspace:     ws,
		Audit:         audit.NewService(d),
		Network:       network.NewService(d),
		Cities:        city.NewService(d),
		Summits:       summit.NewService(d),
		Presidency:    pres,
		WorkingGroups: groups,
		Calendar:      calendar.NewService(d, owner, "http://localhost"),
	}
}

// RegisterWorkers adds the services' own jobs to River's workers (beside mail delivery).
func (s *Services) RegisterWorkers(w *river.Workers) { s.Auth.RegisterWorkers(w) }

// Now is the clock the nested reads give their declared expressions over the time (a working
// group's status, a presidency term's): every service is built on time.Now (NewService), so
// one reading of one of them serves them all.
func (s *Services) Now() time.Time { return s.WorkingGroups.Now() }

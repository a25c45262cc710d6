package graph

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/b40-network/workspace/internal/app"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/presidency"
	"github.com/b40-network/workspace/internal/summit"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

// Loaders batch the related-object lookups of one request: every loader's batch function is
// a service method that reads in the caller's scope, so batching never widens visibility.
type Loaders struct {
	City                *lazyLoader[int64, *city.City]
	CountryName         *lazyLoader[string, string]
	Summit              *lazyLoader[int64, *summit.Summit]
	DelegationsBySummit *lazyLoader[int64, []*summit.Delegation]
	DelegationsByCity   *lazyLoader[int64, []*summit.Delegation]
	TermsByCity         *lazyLoader[int64, []*presidency.Term]
	// ViewerSettings are the caller's time zone and notification choices, read once.
	ViewerSettings      *lazyLoader[struct{}, *notify.Settings]
	WorkingGroup        *lazyLoader[int64, *workinggroup.Group]
	MembersByGroup      *lazyLoader[int64, []*workinggroup.Member]
	MembershipsByCity   *lazyLoader[int64, []*workinggroup.Member]
	AttendanceByMeeting *lazyLoader[int64, []*workinggroup.Attendance]
	Meeting             *lazyLoader[int64, *workinggroup.Meeting]
	User                *lazyLoader[int64, *auth.User]
	MembershipsByUser   *lazyLoader[int64, []*auth.CityMembership]
	ElectionBySummit    *lazyLoader[int64, *presidency.Election]
	RequestsByGroup     *lazyLoader[int64, []*workinggroup.MeetingRequest]
	AgendaByMeeting     *lazyLoader[int64, []*workinggroup.AgendaItem]
	MinutesByMeeting    *lazyLoader[int64, *workinggroup.Minutes]
	AnswersByMeeting    *lazyLoader[int64, []*workinggroup.Answer]
	PeopleByMeeting     *lazyLoader[int64, []*workinggroup.PersonAttendance]

	Practice                 *lazyLoader[workspace.Key, *workspace.Practice]
	Recommendation           *lazyLoader[int64, *workspace.Recommendation]
	RecommendationByProposal *lazyLoader[workspace.Key, *workspace.Recommendation]
	EndorsementsByProposal   *lazyLoader[workspace.Key, []*workspace.Endorsement]
	GroupsByPractice         *lazyLoader[workspace.Key, []*workspace.PracticeGroup]
	AdoptionsByPractice      *lazyLoader[workspace.Key, []*workspace.Implementation]
	LatestUpdate             *lazyLoader[workspace.Key, *workspace.Update]
	Adoption                 *lazyLoader[int64, *workspace.Adoption]
	FirstPractices           *lazyLoader[workspace.CityPage, *page.Connection[*workspace.Practice]]
	PracticeCount            *lazyLoader[int64, int]
}

// batchWait is how long a loader waits to collect keys: resolvers of one level run
// concurrently, so a millisecond gathers a whole page.
const batchWait = time.Millisecond

func newLoaders(s *app.Services) *Loaders {
	w := dataloadgen.WithWait(batchWait)
	// Each loader is built on its first use: most operations touch two or three of them.
	return &Loaders{
		City:                newLazy(s.Cities.ByIDs, w),
		CountryName:         newLazy(s.Network.CountryNames, w),
		Summit:              newLazy(s.Summits.ByIDs, w),
		DelegationsBySummit: newLazy(s.Summits.DelegationsBySummit, w),
		DelegationsByCity:   newLazy(s.Summits.DelegationsByCity, w),
		TermsByCity:         newLazy(s.Presidency.ByCity, w),
		ViewerSettings:      newLazy(s.Notify.SettingsOf, w),
		WorkingGroup:        newLazy(s.WorkingGroups.ByIDs, w),
		MembersByGroup:      newLazy(s.WorkingGroups.MembersByGroup, w),
		MembershipsByCity:   newLazy(s.WorkingGroups.MembershipsByCity, w),
		AttendanceByMeeting: newLazy(s.WorkingGroups.AttendanceByMeeting, w),
		Meeting:             newLazy(s.WorkingGroups.MeetingsByIDs, w),
		User:                newLazy(s.Auth.UsersByIDs, w),
		MembershipsByUser:   newLazy(s.Auth.MembershipsByUser, w),
		ElectionBySummit:    newLazy(s.Presidency.ElectionsBySummit, w),
		RequestsByGroup:     newLazy(s.WorkingGroups.RequestsByGroup, w),
		AgendaByMeeting:     newLazy(s.WorkingGroups.AgendaByMeeting, w),
		MinutesByMeeting:    newLazy(s.WorkingGroups.MinutesByMeeting, w),
		AnswersByMeeting:    newLazy(s.WorkingGroups.AnswersByMeeting, w),
		PeopleByMeeting:     newLazy(s.WorkingGroups.PeopleByMeeting, w),

		Practice:                 newLazy(s.Workspace.PracticesByKeys, w),
		Recommendation:           newLazy(s.Workspace.RecommendationsByIDs, w),
		RecommendationByProposal: newLazy(s.Workspace.RecommendationsByProposal, w),
		EndorsementsByProposal:   newLazy(s.Workspace.EndorsementsByProposal, w),
		GroupsByPractice:         newLazy(s.Workspace.GroupsByPractice, w),
		AdoptionsByPractice:      newLazy(s.Workspace.AdoptionsByPractice, w),
		LatestUpdate:             newLazy(s.Workspace.LatestUpdates, w),
		Adoption:                 newLazy(s.Workspace.Adoptions, w),
		FirstPractices:           newLazy(s.Workspace.FirstPracticesByCity, w),
		PracticeCount:            newLazy(s.Workspace.PracticeCounts, w),
	}
}

type loadersKey struct{}

// requestLoaders makes a request's loaders on first use: an operation answered by a nested
// read, or from the analytics cache, never builds them.
type requestLoaders struct {
	once sync.Once
	svc  *app.Services
	l    *Loaders
}

func (h *requestLoaders) get() *Loaders {
	h.once.Do(func() { h.l = newLoaders(h.svc) })
	return h.l
}

// LoaderMiddleware gives every request its own loaders, so nothing is cached across callers.
func LoaderMiddleware(s *app.Services, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, &requestLoaders{svc: s})
		if db.StatementCountFrom(ctx) == nil {
			ctx, _ = db.WithStatementCount(ctx) // for the statements-per-operation metric
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loaders returns the request's loaders; outside an HTTP request (tests, CLI) it makes new ones.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if h, ok := ctx.Value(loadersKey{}).(*requestLoaders); ok {
		return h.get()
	}
	return newLoaders(r.Svc)
}

// Endpoint is the GraphQL endpoint as served: authentication, per-request loaders, the handler.
func Endpoint(s *app.Services, gql http.Handler) http.Handler {
	return s.Auth.Middleware(LoaderMiddleware(s, gql))
}

// lazyLoader builds its dataloadgen.Loader on first use, so a request pays for the loaders it
// uses, not for all of them.
type lazyLoader[K comparable, V any] struct {
	once  sync.Once
	fetch func(context.Context, []K) ([]V, []error)
	opts  []dataloadgen.Option
	l     *dataloadgen.Loader[K, V]
}

func newLazy[K comparable, V any](fetch func(context.Context, []K) ([]V, []error), opts ...dataloadgen.Option) *lazyLoader[K, V] {
	return &lazyLoader[K, V]{fetch: fetch, opts: opts}
}

func (z *lazyLoader[K, V]) get() *dataloadgen.Loader[K, V] {
	z.once.Do(func() { z.l = dataloadgen.NewLoader(z.fetch, z.opts...) })
	return z.l
}

// Load returns the value for key, batched with the other keys asked for within batchWait; under
// loadNow (a lone root lookup, which has no siblings to wait for) it fetches at once.
func (z *lazyLoader[K, V]) Load(ctx context.Context, key K) (V, error) {
	if now, _ := ctx.Value(loadNowKey{}).(bool); now {
		z.Prime(ctx, []K{key})
	}
	return z.get().Load(ctx, key)
}

// Prime fetches keys now, in one call of the batch function, and caches the answers: a resolver
// that knows the next level's keys before its children ask (lookahead) flushes their batch
// itself, so they neither wait for the batch window nor split across two statements. Errors
// are not cached: the children's own Load reports them.
func (z *lazyLoader[K, V]) Prime(ctx context.Context, keys []K) {
	if len(keys) == 0 {
		return
	}
	vals, errs := z.fetch(ctx, keys)
	l := z.get()
	for i, k := range keys {
		if i < len(vals) && (i >= len(errs) || errs[i] == nil) {
			l.Prime(k, vals[i])
		}
	}
}

type loadNowKey struct{}

// loadNow marks ctx for a lone lookup: Load fetches without waiting for siblings. Only the
// resolver's own calls see it; its children's contexts do not derive from it.
func loadNow(ctx context.Context) context.Context { return context.WithValue(ctx, loadNowKey{}, true) }

// LoadAll returns the values for keys, batched.
func (z *lazyLoader[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	return z.get().LoadAll(ctx, keys)
}

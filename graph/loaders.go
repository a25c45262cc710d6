package graph

import (
	"context"
	"net/http"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/b40-network/workspace/internal/app"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/page"
	"github.com/b40-network/workspace/internal/presidency"
	"github.com/b40-network/workspace/internal/summit"
	"github.com/b40-network/workspace/internal/workinggroup"
	"github.com/b40-network/workspace/internal/workspace"
)

// Loaders batch the related-object lookups of one request: every loader's batch function is
// a service method that reads in the caller's scope, so batching never widens visibility.
type Loaders struct {
	City                *dataloadgen.Loader[int64, *city.City]
	CountryName         *dataloadgen.Loader[string, string]
	Summit              *dataloadgen.Loader[int64, *summit.Summit]
	DelegationsBySummit *dataloadgen.Loader[int64, []*summit.Delegation]
	DelegationsByCity   *dataloadgen.Loader[int64, []*summit.Delegation]
	TermsByCity         *dataloadgen.Loader[int64, []*presidency.Term]
	WorkingGroup        *dataloadgen.Loader[int64, *workinggroup.Group]
	MembersByGroup      *dataloadgen.Loader[int64, []*workinggroup.Member]
	MembershipsByCity   *dataloadgen.Loader[int64, []*workinggroup.Member]
	AttendanceByMeeting *dataloadgen.Loader[int64, []*workinggroup.Attendance]
	Meeting             *dataloadgen.Loader[int64, *workinggroup.Meeting]
	User                *dataloadgen.Loader[int64, *auth.User]
	MembershipsByUser   *dataloadgen.Loader[int64, []*auth.CityMembership]
	ElectionBySummit    *dataloadgen.Loader[int64, *presidency.Election]
	RequestsByGroup     *dataloadgen.Loader[int64, []*workinggroup.MeetingRequest]

	Practice                 *dataloadgen.Loader[workspace.Key, *workspace.Practice]
	Recommendation           *dataloadgen.Loader[int64, *workspace.Recommendation]
	RecommendationByProposal *dataloadgen.Loader[workspace.Key, *workspace.Recommendation]
	EndorsementsByProposal   *dataloadgen.Loader[workspace.Key, []*workspace.Endorsement]
	GroupsByPractice         *dataloadgen.Loader[workspace.Key, []*workspace.PracticeGroup]
	AdoptionsByPractice      *dataloadgen.Loader[workspace.Key, []*workspace.Implementation]
	LatestUpdate             *dataloadgen.Loader[workspace.Key, *workspace.Update]
	Adoption                 *dataloadgen.Loader[int64, *workspace.Adoption]
	FirstPractices           *dataloadgen.Loader[workspace.CityPage, *page.Connection[*workspace.Practice]]
	PracticeCount            *dataloadgen.Loader[int64, int]
}

// batchWait is how long a loader waits to collect keys: resolvers of one level run
// concurrently, so a millisecond gathers a whole page.
const batchWait = time.Millisecond

func newLoaders(s *app.Services) *Loaders {
	w := dataloadgen.WithWait(batchWait)
	return &Loaders{
		City:                dataloadgen.NewLoader(s.Cities.ByIDs, w),
		CountryName:         dataloadgen.NewLoader(s.Network.CountryNames, w),
		Summit:              dataloadgen.NewLoader(s.Summits.ByIDs, w),
		DelegationsBySummit: dataloadgen.NewLoader(s.Summits.DelegationsBySummit, w),
		DelegationsByCity:   dataloadgen.NewLoader(s.Summits.DelegationsByCity, w),
		TermsByCity:         dataloadgen.NewLoader(s.Presidency.ByCity, w),
		WorkingGroup:        dataloadgen.NewLoader(s.WorkingGroups.ByIDs, w),
		MembersByGroup:      dataloadgen.NewLoader(s.WorkingGroups.MembersByGroup, w),
		MembershipsByCity:   dataloadgen.NewLoader(s.WorkingGroups.MembershipsByCity, w),
		AttendanceByMeeting: dataloadgen.NewLoader(s.WorkingGroups.AttendanceByMeeting, w),
		Meeting:             dataloadgen.NewLoader(s.WorkingGroups.MeetingsByIDs, w),
		User:                dataloadgen.NewLoader(s.Auth.UsersByIDs, w),
		MembershipsByUser:   dataloadgen.NewLoader(s.Auth.MembershipsByUser, w),
		ElectionBySummit:    dataloadgen.NewLoader(s.Presidency.ElectionsBySummit, w),
		RequestsByGroup:     dataloadgen.NewLoader(s.WorkingGroups.RequestsByGroup, w),

		Practice:                 dataloadgen.NewLoader(s.Workspace.PracticesByKeys, w),
		Recommendation:           dataloadgen.NewLoader(s.Workspace.RecommendationsByIDs, w),
		RecommendationByProposal: dataloadgen.NewLoader(s.Workspace.RecommendationsByProposal, w),
		EndorsementsByProposal:   dataloadgen.NewLoader(s.Workspace.EndorsementsByProposal, w),
		GroupsByPractice:         dataloadgen.NewLoader(s.Workspace.GroupsByPractice, w),
		AdoptionsByPractice:      dataloadgen.NewLoader(s.Workspace.AdoptionsByPractice, w),
		LatestUpdate:             dataloadgen.NewLoader(s.Workspace.LatestUpdates, w),
		Adoption:                 dataloadgen.NewLoader(s.Workspace.Adoptions, w),
		FirstPractices:           dataloadgen.NewLoader(s.Workspace.FirstPracticesByCity, w),
		PracticeCount:            dataloadgen.NewLoader(s.Workspace.PracticeCounts, w),
	}
}

type loadersKey struct{}

// LoaderMiddleware gives every request its own loaders, so nothing is cached across callers.
func LoaderMiddleware(s *app.Services, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(s))
		if db.StatementCountFrom(ctx) == nil {
			ctx, _ = db.WithStatementCount(ctx) // for the statements-per-operation metric
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loaders returns the request's loaders; outside an HTTP request (tests, CLI) it makes new ones.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return newLoaders(r.Svc)
}

// Endpoint is the GraphQL endpoint as served: authentication, per-request loaders, the handler.
func Endpoint(s *app.Services, gql http.Handler) http.Handler {
	return s.Auth.Middleware(LoaderMiddleware(s, gql))
}

package graph

import (
	"context"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/membership"
	"github.com/b40-network/workspace/internal/presidency"
	"github.com/b40-network/workspace/internal/summit"
	"github.com/b40-network/workspace/internal/workinggroup"
)

// mutate runs a mutation and splits its error into the payload's userErrors (C4) and a
// top-level error (C5).
func mutate[T any](call func() (T, error)) (T, []*model.UserError, error) {
	res, err := call()
	ue, err := userErrors(err)
	return res, ue, err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func location(in *model.GeoPointInput) (lat, lng *float64) {
	if in == nil {
		return nil, nil
	}
	return &in.Lat, &in.Lng
}

func createCityInput(in model.CreateCityInput) city.Input {
	lat, lng := location(in.Location)
	return city.Input{Name: &in.Name, LocalName: in.LocalName, Country: &in.Country, Population: in.Population, Latitude: lat,
		Longitude: lng, MayorName: in.MayorName, Website: in.Website, Slug: in.Slug, MemberSince: in.MemberSince, JoinRoute: in.JoinRoute}
}

func updateCityInput(in model.UpdateCityInput) city.Input {
	lat, lng := location(in.Location)
	return city.Input{Name: in.Name, LocalName: in.LocalName, Country: in.Country, Population: in.Population, Latitude: lat,
		Longitude: lng, MayorName: in.MayorName, Website: in.Website}
}

func application(in model.SubmitMembershipApplicationInput) membership.Application {
	return membership.Application{CityName: in.CityName, LocalName: in.LocalName, Country: in.Country, MayorName: in.MayorName,
		ContactName: in.ContactName, ContactEmail: in.ContactEmail, ContactPosition: in.ContactPosition, Website: in.Website,
		Population: in.Population, Motivation: in.Motivation}
}

func delegationInput(in model.RecordDelegationInput) (summit.DelegationInput, error) {
	summitID, err := inputID(in.SummitID, typeSummit, "summitId")
	if err != nil {
		return summit.DelegationInput{}, err
	}
	cityID, err := optionalInputID(in.CityID, typeCity, "cityId")
	if err != nil {
		return summit.DelegationInput{}, err
	}
	out := summit.DelegationInput{SummitID: summitID, CityID: cityID}
	if in.NewCity != nil {
		out.NewCity = &summit.NewCity{Name: in.NewCity.Name, LocalName: in.NewCity.LocalName, Country: in.NewCity.Country}
	}
	if in.Head != nil {
		out.Head = &summit.Person{Name: in.Head.Name, Position: in.Head.Position}
	}
	for _, m := range in.Members {
		out.Members = append(out.Members, summit.Person{Name: m.Name, Position: m.Position})
	}
	return out, nil
}

func translations(in []*model.TranslationInput) i18n.Text {
	var t i18n.Text
	for i, tr := range in {
		if i == 0 {
			t.Locale = tr.Locale
		}
		t.Translations = append(t.Translations, i18n.Translation{Locale: tr.Locale, Text: tr.Text, Machine: tr.Machine != nil && *tr.Machine})
	}
	return t
}

func meetingInput(in model.ScheduleMeetingInput) workinggroup.MeetingInput {
	return workinggroup.MeetingInput{Kind: in.Kind, StartsAt: in.StartsAt, OnlineURL: in.OnlineURL, Location: in.Location, Agenda: in.Agenda,
		EndsAt: in.EndsAt, TimeZone: in.TimeZone}
}

func extraMeeting(in *model.ExtraMeetingInput) *workinggroup.MeetingInput {
	if in == nil {
		return nil
	}
	return &workinggroup.MeetingInput{Kind: workinggroup.MeetingExtra, StartsAt: in.StartsAt, OnlineURL: &in.OnlineURL, Agenda: in.Agenda}
}

func (r *Resolver) candidates(ctx context.Context, e *presidency.Election) ([]*model.PresidencyCandidate, error) {
	cs, err := r.Svc.Presidency.Candidates(ctx, e)
	if err != nil {
		return nil, err
	}
	tally, err := r.Svc.Presidency.Tally(ctx, e)
	if err != nil {
		return nil, err
	}
	l := r.loaders(ctx)
	out := make([]*model.PresidencyCandidate, len(cs))
	for i, c := range cs {
		ct, err := l.City.Load(ctx, c.CityID)
		if err != nil {
			return nil, err
		}
		out[i] = &model.PresidencyCandidate{City: ct}
		if tally != nil {
			out[i].Votes = ptr(tally[c.CityID])
		}
	}
	return out, nil
}

func (r *Resolver) votesCast(ctx context.Context, e *presidency.Election) (*int, error) {
	voters, err := r.Svc.Presidency.Voters(ctx, e)
	if err != nil || voters == nil {
		return nil, err
	}
	return ptr(len(voters)), nil
}

func (r *Resolver) voters(ctx context.Context, e *presidency.Election) ([]*city.City, error) {
	ids, err := r.Svc.Presidency.Voters(ctx, e)
	if err != nil || ids == nil {
		return nil, err
	}
	return r.loaders(ctx).City.LoadAll(ctx, ids)
}

func (r *Resolver) summitElection(ctx context.Context, s *summit.Summit) (*presidency.Election, error) {
	return r.loaders(ctx).ElectionBySummit.Load(ctx, s.ID)
}

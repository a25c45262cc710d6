package graph_test

import (
	"slices"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

func TestNetworkAnswersDemoFacts(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var out struct {
		Network struct {
			Name              string
			Motto             string
			FoundedOn         string
			SecretariatCity   struct{ Slug string }
			EligibleCountries []string
			MemberCount       int
			CurrentPresidency *struct{ Year int }
			Secretariat       struct {
				Staff      []any
				Compliance struct {
					MeetsMinimum bool
					Problems     []string
				}
			}
		}
	}
	api.MustQuery(&out, `{ network { name motto foundedOn secretariatCity { slug } eligibleCountries memberCount
		currentPresidency { year } secretariat { staff { id } compliance { meetsMinimum problems } } } }`, nil)
	n := out.Network
	if n.Name != "B40 Balkan Cities Network" || n.Motto != "Better Future, Better Cooperation" || n.FoundedOn != "2021-11-30" {
		t.Errorf("network = %+v", n)
	}
	if n.SecretariatCity.Slug != "istanbul" {
		t.Errorf("secretariat city = %q, want istanbul (R3.1)", n.SecretariatCity.Slug)
	}
	want := []string{"AL", "BA", "BG", "GR", "HR", "MD", "ME", "MK", "RO", "RS", "SI", "TR", "XK"}
	if !slices.Equal(n.EligibleCountries, want) {
		t.Errorf("eligible countries = %v, want %v", n.EligibleCountries, want)
	}
	if n.MemberCount != 17 {
		t.Errorf("memberCount = %d, want the 17 named members", n.MemberCount)
	}
	// No term is on record for the current year: the public facts stop at 2024.
	if n.CurrentPresidency != nil {
		t.Errorf("currentPresidency = %+v, want null", n.CurrentPresidency)
	}
	// An empty secretariat misses R3.3 on both counts, each named.
	if n.Secretariat.Compliance.MeetsMinimum || len(n.Secretariat.Compliance.Problems) != 2 {
		t.Errorf("compliance = %+v", n.Secretariat.Compliance)
	}
}

func TestCityFieldsAndFoundingMembership(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	type city struct {
		Slug, Name, LocalName, Country, CountryName string
		Status                                      string
		MemberSince, JoinRoute                      *string
		IsFoundingMember                            bool
		Delegations                                 []struct{ Summit struct{ Year int } }
		PresidencyTerms                             []struct{ Year int }
		WorkingGroups                               []struct{ Slug string }
	}
	q := `query($slug: String!) { city(slug: $slug) { slug name localName country countryName status memberSince joinRoute
		isFoundingMember delegations { summit { year } } presidencyTerms { year } workingGroups { slug } } }`
	var ist struct{ City city }
	api.MustQuery(&ist, q, map[string]any{"slug": "istanbul"})
	c := ist.City
	if c.Name != "Istanbul" || c.LocalName != "İstanbul" || c.Country != "TR" || c.CountryName != "Türkiye" || c.Status != "ACTIVE" {
		t.Errorf("istanbul = %+v", c)
	}
	if !c.IsFoundingMember || c.JoinRoute == nil || *c.JoinRoute != "FOUNDING" || c.MemberSince == nil || *c.MemberSince != "2021-11-29" {
		t.Errorf("istanbul founding fields = %+v", c)
	}
	if len(c.Delegations) != 2 || c.Delegations[0].Summit.Year != 2021 || len(c.PresidencyTerms) != 1 || c.PresidencyTerms[0].Year != 2022 {
		t.Errorf("istanbul history = %+v", c)
	}
	// Athens attended summits but is not established as a founder: nothing claims it.
	var ath struct{ City city }
	api.MustQuery(&ath, q, map[string]any{"slug": "athens"})
	if ath.City.IsFoundingMember || ath.City.JoinRoute != nil {
		t.Errorf("athens = %+v, want no founding claim", ath.City)
	}
	var none struct{ City *city }
	api.MustQuery(&none, q, map[string]any{"slug": "atlantis"})
	if none.City != nil {
		t.Errorf("unknown slug answered %+v", none.City)
	}
}

func TestSummitsAndTermsAnswerDemoFacts(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var out struct {
		Summits struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Year                int
					Title, Motto, Venue *string
					StartsOn, EndsOn    string
					IsFounding          bool
					HostCity            struct{ Slug string }
					Delegations         []struct{ City struct{ Slug string } }
				}
			}
		}
		PresidencyTerms struct {
			Edges []struct {
				Node struct {
					Year      int
					Status    string
					City      struct{ Slug string }
					ElectedAt *struct{ Year int }
				}
			}
		}
	}
	api.MustQuery(&out, `{ summits { totalCount edges { node { year title motto venue startsOn endsOn isFounding hostCity { slug } delegations { city { slug } } } } }
		presidencyTerms { edges { node { year status city { slug } electedAt { year } } } } }`, nil)
	s := out.Summits
	if s.TotalCount != 3 || len(s.Edges) != 3 {
		t.Fatalf("summits = %+v", s)
	}
	years := []int{s.Edges[0].Node.Year, s.Edges[1].Node.Year, s.Edges[2].Node.Year}
	if !slices.Equal(years, []int{2024, 2023, 2021}) {
		t.Errorf("summit order = %v, want newest first", years)
	}
	founding := s.Edges[2].Node
	if !founding.IsFounding || founding.HostCity.Slug != "istanbul" || founding.StartsOn != "2021-11-29" || founding.EndsOn != "2021-11-30" ||
		*founding.Venue != "Istanbul Congress Center" || *founding.Motto != "Better Future, Better Cooperation" {
		t.Errorf("founding summit = %+v", founding)
	}
	if s.Edges[0].Node.HostCity.Slug != "tirana" || *s.Edges[0].Node.Motto != "Building Urban Resilience and Responding to Crises" {
		t.Errorf("tirana summit = %+v", s.Edges[0].Node)
	}
	terms := out.PresidencyTerms.Edges
	if len(terms) != 3 || terms[0].Node.Year != 2024 || terms[0].Node.City.Slug != "tirana" || terms[0].Node.ElectedAt == nil || terms[0].Node.ElectedAt.Year != 2023 {
		t.Fatalf("terms = %+v", terms)
	}
	for _, e := range terms {
		if e.Node.Status != "COMPLETED" {
			t.Errorf("term %d status %s, want COMPLETED (before this year)", e.Node.Year, e.Node.Status)
		}
	}
}

func TestWorkingGroupsCadenceAndTranslations(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	type group struct {
		Slug                  string
		Kind, Status          string
		ProposedBy            *string
		ApprovedAt            string
		Name                  struct{ En, Tr, Accept, Locale string }
		LastRegularMeetingOn  *string
		NextRegularMeetingDue *string
		IsMeetingOverdue      bool
		Meetings              struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Kind            string
					Location        string
					StartsAt        string
					AttendingCities []struct{ Slug string }
					WorkingGroup    struct{ Slug string }
				}
			}
		}
	}
	var out struct {
		WorkingGroups struct {
			TotalCount int
			Edges      []struct{ Node group }
		}
		WorkingGroup group
	}
	fields := `slug kind status proposedBy approvedAt name { en: text(locale: "en") tr: text(locale: "tr") accept: text locale }
		lastRegularMeetingOn nextRegularMeetingDue isMeetingOverdue
		meetings { totalCount edges { node { kind location startsAt attendingCities { slug } workingGroup { slug } } } }`
	api.MustQuery(&out, `{ workingGroups { totalCount edges { node { `+fields+` } } } workingGroup(slug: "local-climate-action") { `+fields+` } }`,
		nil, map[string]string{"Accept-Language": "tr-TR,tr;q=0.9,en;q=0.5"})
	if out.WorkingGroups.TotalCount != 4 {
		t.Fatalf("groups = %d, want the four founding groups (R4.3)", out.WorkingGroups.TotalCount)
	}
	g := out.WorkingGroup
	if g.Kind != "PERMANENT" || g.Status != "ACTIVE" || g.ProposedBy != nil || g.ApprovedAt != "2022-02-09T00:00:00Z" {
		t.Errorf("group = %+v", g)
	}
	if g.Name.En != "Local climate action" || g.Name.Tr != "Yerel iklim eylemi" || g.Name.Accept != "Yerel iklim eylemi" || g.Name.Locale != "en" {
		t.Errorf("name = %+v", g.Name)
	}
	// R4.4: the in-person Tirana meeting of 21 May 2024 counts; three months later is due.
	if g.LastRegularMeetingOn == nil || *g.LastRegularMeetingOn != "2024-05-21" || *g.NextRegularMeetingDue != "2024-08-21" {
		t.Errorf("lastRegularMeetingOn = %v", g.LastRegularMeetingOn)
	}
	if g.NextRegularMeetingDue == nil || !g.IsMeetingOverdue {
		t.Errorf("cadence = %v overdue=%v", g.NextRegularMeetingDue, g.IsMeetingOverdue)
	}
	m := g.Meetings
	if m.TotalCount != 1 || m.Edges[0].Node.Kind != "IN_PERSON" || m.Edges[0].Node.Location != "Tirana" ||
		len(m.Edges[0].Node.AttendingCities) != 3 || m.Edges[0].Node.WorkingGroup.Slug != "local-climate-action" {
		t.Errorf("meetings = %+v", m)
	}
}

package report

import (
	"fmt"
	"strings"
	"time"
)

// Markdown renders the report as a readable document with tables.
func Markdown(r *Report) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# B40 Balkan Cities Network: annual report %d\n\n", r.Year)
	if r.FinalizedAt != nil {
		p("Finalized by the permanent secretariat on %s.\n\n", r.FinalizedAt.Format(time.DateOnly))
	} else {
		p("Draft, as the data stood on %s; not yet finalized.\n\n", r.GeneratedAt.Format(time.DateOnly))
	}
	p("## Presidency and summit\n\n")
	if r.Presidency != nil {
		p("- Presidency: %s", cell(r.Presidency.City))
		if r.Presidency.MayorName != nil {
			p(" (mayor %s)", cell(*r.Presidency.MayorName))
		}
		p("\n")
	} else {
		p("- Presidency: none on record\n")
	}
	if r.Summit != nil {
		p("- Summit: %s, %s to %s, hosted by %s\n", cell(r.Summit.Title), r.Summit.StartsOn.Format(time.DateOnly), r.Summit.EndsOn.Format(time.DateOnly), cell(r.Summit.Host))
	} else {
		p("- Summit: none on record\n")
	}
	p("\n## New members (%d)\n\n", len(r.NewMembers))
	if len(r.NewMembers) > 0 {
		p("| City | Country | Joined | Route |\n| --- | --- | --- | --- |\n")
		for _, m := range r.NewMembers {
			route := "not on record"
			if m.JoinRoute != nil {
				route = string(*m.JoinRoute)
			}
			p("| %s | %s | %s | %s |\n", cell(m.Name), m.Country, m.MemberSince.Format(time.DateOnly), route)
		}
	}
	p("\n## Working groups\n\n| Group | Meetings held | Meetings due |\n| --- | ---: | ---: |\n")
	for _, g := range r.WorkingGroups {
		p("| %s | %d | %d |\n", cell(g.Name), g.MeetingsHeld, g.MeetingsDue)
	}
	pr := r.Proposals
	p("\n## Proposals\n\n| Submitted | Accepted | Declined | Withdrawn | Awaiting decision |\n| ---: | ---: | ---: | ---: | ---: |\n| %d | %d | %d | %d | %d |\n",
		pr.Submitted, pr.Accepted, pr.Declined, pr.Withdrawn, pr.UnderReview)
	p("\n## Recommendations and their adoption\n\n| Recommendation | Committed | In progress | Completed | Not pursued |\n| --- | ---: | ---: | ---: | ---: |\n")
	for _, rc := range r.Recommendations {
		p("| %s | %d | %d | %d | %d |\n", cell(rc.Title), rc.Committed, rc.InProgress, rc.Completed, rc.NotPursued)
	}
	p("\n## Implementations by status\n\n| Status | Count |\n| --- | ---: |\n")
	for _, s := range r.Implementations.ByStatus {
		p("| %s | %d |\n", s.Status, s.Count)
	}
	p("\n## Practices\n\n- Shared this year: %d\n- Adopted by another city this year: %d\n", r.PracticesShared, r.PracticesAdopted)
	p("\n## Success indicators (R5.1)\n\n| Indicator | Baseline | Target | Latest | Progress | On track |\n| --- | ---: | ---: | ---: | ---: | --- |\n")
	for _, i := range r.Indicators {
		latest, pct := "n/a", "n/a"
		if i.Latest != nil {
			latest = fmt.Sprintf("%g %s", *i.Latest, cell(i.Unit))
		}
		if i.Percent != nil {
			pct = fmt.Sprintf("%.1f%%", *i.Percent)
		}
		p("| %s | %g | %g | %s | %s | %s |\n", cell(i.Name), i.Baseline, i.Target, latest, pct, map[bool]string{true: "yes", false: "no"}[i.OnTrack])
	}
	return b.String()
}

// cell keeps user text from breaking the table or injecting markup.
func cell(s string) string {
	r := strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "`", "'")
	return r.Replace(s)
}

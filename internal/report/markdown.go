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
			p("| %s | %s | %s | %s |\n", cell(m.Name), cell(m.Country), m.MemberSince.Format(time.DateOnly), cell(route))
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
		p("| %s | %d |\n", cell(string(s.Status)), s.Count)
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

// cell makes user text (a city, group, recommendation or indicator name) plain text in a
// CommonMark/GFM document, in a table cell or in running text: nothing in it can open a cell,
// a link, an autolink, an HTML tag, an entity, emphasis, a code span or strikethrough.
//
//   - Every Markdown-significant ASCII punctuation character gets a backslash (CommonMark lets
//     any ASCII punctuation be escaped, and an escaped character is always literal). The
//     backslash itself comes first among them, so a name's own backslash can never pair with
//     the next character: a `|` in the output is then preceded by an odd number of
//     backslashes, which every GFM table parser reads as part of the cell (cmark-gfm,
//     markdown-it and goldmark disagree on `\\|`, not on `\\\|`). `&` is escaped so `&amp;`
//     stays literal, `.` so no www. or e-mail autolink forms. The rest (`#`, `+`, `-`, `!`,
//     `(`, `)`, `{`, `}`, `:`, `@`) are already defused in a cell or mid-line by the ones above
//     (with goldmark the tests still pass when any one of them alone is dropped); escaping them
//     costs a backslash and keeps a name safe should it ever start a line or meet another parser.
//   - Control characters (tab, CR, LF, NUL, ...) become a space: a name cannot end its line or
//     its row, and NUL is not turned into U+FFFD by the parser.
//   - Invalid UTF-8 becomes U+FFFD.
//
// So the text a reader sees is the name with control characters as spaces, except that a table
// cell loses the spaces at its two ends and a line those at its end (markdown_test.go checks
// this with a GFM parser).
func cell(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for _, r := range s {
		switch {
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		case r < 0x80 && strings.ContainsRune(markdownSignificant, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// markdownSignificant are the ASCII characters cell escapes. The rest of ASCII punctuation
// (" ' $ % , / ; = ? ^) has no meaning in running text or a cell, so it stays readable.
const markdownSignificant = "\\`*_{}[]()#+-.!|<>~&:@"

package report

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/b40-network/workspace/internal/analytics"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"pgregory.net/rapid"
)

// gfm is a CommonMark parser with GitHub's extensions (tables, strikethrough, extended
// autolinks, task lists); raw HTML is rendered, so a tag that got through would show.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))

// Names that broke the old escaping, or would break a weaker one.
var markdownExamples = []string{
	`\|`, `a|b`, `a\|b`, `\\|`, `<script>alert(1)</script>`, `[x](javascript:alert(1))`, `![x](y.png)`, `*bold*`, `_em_`,
	`**strong**`, "`code`", `~~gone~~`, `trailing backslash\`, `\`, `&amp; &#124; &lt;b&gt;`, `www.example.com`,
	`http://example.com`, `http://localhost/x`, `ftp://h`, `a@localhost`, `mailto:a@b.co`, `a@example.com`, `<http://x.y>`, `# heading`, `- item`, `1. item`, `+ item`,
	`> quote`, `---`, "line\nbreak", "cr\rlf\r\n", "tab\there", "nul\x00", `  padded  `, ``, `|`, `||`, `{#id}`,
	`Şehir bahçeleri`, `Скопје`, `[^1]`, `<!-- c -->`, `x\*y\*`, "\xff invalid",
}

func TestMarkdownNamesStayOneCell(t *testing.T) {
	for _, name := range markdownExamples {
		t.Run(fmt.Sprintf("%q", name), func(t *testing.T) { checkMarkdown(t, name) })
	}
}

func TestMarkdownAnyNameStaysOneCell(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) { checkMarkdown(t, nameGen.Draw(t, "name")) })
}

// nameGen draws any string, biased towards Markdown's syntax: pieces of markup, ASCII
// punctuation, whitespace and control characters, and arbitrary runes.
var nameGen = rapid.Custom(func(t *rapid.T) string {
	markup := rapid.SampledFrom([]string{"\\", "|", "`", "*", "_", "~", "[", "]", "(", ")", "<", ">", "!", "&", "#", "-", "+",
		".", ":", "@", "{", "}", "^", "=", "\"", "'", " ", "\t", "\n", "\r", "\x00", "\x7f", "\u00a0", "\u2028", "\u3000",
		"www.", "www.x.y", "http://", "https://x.y/", "a@b.co", "&amp;", "&#124;", "&#x7c;", "<a href=x>", "<b>", "](", "](x)",
		"javascript:", "a", "b", "Ş", "ж"})
	pieces := rapid.SliceOfN(rapid.OneOf(markup, markup, markup, rapid.StringOfN(rapid.Rune(), 1, 3, -1), rapid.String()), 0, 16).
		Draw(t, "pieces")
	return strings.Join(pieces, "")
})

// shown is what a reader of the rendered report should see for a name: control characters
// (C0 and DEL) as spaces, invalid UTF-8 as U+FFFD; in a table cell also without the ASCII
// spaces at its two ends (GFM trims cells). No other whitespace is changed.
func shown(name string, inCell bool) string {
	s := strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(name, "\uFFFD"))
	if inCell {
		s = strings.Trim(s, " ")
	}
	return s
}

type tb interface {
	Helper()
	Fatalf(format string, args ...any)
}

// checkMarkdown puts name in every user-text field of a report, renders it and parses it as
// GFM: every table keeps its shape and shows the name as plain text in its own cell, the list
// items read as written, and the document holds no link, HTML, emphasis, code or heading
// beyond the report's own.
func checkMarkdown(t tb, name string) {
	t.Helper()
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	latest, pct := 42.0, 42.0
	rep := &Report{
		Year:            2024,
		Presidency:      &Presidency{City: name, MayorName: &name},
		Summit:          &Summit{Title: name, StartsOn: day("2024-05-01"), EndsOn: day("2024-05-03"), Host: name},
		NewMembers:      []NewMember{{Name: name, Country: name, MemberSince: day("2024-03-01")}},
		WorkingGroups:   []GroupYear{{Name: name, MeetingsHeld: 3, MeetingsDue: 1}, {Name: "Second", MeetingsHeld: 0, MeetingsDue: 2}},
		Proposals:       ProposalCounts{Submitted: 5, Accepted: 1, Declined: 2, Withdrawn: 0, UnderReview: 2},
		Recommendations: []RecommendationRow{{Title: name, Committed: 1, InProgress: 2, Completed: 3, NotPursued: 4}},
		Implementations: ImplementationStats{ByStatus: []analytics.StatusCount{{Status: "COMPLETED", Count: 7}}},
		PracticesShared: 4, PracticesAdopted: 1,
		Indicators:  []IndicatorRow{{Name: name, Unit: name, Baseline: -5, Target: 100, Latest: &latest, Percent: &pct, OnTrack: true}},
		GeneratedAt: day("2025-01-02"),
	}
	src := []byte(Markdown(rep))
	c := shown(name, true)
	wantTables := [][][]string{
		{{"City", "Country", "Joined", "Route"}, {c, c, "2024-03-01", "not on record"}},
		{{"Group", "Meetings held", "Meetings due"}, {c, "3", "1"}, {"Second", "0", "2"}},
		{{"Submitted", "Accepted", "Declined", "Withdrawn", "Awaiting decision"}, {"5", "1", "2", "0", "2"}},
		{{"Recommendation", "Committed", "In progress", "Completed", "Not pursued"}, {c, "1", "2", "3", "4"}},
		{{"Status", "Count"}, {"COMPLETED", "7"}},
		{{"Indicator", "Baseline", "Target", "Latest", "Progress", "On track"}, {c, "-5", "100", strings.TrimRight("42 "+shown(name, false), " "), "42.0%", "yes"}},
	}
	n := shown(name, false)
	wantItems := []string{
		"Presidency: " + n + " (mayor " + n + ")",
		strings.TrimRight("Summit: "+n+", 2024-05-01 to 2024-05-03, hosted by "+n, " "), // a paragraph's end is trimmed
		"Shared this year: 4",
		"Adopted by another city this year: 1",
	}

	// Every GFM parser splits a row at a pipe preceded by an even number of backslashes
	// (markdown-it counts them; goldmark treats any preceded pipe as escaped): each row line
	// must have exactly its columns' pipes of that kind, so no parser sees another cell.
	var rowLines []string
	for line := range strings.SplitSeq(string(src), "\n") {
		if strings.HasPrefix(line, "|") {
			rowLines = append(rowLines, line)
		}
	}
	wantRows := 0
	for _, tab := range wantTables {
		wantRows += len(tab) + 1 // and the delimiter row
	}
	if len(rowLines) != wantRows {
		t.Fatalf("%d table lines, want %d:\n%s", len(rowLines), wantRows, src)
	}
	i := 0
	for _, tab := range wantTables {
		for r := 0; r <= len(tab); r++ {
			if got, want := delimiters(rowLines[i]), len(tab[0])+1; got != want {
				t.Fatalf("line %q has %d unescaped pipes, want %d", rowLines[i], got, want)
			}
			i++
		}
	}

	doc := gfm.Parser().Parse(text.NewReader(src))
	var tables [][][]string
	var items []string
	headings := 0
	for block := doc.FirstChild(); block != nil; block = block.NextSibling() {
		switch block.Kind() {
		case ast.KindHeading:
			headings++
		case ast.KindParagraph:
			plainText(t, block, src) // the draft or finalized line: text only
		case ast.KindList:
			for item := block.FirstChild(); item != nil; item = item.NextSibling() {
				items = append(items, plainText(t, item, src))
			}
		case extast.KindTable:
			var tab [][]string
			for row := block.FirstChild(); row != nil; row = row.NextSibling() {
				var cells []string
				for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
					cells = append(cells, plainText(t, cell, src))
				}
				tab = append(tab, cells)
			}
			tables = append(tables, tab)
		default:
			t.Fatalf("a %s outside the report's own structure:\n%s", block.Kind(), src)
		}
	}
	if headings != 9 {
		t.Fatalf("%d headings, want 9:\n%s", headings, src)
	}
	if got, want := fmt.Sprintf("%q", tables), fmt.Sprintf("%q", wantTables); got != want {
		t.Fatalf("tables\n got %s\nwant %s\nfrom:\n%s", got, want, src)
	}
	if got, want := fmt.Sprintf("%q", items), fmt.Sprintf("%q", wantItems); got != want {
		t.Fatalf("list items\n got %s\nwant %s\nfrom:\n%s", got, want, src)
	}
}

// delimiters counts the pipes in a table line that are preceded by an even number of
// backslashes.
func delimiters(line string) int {
	n, bs := 0, 0
	for _, c := range []byte(line) {
		switch {
		case c == '\\':
			bs++
			continue
		case c == '|' && bs%2 == 0:
			n++
		}
		bs = 0
	}
	return n
}

var tag = regexp.MustCompile(`<[^>]*>`)

// plainText is what a reader sees of a node that must hold nothing but text (and, in a list
// item, its paragraph): any other inline node (link, autolink, raw HTML, emphasis, code span,
// strikethrough, line break) fails the test.
func plainText(t tb, n ast.Node, src []byte) string {
	t.Helper()
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c != n {
			switch c.Kind() {
			case ast.KindText:
				if tx := c.(*ast.Text); tx.SoftLineBreak() || tx.HardLineBreak() {
					t.Fatalf("a line break in %q", tx.Segment.Value(src))
				}
			case ast.KindString, ast.KindTextBlock, ast.KindParagraph:
			default:
				t.Fatalf("a %s where only text belongs, from:\n%s", c.Kind(), src)
			}
		}
		return ast.WalkContinue, nil
	})
	var b bytes.Buffer
	if err := gfm.Renderer().Render(&b, src, n); err != nil {
		t.Fatalf("render: %v", err)
	}
	// Only the structure's own tags are left (td, th, li, p) and the line ends after them:
	// drop them, then decode the entities.
	return html.UnescapeString(strings.Trim(tag.ReplaceAllString(b.String(), ""), "\n"))
}

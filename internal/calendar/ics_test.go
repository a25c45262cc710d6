package calendar

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sample has meetings on both sides of Athens's change to summer time (29 March 2026, 03:00
// local → 04:00), one across it, and Istanbul meetings on the same days (UTC+3 all year).
func sample() *Calendar {
	stamp := at("2026-03-01T09:00:00Z")
	return &Calendar{Name: "Working groups, Athens; Istanbul", Method: "PUBLISH", Events: []Event{
		{UID: "wg-meeting-1@b40-workspace", Stamp: stamp, Start: at("2026-03-20T08:00:00Z"), End: at("2026-03-20T10:00:00Z"), Zone: "Europe/Athens",
			Summary: "Local climate action: regular meeting", Description: "Agenda:\n1. Heat plans; shade, water\n2. Data\\sharing", URL: "https://workspace.example.org/groups/local-climate-action",
			OnlineURL: "https://meet.example.org/lca-q1", Categories: []string{"REGULAR"}},
		{UID: "wg-meeting-2@b40-workspace", Sequence: 2, Stamp: stamp, Start: at("2026-04-02T07:00:00Z"), End: at("2026-04-02T09:00:00Z"), Zone: "Europe/Athens",
			Summary: "Local climate action: extra meeting", Location: "Technopolis, Athens", URL: "https://workspace.example.org/groups/local-climate-action"},
		{UID: "wg-meeting-3@b40-workspace", Sequence: 1, Stamp: stamp, Start: at("2026-03-29T00:00:00Z"), End: at("2026-03-29T02:00:00Z"), Zone: "Europe/Athens",
			Summary: "Night session across the change", Cancelled: true},
		{UID: "wg-meeting-4@b40-workspace", Stamp: stamp, Start: at("2026-03-20T07:00:00Z"), End: at("2026-03-20T08:30:00Z"), Zone: "Europe/Istanbul",
			Summary:   "Akıllı şehirler ve dijital dönüşüm: düzenli toplantı — çok uzun bir başlık, satırı katlamak için yeterince uzun olsun diye yazıldı",
			OnlineURL: "https://meet.example.org/sc"},
		{UID: "wg-meeting-5@b40-workspace", Stamp: stamp, Start: at("2026-04-02T07:00:00Z"), End: at("2026-04-02T08:00:00Z"), Zone: "Europe/Istanbul", Summary: "Istanbul after"},
		{UID: "summit-3@b40-workspace", Stamp: stamp, AllDay: true, Start: time.Date(2026, 1, 29, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC),
			Summary: "Tirana Summit", Location: "Tirana"},
	}}
}

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	if err := sample().Write(&b); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/sample.ics"
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("output differs from %s:\n%s", golden, b.String())
	}
}

// TestLines checks RFC 5545 3.1: CRLF everywhere, no line over 75 octets, folds never split a
// UTF-8 sequence.
func TestLines(t *testing.T) {
	var b bytes.Buffer
	if err := sample().Write(&b); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if !strings.HasSuffix(s, "\r\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\r") {
		t.Fatal("lines must end in CRLF and nothing else")
	}
	folded := 0
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
		if !utf8.ValidString(l) {
			t.Errorf("a fold split a UTF-8 sequence: %q", l)
		}
	}
	if folded == 0 {
		t.Error("the long summary was not folded")
	}
}

// TestParsesIndependently parses the output with go-ical and checks every event's instants
// from the VTIMEZONE blocks alone (not from Go's zone database), across Athens's change to
// summer time and in Istanbul, which has none.
func TestParsesIndependently(t *testing.T) {
	var b bytes.Buffer
	c := sample()
	if err := c.Write(&b); err != nil {
		t.Fatal(err)
	}
	cal, err := ical.NewDecoder(&b).Decode()
	if err != nil {
		t.Fatal(err)
	}
	zones := map[string][]observance{}
	for _, comp := range cal.Children {
		if comp.Name == ical.CompTimezone {
			id, _ := comp.Props.Text(ical.PropTimezoneID)
			zones[id] = observances(t, comp)
		}
	}
	if len(zones["Europe/Athens"]) != 2 || len(zones["Europe/Istanbul"]) != 1 {
		t.Fatalf("observances: Athens %d (want winter and summer), Istanbul %d (want one)", len(zones["Europe/Athens"]), len(zones["Europe/Istanbul"]))
	}
	events := cal.Events()
	if len(events) != len(c.Events) {
		t.Fatalf("%d events parsed, %d written", len(events), len(c.Events))
	}
	for i, ev := range events {
		want := c.Events[i]
		uid, _ := ev.Props.Text(ical.PropUID)
		summary, _ := ev.Props.Text(ical.PropSummary)
		status, _ := ev.Props.Text(ical.PropStatus)
		seq, _ := ev.Props.Get(ical.PropSequence).Int()
		if uid != want.UID || seq != want.Sequence || (status == "CANCELLED") != want.Cancelled || !strings.HasSuffix(summary, want.Summary) {
			t.Errorf("event %d: uid %q seq %d status %q summary %q", i, uid, seq, status, summary)
		}
		if want.AllDay {
			continue
		}
		for _, p := range []struct {
			name string
			want time.Time
		}{{ical.PropDateTimeStart, want.Start}, {ical.PropDateTimeEnd, want.End}} {
			prop := ev.Props.Get(p.name)
			tzid := prop.Params.Get(ical.ParamTimezoneID)
			local, err := time.Parse("20060102T150405", prop.Value)
			if err != nil || tzid == "" {
				t.Fatalf("%s %s: %q tzid %q", uid, p.name, prop.Value, tzid)
			}
			got := resolve(zones[tzid], local)
			if !got.Equal(p.want) {
				t.Errorf("%s %s %s %s = %s UTC, want %s", uid, p.name, prop.Value, tzid, got.UTC(), p.want.UTC())
			}
		}
	}
	desc, _ := events[0].Props.Text(ical.PropDescription)
	if !strings.Contains(desc, "1. Heat plans; shade, water\n2. Data\\sharing") || !strings.Contains(desc, "https://meet.example.org/lca-q1") {
		t.Errorf("description did not survive escaping: %q", desc)
	}
	if u, _ := events[0].Props.URI(ical.PropURL); u == nil || u.String() != want0URL {
		t.Errorf("URL = %v", u)
	}
	summary, _ := events[3].Props.Text(ical.PropSummary)
	if summary != c.Events[3].Summary {
		t.Errorf("folded summary = %q", summary)
	}
}

const want0URL = "https://workspace.example.org/groups/local-climate-action"

type observance struct {
	onset    time.Time // local wall time in the offset before
	from, to int
}

func parseOffset(t *testing.T, s string) int {
	t.Helper()
	if len(s) != 5 {
		t.Fatalf("offset %q", s)
	}
	h := int(s[1]-'0')*10 + int(s[2]-'0')
	m := int(s[3]-'0')*10 + int(s[4]-'0')
	sec := h*3600 + m*60
	if s[0] == '-' {
		sec = -sec
	}
	return sec
}

func observances(t *testing.T, tz *ical.Component) []observance {
	var out []observance
	for _, o := range tz.Children {
		if o.Name != ical.CompTimezoneStandard && o.Name != ical.CompTimezoneDaylight {
			t.Fatalf("unexpected %s in VTIMEZONE", o.Name)
		}
		onset, err := time.Parse("20060102T150405", o.Props.Get(ical.PropDateTimeStart).Value)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, observance{onset: onset, from: parseOffset(t, o.Props.Get(ical.PropTimezoneOffsetFrom).Value), to: parseOffset(t, o.Props.Get(ical.PropTimezoneOffsetTo).Value)})
	}
	slices.SortFunc(out, func(a, b observance) int { return a.onset.Compare(b.onset) })
	return out
}

// resolve turns a local wall time into an instant with the observances: the last one whose
// onset (as an instant) is not after the time.
func resolve(obs []observance, local time.Time) time.Time {
	off := obs[0].to
	for _, o := range obs {
		onsetUTC := o.onset.Add(-time.Duration(o.from) * time.Second)
		if !local.Add(-time.Duration(o.to) * time.Second).Before(onsetUTC) {
			off = o.to
		}
	}
	return local.Add(-time.Duration(off) * time.Second)
}

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"a,b;c\\d":            `a\,b\;c\\d`,
		"line\r\nnext\nthird": `line\nnext\nthird`,
		"bell\x07":            "bell",
	} {
		if got := escapeText(in); got != want {
			t.Errorf("escapeText(%q) = %q, want %q", in, got, want)
		}
	}
}

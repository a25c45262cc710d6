// Package calendar writes iCalendar (RFC 5545): a meeting's or a summit's .ics and the
// subscription feeds of a person, a city and a working group, with secret tokens.
//
// The writer is this package's own. The Go iCalendar libraries checked
// (github.com/arran4/golang-ical v0.3.4, github.com/emersion/go-ical) serialise a VTIMEZONE
// only from components the caller builds by hand: neither derives STANDARD/DAYLIGHT
// observances from the time zone database, which is the part calendars get wrong (Outlook
// showing events an hour off). Writing the few properties needed ourselves is smaller than
// building those components through a library, and golden files hold the output; the tests
// parse every calendar with go-ical as an independent parser.
package calendar

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// zones caches loaded time zones: time.LoadLocation reads and parses the zone file each call.
var zones sync.Map // name → *time.Location

func loadZone(name string) (*time.Location, error) {
	if l, ok := zones.Load(name); ok {
		return l.(*time.Location), nil
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	zones.Store(name, l)
	return l, nil
}

// ProdID names this writer in every calendar.
const ProdID = "-//B40 Balkan Cities Network//B40 Workspace//EN"

// Event is one VEVENT. A timed event has Start, End and Zone (IANA); an all-day event has
// AllDay set and Start/End as dates (End exclusive, RFC 5545 3.6.1).
type Event struct {
	UID         string
	Sequence    int
	Stamp       time.Time // DTSTAMP: when the event last changed
	Start, End  time.Time
	Zone        string
	AllDay      bool
	Summary     string
	Description string
	Location    string
	URL         string // the event in the app
	OnlineURL   string // the meeting's online link (also in Description and CONFERENCE)
	Cancelled   bool
	Categories  []string
}

// Calendar is a VCALENDAR of events.
type Calendar struct {
	Name   string // X-WR-CALNAME
	Method string // "PUBLISH" for feeds and downloads
	Events []Event
}

// Write writes c as RFC 5545 text: CRLF line ends, lines folded at 75 octets, TEXT escaped,
// one VTIMEZONE per zone used, covering the transitions between the first and last event.
func (c *Calendar) Write(w io.Writer) error {
	lw := &lineWriter{w: w}
	lw.prop("BEGIN", "VCALENDAR")
	lw.prop("VERSION", "2.0")
	lw.prop("PRODID", ProdID)
	lw.prop("CALSCALE", "GREGORIAN")
	if c.Method != "" {
		lw.prop("METHOD", c.Method)
	}
	if c.Name != "" {
		lw.prop("X-WR-CALNAME", escapeText(c.Name))
		lw.prop("NAME", escapeText(c.Name))
	}
	lw.prop("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
	lw.prop("X-PUBLISHED-TTL", "PT1H")
	for _, z := range zonesOf(c.Events) {
		writeTimezone(lw, z.name, z.from, z.to)
	}
	for i := range c.Events {
		writeEvent(lw, &c.Events[i])
	}
	lw.prop("END", "VCALENDAR")
	return lw.err
}

type zoneUse struct {
	name     string
	from, to time.Time
}

// zonesOf lists the zones the timed events use, each with the span of its events, by name.
func zonesOf(evs []Event) []zoneUse {
	byName := map[string]*zoneUse{}
	for _, e := range evs {
		if e.AllDay || e.Zone == "" || e.Zone == "UTC" {
			continue
		}
		z := byName[e.Zone]
		if z == nil {
			z = &zoneUse{name: e.Zone, from: e.Start, to: e.End}
			byName[e.Zone] = z
		}
		if e.Start.Before(z.from) {
			z.from = e.Start
		}
		if e.End.After(z.to) {
			z.to = e.End
		}
	}
	out := make([]zoneUse, 0, len(byName))
	for _, z := range byName {
		out = append(out, *z)
	}
	slices.SortFunc(out, func(a, b zoneUse) int { return strings.Compare(a.name, b.name) })
	return out
}

// writeTimezone writes the VTIMEZONE of name from the time zone database: the observance in
// effect at from, then one observance per transition up to to. Each observance's DTSTART is
// the local time of its onset in the offset before it (RFC 5545 3.6.5).
func writeTimezone(lw *lineWriter, name string, from, to time.Time) {
	loc, err := loadZone(name)
	if err != nil {
		return // zones are checked on input; an unknown one is written as floating UTC below
	}
	lw.prop("BEGIN", "VTIMEZONE")
	lw.prop("TZID", name)
	t := from.In(loc)
	abbr, off := t.Zone()
	start, end := t.ZoneBounds()
	onset := "19700101T000000"
	if !start.IsZero() {
		onset = start.In(time.FixedZone("", off)).Format("20060102T150405")
	}
	writeObservance(lw, t.IsDST(), onset, off, off, abbr)
	for !end.IsZero() && !end.After(to) {
		prevOff := off
		t = end.In(loc)
		abbr, off = t.Zone()
		writeObservance(lw, t.IsDST(), end.In(time.FixedZone("", prevOff)).Format("20060102T150405"), prevOff, off, abbr)
		_, end = t.ZoneBounds()
	}
	lw.prop("END", "VTIMEZONE")
}

func writeObservance(lw *lineWriter, dst bool, onset string, from, to int, abbr string) {
	kind := "STANDARD"
	if dst {
		kind = "DAYLIGHT"
	}
	lw.prop("BEGIN", kind)
	lw.prop("DTSTART", onset)
	lw.prop("TZOFFSETFROM", offset(from))
	lw.prop("TZOFFSETTO", offset(to))
	// Abbreviations such as "+03" are not names: write only real ones.
	if abbr != "" && abbr[0] != '+' && abbr[0] != '-' {
		lw.prop("TZNAME", abbr)
	}
	lw.prop("END", kind)
}

func offset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	return fmt.Sprintf("%c%02d%02d", sign, sec/3600, sec%3600/60)
}

func writeEvent(lw *lineWriter, e *Event) {
	lw.prop("BEGIN", "VEVENT")
	lw.prop("UID", e.UID)
	lw.prop("DTSTAMP", e.Stamp.UTC().Format("20060102T150405Z"))
	switch {
	case e.AllDay:
		lw.prop("DTSTART;VALUE=DATE", e.Start.Format("20060102"))
		lw.prop("DTEND;VALUE=DATE", e.End.Format("20060102"))
	case e.Zone == "" || e.Zone == "UTC":
		lw.prop("DTSTART", e.Start.UTC().Format("20060102T150405Z"))
		lw.prop("DTEND", e.End.UTC().Format("20060102T150405Z"))
	default:
		loc, err := loadZone(e.Zone)
		if err != nil {
			lw.prop("DTSTART", e.Start.UTC().Format("20060102T150405Z"))
			lw.prop("DTEND", e.End.UTC().Format("20060102T150405Z"))
			break
		}
		lw.prop("DTSTART;TZID="+paramValue(e.Zone), e.Start.In(loc).Format("20060102T150405"))
		lw.prop("DTEND;TZID="+paramValue(e.Zone), e.End.In(loc).Format("20060102T150405"))
	}
	lw.prop("SEQUENCE", fmt.Sprint(e.Sequence))
	status := "CONFIRMED"
	if e.Cancelled {
		status = "CANCELLED"
	}
	lw.prop("STATUS", status)
	summary := e.Summary
	if e.Cancelled {
		summary = "Cancelled: " + summary
	}
	lw.prop("SUMMARY", escapeText(summary))
	desc := e.Description
	if e.OnlineURL != "" {
		desc = strings.TrimSpace("Online: " + e.OnlineURL + "\n\n" + desc)
	}
	if e.URL != "" {
		desc = strings.TrimSpace(desc + "\n\n" + e.URL)
	}
	if desc != "" {
		lw.prop("DESCRIPTION", escapeText(desc))
	}
	loc := e.Location
	if loc == "" {
		loc = e.OnlineURL
	}
	if loc != "" {
		lw.prop("LOCATION", escapeText(loc))
	}
	if e.URL != "" {
		lw.prop("URL;VALUE=URI", e.URL)
	}
	if e.OnlineURL != "" {
		// RFC 7986 CONFERENCE: calendars that know it show a join button.
		lw.prop("CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO", e.OnlineURL)
	}
	if len(e.Categories) > 0 {
		cs := make([]string, len(e.Categories))
		for i, c := range e.Categories {
			cs[i] = escapeText(c)
		}
		lw.prop("CATEGORIES", strings.Join(cs, ","))
	}
	lw.prop("TRANSP", "OPAQUE")
	lw.prop("END", "VEVENT")
}

// escapeText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline.
func escapeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case ';':
			b.WriteString(`\;`)
		case ',':
			b.WriteString(`\,`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			if r < 0x20 && r != '\t' {
				continue // control characters are not allowed in TEXT
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// paramValue quotes a parameter value when it holds characters that need it (RFC 5545 3.1).
func paramValue(s string) string {
	if strings.ContainsAny(s, ":;,") {
		return `"` + strings.ReplaceAll(s, `"`, "") + `"`
	}
	return s
}

// lineWriter writes content lines ending in CRLF, folded so that no line is longer than 75
// octets, never inside a UTF-8 sequence (RFC 5545 3.1).
type lineWriter struct {
	w   io.Writer
	err error
	buf []byte
}

func (lw *lineWriter) prop(name, value string) {
	if lw.err != nil {
		return
	}
	line := name + ":" + value
	lw.buf = lw.buf[:0]
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		lw.buf = append(lw.buf, line[:cut]...)
		lw.buf = append(lw.buf, "\r\n "...)
		line = line[cut:]
		limit = 74 // the leading space counts
	}
	lw.buf = append(lw.buf, line...)
	lw.buf = append(lw.buf, "\r\n"...)
	_, lw.err = lw.w.Write(lw.buf)
}

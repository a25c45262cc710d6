// Package seed loads the demo data set (contract "Demo data set"). Only the public facts of
// b40-network-rules.md are presented as facts; what they do not say (mayors, populations, how
// and when most cities joined) is left empty rather than invented, and sample people, content
// and figures say they are samples.
package seed

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/workinggroup"
)

type demoCity struct{ slug, name, localName, country string }

// The named members of public reports (rules page, "Public facts"). Muğla is joining, not a
// member, and so is not here.
var demoCities = []demoCity{
	{"istanbul", "Istanbul", "İstanbul", "TR"},
	{"athens", "Athens", "Αθήνα", "GR"},
	{"thessaloniki", "Thessaloniki", "Θεσσαλονίκη", "GR"},
	{"edirne", "Edirne", "Edirne", "TR"},
	{"constanta", "Constanța", "Constanța", "RO"},
	{"tirana", "Tirana", "Tiranë", "AL"},
	{"belgrade", "Belgrade", "Beograd", "RS"},
	{"dubrovnik", "Dubrovnik", "Dubrovnik", "HR"},
	{"pula", "Pula", "Pula", "HR"},
	{"split", "Split", "Split", "HR"},
	{"kotor", "Kotor", "Kotor", "ME"},
	{"podgorica", "Podgorica", "Podgorica", "ME"},
	{"laktasi", "Laktaši", "Laktaši", "BA"},
	{"bijeljina", "Bijeljina", "Bijeljina", "BA"},
	{"sarajevo", "Sarajevo", "Sarajevo", "BA"},
	{"pristina", "Pristina", "Prishtinë", "XK"},
	{"skopje", "Skopje", "Скопје", "MK"},
}

// DemoSlugs are the slugs of the demo cities, for accounts and tests.
func DemoSlugs() []string {
	out := make([]string, len(demoCities))
	for i, c := range demoCities {
		out[i] = c.slug
	}
	return out
}

type demoSummit struct {
	year             int
	title, motto     string
	startsOn, endsOn string
	venue, host      string
	founding         bool
	delegations      []string // cities whose attendance the public facts establish
}

var demoSummits = []demoSummit{
	{2021, "Istanbul Summit", "Better Future, Better Cooperation", "2021-11-29", "2021-11-30", "Istanbul Congress Center", "istanbul", true, []string{"istanbul"}},
	// Istanbul handed the presidency to Athens here; Tirana was elected for 2024.
	{2023, "Athens Summit", "", "2023-01-22", "2023-01-24", "Technopolis, Athens", "athens", false, []string{"athens", "istanbul"}},
	// Athens handed the presidency to Tirana here.
	{2024, "Tirana Summit", "Building Urban Resilience and Responding to Crises", "2024-01-29", "2024-01-31", "", "tirana", false, []string{"tirana", "athens"}},
}

type demoTerm struct {
	year        int
	city        string
	electedAtYr int // summit year, 0 when not on record
}

// Istanbul's mayor was the founding president (held from the founding summit until the Athens
// Summit): one term, 2022, since R2.4 forbids recording 2021 and 2022 both.
var demoTerms = []demoTerm{{2022, "istanbul", 0}, {2023, "athens", 0}, {2024, "tirana", 2023}}

type demoGroup struct{ slug, en, tr string }

// R4.3: the founding groups, with the Turkish names of the information note.
var demoGroups = []demoGroup{
	{"local-climate-action", "Local climate action", "Yerel iklim eylemi"},
	{"local-democracy-and-migration", "Local democracy and migration", "Yerel demokrasi ve göç"},
	{"smart-cities-and-digital-transformation", "Smart cities and digital transformation", "Akıllı şehirler ve dijital dönüşüm"},
	{"local-economic-cooperation", "Local economic cooperation", "Yerel ekonomik işbirliği"},
}

// structureApproved is when the organisational structure and working principles were approved.
const structureApproved = "2022-02-09T00:00:00Z"

const tiranaMeetingAgenda = "Face-to-face working-group meetings of Local Climate Action and Smart Cities and Digital " +
	"Transformation in Tirana, 21-22 May 2024: 35 participants from 10 cities; Tirana, Istanbul and Pristina " +
	"presented practices on carbon mitigation and adaptation."

// demoLockKey serialises concurrent seeds.
const demoLockKey = 0x6234305f73656564 // "b40_seed"

// Demo loads the demo data set, with every demo account's password set to password; running it
// again changes nothing else.
func Demo(ctx context.Context, d *bun.DB, password string) error {
	return DemoAt(ctx, d, password, time.Now())
}

// DemoAt is Demo as loaded at now: the sample presidency terms and summits reach now's year, so
// the demo has a presidency (and a presidency city admin) on whatever date it is loaded.
func DemoAt(ctx context.Context, d *bun.DB, password string, now time.Time) error {
	return load(ctx, d, password, true, now)
}

// DemoWithoutShowcase is Demo without the sample staff, indicators and membership dates, for
// tests that build those themselves.
func DemoWithoutShowcase(ctx context.Context, d *bun.DB, password string) error {
	return load(ctx, d, password, false, time.Now())
}

func load(ctx context.Context, d *bun.DB, password string, showcase bool, now time.Time) error {
	hash, err := demoHash(ctx, password)
	if err != nil {
		return err
	}
	return d.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", int64(demoLockKey)); err != nil {
			return err
		}
		accounts := func(ctx context.Context, tx bun.Tx) error { return seedAccounts(ctx, tx, hash) }
		steps := []func(context.Context, bun.Tx) error{seedCities, seedNetwork, seedSummits, seedTerms, seedGroups, accounts, seedApplications, seedSamples}
		if showcase {
			samples := func(ctx context.Context, tx bun.Tx) error { return seedSampleYears(ctx, tx, now.Year()) }
			steps = append(steps, seedShowcase, samples)
		}
		for _, step := range steps {
			if err := step(ctx, tx); err != nil {
				return fmt.Errorf("demo seed: %w", err)
			}
		}
		return nil
	})
}

func seedCities(ctx context.Context, tx bun.Tx) error {
	for _, c := range demoCities {
		if _, err := tx.ExecContext(ctx, `INSERT INTO city (slug, name, local_name, country) VALUES (?, ?, ?, ?)
			ON CONFLICT (slug) DO NOTHING`, c.slug, c.name, c.localName, c.country); err != nil {
			return err
		}
	}
	// R6.1: Istanbul attended the founding summit; it is the only city the facts name as founder.
	_, err := tx.ExecContext(ctx, `UPDATE city SET member_since = '2021-11-29', join_route = `+db.Lit(city.JoinFounding)+`
		WHERE slug = 'istanbul' AND join_route IS NULL`)
	return err
}

func seedNetwork(ctx context.Context, tx bun.Tx) error {
	// R3.1: Istanbul Metropolitan Municipality is the permanent secretariat.
	_, err := tx.ExecContext(ctx, `UPDATE network SET secretariat_city_id = (SELECT id FROM city WHERE slug = 'istanbul')
		WHERE secretariat_city_id IS NULL`)
	return err
}

func seedSummits(ctx context.Context, tx bun.Tx) error {
	for _, s := range demoSummits {
		if _, err := tx.ExecContext(ctx, `INSERT INTO summit (year, title, motto, starts_on, ends_on, venue, host_city_id, is_founding)
			SELECT ?, ?, NULLIF(?, ''), ?, ?, NULLIF(?, ''), id, ? FROM city WHERE slug = ?
			ON CONFLICT (year) DO NOTHING`,
			s.year, s.title, s.motto, s.startsOn, s.endsOn, s.venue, s.founding, s.host); err != nil {
			return err
		}
		for _, slug := range s.delegations {
			if _, err := tx.ExecContext(ctx, `INSERT INTO delegation (city_id, summit_id)
				SELECT c.id, s.id FROM city c, summit s WHERE c.slug = ? AND s.year = ?
				ON CONFLICT (city_id, summit_id) DO NOTHING`, slug, s.year); err != nil {
				return err
			}
		}
	}
	return nil
}

func seedTerms(ctx context.Context, tx bun.Tx) error {
	for _, t := range demoTerms {
		if _, err := tx.ExecContext(ctx, `INSERT INTO presidency_term (city_id, year, elected_at_summit_id)
			SELECT c.id, ?, (SELECT id FROM summit WHERE year = ?) FROM city c WHERE c.slug = ?
			ON CONFLICT (year) DO NOTHING`, t.year, t.electedAtYr, t.city); err != nil {
			return err
		}
	}
	return nil
}

func seedGroups(ctx context.Context, tx bun.Tx) error {
	for _, g := range demoGroups {
		name := i18n.New(i18n.Working, g.en)
		name.Translations = append(name.Translations, i18n.Translation{Locale: "tr", Text: g.tr})
		if _, err := tx.ExecContext(ctx, `INSERT INTO working_group (slug, name, description, kind, status, approved_at)
			VALUES (?, ?, ?, `+db.Lit(workinggroup.KindPermanent)+`, `+db.Lit(workinggroup.StatusActive)+`, ?) ON CONFLICT (slug) DO NOTHING`,
			g.slug, name, "One of the founding working groups of the network (R4.3).", structureApproved); err != nil {
			return err
		}
	}
	// The facts give the dates, not the hour: 09:00 in Tirana stands for "that morning".
	startsAt, _ := time.Parse(time.RFC3339, "2024-05-21T09:00:00+02:00")
	for _, slug := range []string{"local-climate-action", "smart-cities-and-digital-transformation"} {
		var meetingID int64
		err := tx.NewRaw(`WITH g AS (SELECT id FROM working_group WHERE slug = ?),
			existing AS (SELECT m.id FROM working_group_meeting m, g WHERE m.working_group_id = g.id AND m.kind = `+db.Lit(workinggroup.MeetingInPerson)+` AND m.starts_at = ?),
			inserted AS (INSERT INTO working_group_meeting (working_group_id, kind, starts_at, location, agenda)
				SELECT g.id, `+db.Lit(workinggroup.MeetingInPerson)+`, ?, 'Tirana', ? FROM g WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)
			SELECT id FROM existing UNION ALL SELECT id FROM inserted`, slug, startsAt, startsAt, tiranaMeetingAgenda).Scan(ctx, &meetingID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO working_group_meeting_attendance (city_id, meeting_id)
			SELECT id, ? FROM city WHERE slug IN ('tirana', 'istanbul', 'pristina') ON CONFLICT DO NOTHING`, meetingID); err != nil {
			return err
		}
	}
	return nil
}

// The demo accounts share one password, so one hash serves them all (hashing is deliberately
// slow); it is kept per password for the life of the process.
var demoHashes sync.Map

func demoHash(ctx context.Context, password string) (string, error) {
	if h, ok := demoHashes.Load(password); ok {
		return h.(string), nil
	}
	h, err := auth.HashPassword(ctx, password)
	if err != nil {
		return "", err
	}
	demoHashes.Store(password, h)
	return h, nil
}

// DefaultPassword is B40_DEMO_PASSWORD's default.
const DefaultPassword = "b40-demo-password"

// DemoEmail is the address of a demo city account: admin@istanbul.b40.demo.
func DemoEmail(kind, slug string) string { return kind + "@" + slug + ".b40.demo" }

var demoCityRoles = []struct {
	kind  string
	role  auth.Role
	label string
}{
	{"admin", auth.RoleCityAdmin, "admin"}, {"editor", auth.RoleCityEditor, "editor"}, {"viewer", auth.RoleCityViewer, "viewer"},
}

// seedAccounts adds the contract's demo accounts; re-running resets their passwords.
func seedAccounts(ctx context.Context, tx bun.Tx, hash string) error {
	network := []auth.Account{
		{Email: "secretariat@b40.demo", Name: "Secretariat (demo account)", Role: auth.RoleSecretariat, PasswordHash: hash},
		{Email: "analyst@b40.demo", Name: "Analyst (demo account)", Role: auth.RoleAnalyst, PasswordHash: hash},
	}
	for _, a := range network {
		if _, err := auth.EnsureAccount(ctx, tx, a); err != nil {
			return err
		}
	}
	for _, c := range demoCities {
		var cityID int64
		if err := tx.NewRaw("SELECT id FROM city WHERE slug = ?", c.slug).Scan(ctx, &cityID); err != nil {
			return err
		}
		for _, r := range demoCityRoles {
			a := auth.Account{Email: DemoEmail(r.kind, c.slug), Name: c.name + " " + r.label + " (demo account)",
				Role: r.role, CityID: &cityID, PasswordHash: hash}
			if _, err := auth.EnsureAccount(ctx, tx, a); err != nil {
				return err
			}
		}
	}
	return nil
}

// seedApplications records Muğla's application: the rules page says Muğla is joining. The contact
// is a sample; the motivation renders the information note's own.
func seedApplications(ctx context.Context, tx bun.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO membership_application (city_name, local_name, country, contact_name, contact_email, motivation)
		SELECT 'Muğla', 'Muğla', 'TR', 'International Relations Branch (sample contact)', 'international@mugla.b40.demo',
			'Membership would strengthen Muğla''s cooperation with the Balkans, the Mediterranean and the Aegean, let us share and apply sustainable urbanism and local-government practice, and support our World City Muğla mission. (Sample application in the demo data.)'
		WHERE NOT EXISTS (SELECT 1 FROM membership_application WHERE city_name = 'Muğla')`)
	return err
}

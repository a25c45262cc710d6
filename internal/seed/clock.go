package seed

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/b40-network/workspace/internal/city"
	"github.com/b40-network/workspace/internal/db"
)

// The public record ends with the 2024 term (Tirana). So that the demo has a presidency, and a
// presidency city admin to sign in as, on any date, it adds a sample term and a sample summit
// for every later year up to the year it is loaded in, each marked as a sample in its text.
// Loading again in a later year adds the years since; a year already on record (a term won in
// an election, a summit the secretariat created) is kept as it is.

// lastYearOnRecord is the last term the public facts give.
const lastYearOnRecord = 2024

// sampleRotation is the order sample terms go round. Split and Sarajevo are left out, so the
// demo's next election can have them as candidates whatever the year (R2.4 forbids a city
// holding the term just before the one elected).
var sampleRotation = []string{"belgrade", "skopje", "podgorica", "thessaloniki", "constanta", "dubrovnik", "edirne", "pula", "bijeljina", "laktasi"}

// sampleMayor marks a sample term: the presiding mayor is not on record.
const sampleMayor = "Mayor (sample term in the demo data)"

// SampleSummitTitle is the title of the sample summit of year.
func SampleSummitTitle(year int) string { return fmt.Sprintf("B40 Summit %d (sample)", year) }

func seedSampleYears(ctx context.Context, tx bun.Tx, until int) error {
	for year := lastYearOnRecord + 1; year <= until; year++ {
		// The rotation's city for the year, or the next one in the rotation that R2.4 allows
		// next to the terms before and after (either may have come from an election).
		start := (year - lastYearOnRecord - 1) % len(sampleRotation)
		if _, err := tx.ExecContext(ctx, `INSERT INTO presidency_term (city_id, year, mayor_name)
			SELECT c.id, ?, ? FROM unnest(?::text[]) WITH ORDINALITY AS r(slug, i) JOIN city c ON c.slug = r.slug
			WHERE c.status = `+db.Lit(city.StatusActive)+` AND NOT EXISTS (SELECT 1 FROM presidency_term t WHERE t.city_id = c.id AND t.year BETWEEN ? AND ?)
			ORDER BY (r.i - 1 - ? + ?) % ? LIMIT 1
			ON CONFLICT (year) DO NOTHING`,
			year, sampleMayor, pgdialect.Array(sampleRotation), year-1, year+1, start, len(sampleRotation), len(sampleRotation)); err != nil {
			return fmt.Errorf("sample term %d: %w", year, err)
		}
		// R2.5: the year's presiding city hosts its summit; the host and one more city attend.
		if _, err := tx.ExecContext(ctx, `INSERT INTO summit (year, title, starts_on, ends_on, venue, host_city_id)
			SELECT ?, ?, make_date(?, 1, 27), make_date(?, 1, 29), 'Sample venue', t.city_id FROM presidency_term t WHERE t.year = ?
			ON CONFLICT (year) DO NOTHING`, year, SampleSummitTitle(year), year, year, year); err != nil {
			return fmt.Errorf("sample summit %d: %w", year, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO delegation (city_id, summit_id, head_name, head_position, members)
			SELECT c.id, s.id, 'Head of delegation (sample person)', 'Mayor', '[{"name": "International relations adviser (sample person)", "position": "Adviser"}]'
			FROM summit s JOIN city c ON c.id = s.host_city_id OR c.slug = 'istanbul'
			WHERE s.year = ? AND s.title = ?
			ON CONFLICT (city_id, summit_id) DO NOTHING`, year, SampleSummitTitle(year)); err != nil {
			return fmt.Errorf("sample delegations %d: %w", year, err)
		}
	}
	return nil
}

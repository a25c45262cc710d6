package db_test

import (
	"context"
	"strings"
	"testing"

	"github.com/b40-network/workspace/internal/testdb"
)

// The statute rules PostgreSQL can hold are constraints, so no code path can break them.
func TestStatuteConstraints(t *testing.T) {
	t.Parallel()
	d := testdb.New(t)
	ctx := context.Background()
	mustExec := func(sql string) {
		t.Helper()
		if _, err := d.ExecContext(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	mustExec(`INSERT INTO city (slug, name, country) VALUES ('istanbul', 'Istanbul', 'TR'), ('athens', 'Athens', 'GR'), ('tirana', 'Tirana', 'AL')`)
	mustExec(`INSERT INTO summit (year, title, starts_on, ends_on, host_city_id, is_founding)
		VALUES (2021, 'Istanbul Summit', '2021-11-29', '2021-11-30', (SELECT id FROM city WHERE slug = 'istanbul'), true)`)
	mustExec(`INSERT INTO presidency_term (city_id, year) VALUES ((SELECT id FROM city WHERE slug = 'istanbul'), 2022)`)
	mustExec(`INSERT INTO presidency_term (city_id, year) VALUES ((SELECT id FROM city WHERE slug = 'istanbul'), 2024)`)

	cases := []struct{ rule, sql, wantErr string }{
		{"R2.4 no consecutive terms (after)", `INSERT INTO presidency_term (city_id, year) VALUES ((SELECT id FROM city WHERE slug = 'istanbul'), 2023)`, "presidency_term_no_consecutive"},
		{"R2.4 no consecutive terms (before)", `INSERT INTO presidency_term (city_id, year) VALUES ((SELECT id FROM city WHERE slug = 'istanbul'), 2021)`, "presidency_term_no_consecutive"},
		{"R2.1 one term a year", `INSERT INTO presidency_term (city_id, year) VALUES ((SELECT id FROM city WHERE slug = 'athens'), 2022)`, "presidency_term_one_per_year"},
		{"R2.2 one summit a year", `INSERT INTO summit (year, title, starts_on, ends_on, host_city_id) VALUES (2021, 'Again', '2021-12-01', '2021-12-02', (SELECT id FROM city WHERE slug = 'athens'))`, "summit_year_key"},
		{"summit year is its opening year", `INSERT INTO summit (year, title, starts_on, ends_on, host_city_id) VALUES (2025, 'Off', '2026-01-01', '2026-01-02', (SELECT id FROM city WHERE slug = 'athens'))`, "summit_check"},
		{"one founding summit", `INSERT INTO summit (year, title, starts_on, ends_on, host_city_id, is_founding) VALUES (2023, 'Second founding', '2023-01-22', '2023-01-24', (SELECT id FROM city WHERE slug = 'athens'), true)`, "summit_one_founding_idx"},
		{"valid country code", `INSERT INTO city (slug, name, country) VALUES ('atlantis', 'Atlantis', 'ZZ')`, "city_country_fkey"},
		{"R3.3 one network secretary", `INSERT INTO secretariat_staff (name, position, english_level) VALUES ('A', 'NETWORK_SECRETARY', 'C1'), ('B', 'NETWORK_SECRETARY', 'C2')`, "secretariat_one_secretary_idx"},
		{"one delegation per city and summit", `INSERT INTO delegation (city_id, summit_id) SELECT id, (SELECT id FROM summit) FROM city WHERE slug = 'athens' UNION ALL SELECT id, (SELECT id FROM summit) FROM city WHERE slug = 'athens'`, "delegation_city_id_summit_id_key"},
		{"temporary groups end", `INSERT INTO working_group (slug, name, kind) VALUES ('t', '{"locale":"en","translations":[]}', 'TEMPORARY')`, "working_group_check"},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			_, err := d.ExecContext(ctx, c.sql)
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("got %v, want a violation of %s", err, c.wantErr)
			}
		})
	}
	// Kosovo's XK is a valid code (contract C8).
	mustExec(`INSERT INTO city (slug, name, country) VALUES ('pristina', 'Pristina', 'XK')`)
	// A non-consecutive second term is allowed (2022 and 2024 above).
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/seed"
)

// The bare-Go floor: what the same reads cost with nothing in between. A small HTTP handler
// runs each scenario's SQL through pgx, as the request login role, inside the same RLS scope as
// the server's requests (role b40_app, the scenario's viewer: the anonymous public unless it signs
// in), in one pipelined round trip
// (BEGIN READ ONLY, the scope, the reads, COMMIT), and answers JSON.

// floorRead is a scenario's floor: its reads, as which account ("" the anonymous public).
type floorRead struct {
	as    string
	reads []string
}

// The app scenarios' floors read what the operation returns, in the order and pages the
// server reads it, written by hand: each list with its page (first + 1 rows) and its count.
const (
	floorCity500  = `(SELECT id FROM city WHERE slug = 'synthetic-city-500')`
	floorCity1    = `(SELECT id FROM city WHERE slug = '` + seed.SyntheticSlug + `')`
	floorPractice = `(SELECT city_id, id FROM practice WHERE city_id = ` + floorCity500 + ` ORDER BY coalesce(published_at, created_at) DESC, id DESC LIMIT 1)`
)

// floorSQL are the floor's reads per scenario: the same data the GraphQL query returns.
var floorSQL = map[string]floorRead{
	"a_CityById": {reads: []string{`SELECT name, slug, country, population, status FROM city WHERE id = 500`}},
	"b_CitiesWithPractices": {reads: []string{
		`SELECT id, name FROM city ORDER BY name, id LIMIT 21`,
		`SELECT city_id, title FROM (SELECT city_id, title, row_number() OVER (PARTITION BY city_id ORDER BY coalesce(published_at, created_at) DESC, id DESC) rn
		 FROM practice WHERE city_id IN (SELECT id FROM city ORDER BY name, id LIMIT 20)) x WHERE rn <= 11`,
	}},
	// The page, its cities and the count of every match in one statement, as the server reads
	// a search with no other filter (the cities in a second).
	"f_PracticesSearch": {reads: []string{
		`SELECT pt.city_id, pt.id, pt.title, pt.summary, pt.visibility, c.name, c.slug, s.search_total FROM
		 (SELECT *, count(*) OVER () AS search_total FROM b40_practice_search(lower(b40_unaccent('` + searchWord + `')), true) ORDER BY rank DESC, city_id DESC, id DESC) s
		 JOIN practice pt ON pt.city_id = s.city_id AND pt.id = s.id JOIN city c ON c.id = pt.city_id
		 ORDER BY s.rank DESC, pt.city_id DESC, pt.id DESC LIMIT 51`,
	}},
	"g_CityPage": {reads: []string{
		`SELECT id, country, local_name, mayor_name, member_since, join_route, name, population, slug, status, website FROM city WHERE id = ` + floorCity500,
		`SELECT pt.city_id, pt.id, pt.title, pt.summary, pt.visibility, c.name, c.slug FROM practice pt JOIN city c ON c.id = pt.city_id WHERE pt.city_id = ` + floorCity500 + `
		 ORDER BY coalesce(pt.published_at, pt.created_at) DESC, pt.id DESC LIMIT 51`,
		`SELECT count(*) FROM practice WHERE city_id = ` + floorCity500,
		`SELECT id, year FROM presidency_term WHERE city_id = ` + floorCity500 + ` ORDER BY year`,
		`SELECT g.id, g.kind, g.name, g.slug, g.status FROM working_group g JOIN working_group_member m ON m.working_group_id = g.id WHERE m.city_id = ` + floorCity500 + ` ORDER BY g.id`,
	}},
	"h_Practice": {reads: []string{
		`SELECT pt.id, pt.body, pt.contact, pt.links, pt.published_at, pt.results, pt.status, pt.summary, pt.title, pt.visibility, c.id, c.name, c.slug
		 FROM practice pt JOIN city c ON c.id = pt.city_id WHERE (pt.city_id, pt.id) = ` + floorPractice,
		`SELECT im.id, im.progress, im.status, c.id, c.name, c.slug FROM implementation im JOIN city c ON c.id = im.city_id
		 WHERE (im.source_practice_city_id, im.source_practice_id) = ` + floorPractice + ` ORDER BY im.city_id, im.id`,
	}},
	"i_Workspace": {as: seed.DemoEmail("editor", seed.SyntheticSlug), reads: []string{
		`SELECT city_id, id, body, status, summary, title, version, visibility FROM practice WHERE city_id = ` + floorCity1 + `
		 ORDER BY coalesce(published_at, created_at) DESC, id DESC LIMIT 101`,
	}},
	"j_Home": {as: seed.DemoEmail("admin", seed.SyntheticSlug), reads: []string{
		`SELECT im.city_id, im.id, im.status, im.updated_at, c.name, r.title, p.title FROM implementation im JOIN city c ON c.id = im.city_id
		 LEFT JOIN recommendation r ON r.id = im.recommendation_id LEFT JOIN practice p ON p.city_id = im.source_practice_city_id AND p.id = im.source_practice_id
		 WHERE im.city_id = ` + floorCity1 + ` AND im.status IN ('PLANNED', 'IN_PROGRESS') AND im.updated_at <= now() - interval '90 days'
		 ORDER BY im.updated_at DESC, im.city_id DESC, im.id DESC LIMIT 21`,
		`SELECT count(*) FROM implementation WHERE city_id = ` + floorCity1 + ` AND status IN ('PLANNED', 'IN_PROGRESS') AND updated_at <= now() - interval '90 days'`,
		`SELECT pt.city_id, pt.id, pt.title, c.name FROM practice pt JOIN city c ON c.id = pt.city_id WHERE pt.city_id = ` + floorCity1 + ` AND pt.status = 'DRAFT'
		 ORDER BY coalesce(pt.published_at, pt.created_at) DESC, pt.id DESC LIMIT 21`,
		`SELECT count(*) FROM practice WHERE city_id = ` + floorCity1 + ` AND status = 'DRAFT'`,
		`SELECT p.city_id, p.id, p.title, c.name FROM proposal p JOIN city c ON c.id = p.city_id WHERE p.city_id = ` + floorCity1 + ` AND p.status = 'DRAFT'
		 ORDER BY p.created_at DESC, p.city_id DESC, p.id DESC LIMIT 21`,
		`SELECT count(*) FROM proposal WHERE city_id = ` + floorCity1 + ` AND status = 'DRAFT'`,
		`SELECT p.city_id, p.id, p.status, p.submitted_at, p.title, c.name FROM proposal p JOIN city c ON c.id = p.city_id
		 WHERE p.city_id = ` + floorCity1 + ` AND p.status IN ('SUBMITTED', 'UNDER_REVIEW') ORDER BY p.created_at DESC, p.city_id DESC, p.id DESC LIMIT 21`,
		`SELECT count(*) FROM proposal WHERE city_id = ` + floorCity1 + ` AND status IN ('SUBMITTED', 'UNDER_REVIEW')`,
		`SELECT count(*) FROM city WHERE status = 'ACTIVE'`,
		`SELECT s.id, s.title, s.year, e.id, e.status, e.term_year, (SELECT count(*) FROM b40_election_voters(e.id, e.round)) AS votes_cast
		 FROM summit s LEFT JOIN presidency_election e ON e.summit_id = s.id ORDER BY s.year DESC LIMIT 4`,
	}},
}

// floorScopeSQL is the scope of the server's requests (internal/db/scope.go) for a viewer.
func floorScopeSQL(userID int64, cities, editor, admin, networkRole string) string {
	return fmt.Sprintf(`SELECT set_config('b40.user_id', '%d', true), set_config('b40.city_ids', '%s', true),
	set_config('b40.editor_city_ids', '%s', true), set_config('b40.admin_city_ids', '%s', true),
	set_config('b40.network_role', '%s', true), set_config('b40.presidency', '', true),
	set_config('role', 'b40_app', true), set_config('statement_timeout', '5s', true)`, userID, cities, editor, admin, networkRole)
}

// floorScope is the anonymous public's scope.
var floorScope = floorScopeSQL(0, "{}", "{}", "{}", "")

// accountScope reads an account's scope as the owner: its memberships and network role.
func accountScope(ctx context.Context, admin *bun.DB, email string) (string, error) {
	var s struct {
		ID                    int64
		Cities, Editor, Admin string
		Role                  string
	}
	err := admin.NewRaw(`SELECT u.id, coalesce(u.network_role, '') AS role,
		coalesce(array_agg(m.city_id ORDER BY m.city_id) FILTER (WHERE m.city_id IS NOT NULL), '{}')::text AS cities,
		coalesce(array_agg(m.city_id ORDER BY m.city_id) FILTER (WHERE m.role IN ('CITY_ADMIN', 'CITY_EDITOR')), '{}')::text AS editor,
		coalesce(array_agg(m.city_id ORDER BY m.city_id) FILTER (WHERE m.role = 'CITY_ADMIN'), '{}')::text AS admin
		FROM app_user u LEFT JOIN city_membership m ON m.user_id = u.id WHERE u.email = ? GROUP BY u.id`, email).Scan(ctx, &s)
	if err != nil {
		return "", fmt.Errorf("floor: the scope of %s: %w", email, err)
	}
	return floorScopeSQL(s.ID, s.Cities, s.Editor, s.Admin, s.Role), nil
}

// startFloor serves the floor on a loopback port, connected as the database's request login role.
func startFloor(ctx context.Context, adminURL string) (base string, stop func(), err error) {
	admin, err := db.Open(ctx, adminURL, db.Options{MaxOpenConns: 1})
	if err != nil {
		return "", nil, err
	}
	role, _, err := db.RequestRole(ctx, admin)
	var password string
	if err == nil {
		err = admin.NewRaw("SELECT value FROM b40_private.secret WHERE name = 'request_role_password'").Scan(ctx, &password)
	}
	scopes := map[string]string{}
	for name, f := range floorSQL {
		if err != nil {
			break
		}
		if !slices.ContainsFunc(scenarios, func(s scenario) bool { return s.name == name }) {
			continue // not run (-only)
		}
		scopes[name] = floorScope
		if f.as != "" {
			scopes[name], err = accountScope(ctx, admin, f.as)
		}
	}
	_ = admin.Close()
	if err != nil {
		return "", nil, fmt.Errorf("floor: the request role (start the server first): %w", err)
	}
	u, _ := url.Parse(adminURL)
	u.User = url.UserPassword(role, password)
	cfg, err := pgxpool.ParseConfig(u.String())
	if err != nil {
		return "", nil, err
	}
	cfg.MaxConns = 20
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return "", nil, err
	}
	mux := http.NewServeMux()
	for name, f := range floorSQL {
		reads, scope := f.reads, scopes[name]
		if scope == "" {
			continue
		}
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
			batch := &pgx.Batch{}
			batch.Queue("BEGIN READ ONLY")
			batch.Queue(scope)
			for _, q := range reads {
				batch.Queue(q)
			}
			batch.Queue("COMMIT")
			res := pool.SendBatch(r.Context(), batch)
			defer res.Close()
			out := map[string]any{}
			for i := 0; i < 2; i++ {
				if _, err := res.Exec(); err != nil {
					http.Error(w, err.Error(), 500)
					return
				}
			}
			for i := range reads {
				rows, err := res.Query()
				if err != nil {
					http.Error(w, err.Error(), 500)
					return
				}
				vals, err := pgx.CollectRows(rows, pgx.RowToMap)
				if err != nil {
					http.Error(w, err.Error(), 500)
					return
				}
				out[fmt.Sprint(i)] = vals
			}
			if _, err := res.Exec(); err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(map[string]any{"data": out})
		})
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		pool.Close()
		return "", nil, err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = srv.Close(); pool.Close() }, nil
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/b40-network/workspace/internal/db"
)

// The bare-Go floor: what the same reads cost with nothing in between. A small HTTP handler
// runs each scenario's SQL through pgx, as the request login role, inside the same RLS scope as
// the server's anonymous requests (role b40_app, empty viewer), in one pipelined round trip
// (BEGIN READ ONLY, the scope, the reads, COMMIT), and answers JSON.

// floorSQL are the floor's reads per scenario: the same data the GraphQL query returns.
var floorSQL = map[string][]string{
	"a_CityById": {`SELECT name, slug, country, population, status FROM city WHERE id = 500`},
	"b_CitiesWithPractices": {
		`SELECT id, name FROM city ORDER BY name, id LIMIT 21`,
		`SELECT city_id, title FROM (SELECT city_id, title, row_number() OVER (PARTITION BY city_id ORDER BY coalesce(published_at, created_at) DESC, id DESC) rn
		 FROM practice WHERE city_id IN (SELECT id FROM city ORDER BY name, id LIMIT 20)) x WHERE rn <= 11`,
	},
}

const floorScope = `SELECT set_config('b40.user_id', '0', true), set_config('b40.city_ids', '{}', true),
	set_config('b40.editor_city_ids', '{}', true), set_config('b40.admin_city_ids', '{}', true),
	set_config('b40.network_role', '', true), set_config('b40.presidency', '', true),
	set_config('role', 'b40_app', true), set_config('statement_timeout', '5s', true)`

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
	for name, reads := range floorSQL {
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
			batch := &pgx.Batch{}
			batch.Queue("BEGIN READ ONLY")
			batch.Queue(floorScope)
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

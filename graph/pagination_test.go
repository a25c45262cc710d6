package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
)

type cityPage struct {
	Cities struct {
		TotalCount int
		Edges      []struct {
			Cursor string
			Node   struct{ Slug, Name string }
		}
		PageInfo struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		}
	}
}

const citiesQuery = `query($first: Int, $after: String, $last: Int, $before: String, $order: CityOrder, $filter: CityFilter) {
	cities(first: $first, after: $after, last: $last, before: $before, orderBy: $order, filter: $filter) {
		totalCount edges { cursor node { slug name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`

func slugs(p cityPage) []string {
	var out []string
	for _, e := range p.Cities.Edges {
		out = append(out, e.Node.Slug)
	}
	return out
}

func TestCitiesPaginateForwardAndBackward(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})

	var forward []string
	vars := map[string]any{"first": 5}
	for pages := 0; ; pages++ {
		var p cityPage
		api.MustQuery(&p, citiesQuery, vars)
		if p.Cities.TotalCount != 17 {
			t.Fatalf("totalCount = %d", p.Cities.TotalCount)
		}
		if p.Cities.PageInfo.HasPreviousPage != (pages > 0) {
			t.Errorf("page %d hasPreviousPage = %v", pages, p.Cities.PageInfo.HasPreviousPage)
		}
		forward = append(forward, slugs(p)...)
		if !p.Cities.PageInfo.HasNextPage {
			break
		}
		vars = map[string]any{"first": 5, "after": *p.Cities.PageInfo.EndCursor}
	}
	if len(forward) != 17 {
		t.Fatalf("forward pages gave %d cities: %v", len(forward), forward)
	}

	var backward []string
	vars = map[string]any{"last": 4}
	for {
		var p cityPage
		api.MustQuery(&p, citiesQuery, vars)
		backward = append(slugs(p), backward...)
		if !p.Cities.PageInfo.HasPreviousPage {
			break
		}
		vars = map[string]any{"last": 4, "before": *p.Cities.PageInfo.StartCursor}
	}
	if !slices.Equal(forward, backward) {
		t.Fatalf("backward %v != forward %v", backward, forward)
	}

	// Sorted by name, ties by id: compare with the names.
	var all cityPage
	api.MustQuery(&all, citiesQuery, map[string]any{"first": 100})
	names := make([]string, 0, 17)
	for _, e := range all.Cities.Edges {
		names = append(names, e.Node.Name)
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("not sorted by name: %v", names)
	}
}

// Keyset pagination: rows inserted before the cursor do not shift the next page.
func TestCitiesPaginationIsStableUnderInserts(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var p1, p2, p2again cityPage
	api.MustQuery(&p1, citiesQuery, map[string]any{"first": 5})
	api.MustQuery(&p2, citiesQuery, map[string]any{"first": 5, "after": *p1.Cities.PageInfo.EndCursor})
	for i := 0; i < 3; i++ {
		if _, err := api.DB.ExecContext(context.Background(),
			"INSERT INTO city (slug, name, country) VALUES (?, ?, 'RS')", fmt.Sprintf("aaa-%d", i), fmt.Sprintf("Aaa %d", i)); err != nil {
			t.Fatal(err)
		}
	}
	api.MustQuery(&p2again, citiesQuery, map[string]any{"first": 5, "after": *p1.Cities.PageInfo.EndCursor})
	if !slices.Equal(slugs(p2), slugs(p2again)) {
		t.Errorf("page 2 moved after inserts: %v then %v", slugs(p2), slugs(p2again))
	}
}

func TestCitiesFilterAndOrder(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	cases := []struct {
		name string
		vars map[string]any
		want []string
	}{
		{"country", map[string]any{"filter": map[string]any{"countries": []string{"HR"}}}, []string{"dubrovnik", "pula", "split"}},
		{"search accent-free slug", map[string]any{"filter": map[string]any{"search": "laktasi"}}, []string{"laktasi"}},
		{"search local name", map[string]any{"filter": map[string]any{"search": "Tiranë"}}, []string{"tirana"}},
		{"like metacharacters are literal", map[string]any{"filter": map[string]any{"search": "%"}}, nil},
		{"join route", map[string]any{"filter": map[string]any{"joinRoutes": []string{"FOUNDING"}}}, []string{"istanbul"}},
		{"member since range", map[string]any{"filter": map[string]any{"memberSinceFrom": "2021-01-01", "memberSinceTo": "2021-12-31"}}, []string{"istanbul"}},
		{"country desc", map[string]any{"first": 3, "order": map[string]any{"field": "COUNTRY", "direction": "DESC"}}, []string{"pristina", "istanbul", "edirne"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var p cityPage
			api.MustQuery(&p, citiesQuery, c.vars)
			if !slices.Equal(slugs(p), c.want) {
				t.Errorf("got %v, want %v", slugs(p), c.want)
			}
			if c.vars["first"] == nil && p.Cities.TotalCount != len(c.want) {
				t.Errorf("totalCount %d, want %d", p.Cities.TotalCount, len(c.want))
			}
		})
	}

	// Paging through a descending order with ties on country.
	var got []string
	vars := map[string]any{"first": 4, "order": map[string]any{"field": "COUNTRY", "direction": "DESC"}}
	for {
		var p cityPage
		api.MustQuery(&p, citiesQuery, vars)
		got = append(got, slugs(p)...)
		if !p.Cities.PageInfo.HasNextPage {
			break
		}
		vars["after"] = *p.Cities.PageInfo.EndCursor
	}
	var all cityPage
	api.MustQuery(&all, citiesQuery, map[string]any{"first": 100, "order": map[string]any{"field": "COUNTRY", "direction": "DESC"}})
	if !slices.Equal(got, slugs(all)) {
		t.Errorf("paged %v != whole %v", got, slugs(all))
	}
}

func TestConnectionArgumentsAreValidated(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	var p cityPage
	api.MustQuery(&p, citiesQuery, map[string]any{"first": 2})
	cursor := *p.Cities.PageInfo.EndCursor
	cases := []struct {
		name string
		vars map[string]any
	}{
		{"first zero", map[string]any{"first": 0}},
		{"first too big", map[string]any{"first": 101}},
		{"negative last", map[string]any{"last": -1}},
		{"first and last", map[string]any{"first": 1, "last": 1}},
		{"garbage cursor", map[string]any{"after": "not-a-cursor"}},
		{"tampered cursor", map[string]any{"after": "WyJBdGhlbnMiLCJ4Il0"}}, // ["Athens","x"]: id not a number
		{"cursor of another order", map[string]any{"after": cursor, "order": map[string]any{"field": "COUNTRY"}}},
		{"bad country code", map[string]any{"filter": map[string]any{"countries": []string{"tr"}}}},
		{"bad city id", map[string]any{"filter": map[string]any{"cityIds": []string{"Q2l0eTp4"}}}},
		{"bad date", map[string]any{"filter": map[string]any{"memberSinceFrom": "2021-13-01"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := api.Query(citiesQuery, c.vars)
			if r.ErrorCode() != "INVALID_INPUT" {
				t.Errorf("got %s: %s", r.ErrorCode(), r.Body)
			}
		})
	}
	r := api.Query(citiesQuery, map[string]any{"first": 100})
	if len(r.Errors) != 0 {
		t.Errorf("first: 100 refused: %s", r.Body)
	}
}

// Cursor values travel as real placeholders (their text cast to the key's type): walking every
// page forward, backward and between two cursors, over a timestamp key with ties broken by ids,
// gives the whole list in order, four walkers at once.
func TestPagesByTimestampCursorsWalkTheWholeList(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	if _, err := api.DB.ExecContext(t.Context(), `INSERT INTO practice (city_id, title, body, visibility, status, published_at)
		SELECT c.id, 'practice ' || c.slug || ' ' || n, '{"locale":"en","translations":[{"locale":"en","text":"x","machine":false}]}',
			'PUBLIC', 'PUBLISHED', timestamptz '2026-01-01 10:00:00.123456+00' + (n % 3) * interval '1 second'
		FROM city c, generate_series(1, 4) n`); err != nil {
		t.Fatal(err)
	}
	type pg struct {
		Practices struct {
			Edges []struct {
				Node struct{ Title string }
			}
			PageInfo struct {
				HasNextPage, HasPreviousPage bool
				StartCursor, EndCursor       *string
			}
		}
	}
	const q = `query($first: Int, $after: String, $last: Int, $before: String) {
		practices(first: $first, after: $after, last: $last, before: $before, orderBy: {field: PUBLISHED_AT}) {
			edges { node { title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`
	titles := func(p pg) (out []string) {
		for _, e := range p.Practices.Edges {
			out = append(out, e.Node.Title)
		}
		return out
	}
	var all pg
	api.MustQuery(&all, q, map[string]any{"first": 100})
	want := titles(all)
	if len(want) < 40 {
		t.Fatalf("only %d practices", len(want))
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var forward, backward []string
			var cursors []string
			vars := map[string]any{"first": 3}
			for {
				var p pg
				api.MustQuery(&p, q, vars)
				forward = append(forward, titles(p)...)
				cursors = append(cursors, *p.Practices.PageInfo.EndCursor)
				if !p.Practices.PageInfo.HasNextPage {
					break
				}
				vars = map[string]any{"first": 3, "after": *p.Practices.PageInfo.EndCursor}
			}
			vars = map[string]any{"last": 4}
			for {
				var p pg
				api.MustQuery(&p, q, vars)
				backward = append(titles(p), backward...)
				if !p.Practices.PageInfo.HasPreviousPage {
					break
				}
				vars = map[string]any{"last": 4, "before": *p.Practices.PageInfo.StartCursor}
			}
			if !slices.Equal(forward, want) || !slices.Equal(backward, want) {
				t.Errorf("pages do not give the list:\nforward  %v\nbackward %v\nwant     %v", forward, backward, want)
			}
			// Between the first page's end and the fourth's: pages two and three.
			var p pg
			api.MustQuery(&p, q, map[string]any{"first": 100, "after": cursors[0], "before": cursors[3]})
			if got := titles(p); !slices.Equal(got, want[3:11]) {
				t.Errorf("between two cursors: %v, want %v", got, want[3:11])
			}
		})
	}
	wg.Wait()
}

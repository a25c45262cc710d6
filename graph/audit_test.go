package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/seed"
)

const auditQuery = `query($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount edges { node {
	id action entityType entityId city { slug } actor { email } changes requestId } } } }`

type auditOut struct {
	AuditEvents struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				Action, EntityType string
				EntityID           *string
				City               *struct{ Slug string }
				Actor              *struct{ Email string }
				Changes            map[string]any
				RequestID          string
			}
		}
	}
}

// Each successful mutation writes exactly one event in its own transaction; a refused one
// writes none.
func TestEverySuccessfulMutationWritesOneAuditEvent(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	admin := api.Login(seed.DemoEmail("admin", "athens"))
	athens := apitest.ID("City", api.CityID("athens"))
	countFor := func(requestID string) int {
		var n int
		if err := api.DB.NewRaw("SELECT count(*) FROM audit_event WHERE request_id = ?", requestID).Scan(context.Background(), &n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	mutations := []struct {
		query string
		vars  map[string]any
		ok    bool
	}{
		{inviteMutation, map[string]any{"e": "a1@athens.example", "r": "CITY_VIEWER", "c": athens}, true},
		{inviteMutation, map[string]any{"e": seed.DemoEmail("viewer", "athens"), "r": "CITY_VIEWER", "c": athens}, false}, // DUPLICATE
		{setRole, map[string]any{"u": apitest.ID("User", api.UserID(seed.DemoEmail("viewer", "athens"))), "r": "CITY_EDITOR", "c": athens}, true},
		{setRole, map[string]any{"u": apitest.ID("User", api.UserID(seed.DemoEmail("admin", "athens"))), "r": "CITY_VIEWER", "c": athens}, false}, // last admin
		{`mutation { logout(input: {}) { ok } }`, nil, true},
	}
	for i, m := range mutations {
		rid := fmt.Sprintf("audit-test-%d", i)
		h := apitest.Bearer(admin)
		h["X-Request-Id"] = rid
		api.Query(m.query, m.vars, h)
		want := 0
		if m.ok {
			want = 1
		}
		if got := countFor(rid); got != want {
			t.Errorf("mutation %d wrote %d events, want %d", i, got, want)
		}
	}
	// Reads are not audited.
	h := apitest.Bearer(api.Login("secretariat@b40.demo"))
	h["X-Request-Id"] = "audit-test-read"
	api.Query(`{ viewer { user { email } } cities { totalCount } }`, nil, h)
	if got := countFor("audit-test-read"); got != 0 {
		t.Errorf("a read wrote %d events", got)
	}
}

func TestAuditEventsAreVisibleToTheSecretariatAndOwnCityAdmins(t *testing.T) {
	t.Parallel()
	api := apitest.New(t, apitest.Options{})
	athensAdmin := api.Login(seed.DemoEmail("admin", "athens"))
	kotorAdmin := api.Login(seed.DemoEmail("admin", "kotor"))
	sec := api.Login("secretariat@b40.demo")
	api.As(athensAdmin, inviteMutation, map[string]any{"e": "a@athens.example", "r": "CITY_VIEWER", "c": apitest.ID("City", api.CityID("athens"))})
	api.As(kotorAdmin, inviteMutation, map[string]any{"e": "k@kotor.example", "r": "CITY_VIEWER", "c": apitest.ID("City", api.CityID("kotor"))})
	api.As(sec, inviteMutation, map[string]any{"e": "n@b40.example", "r": "ANALYST"})

	var all auditOut
	api.As(sec, auditQuery, nil).Decode(t, &all)
	actions := map[string]int{}
	for _, e := range all.AuditEvents.Edges {
		actions[e.Node.Action]++
	}
	if actions["inviteUser"] != 3 || actions["login"] != 3 {
		t.Errorf("secretariat sees %v", actions)
	}

	var athens auditOut
	api.As(athensAdmin, auditQuery, nil).Decode(t, &athens)
	if athens.AuditEvents.TotalCount != 1 || athens.AuditEvents.Edges[0].Node.City.Slug != "athens" ||
		athens.AuditEvents.Edges[0].Node.Actor.Email != seed.DemoEmail("admin", "athens") ||
		athens.AuditEvents.Edges[0].Node.Changes["email"] != "a@athens.example" {
		t.Errorf("athens admin sees %+v", athens.AuditEvents)
	}
	// Asking for another city's events narrows to nothing, never to "no filter".
	api.As(athensAdmin, auditQuery, map[string]any{"f": map[string]any{"cityIds": []string{apitest.ID("City", api.CityID("kotor"))}}}).Decode(t, &athens)
	if athens.AuditEvents.TotalCount != 0 {
		t.Errorf("athens admin read kotor's events: %+v", athens.AuditEvents)
	}
	if r := api.As(api.Login(seed.DemoEmail("editor", "athens")), auditQuery, nil); r.ErrorCode() != "FORBIDDEN" {
		t.Errorf("editor: %s", r.Body)
	}
	if r := api.As(api.Login("analyst@b40.demo"), auditQuery, nil); r.ErrorCode() != "FORBIDDEN" {
		t.Errorf("analyst: %s", r.Body)
	}
	if r := api.Query(auditQuery, nil); r.ErrorCode() != "UNAUTHENTICATED" {
		t.Errorf("anonymous: %s", r.Body)
	}
}

package db

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/uptrace/bun"
)

// AppRole is the role every request's transaction switches to. It owns nothing and cannot
// bypass row-level security, so RLS holds even when DATABASE_URL names a superuser.
const AppRole = "b40_app"

// StatementTimeout bounds any one statement a request runs.
const StatementTimeout = "5s"

// Scope is what row-level security policies know of the caller. The zero Scope is the
// anonymous public: it sees public rows only.
type Scope struct {
	UserID int64
	// CityIDs are the cities where the caller has any role; EditorCityIDs where it may write;
	// AdminCityIDs where it manages people.
	CityIDs       []int64
	EditorCityIDs []int64
	AdminCityIDs  []int64
	NetworkRole   string
	// Secretariat: the caller acts for the permanent secretariat (NetworkRole SECRETARIAT, told
	// by auth, which owns the roles).
	Secretariat bool
	// Presidency: the caller acts for the current presidency (R3.2, R4.5, R5.1).
	Presidency bool
}

// IsPublic reports whether s is the anonymous public's scope (the zero Scope).
func (s Scope) IsPublic() bool {
	return s.UserID == 0 && len(s.CityIDs) == 0 && len(s.EditorCityIDs) == 0 && len(s.AdminCityIDs) == 0 &&
		s.NetworkRole == "" && !s.Presidency
}

type scopeKey struct{}

// NewContext returns ctx carrying the caller's scope.
func NewContext(ctx context.Context, s Scope) context.Context {
	return context.WithValue(ctx, scopeKey{}, s)
}

// FromContext returns the caller's scope; with none set it is the anonymous scope, so a
// forgotten scope fails closed.
func FromContext(ctx context.Context) Scope {
	s, _ := ctx.Value(scopeKey{}).(Scope)
	return s
}

// Read runs fn in a read-only transaction as the application role with the caller's scope,
// opened in one round trip (readOnce); for the anonymous public on the request pool, whose
// connections rest in the public scope, without a transaction at all. In a query operation's
// read session it reads in the operation's transaction (Session), and a Read inside fn reads in
// the same turn (re-entrant).
func Read(ctx context.Context, d *bun.DB, fn func(tx bun.IDB) error) error {
	if _, public := publicPools.Load(d); public && FromContext(ctx).IsPublic() {
		return fn(d)
	}
	if s, ok := ctx.Value(sessionKey{}).(*Session); ok && s != nil {
		if served, err := s.read(ctx, d, fn); served {
			return err
		}
	}
	return readOnce(ctx, d, fn)
}

// Write runs fn in a read-write transaction as the application role with the caller's scope.
// Inside the fn of a Read in an operation's read session it fails with ErrWriteInRead.
func Write(ctx context.Context, d *bun.DB, fn func(tx bun.Tx) error) error {
	if s, ok := ctx.Value(sessionKey{}).(*Session); ok && s != nil && s.inRead() {
		return ErrWriteInRead
	}
	return run(ctx, d, nil, fn)
}

func run(ctx context.Context, d *bun.DB, opts *sql.TxOptions, fn func(tx bun.Tx) error) error {
	return d.RunInTx(ctx, opts, func(ctx context.Context, tx bun.Tx) error {
		// Transaction-local settings only: a pooled connection carries nothing into the next
		// transaction. The role, the timeout and the viewer go in one round trip.
		if err := setConfig(ctx, tx, true, FromContext(ctx)); err != nil {
			return err
		}
		return fn(tx)
	})
}

// idList renders ids as a Postgres array literal, '{1,2}'.
func idList(ids []int64) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	b.WriteByte('}')
	return b.String()
}

// SetScope (re)sets the viewer settings of the current transaction: run does it at the start,
// and login does it again once the password has been checked.
func SetScope(ctx context.Context, tx bun.Tx, s Scope) error { return setConfig(ctx, tx, false, s) }

// scopeSettings are the transaction-local settings a request's scope sets, in scopeArgs' order.
// The plan cache mode falls back to the server's when its argument is NULL.
var scopeSettings = []string{"b40.user_id", "b40.city_ids", "b40.editor_city_ids", "b40.admin_city_ids",
	"b40.network_role", "b40.presidency", "role", "statement_timeout", "plan_cache_mode"}

// setConfigSQL sets the viewer (and, with the role, the role and the statement timeout), all
// transaction-locally, in one statement, with bun's placeholders; setConfigPG is the same
// statement with PostgreSQL's ($1…), for pgx, which keeps it prepared.
var (
	setConfigSQL = setConfigStatement(func(int) string { return "?" })
	setConfigPG  = setConfigStatement(func(i int) string { return "$" + strconv.Itoa(i+1) + "::text" })
)

func setConfigStatement(placeholder func(i int) string) string {
	sets := make([]string, len(scopeSettings))
	for i, name := range scopeSettings {
		value := placeholder(i)
		if name == "plan_cache_mode" {
			value = "coalesce(" + value + ", current_setting('plan_cache_mode'))"
		}
		sets[i] = "set_config('" + name + "', " + value + ", true)"
	}
	return "SELECT " + strings.Join(sets, ", ")
}

// scopeArgs are setConfigSQL's arguments; without the role, the role and timeout stay as they
// are. The plan cache mode is ctx's (WithGenericPlans), else the server's (NULL).
func scopeArgs(ctx context.Context, s Scope, withRole bool) []any {
	var mode any
	if generic, _ := ctx.Value(genericPlansKey{}).(bool); generic {
		mode = "force_generic_plan"
	}
	presidency := ""
	if s.Presidency {
		presidency = "on"
	}
	args := []any{strconv.FormatInt(s.UserID, 10), idList(s.CityIDs), idList(s.EditorCityIDs), idList(s.AdminCityIDs), s.NetworkRole, presidency}
	if withRole {
		return append(args, AppRole, StatementTimeout, mode)
	}
	return append(args, bun.Safe("current_user"), bun.Safe("current_setting('statement_timeout')"), mode)
}

type genericPlansKey struct{}

// WithGenericPlans marks ctx: the read transactions it opens plan each prepared statement once
// for all its values (plan_cache_mode force_generic_plan) instead of PostgreSQL's default,
// which plans again for every execution while a custom plan looks cheaper than the generic one.
// For the nested reads' statements (large, many placeholders, a millisecond or two to execute)
// planning cost as much as executing: graph's engine marks the query operations they read.
func WithGenericPlans(ctx context.Context) context.Context {
	return context.WithValue(ctx, genericPlansKey{}, true)
}

func setConfig(ctx context.Context, tx bun.Tx, withRole bool, s Scope) error {
	_, err := tx.ExecContext(ctx, setConfigSQL, scopeArgs(ctx, s, withRole)...)
	return err
}

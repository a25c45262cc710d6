package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/gid"
)

// usersCmd is `b40 users create --email E --role ROLE [--city SLUG] [--name N] --password-stdin`:
// the first secretariat account of a real deployment, made on the server's own machine.
func usersCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "create" {
		return usageError(usage)
	}
	fs := flag.NewFlagSet("users create", flag.ContinueOnError)
	fs.SetOutput(stderr)
	email := fs.String("email", "", "the account's e-mail")
	role := fs.String("role", "", "SECRETARIAT, ANALYST, CITY_ADMIN, CITY_EDITOR or CITY_VIEWER")
	citySlug := fs.String("city", "", "the city's slug, for a city role")
	name := fs.String("name", "", "the person's name (default: the e-mail's local part)")
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	if err := fs.Parse(args[1:]); err != nil {
		return usageError(err.Error())
	}
	if *email == "" || *role == "" || !*fromStdin {
		return usageError("usage: b40 users create --email E --role ROLE [--city SLUG] [--name N] --password-stdin")
	}
	if *name == "" {
		*name, _, _ = strings.Cut(*email, "@")
	}
	line, err := bufio.NewReader(io.LimitReader(stdin, auth.MaxPasswordBytes+2)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	password := strings.TrimRight(line, "\r\n")
	if err := auth.CheckPasswordRules(nil, password); err != nil {
		return err
	}
	hash, err := auth.HashPassword(ctx, password)
	if err != nil {
		return err
	}
	_, _, database, err := setup(ctx, getenv, stderr)
	if err != nil {
		return err
	}
	defer database.Close()
	d := database.DB
	if _, err := db.MigrateUp(ctx, d); err != nil {
		return err
	}
	var id int64
	err = d.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var cityID *int64
		if *citySlug != "" {
			var c int64
			if err := tx.NewRaw("SELECT id FROM city WHERE slug = ?", *citySlug).Scan(ctx, &c); err != nil {
				return fmt.Errorf("no city with slug %q", *citySlug)
			}
			cityID = &c
		}
		var err error
		id, err = auth.EnsureAccount(ctx, tx, auth.Account{Email: *email, Name: *name, Role: auth.Role(*role), CityID: cityID, PasswordHash: hash})
		if err != nil {
			return err
		}
		entity := gid.Encode("User", id)
		return audit.Record(ctx, tx, audit.Event{CityID: cityID, Action: "users.create", EntityType: "User", EntityID: &entity,
			Changes: map[string]any{"email": strings.ToLower(*email), "role": *role, "via": "command line"}})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "user %s (%s) now has role %s\n", strings.ToLower(*email), gid.Encode("User", id), *role)
	return nil
}

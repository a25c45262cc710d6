package network

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/b40-network/workspace/internal/gid"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
)

// AddStaff adds a member of the permanent secretariat (SECRETARIAT). R3.3 has one network
// secretary: a second is refused; the compliance figure names any other shortfall.
func (s *Service) AddStaff(ctx context.Context, name string, position Position, englishLevel CEFRLevel) (*Staff, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	switch {
	case name == "" || utf8.RuneCountInString(name) > 200:
		return nil, apperr.User(apperr.CodeInvalid, []string{"name"}, "the name needs 1 to 200 characters")
	case !slices.Contains(Positions, position):
		return nil, apperr.User(apperr.CodeInvalid, []string{"position"}, "unknown position %q", position)
	case !slices.Contains(CEFRLevels, englishLevel):
		return nil, apperr.User(apperr.CodeInvalid, []string{"englishLevel"}, "englishLevel is a CEFR level, A1 to C2")
	}
	st := &Staff{Name: name, Position: position, EnglishLevel: englishLevel}
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(st).Returning("id, created_at").Exec(ctx); err != nil {
			if code, _ := db.Violation(err); code == db.UniqueViolation {
				return apperr.User(apperr.CodeRuleViolation, []string{"position"}, "R3.3: the secretariat has one network secretary; remove the current one first")
			}
			return err
		}
		return recordStaff(ctx, tx, "addSecretariatStaff", st)
	})
	if err != nil {
		return nil, err
	}
	return st, nil
}

// RemoveStaff removes a member of the secretariat (SECRETARIAT).
func (s *Service) RemoveStaff(ctx context.Context, id int64) (*Staff, error) {
	if _, err := auth.RequireSecretariat(ctx); err != nil {
		return nil, err
	}
	var st Staff
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		res, err := tx.NewDelete().Model(&st).Where("id = ?", id).Returning("id, name, position, english_level, created_at").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.User(apperr.CodeNotFound, []string{"staffId"}, "no such staff member")
		}
		return recordStaff(ctx, tx, "removeSecretariatStaff", &st)
	})
	if err != nil {
		return nil, err
	}
	return &st, nil
}

func recordStaff(ctx context.Context, tx bun.IDB, action string, st *Staff) error {
	return audit.Entity(ctx, tx, nil, action, gid.SecretariatStaff, []int64{st.ID},
		map[string]any{"name": st.Name, "position": st.Position, "englishLevel": st.EnglishLevel})
}

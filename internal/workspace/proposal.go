package workspace

import (
	"context"
	"strings"

	"github.com/b40-network/workspace/internal/audit"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/workinggroup"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/auth"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/notify"
)

// ProposalInput is a proposal's editable content; nil leaves a field unchanged on update.
type ProposalInput struct {
	Title          *string
	Summary        *string
	Body           *i18n.Text
	WorkingGroupID *int64
	// ForSummit clears the working group: the proposal is for the summit agenda.
	ForSummit  bool
	Visibility *Visibility
}

func (in *ProposalInput) apply(p *Proposal, create bool) error {
	var err error
	if in.Title != nil || create {
		if in.Title == nil {
			return apperr.User(apperr.CodeInvalid, []string{"title"}, "title is required")
		}
		if p.Title, err = text("title", *in.Title, true, 300); err != nil {
			return err
		}
	}
	if in.Summary != nil {
		if p.Summary, err = optText("summary", in.Summary, 2000); err != nil {
			return err
		}
	}
	if in.Body != nil || create {
		if in.Body == nil {
			return apperr.User(apperr.CodeInvalid, []string{"body"}, "body is required")
		}
		if p.Body, err = translated("body", *in.Body, 50000); err != nil {
			return err
		}
	}
	if in.WorkingGroupID != nil {
		p.WorkingGroupID = in.WorkingGroupID
	}
	if in.ForSummit {
		p.WorkingGroupID = nil
	}
	if in.Visibility != nil || create {
		if p.Visibility, err = checkVisibility(in.Visibility, VisibilityNetwork); err != nil {
			return err
		}
	}
	return nil
}

func checkGroup(ctx context.Context, tx bun.IDB, id *int64) error {
	if id == nil {
		return nil
	}
	var ok bool
	if err := tx.NewRaw("SELECT EXISTS (SELECT 1 FROM working_group WHERE id = ? AND status <> ?)", *id, workinggroup.StatusClosed).Scan(ctx, &ok); err != nil {
		return err
	}
	if !ok {
		return apperr.User(apperr.CodeNotFound, []string{"workingGroupId"}, "no such open working group")
	}
	return nil
}

// CreateProposal starts a DRAFT proposal in the city's workspace (its CITY_ADMIN or CITY_EDITOR).
func (s *Service) CreateProposal(ctx context.Context, cityID int64, in ProposalInput, idempotencyKey *string) (*Proposal, error) {
	v, err := requireEditor(ctx, cityID)
	if err != nil {
		return nil, err
	}
	p := &Proposal{CityID: cityID, Status: ProposalDraft, CreatedByUserID: &v.UserID, Version: 1}
	if err := in.apply(p, true); err != nil {
		return nil, err
	}
	key, err := s.createOnce(ctx, v, idempotencyKey, "createProposal", gid.Proposal, []any{cityID, in}, func(tx bun.Tx) (Key, error) {
		if err := checkGroup(ctx, tx, p.WorkingGroupID); err != nil {
			return Key{}, err
		}
		_, err := tx.NewInsert().Model(p).ExcludeColumn("submitted_at", "decided_at", "decision_note", "decided_by_user_id").
			Returning("id, created_at, updated_at").Exec(ctx)
		return p.Key(), err
	}, map[string]any{"visibility": p.Visibility})
	if err != nil {
		return nil, err
	}
	return s.ProposalByKey(ctx, key)
}

// lockProposal loads a proposal for change; one the caller may not see is not found.
func lockProposal(ctx context.Context, tx bun.IDB, k Key, p *Proposal) error {
	err := tx.NewSelect().Model(p).Where("pr.city_id = ? AND pr.id = ?", k.CityID, k.ID).For("UPDATE").Scan(ctx)
	if db.IsNoRows(err) {
		return apperr.User(apperr.CodeNotFound, []string{"proposalId"}, "no such proposal")
	}
	return err
}

func checkVersion(expected *int, actual int) error {
	if expected != nil && *expected != actual {
		return apperr.User(apperr.CodeConflict, []string{"expectedVersion"}, "changed since version %d (now %d); reload and retry", *expected, actual)
	}
	return nil
}

// changeProposal runs a change on one proposal as its author city's editor.
func (s *Service) changeProposal(ctx context.Context, k Key, expected *int, action string, change func(tx bun.Tx, p *Proposal) (map[string]any, error)) (*Proposal, error) {
	if _, err := requireEditor(ctx, k.CityID); err != nil {
		return nil, err
	}
	var p Proposal
	err := db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := lockProposal(ctx, tx, k, &p); err != nil {
			return err
		}
		if err := checkVersion(expected, p.Version); err != nil {
			return err
		}
		changes, err := change(tx, &p)
		if err != nil {
			return err
		}
		p.Version++
		if _, err := tx.NewUpdate().Model(&p).ExcludeColumn("city_id", "id", "created_at", "created_by_user_id", "updated_at").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		return audit.Entity(ctx, tx, &p.CityID, action, gid.Proposal, []int64{p.CityID, p.ID}, changes)
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// UpdateProposal edits a DRAFT (only drafts are editable).
func (s *Service) UpdateProposal(ctx context.Context, k Key, expected *int, in ProposalInput) (*Proposal, error) {
	return s.changeProposal(ctx, k, expected, "updateProposal", func(tx bun.Tx, p *Proposal) (map[string]any, error) {
		if err := p.CheckEditable(); err != nil {
			return nil, err
		}
		if err := in.apply(p, false); err != nil {
			return nil, err
		}
		return map[string]any{"visibility": p.Visibility}, checkGroup(ctx, tx, in.WorkingGroupID)
	})
}

// SubmitProposal sends a DRAFT to the network (DRAFT -> SUBMITTED); it must be visible to it.
func (s *Service) SubmitProposal(ctx context.Context, k Key, expected *int) (*Proposal, error) {
	return s.changeProposal(ctx, k, expected, "submitProposal", func(tx bun.Tx, p *Proposal) (map[string]any, error) {
		if err := p.Submit(s.Now()); err != nil {
			return nil, err
		}
		return map[string]any{"status": ProposalSubmitted}, s.raiseProposal(ctx, tx, notify.KindProposalSubmitted, p, nil, 0)
	})
}

// WithdrawProposal takes a proposal back, any time before a decision.
func (s *Service) WithdrawProposal(ctx context.Context, k Key, expected *int) (*Proposal, error) {
	return s.changeProposal(ctx, k, expected, "withdrawProposal", func(_ bun.Tx, p *Proposal) (map[string]any, error) {
		from := p.Status
		return map[string]any{"status": map[string]any{"from": from, "to": ProposalWithdrawn}}, p.Withdraw()
	})
}

// EndorseProposal records another city's support, once per city; never a city's own.
func (s *Service) EndorseProposal(ctx context.Context, k Key, endorser int64) (*Proposal, error) {
	v, err := requireEditor(ctx, endorser)
	if err != nil {
		return nil, err
	}
	if endorser == k.CityID {
		return nil, apperr.User(apperr.CodeRuleViolation, []string{"cityId"}, "a city does not endorse its own proposal: endorsements are other member cities' support")
	}
	var p Proposal
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		err := tx.NewSelect().Model(&p).Where("pr.city_id = ? AND pr.id = ?", k.CityID, k.ID).Scan(ctx)
		if db.IsNoRows(err) {
			return apperr.User(apperr.CodeNotFound, []string{"proposalId"}, "no such proposal")
		}
		if err != nil {
			return err
		}
		if err := p.CheckEndorsable(); err != nil {
			return err
		}
		res, err := tx.NewInsert().Model(&Endorsement{CityID: k.CityID, ProposalID: k.ID, EndorserCityID: endorser, EndorsedByUserID: &v.UserID}).
			On("CONFLICT DO NOTHING").Returning("NULL").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.User(apperr.CodeDuplicate, []string{"cityId"}, "the city already endorsed this proposal")
		}
		if err := audit.Entity(ctx, tx, &endorser, "endorseProposal", gid.Proposal, []int64{k.CityID, k.ID}, nil); err != nil {
			return err
		}
		name, err := cityName(ctx, tx, endorser)
		if err != nil {
			return err
		}
		return s.raiseProposal(ctx, tx, notify.KindProposalEndorsed, &p, map[string]string{"endorser": name}, k.CityID)
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// ReviewProposal moves a submitted proposal (the secretariat or the presidency): SUBMITTED ->
// UNDER_REVIEW, and SUBMITTED or UNDER_REVIEW -> ACCEPTED or DECLINED. The presidency does not
// decide on its own city's proposals.
func (s *Service) ReviewProposal(ctx context.Context, k Key, decision ReviewDecision, note *string) (*Proposal, error) {
	v, err := auth.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !v.CanReviewProposals() {
		return nil, apperr.New(apperr.Forbidden, "proposals are reviewed by the secretariat or the presidency")
	}
	if !v.IsSecretariat() && k.CityID == v.PresidencyCityID {
		return nil, apperr.User(apperr.CodeRuleViolation, []string{"proposalId"}, "the presidency does not review its own city's proposals; the secretariat does")
	}
	if note, err = optText("note", note, 5000); err != nil {
		return nil, err
	}
	var p Proposal
	err = db.Write(ctx, s.DB, func(tx bun.Tx) error {
		if err := lockProposal(ctx, tx, k, &p); err != nil {
			return err
		}
		from := p.Status
		if err := p.Review(decision, v.UserID, note, s.Now()); err != nil {
			return err
		}
		p.Version++
		if _, err := tx.NewUpdate().Model(&p).Column("status", "decided_at", "decided_by_user_id", "decision_note", "version").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		if err := audit.Entity(ctx, tx, &p.CityID, "reviewProposal", gid.Proposal, []int64{p.CityID, p.ID}, map[string]any{"status": map[string]any{"from": from, "to": p.Status}}); err != nil {
			return err
		}
		if p.Status != ProposalAccepted && p.Status != ProposalDeclined {
			return nil
		}
		extra := map[string]string{"decision": string(p.Status)}
		if p.DecisionNote != nil {
			extra["note"] = *p.DecisionNote
		}
		return s.raiseProposal(ctx, tx, notify.KindProposalDecided, &p, extra, p.CityID)
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// ProposalByKey loads a proposal the caller may see, or nil.
func (s *Service) ProposalByKey(ctx context.Context, k Key) (*Proposal, error) {
	return db.First[*Proposal](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Proposal)(nil)).Where("pr.city_id = ? AND pr.id = ?", k.CityID, k.ID)
	})
}

// EndorsementsByProposal loads the endorsing cities of each proposal (loader batch function).
func (s *Service) EndorsementsByProposal(ctx context.Context, keys []Key) ([][]*Endorsement, []error) {
	return db.LoadGroupsByKeys(ctx, s.DB, endorsementsByProposal, keys)
}

// endorsementOrder is the order of a proposal's endorsements, oldest first (the loader's and
// the nested reads'), over the endorsements' alias {v}.
const endorsementOrder = "{v}.endorsed_at, {v}.endorser_city_id"

var endorsementsByProposal = db.ByKeys[Key, *Endorsement]{Cols: []string{"en.city_id", "en.proposal_id"}, Args: keyArrays,
	Order: strings.Split(strings.ReplaceAll(endorsementOrder, "{v}", "en"), ", "),
	Key:   func(e *Endorsement) Key { return Key{e.CityID, e.ProposalID} }}

// keyArrays are keys as two arrays, city ids and ids: the arguments of
// "(a, b) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[]))", one statement text whatever the keys.
func keyArrays(keys []Key) []any {
	cities, ids := make([]int64, len(keys)), make([]int64, len(keys))
	for i, k := range keys {
		cities[i], ids[i] = k.CityID, k.ID
	}
	return []any{cities, ids}
}

package workspace

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/notify"
)

// The events of the workspace that tell people (issue 21); who is told is notify's rules.

func cityName(ctx context.Context, tx bun.IDB, id int64) (string, error) {
	var name string
	err := tx.NewRaw("SELECT coalesce((SELECT name FROM city WHERE id = ?), '')", id).Scan(ctx, &name)
	return name, err
}

func (s *Service) raiseProposal(ctx context.Context, tx bun.Tx, kind string, p *Proposal, extra map[string]string, tellCity int64) error {
	city, err := cityName(ctx, tx, p.CityID)
	if err != nil {
		return err
	}
	params := map[string]string{"title": p.Title, "city": city}
	for k, v := range extra {
		params[k] = v
	}
	id := gid.Encode(gid.Proposal, p.CityID, p.ID)
	_, err = s.Outbox.Raise(ctx, tx, notify.Event{Kind: kind, CityID: tellCity, ItemID: id, ItemCityID: p.CityID,
		Visibility: string(p.Visibility), Draft: p.Status == ProposalDraft, Params: params, URL: "/proposals/" + id})
	return err
}

// raisePracticeAdopted tells the practice's city that adopter started an implementation of it.
func (s *Service) raisePracticeAdopted(ctx context.Context, tx bun.Tx, k Key, title, visibility string, adopter int64) error {
	city, err := cityName(ctx, tx, k.CityID)
	if err != nil {
		return err
	}
	by, err := cityName(ctx, tx, adopter)
	if err != nil {
		return err
	}
	id := gid.Encode(gid.Practice, k.CityID, k.ID)
	_, err = s.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindPracticeAdopted, CityID: k.CityID, ItemID: id, ItemCityID: k.CityID,
		Visibility: visibility, Params: map[string]string{"title": title, "city": city, "adopter": by}, URL: "/practices/" + id})
	return err
}

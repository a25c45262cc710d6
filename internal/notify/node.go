package notify

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/db"
)

// NotificationByID is one of the caller's own notifications, for node(id): nil when it is
// someone else's, when its item is no longer visible to the caller (row-level security), or
// for the anonymous public.
func (s *Service) NotificationByID(ctx context.Context, id int64) (*Notification, error) {
	if db.FromContext(ctx).UserID == 0 {
		return nil, nil
	}
	rows, err := db.Select[*Notification](ctx, s.DB, func(tx bun.IDB) *bun.SelectQuery {
		return tx.NewSelect().Model((*Notification)(nil)).ColumnExpr("n.id, n.user_id, n.kind, n.item_id, n.params, n.url, n.created_at, n.read_at").
			ColumnExpr(readerLocale).Where("n.id = ? AND n.user_id = b40_user_id()", id)
	})
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return rows[0], nil
}

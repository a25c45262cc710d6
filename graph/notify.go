package graph

import (
	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/i18n"
	"github.com/b40-network/workspace/internal/notify"
)

// notificationText is a notification's title (title true) or body, in the reader's language.
func notificationText(n *notify.Notification, title bool) *i18n.Translation {
	t, b := n.Text()
	text := b
	if title {
		text = t
	}
	return &i18n.Translation{Locale: notify.Normalize(n.Locale), Text: text}
}

// notificationIDs reads markNotificationsRead's ids.
func notificationIDs(ids []string) ([]int64, error) {
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		k, err := inputID(id, gid.Notification, "ids")
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, nil
}

// mailFilter maps the secretariat's filter.
func mailFilter(f *model.MailFilter) notify.MailFilter {
	if f == nil {
		return notify.MailFilter{}
	}
	return notify.MailFilter{Statuses: f.Statuses}
}

// mailID reads retryMail's mailId.
func mailID(id string) (int64, error) { return inputID(id, gid.MailMessage, "mailId") }

// preference maps a kind's delivery.
func preference(p *notify.Preference) *model.NotificationPreference {
	return &model.NotificationPreference{Kind: p.Kind, Delivery: model.NotificationDelivery(p.Delivery)}
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { useLive } from '../live';
import { Notice, QueryState } from '../ui';

const InboxDoc = graphql(`
  query Inbox($unreadOnly: Boolean) {
    viewer {
      notifications(first: 50, unreadOnly: $unreadOnly) {
        totalCount
        unreadCount
        edges { node { id kind title { text } body { text } url createdAt readAt } }
      }
    }
  }
`);

const MarkReadDoc = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { marked userErrors { code message } }
  }
`);

// Inbox: the signed-in person's notifications, newest first, each linking to its item; read
// again whenever a live event arrives.
export function Inbox() {
  const t = useT();
  const f = useFormat();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [result, reexecute] = useQuery({ query: InboxDoc, variables: { unreadOnly } });
  const [mark, markRead] = useMutation(MarkReadDoc);
  const [failed, setFailed] = useState(false);
  useLive(() => reexecute({ requestPolicy: 'network-only' }));
  const doMark = async (input: { ids?: string[]; all?: boolean }) => {
    const r = await markRead({ input }, { additionalTypenames: ['Notification'] });
    setFailed(!!r.error || (r.data?.markNotificationsRead.userErrors.length ?? 0) > 0);
    reexecute({ requestPolicy: 'network-only' });
  };
  const unread = result.data?.viewer?.notifications.unreadCount ?? 0;
  return (
    <>
      <h1>{t('inbox')}</h1>
      <div className="row inbox-tools">
        <label className="check">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} /> {t('inboxUnreadOnly')}
        </label>
        <span className="meta" role="status">{t('inboxUnread', { count: unread })}</span>
        {unread > 0 && (
          <button type="button" disabled={mark.fetching} onClick={() => void doMark({ all: true })}>{t('inboxMarkAllRead')}</button>
        )}
      </div>
      {failed && <Notice kind="error">{t('errorLoading')}</Notice>}
      <QueryState result={result} retry={reexecute} isEmpty={(d) => (d.viewer?.notifications.edges.length ?? 0) === 0}
        empty={unreadOnly ? t('inboxNoUnread') : t('inboxEmpty')}>
        {(d) => (
          <ul className="rows inbox">
            {d.viewer!.notifications.edges.map(({ node: n }) => (
              <li key={n.id} className={'row notification' + (n.readAt ? '' : ' unread')}>
                <div className="notification-text">
                  <strong>{n.url ? <Link to={n.url}>{n.title.text}</Link> : n.title.text}</strong>
                  <span>{n.body.text}</span>
                  <span className="meta">
                    {f.date(n.createdAt)}{n.readAt ? '' : ' · ' + t('inboxNew')}
                  </span>
                </div>
                {!n.readAt && (
                  <button type="button" className="link" disabled={mark.fetching} onClick={() => void doMark({ ids: [n.id] })}
                    aria-label={t('inboxMarkReadOne', { title: n.title.text })}>
                    {t('inboxMarkRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}

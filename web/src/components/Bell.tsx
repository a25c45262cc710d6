import { useMemo } from 'react';
import { NavLink } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { useLive, useLiveConnected } from '../live';

const BellDoc = graphql(`
  query Bell {
    viewer { notifications(first: 1) { unreadCount } }
  }
`);

// Bell: the header's link to the inbox with the unread count, read again on every live event.
export function Bell() {
  const t = useT();
  // Marking notifications read (the inbox) invalidates it too.
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [{ data }, reexecute] = useQuery({ query: BellDoc, context });
  useLive(() => reexecute({ requestPolicy: 'network-only' }));
  const live = useLiveConnected();
  const count = data?.viewer?.notifications.unreadCount ?? 0;
  return (
    <NavLink to="/inbox" className="bell" aria-label={t('bellLabel', { count })} data-unread={count} data-live={live ? 'on' : 'off'}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z" />
      </svg>
      {count > 0 && <span className="bell-count" aria-hidden="true">{count > 99 ? '99+' : count}</span>}
    </NavLink>
  );
}

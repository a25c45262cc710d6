import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { NotificationDelivery } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { Notice, QueryState, Select } from '../ui';

const PreferencesDoc = graphql(`
  query NotificationPreferences { viewer { timeZone notificationPreferences { kind delivery } } }
`);
const SetPreferenceDoc = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) { preference { kind delivery } userErrors { code field message } }
  }
`);
const SetTimeZoneDoc = graphql(`
  mutation SetTimeZone($input: SetTimeZoneInput!) { setTimeZone(input: $input) { viewer { timeZone } userErrors { code field message } } }
`);

const deliveries: NotificationDelivery[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'] as NotificationDelivery[];

// The network's time zones first (member cities' countries), then the browser's own.
const zones = ['Europe/Istanbul', 'Europe/Athens', 'Europe/Belgrade', 'Europe/Tirane', 'Europe/Sarajevo', 'Europe/Skopje',
  'Europe/Podgorica', 'Europe/Zagreb', 'Europe/Ljubljana', 'Europe/Sofia', 'Europe/Bucharest', 'Europe/Chisinau'];

// useKindLabel names a kind of notification (kind.<KIND> in the catalogues; the kind itself when
// the server knows a kind this app does not).
export function useKindLabel() {
  const intl = useIntl();
  return (kind: string) => (intl.messages['kind.' + kind] ? intl.formatMessage({ id: 'kind.' + kind }) : kind);
}

// NotificationSettings: per kind of notification, how its mail comes (in the app it is always
// shown), and the time zone whose 07:00 the digests keep.
export function NotificationSettings() {
  const t = useT();
  const f = useFormat();
  const kindLabel = useKindLabel();
  const [result, refetch] = useQuery({ query: PreferencesDoc });
  const [saved, setPreference] = useMutation(SetPreferenceDoc);
  const [tzSaved, setTimeZone] = useMutation(SetTimeZoneDoc);
  const [done, setDone] = useState('');
  const errors = [...(saved.data?.setNotificationPreference.userErrors ?? []), ...(tzSaved.data?.setTimeZone.userErrors ?? [])];
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section aria-labelledby="notifications-heading" id="notifications">
      <h2 id="notifications-heading">{t('notifications')}</h2>
      <p>{t('notificationsHelp')}</p>
      {errors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      {done && errors.length === 0 && <Notice kind="info">{done}</Notice>}
      <QueryState result={result} retry={refetch}>
        {(d) => {
          const current = d.viewer?.timeZone ?? 'Europe/Istanbul';
          const options = [...new Set([current, ...zones, browserZone].filter(Boolean))];
          return (
            <>
              <Select label={t('timeZone')} value={current} options={options.map((z) => [z, z.replace(/_/g, ' ')])}
                onChange={async (z) => {
                  const r = await setTimeZone({ input: { timeZone: z } });
                  if (r.data?.setTimeZone.userErrors.length === 0) setDone(t('timeZoneSaved', { zone: z }));
                  refetch({ requestPolicy: 'network-only' });
                }} />
              <p className="meta">{t('digestWhen')}</p>
              <div className="preferences">
                {d.viewer?.notificationPreferences.map((p) => (
                  <Select key={p.kind} label={kindLabel(p.kind)} value={p.delivery}
                    options={deliveries.map((v) => [v, f.label('NotificationDelivery', v)])}
                    onChange={async (v) => {
                      const r = await setPreference({ input: { kind: p.kind, delivery: v as NotificationDelivery } });
                      if (r.data?.setNotificationPreference.userErrors.length === 0) {
                        setDone(t('preferenceSaved', { kind: kindLabel(p.kind), delivery: f.label('NotificationDelivery', v) }));
                      }
                      refetch({ requestPolicy: 'network-only' });
                    }} />
                ))}
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { MailStatus } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { Disclosure, Notice, QueryState, Select } from '../ui';
import { useKindLabel } from './Notifications';

const OutgoingMailDoc = graphql(`
  query OutgoingMail($statuses: [MailStatus!]) {
    outgoingMails(first: 50, filter: { statuses: $statuses }) {
      totalCount
      edges { node { id to kind status subject attempts lastAnswer createdAt sentAt deliveryAttempts { at ok answer } } }
    }
  }
`);
const RetryMailDoc = graphql(`
  mutation RetryMail($input: RetryMailInput!) { retryMail(input: $input) { mail { id status } userErrors { code field message } } }
`);

const filters: [string, MailStatus[] | null][] = [
  ['FAILED', ['FAILED' as MailStatus]],
  ['PENDING', ['PENDING' as MailStatus]],
  ['SENT', ['SENT' as MailStatus]],
  ['KEPT', ['KEPT' as MailStatus]],
  ['ALL', null],
];

// OutgoingMail: the secretariat's view of the mail the workspace sends: failed deliveries first,
// each with the SMTP server's answers, and a retry.
export function OutgoingMail() {
  const t = useT();
  const f = useFormat();
  const kindLabel = useKindLabel();
  const [filter, setFilter] = useState('FAILED');
  const statuses = filters.find(([k]) => k === filter)?.[1] ?? null;
  const [result, refetch] = useQuery({ query: OutgoingMailDoc, variables: { statuses } });
  const [retried, retry] = useMutation(RetryMailDoc);
  const errors = retried.data?.retryMail.userErrors ?? [];
  return (
    <section aria-labelledby="mail-heading">
      <h2 id="mail-heading">{t('outgoingMail')}</h2>
      <p>{t('outgoingMailHelp')}</p>
      <Select label={t('show')} value={filter} onChange={setFilter}
        options={filters.map(([k]) => [k, k === 'ALL' ? t('allMail') : f.label('MailStatus', k)])} />
      {errors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      {retried.data && errors.length === 0 && <Notice kind="info">{t('mailRequeued')}</Notice>}
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.outgoingMails.edges.length === 0}
        empty={filter === 'FAILED' ? t('noFailedMail') : undefined}>
        {(d) => (
          <>
            <p className="meta">{t('mailCount', { count: d.outgoingMails.totalCount })}</p>
            <ul className="rows mail-list">
              {d.outgoingMails.edges.map(({ node: m }) => (
                <li key={m.id} className="row mail">
                  <div className="mail-head">
                    <strong>{m.subject ?? kindLabel(m.kind)}</strong> <span className="badge">{f.label('MailStatus', m.status)}</span>
                  </div>
                  <div className="meta">{t('mailTo', { to: m.to })} · {kindLabel(m.kind)} · {f.date(m.createdAt)} · {t('attempts', { count: m.attempts })}</div>
                  {m.lastAnswer && <div className="mail-answer"><span className="meta">{t('smtpAnswer')}</span> <code>{m.lastAnswer}</code></div>}
                  {m.deliveryAttempts.length > 0 && (
                    <Disclosure label={t('deliveryAttempts')}>
                      <ol className="attempts">
                        {m.deliveryAttempts.map((a, i) => (
                          <li key={i}>{f.date(a.at)} · {a.ok ? t('accepted') : t('refused')} · <code>{a.answer}</code></li>
                        ))}
                      </ol>
                    </Disclosure>
                  )}
                  {m.status === 'FAILED' && (
                    <button type="button" disabled={retried.fetching} onClick={async () => {
                      await retry({ input: { mailId: m.id } });
                      refetch({ requestPolicy: 'network-only' });
                    }}>{t('retryMail')} <span className="sr-only">{t('mailTo', { to: m.to })}</span></button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </section>
  );
}

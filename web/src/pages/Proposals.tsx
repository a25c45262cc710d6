import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { Disclosure, Field, Notice, QueryState, TextArea, fieldErrors } from '../ui';

const ProposalsDoc = graphql(`
  query CityProposals($cityIds: [ID!]) {
    proposals(first: 100, filter: { cityIds: $cityIds }) {
      edges { node { id title summary status visibility version decisionNote recommendation { id title } } }
    }
  }
`);

const CreateProposalDoc = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) { proposal { id } userErrors { code field message } }
  }
`);

const UpdateProposalDoc = graphql(`
  mutation UpdateProposal($input: UpdateProposalInput!) {
    updateProposal(input: $input) { proposal { id version } userErrors { code field message } }
  }
`);

const SubmitDoc = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id status } userErrors { code field message } } }
`);

const WithdrawDoc = graphql(`
  mutation WithdrawProposal($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { proposal { id status } userErrors { code field message } } }
`);

export function ProposalsSection({ cityId, canEdit }: { cityId: string; canEdit: boolean }) {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: ProposalsDoc, variables: { cityIds: [cityId] } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [form, setForm] = useState({ title: '', summary: '', body: '' });
  const [key, setKey] = useState(newIdempotencyKey);
  const [created, create] = useMutation(CreateProposalDoc);
  const [submitted, submit] = useMutation(SubmitDoc);
  const [withdrawn, withdraw] = useMutation(WithdrawDoc);
  const errs = fieldErrors(created.data?.createProposal.userErrors);
  const actionErrors = [...(submitted.data?.submitProposal.userErrors ?? []), ...(withdrawn.data?.withdrawProposal.userErrors ?? [])];
  const onCreate = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { cityId, title: form.title, summary: form.summary || null, body: [{ locale: 'en', text: form.body }], idempotencyKey: key } });
    if (r.data?.createProposal.proposal) {
      setForm({ title: '', summary: '', body: '' });
      setKey(newIdempotencyKey());
      reload();
    }
  };
  return (
    <>
      <h2>{t('proposals')}</h2>
      {actionErrors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.proposals.edges.length === 0}>
      {(data) => (
      <ul className="rows">
        {data.proposals.edges.map(({ node: p }) => (
          <li key={p.id} className="row">
            <strong><Link to={'/proposals/' + encodeURIComponent(p.id)}>{p.title}</Link></strong> <span className="badge">{f.label('ProposalStatus', p.status)}</span>
            {p.recommendation && <span className="meta">→ <Link to={'/recommendations/' + encodeURIComponent(p.recommendation.id)}>{p.recommendation.title}</Link></span>}
            {canEdit && p.status === 'DRAFT' && <EditTitle key={p.id + ':' + p.version} id={p.id} version={p.version} title={p.title} onDone={reload} />}
            {canEdit && p.status === 'DRAFT' && (
              <button type="button" onClick={async () => { await submit({ input: { proposalId: p.id, expectedVersion: p.version } }); reload(); }}>
                {t('submit')} <span className="sr-only">{p.title}</span>
              </button>
            )}
            {canEdit && (p.status === 'DRAFT' || p.status === 'SUBMITTED' || p.status === 'UNDER_REVIEW') && (
              <ConfirmDialog destructive trigger={t('withdraw')} about={p.title} title={t('withdrawProposalTitle', { title: p.title })}
                description={<><p>{t('withdrawProposalText')}</p><p>{t('cannotUndo')}</p></>} confirmLabel={t('withdraw')}
                onConfirm={async () => {
                  const r = await withdraw({ input: { proposalId: p.id, expectedVersion: p.version } });
                  reload();
                  return !r.data?.withdrawProposal.userErrors.length;
                }} />
            )}
          </li>
        ))}
      </ul>
      )}
      </QueryState>
      {canEdit && (
        <Disclosure label={t('newProposal')}>
        <form onSubmit={onCreate} className="card-form" aria-label={t('newProposal')}>
          <Field label={t('title')} required value={form.title} error={errs.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          <Field label={t('summary')} value={form.summary} error={errs.summary} onChange={(e) => setForm({ ...form, summary: e.target.value })} />
          <TextArea label={t('body')} required value={form.body} error={errs.body} rows={3} onChange={(e) => setForm({ ...form, body: e.target.value })} />
          <button type="submit" disabled={created.fetching}>{t('create')}</button>
        </form>
        </Disclosure>
      )}
    </>
  );
}

// EditTitle renames a draft against its version; a stale version offers to reload.
function EditTitle(props: { id: string; version: number; title: string; onDone: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(props.title);
  const [{ data, fetching }, update] = useMutation(UpdateProposalDoc);
  const errs = data?.updateProposal.userErrors ?? [];
  const conflict = errs.some((e) => e.code === 'CONFLICT');
  if (!open) return <button type="button" onClick={() => setOpen(true)}>{t('edit')} <span className="sr-only">{props.title}</span></button>;
  return (
    <form aria-label={`${t('edit')}: ${props.title}`} onSubmit={async (e) => {
      e.preventDefault();
      const r = await update({ input: { proposalId: props.id, expectedVersion: props.version, title } });
      if (r.data?.updateProposal.proposal) props.onDone();
    }}>
      {conflict && <Notice kind="error">{t('conflict')} <button type="button" onClick={props.onDone}>{t('reload')}</button></Notice>}
      <Field label={t('title')} value={title} error={fieldErrors(errs).title} onChange={(e) => setTitle(e.target.value)} />
      <button type="submit" disabled={fetching || conflict}>{t('save')}</button>
    </form>
  );
}

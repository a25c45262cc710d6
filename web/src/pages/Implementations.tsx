import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { ImplementationStatus } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { Field, Notice, QueryState, Select, fieldErrors } from '../ui';

const ImplementationsDoc = graphql(`
  query CityImplementations($cityIds: [ID!]) {
    implementations(first: 100, filter: { cityIds: $cityIds }) {
      edges { node { id status progress version visibility recommendation { title } sourcePractice { title }
        updates(first: 10) { edges { node { id at status progress note } } } } }
    }
  }
`);

const UpdateDoc = graphql(`
  mutation UpdateImplementation($input: UpdateImplementationInput!) {
    updateImplementation(input: $input) { implementation { id version } userErrors { code field message } }
  }
`);

const statuses: ImplementationStatus[] = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'NOT_PURSUED'];

export function ImplementationsSection({ cityId, canEdit }: { cityId: string; canEdit: boolean }) {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: ImplementationsDoc, variables: { cityIds: [cityId] } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <h2>{t('implementations')}</h2>
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.implementations.edges.length === 0}>
      {(data) => data.implementations.edges.map(({ node: im }) => {
        const title = im.recommendation?.title ?? im.sourcePractice?.title ?? '';
        return (
          <article key={im.id} className="card-form" aria-label={title}>
            <h3><Link to={'/implementations/' + encodeURIComponent(im.id)}>{title}</Link></h3>
            <p>{f.label('ImplementationStatus', im.status)} · {t('progress')}: <progress max={100} value={im.progress} aria-label={t('progress')}>{f.percent(im.progress)}</progress> {f.percent(im.progress)}</p>
            <h4>{t('timeline')}</h4>
            <ol>{im.updates.edges.map(({ node: u }) => <li key={u.id}>{f.date(u.at)} · {f.label('ImplementationStatus', u.status)} · {f.percent(u.progress)}{u.note ? ` — ${u.note}` : ''}</li>)}</ol>
            {canEdit && im.status !== 'COMPLETED' && im.status !== 'NOT_PURSUED' && (
              <UpdateForm key={im.id + ':' + im.version} id={im.id} version={im.version} status={im.status} progress={im.progress} title={title} onDone={reload} />
            )}
          </article>
        );
      })}
      </QueryState>
    </>
  );
}

export function UpdateForm(props: { id: string; version: number; status: ImplementationStatus; progress: number; title: string; onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const [status, setStatus] = useState<ImplementationStatus>(props.status);
  const [progress, setProgress] = useState(String(props.progress));
  const [note, setNote] = useState('');
  const [{ data, fetching }, update] = useMutation(UpdateDoc);
  const errs = fieldErrors(data?.updateImplementation.userErrors);
  const conflict = data?.updateImplementation.userErrors.some((e) => e.code === 'CONFLICT');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await update({ input: { implementationId: props.id, expectedVersion: props.version, status, progress: Number(progress), note: note || null } });
    if (r.data?.updateImplementation.implementation) props.onDone();
  };
  return (
    <form onSubmit={submit} aria-label={`${t('update')}: ${props.title}`}>
      {conflict && <Notice kind="error">{t('conflict')} <button type="button" onClick={props.onDone}>{t('reload')}</button></Notice>}
      <Select label={t('status_label')} value={status} onChange={(v) => setStatus(v as ImplementationStatus)} options={statuses.map((s) => [s, f.label('ImplementationStatus', s)])} />
      <Field label={t('progress')} type="number" min={0} max={100} value={progress} error={errs.progress} onChange={(e) => setProgress(e.target.value)} />
      <Field label={t('note')} value={note} error={errs.note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" disabled={fetching || conflict}>{t('update')}</button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../App';
import { graphql } from '../gql';
import type { Visibility } from '../gql/graphql';
import { useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { Field, Notice, Select, TextArea, fieldErrors, type UserError } from '../ui';
import { ImplementationsSection } from './Implementations';
import { ProposalsSection } from './Proposals';

const CityPracticesDoc = graphql(`
  query CityPractices($cityIds: [ID!]) {
    practices(first: 100, filter: { cityIds: $cityIds }) {
      edges { node { id title summary status visibility version body { text locale } } }
    }
  }
`);

const CreateDoc = graphql(`
  mutation CreatePractice($input: CreatePracticeInput!) {
    createPractice(input: $input) { practice { id } userErrors { code field message } }
  }
`);

const UpdateDoc = graphql(`
  mutation UpdatePractice($input: UpdatePracticeInput!) {
    updatePractice(input: $input) { practice { id version } userErrors { code field message } }
  }
`);

const PublishDoc = graphql(`
  mutation PublishPractice($input: PublishPracticeInput!) {
    publishPractice(input: $input) { practice { id status } userErrors { code field message } }
  }
`);

type Draft = { title: string; summary: string; body: string; visibility: Visibility };
const empty: Draft = { title: '', summary: '', body: '', visibility: 'NETWORK' };

export function Workspace() {
  const t = useT();
  const { viewer, } = useSession();
  const editable = (viewer?.memberships ?? []).filter((m) => m.role !== 'CITY_VIEWER');
  const [cityId, setCityId] = useState(viewer?.memberships[0]?.city.id ?? '');
  const [{ data }, refetch] = useQuery({ query: CityPracticesDoc, variables: { cityIds: [cityId] }, pause: !cityId });
  const [editing, setEditing] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!viewer || viewer.memberships.length === 0) return <Notice kind="info">{t('notAllowed')}</Notice>;
  const canEdit = editable.some((m) => m.city.id === cityId);
  const city = viewer.memberships.find((m) => m.city.id === cityId)?.city;
  return (
    <section>
      <h1>{t('workspace')}: {city?.name}</h1>
      {viewer.memberships.length > 1 && (
        <Select label={t('city')} value={cityId} onChange={setCityId} options={viewer.memberships.map((m) => [m.city.id, m.city.name])} />
      )}
      <h2>{t('practicesOfCity')} {city?.name}</h2>
      <ul className="rows">
        {data?.practices.edges.map(({ node: p }) => (
          <li key={p.id}>
            {editing === p.id ? (
              <PracticeForm
                key={p.id + ':' + p.version /* a reload brings the latest version into a fresh form */}
                practice={p}
                initial={{ title: p.title, summary: p.summary ?? '', body: p.body.text, visibility: p.visibility }}
                onClose={() => { setEditing(null); reload(); }}
                onReload={reload}
              />
            ) : (
              <div className="row">
                <strong>{p.title}</strong> <span className="badge">{t(p.status)}</span> <span className="badge">{t(p.visibility)}</span>
                {canEdit && <button type="button" onClick={() => setEditing(p.id)}>{t('edit')} <span className="sr-only">{p.title}</span></button>}
                {canEdit && p.status === 'DRAFT' && <Publish id={p.id} version={p.version} title={p.title} onDone={reload} />}
              </div>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <>
          <h2>{t('newPractice')}</h2>
          <PracticeForm cityId={cityId} initial={empty} onClose={reload} onReload={reload} />
        </>
      )}
      <ProposalsSection key={'p' + cityId} cityId={cityId} canEdit={canEdit} />
      <ImplementationsSection key={'i' + cityId} cityId={cityId} canEdit={canEdit} />
    </section>
  );
}

function PracticeForm(props: {
  cityId?: string;
  practice?: { id: string; version: number; body: { locale: string } };
  initial: Draft;
  onClose: () => void;
  onReload: () => void;
}) {
  const t = useT();
  const [form, setForm] = useState<Draft>(props.initial);
  const [key, setKey] = useState(newIdempotencyKey);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [saved, setSaved] = useState(false);
  const [{ fetching: creating }, create] = useMutation(CreateDoc);
  const [{ fetching: updating }, update] = useMutation(UpdateDoc);
  const errs = fieldErrors(errors);
  const conflict = errors.some((e) => e.code === 'CONFLICT');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const body = [{ locale: props.practice?.body.locale ?? 'en', text: form.body }];
    if (props.practice) {
      const r = await update({ input: { practiceId: props.practice.id, expectedVersion: props.practice.version, title: form.title,
        summary: form.summary || null, body, visibility: form.visibility } });
      const p = r.data?.updatePractice;
      setErrors(p?.userErrors ?? []);
      if (p?.practice) props.onClose();
    } else {
      const r = await create({ input: { cityId: props.cityId!, title: form.title, summary: form.summary || null, body,
        visibility: form.visibility, idempotencyKey: key } });
      const p = r.data?.createPractice;
      setErrors(p?.userErrors ?? []);
      if (p?.practice) {
        setForm(empty);
        setKey(newIdempotencyKey());
        setSaved(true);
        props.onClose();
      }
    }
  };
  return (
    <form onSubmit={submit} className="card-form" aria-label={props.practice ? `${t('edit')}: ${props.initial.title}` : t('newPractice')}>
      {conflict && (
        <Notice kind="error">
          {t('conflict')} <button type="button" onClick={props.onReload}>{t('reload')}</button>
        </Notice>
      )}
      {saved && <Notice kind="info">{t('saved')}</Notice>}
      <Field label={t('title')} required value={form.title} error={errs.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
      <Field label={t('summary')} value={form.summary} error={errs.summary} onChange={(e) => setForm({ ...form, summary: e.target.value })} />
      <TextArea label={t('body')} required value={form.body} error={errs.body} rows={4} onChange={(e) => setForm({ ...form, body: e.target.value })} />
      <Select label={t('visibility')} value={form.visibility} onChange={(v) => setForm({ ...form, visibility: v as Visibility })}
        options={(['PRIVATE', 'NETWORK', 'PUBLIC'] as const).map((v) => [v, t(v)])} />
      <button type="submit" disabled={creating || updating || conflict}>{props.practice ? t('save') : t('create')}</button>
      {props.practice && <button type="button" onClick={props.onClose}>{t('cancel')}</button>}
    </form>
  );
}

function Publish(props: { id: string; version: number; title: string; onDone: () => void }) {
  const t = useT();
  const [{ fetching, data }, publish] = useMutation(PublishDoc);
  const errs = data?.publishPractice.userErrors ?? [];
  return (
    <>
      <button type="button" disabled={fetching} onClick={async () => {
        const r = await publish({ input: { practiceId: props.id, expectedVersion: props.version } });
        if (r.data?.publishPractice.practice) props.onDone();
      }}>{t('publish')} <span className="sr-only">{props.title}</span></button>
      {errs.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
    </>
  );
}

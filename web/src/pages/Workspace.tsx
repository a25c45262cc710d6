import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Navigate, NavLink, useParams } from 'react-router';
import { graphql } from '../gql';
import type { Visibility } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { Disclosure, Field, Notice, QueryState, Select, TextArea, fieldErrors, type UserError } from '../ui';
import { useSession } from '../viewer';
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

// WorkspaceIndex (/workspace) opens the viewer's first city; each city has its own URL.
export function WorkspaceIndex() {
  const t = useT();
  const { viewer } = useSession();
  const first = viewer?.memberships[0]?.city;
  if (!first) return <Notice kind="info">{t('notAllowed')}</Notice>;
  return <Navigate to={'/workspace/' + first.slug} replace />;
}

// Workspace (/workspace/:slug): one of the viewer's cities. The page renders only once the
// viewer is known (RequireSignIn) and asks for the city the URL names, never for an empty id.
export function Workspace() {
  const t = useT();
  const { slug } = useParams();
  const { viewer } = useSession();
  const city = viewer?.memberships.find((m) => m.city.slug === slug)?.city;
  if (!viewer || !city) return <Notice kind="info">{t('notAllowed')}</Notice>;
  const canEdit = viewer.can.editCityIds.includes(city.id);
  return (
    <section>
      <h1>{t('workspaceOf', { city: city.name })}</h1>
      {viewer.memberships.length > 1 && (
        <nav aria-label={t('yourCities')} className="tabs">
          {viewer.memberships.map((m) => <NavLink key={m.city.id} to={'/workspace/' + m.city.slug}>{m.city.name}</NavLink>)}
        </nav>
      )}
      <CityWorkspace key={city.id} cityId={city.id} cityName={city.name} canEdit={canEdit} />
    </section>
  );
}

function CityWorkspace({ cityId, cityName, canEdit }: { cityId: string; cityName: string; canEdit: boolean }) {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: CityPracticesDoc, variables: { cityIds: [cityId] } });
  const [editing, setEditing] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <h2>{t('practicesOf', { city: cityName })}</h2>
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.practices.edges.length === 0}>
        {(data) => (
          <ul className="rows">
            {data.practices.edges.map(({ node: p }) => (
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
                    <strong>{p.title}</strong> <span className="badge">{f.label('PracticeStatus', p.status)}</span> <span className="badge">{f.label('Visibility', p.visibility)}</span>
                    {canEdit && <button type="button" onClick={() => setEditing(p.id)}>{t('edit')} <span className="sr-only">{p.title}</span></button>}
                    {canEdit && p.status === 'DRAFT' && <Publish id={p.id} version={p.version} title={p.title} onDone={reload} />}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {canEdit && (
        <Disclosure label={t('newPractice')}>
          <PracticeForm cityId={cityId} initial={empty} onClose={reload} onReload={reload} />
        </Disclosure>
      )}
      <ProposalsSection cityId={cityId} canEdit={canEdit} />
      <ImplementationsSection cityId={cityId} canEdit={canEdit} />
    </>
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
  const f = useFormat();
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
        options={(['PRIVATE', 'NETWORK', 'PUBLIC'] as const).map((v) => [v, f.label('Visibility', v)])} />
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

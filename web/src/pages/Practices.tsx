import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../App';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { Field, Notice, Select, fieldErrors } from '../ui';

const PracticesDoc = graphql(`
  query Practices($filter: PracticeFilter) {
    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {
      totalCount
      edges { node { id title summary visibility city { id name } } }
    }
  }
`);

const PracticeDoc = graphql(`
  query Practice($id: ID!) {
    node(id: $id) {
      ... on Practice {
        id title summary results contact links visibility status
        city { id name }
        body { text locale translations { locale machine } }
        adoptions { id status city { id name } }
      }
    }
  }
`);

const AdoptDoc = graphql(`
  mutation AdoptPractice($input: AdoptPracticeInput!) {
    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }
  }
`);

export function Practices() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const filter = search.trim() ? { search: search.trim() } : undefined;
  const [{ data, fetching }] = useQuery({ query: PracticesDoc, variables: { filter } });
  return (
    <section className="split">
      <div>
        <h1>{t('practices')}</h1>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <Field label={t('search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </form>
        {fetching && !data && <p>{t('loading')}</p>}
        {data && data.practices.totalCount === 0 && <p>{t('none')}</p>}
        <ul className="cards">
          {data?.practices.edges.map(({ node: p }) => (
            <li key={p.id}>
              <button type="button" className="card" aria-pressed={selected === p.id} onClick={() => setSelected(p.id)}>
                <strong>{p.title}</strong>
                <span>{p.city.name} · {t(p.visibility)}</span>
                {p.summary && <span>{p.summary}</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {selected && <PracticeDetail id={selected} />}
    </section>
  );
}

function PracticeDetail({ id }: { id: string }) {
  const t = useT();
  const { viewer } = useSession();
  const [{ data }, refetch] = useQuery({ query: PracticeDoc, variables: { id } });
  const p = data?.node?.__typename === 'Practice' ? data.node : null;
  if (!p) return null;
  const machine = p.body.translations.find((tr) => tr.locale === p.body.locale)?.machine;
  const candidates = (viewer?.memberships ?? []).filter((m) => m.role !== 'CITY_VIEWER' && m.city.id !== p.city.id);
  return (
    <article className="detail" aria-labelledby="practice-title">
      <h2 id="practice-title">{p.title}</h2>
      <p className="meta">{p.city.name} · {t(p.status)} · {t(p.visibility)}</p>
      {p.summary && <p>{p.summary}</p>}
      <p lang={p.body.locale}>{p.body.text}{machine && <em className="machine"> ({t('machine')})</em>}</p>
      {p.results && <p>{p.results}</p>}
      <h3>{t('adoptions')}</h3>
      {p.adoptions.length === 0 ? <p>{t('none')}</p> : (
        <ul>{p.adoptions.map((a) => <li key={a.id}>{a.city.name} · {a.status}</li>)}</ul>
      )}
      {candidates.length > 0 && <Adopt practiceId={p.id} cities={candidates.map((m) => m.city)} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
    </article>
  );
}

function Adopt(props: { practiceId: string; cities: { id: string; name: string }[]; onDone: () => void }) {
  const t = useT();
  const [cityId, setCityId] = useState(props.cities[0].id);
  const [key] = useState(newIdempotencyKey);
  const [{ data, fetching }, adopt] = useMutation(AdoptDoc);
  const errs = fieldErrors(data?.adoptPractice.userErrors);
  const done = !!data?.adoptPractice.implementation;
  const submit = async () => {
    const r = await adopt({ input: { practiceId: props.practiceId, cityId, idempotencyKey: key + cityId } });
    if (r.data?.adoptPractice.implementation) props.onDone();
  };
  return (
    <div className="adopt">
      {props.cities.length > 1 && (
        <Select label={t('adoptFor')} value={cityId} onChange={setCityId} options={props.cities.map((c) => [c.id, c.name])} />
      )}
      <button type="button" onClick={submit} disabled={fetching || done}>{t('adopt')}</button>
      {done && <Notice kind="info">{t('adopted')}</Notice>}
      {Object.values(errs).map((m) => <Notice key={m} kind="error">{m}</Notice>)}
    </div>
  );
}

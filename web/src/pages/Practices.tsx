import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { PracticeCard } from '../components/PracticeCard';
import { newIdempotencyKey } from '../session';
import { CityLink, Field, Notice, QueryState, Select, fieldErrors } from '../ui';
import { editCities, useSession } from '../viewer';

const PracticesDoc = graphql(`
  query Practices($filter: PracticeFilter) {
    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {
      totalCount
      edges { node { id ...PracticeCard_practice } }
    }
  }
`);

const PracticeDoc = graphql(`
  query Practice($id: ID!) {
    node(id: $id) {
      ... on Practice {
        id title summary results contact links visibility status publishedAt
        city { id ...CityLink_city }
        body { text locale translations { locale machine } }
        adoptions { id status progress city { id ...CityLink_city } }
      }
    }
  }
`);

const AdoptDoc = graphql(`
  mutation AdoptPractice($input: AdoptPracticeInput!) {
    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }
  }
`);

// Practices (/practices?q=): the library; each practice links to its own page.
export function Practices() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const filter = search.trim() ? { search: search.trim() } : undefined;
  const [result, refetch] = useQuery({ query: PracticesDoc, variables: { filter } });
  return (
    <section>
      <h1>{t('practices')}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('search')} type="search" value={search}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })} />
      </form>
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.practices.totalCount === 0}>
        {(d) => (
          <>
            <p className="meta">{t('practicesCount', { count: d.practices.totalCount })}</p>
            <ul className="cards">
              {d.practices.edges.map(({ node: p }) => <PracticeCard key={p.id} practice={p} />)}
            </ul>
          </>
        )}
      </QueryState>
    </section>
  );
}

// PracticePage (/practices/:id): one practice, the cities adopting it, and adopting it.
export function PracticePage() {
  const { id = '' } = useParams();
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: PracticeDoc, variables: { id } });
  return (
    <QueryState result={result} retry={refetch}>
      {(d) => {
        const p = d.node?.__typename === 'Practice' ? d.node : null;
        if (!p) return <section><h1>{t('notFound')}</h1><p>{t('practiceNotFound')}</p><p><Link to="/practices">{t('allPractices')}</Link></p></section>;
        const machine = p.body.translations.find((tr) => tr.locale === p.body.locale)?.machine;
        const candidates = editCities(viewer).filter((c) => c.id !== p.city.id);
        return (
          <article className="detail" aria-labelledby="practice-title">
            <p><Link to="/practices">← {t('allPractices')}</Link></p>
            <h1 id="practice-title">{p.title}</h1>
            <p className="meta">
              <FormattedMessage id="by" values={{ city: <CityLink city={p.city} /> }} />
              {' · '}{f.label('PracticeStatus', p.status)} · {f.label('Visibility', p.visibility)}
              {p.publishedAt && <> · {f.date(p.publishedAt)}</>}
            </p>
            {p.summary && <p className="lead">{p.summary}</p>}
            <p lang={p.body.locale}>{p.body.text}{machine && <em className="machine"> ({t('machine')})</em>}</p>
            {p.results && <><h2>{t('results')}</h2><p>{p.results}</p></>}
            {p.contact && <><h2>{t('contact')}</h2><p>{p.contact}</p></>}
            {p.links.length > 0 && (
              <><h2>{t('links')}</h2><ul>{p.links.map((l) => <li key={l}><a href={l} rel="noreferrer noopener">{l}</a></li>)}</ul></>
            )}
            <h2>{t('adoptions')}</h2>
            <p>{t('adoptionsCount', { count: p.adoptions.length })}</p>
            {p.adoptions.length === 0 ? null : (
              <ul>{p.adoptions.map((a) => <li key={a.id}><CityLink city={a.city} /> · {f.label('ImplementationStatus', a.status)} · {f.percent(a.progress)}</li>)}</ul>
            )}
            {candidates.length > 0 && <Adopt practiceId={p.id} cities={candidates} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
          </article>
        );
      }}
    </QueryState>
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


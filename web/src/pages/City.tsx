import { useParams } from 'react-router';
import { PracticeCard } from '../components/PracticeCard';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { Empty, QueryState } from '../ui';

const CityDoc = graphql(`
  query CityPage($slug: String!) {
    city(slug: $slug) {
      id slug name localName country status memberSince joinRoute isFoundingMember population mayorName website
      workingGroups { id slug kind status name { text } }
      presidencyTerms { id year status }
      practices(first: 50) { totalCount edges { node { id ...PracticeCard_practice } } }
    }
  }
`);

// CityPage (/cities/:slug): a city's facts, its working groups and the practices it shares.
export function CityPage() {
  const { slug = '' } = useParams();
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: CityDoc, variables: { slug } });
  return (
    <QueryState result={result} retry={refetch}>
      {(d) => {
        const c = d.city;
        if (!c) return <section><h1>{t('notFound')}</h1><p>{t('cityNotFound')}</p></section>;
        return (
          <article className="city" aria-labelledby="city-h">
            <h1 id="city-h">{c.name}{c.localName && c.localName !== c.name && <span className="meta"> ({c.localName})</span>}</h1>
            <dl className="facts">
              <div><dt>{t('country')}</dt><dd>{f.country(c.country)}</dd></div>
              <div><dt>{t('status')}</dt><dd>{f.label('CityStatus', c.status)}</dd></div>
              <div><dt>{t('memberSince')}</dt><dd>{f.date(c.memberSince)}</dd></div>
              {c.joinRoute && <div><dt>{t('joinRoute')}</dt><dd>{f.label('JoinRoute', c.joinRoute)}</dd></div>}
              {c.population != null && <div><dt>{t('population')}</dt><dd>{f.number(c.population)}</dd></div>}
              {c.mayorName && <div><dt>{t('mayor')}</dt><dd>{c.mayorName}</dd></div>}
              {c.website && <div><dt>{t('website')}</dt><dd><a href={c.website} rel="noreferrer noopener">{c.website.replace(/^https?:\/\//, '')}</a></dd></div>}
            </dl>
            {c.presidencyTerms.length > 0 && (
              <>
                <h2>{t('presidency')}</h2>
                <ul>{c.presidencyTerms.map((p) => <li key={p.id}>{p.year}: {f.label('PresidencyTermStatus', p.status)}</li>)}</ul>
              </>
            )}
            <h2>{t('workingGroups')}</h2>
            {c.workingGroups.length === 0 ? <Empty /> : (
              <ul>{c.workingGroups.map((g) => <li key={g.id}>{g.name.text} <span className="badge">{f.label('WorkingGroupKind', g.kind)}</span></li>)}</ul>
            )}
            <h2>{t('practicesOf', { city: c.name })}</h2>
            {c.practices.totalCount === 0 ? <Empty>{t('noPractices', { city: c.name })}</Empty> : (
              <ul className="cards">
                {c.practices.edges.map(({ node: p }) => <PracticeCard key={p.id} practice={p} showCity={false} />)}
              </ul>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { CityLink, Empty, QueryState } from '../ui';
import '../components/pages.css';

// Search across the network (/search?q=…), from the header: cities and practices through the
// API's own search (accent- and case-insensitive, server side); recommendations and working
// groups, which the API lists without a search filter and which are few, matched here the same
// way (accents and case folded).
const SearchDoc = graphql(`
  query NetworkSearch($q: String!) {
    cities(first: 10, filter: { search: $q }) { totalCount edges { node { id slug name localName country } } }
    practices(first: 10, filter: { search: $q }) { totalCount edges { node { id title summary city { ...CityLink_city } } } }
    recommendations(first: 100) { edges { node { id title body { text } } } }
    workingGroups(first: 100) { edges { node { id slug name { text } description } } }
  }
`);

// fold: lower case without accents, Turkish dotted and dotless i alike.
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[İIı]/g, 'i').toLowerCase();
}

// SearchBox: the header's search form.
export function SearchBox() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) void navigate('/search?q=' + encodeURIComponent(q.trim()));
  };
  return (
    <form role="search" className="search-form" onSubmit={submit} aria-label={t('searchNetwork')}>
      <label htmlFor="network-search" className="sr-only">{t('searchNetwork')}</label>
      <input id="network-search" type="search" value={q} placeholder={t('searchPlaceholder')} onChange={(e) => setQ(e.target.value)} />
      <button type="submit">{t('search')}</button>
    </form>
  );
}

export function Search() {
  const t = useT();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  return (
    <section className="results" aria-labelledby="search-h">
      <h1 id="search-h">{q ? t('searchResultsFor', { q }) : t('searchNetwork')}</h1>
      {q ? <Results key={q} q={q} /> : <p>{t('searchHint')}</p>}
    </section>
  );
}

function Results({ q }: { q: string }) {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: SearchDoc, variables: { q } });
  const needle = fold(q);
  return (
    <QueryState result={result} retry={refetch}>
      {(d) => {
        const recs = d.recommendations.edges.map(({ node }) => node).filter((r) => fold(r.title + ' ' + r.body.text).includes(needle));
        const groups = d.workingGroups.edges.map(({ node }) => node).filter((g) => fold(g.name.text + ' ' + (g.description ?? '')).includes(needle));
        const total = d.cities.totalCount + d.practices.totalCount + recs.length + groups.length;
        return (
          <>
            <p role="status">{t('searchCount', { count: total })}</p>
            <h2>{t('cities')} ({f.number(d.cities.totalCount)})</h2>
            {d.cities.edges.length === 0 ? <Empty /> : (
              <ul>{d.cities.edges.map(({ node: c }) => <li key={c.id}><CityLink city={c} /> <span className="meta">{c.localName && c.localName !== c.name ? `${c.localName} · ` : ''}{f.country(c.country)}</span></li>)}</ul>
            )}
            <h2>{t('practices')} ({f.number(d.practices.totalCount)})</h2>
            {d.practices.edges.length === 0 ? <Empty /> : (
              <ul>{d.practices.edges.map(({ node: p }) => <li key={p.id}><Link to={'/practices/' + encodeURIComponent(p.id)}>{p.title}</Link> <span className="meta"><CityLink city={p.city} /></span></li>)}</ul>
            )}
            {d.practices.totalCount > d.practices.edges.length && <p><Link to={'/practices?q=' + encodeURIComponent(q)}>{t('allPractices')}</Link></p>}
            <h2>{t('recommendations')} ({f.number(recs.length)})</h2>
            {recs.length === 0 ? <Empty /> : (
              <ul>{recs.map((r) => <li key={r.id}><Link to={'/recommendations/' + encodeURIComponent(r.id)}>{r.title}</Link></li>)}</ul>
            )}
            <h2>{t('workingGroups')} ({f.number(groups.length)})</h2>
            {groups.length === 0 ? <Empty /> : (
              <ul>{groups.map((g) => <li key={g.id}>{g.name.text}{g.description && <span className="meta"> — {g.description}</span>}</li>)}</ul>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { Field, Select } from '../ui';

const countries: [string, string][] = [['', '—'], ['AL', 'Albania'], ['BA', 'Bosnia and Herzegovina'], ['BG', 'Bulgaria'], ['HR', 'Croatia'],
  ['GR', 'Greece'], ['XK', 'Kosovo'], ['MD', 'Moldova'], ['ME', 'Montenegro'], ['MK', 'North Macedonia'], ['RO', 'Romania'],
  ['RS', 'Serbia'], ['SI', 'Slovenia'], ['TR', 'Türkiye']];

const CitiesDoc = graphql(`
  query Cities($first: Int!, $after: String, $filter: CityFilter) {
    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id slug name localName country countryName status memberSince isFoundingMember } }
    }
  }
`);

export function Cities() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [country, setCountry] = useState('');
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const filter = { ...(search.trim() ? { search: search.trim() } : {}), ...(country ? { countries: [country] } : {}) };
  return (
    <section>
      <h1>{t('cities')}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('searchCities')} type="search" value={search} onChange={(e) => { setSearch(e.target.value); setPages([null]); }} />
        <Select label={t('country')} value={country} onChange={(v) => { setCountry(v); setPages([null]); }} options={countries} />
      </form>
      <table>
        <caption className="sr-only">{t('cities')}</caption>
        <thead>
          <tr><th scope="col">{t('name')}</th><th scope="col">{t('country')}</th><th scope="col">{t('memberSince')}</th><th scope="col">{t('status')}</th></tr>
        </thead>
        {pages.map((after, i) => (
          <CityPage key={(after ?? 'first') + search + country} after={after} filter={filter} last={i === pages.length - 1}
            onMore={(cursor) => setPages([...pages, cursor])} />
        ))}
      </table>
    </section>
  );
}

function CityPage(props: { after: string | null; filter: { search?: string; countries?: string[] }; last: boolean; onMore: (cursor: string) => void }) {
  const t = useT();
  const [{ data, fetching }] = useQuery({ query: CitiesDoc, variables: { first: 20, after: props.after, filter: props.filter } });
  const conn = data?.cities;
  return (
    <tbody>
      {fetching && !conn && <tr><td colSpan={4}>{t('loading')}</td></tr>}
      {conn?.edges.map(({ node: c }) => (
        <tr key={c.id}>
          <th scope="row">{c.name}{c.localName && c.localName !== c.name ? ` (${c.localName})` : ''}{c.isFoundingMember ? ` · ${t('founding')}` : ''}</th>
          <td>{c.countryName}</td>
          <td>{c.memberSince ?? '—'}</td>
          <td>{c.status}</td>
        </tr>
      ))}
      {props.last && conn && (
        <tr>
          <td colSpan={4}>
            {conn.totalCount} {t('total')}
            {conn.pageInfo.hasNextPage && conn.pageInfo.endCursor && (
              <button type="button" className="link" onClick={() => props.onMore(conn.pageInfo.endCursor!)}>{t('more')}</button>
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}

import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { CityLink, ErrorState, Field, Loading, Select } from '../ui';

const countryCodes = ['AL', 'BA', 'BG', 'HR', 'GR', 'XK', 'MD', 'ME', 'MK', 'RO', 'RS', 'SI', 'TR'];

const CitiesDoc = graphql(`
  query Cities($first: Int!, $after: String, $filter: CityFilter) {
    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id ...CityLink_city localName country status memberSince isFoundingMember } }
    }
  }
`);

// Cities: the member cities, searchable; the search and the country are in the URL (?q=&country=),
// so a filtered list can be bookmarked and reloaded.
export function Cities() {
  const t = useT();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const country = params.get('country') ?? '';
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setPages([null]);
  };
  const filter = { ...(search.trim() ? { search: search.trim() } : {}), ...(country ? { countries: [country] } : {}) };
  const options: [string, string][] = countryCodes.map((c): [string, string] => [c, f.country(c)]).sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <section>
      <h1>{t('cities')}</h1>
      <form role="search" className="filters" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('searchCities')} type="search" value={search} onChange={(e) => set('q', e.target.value)} />
        <Select label={t('country')} value={country} onChange={(v) => set('country', v)} options={[['', t('allCountries')], ...options]} />
      </form>
      <table className="responsive">
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
  const f = useFormat();
  const [{ data, error }, refetch] = useQuery({ query: CitiesDoc, variables: { first: 20, after: props.after, filter: props.filter } });
  const conn = data?.cities;
  const wide = (children: React.ReactNode) => <tr className="full"><td colSpan={4}>{children}</td></tr>;
  return (
    <tbody>
      {!conn && error && wide(<ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />)}
      {!conn && !error && wide(<Loading />)}
      {conn?.totalCount === 0 && wide(<p>{t('none')}</p>)}
      {conn?.edges.map(({ node: c }) => (
        <tr key={c.id}>
          <th scope="row">
            <CityLink city={c} />{c.localName && c.localName !== c.name ? ` (${c.localName})` : ''}{c.isFoundingMember ? ` · ${t('founding')}` : ''}
          </th>
          <td data-label={t('country')}>{f.country(c.country)}</td>
          <td data-label={t('memberSince')}>{f.date(c.memberSince)}</td>
          <td data-label={t('status')}>{f.label('CityStatus', c.status)}</td>
        </tr>
      ))}
      {props.last && conn && conn.totalCount > 0 && wide(
        <>
          {t('citiesCount', { count: conn.totalCount })}{' '}
          {conn.pageInfo.hasNextPage && conn.pageInfo.endCursor && (
            <button type="button" className="link" onClick={() => props.onMore(conn.pageInfo.endCursor!)}>{t('more')}</button>
          )}
        </>,
      )}
    </tbody>
  );
}

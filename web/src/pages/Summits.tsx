import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { DelegationChoicesQuery, SummitPageQuery } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { CityLink, Disclosure, Field, Notice, QueryState, Select, TextArea, fieldErrors } from '../ui';
import { useSession } from '../viewer';

// Summits (R2.2, R2.5, R6.2): the list, a page per summit (by year) with its delegations, and
// for the secretariat the forms that record a summit and a city's delegation.
const SummitsDoc = graphql(`
  query SummitsPage {
    summits(first: 50) {
      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city } delegations { id } election { id termYear status } } }
    }
    presidencyTerms(first: 50) { edges { node { id year city { id name } } } }
  }
`);

const SummitDoc = graphql(`
  query SummitPage {
    summits(first: 30) {
      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city }
        delegations { id city { id country ...CityLink_city } head { name position } members { name position } }
        election { id termYear status round winner { ...CityLink_city } } } }
    }
  }
`);

const DelegationChoicesDoc = graphql(`
  query DelegationChoices {
    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }
    network { eligibleCountries }
  }
`);

const CreateSummitDoc = graphql(`
  mutation CreateSummit($input: CreateSummitInput!) { createSummit(input: $input) { summit { id year } userErrors { code field message } } }
`);

const RecordDelegationDoc = graphql(`
  mutation RecordDelegation($input: RecordDelegationInput!) { recordDelegation(input: $input) { delegation { id } userErrors { code field message } } }
`);

// useDateRange shows two calendar days as one range in the interface's language
// (29–30 Nov 2021; 29.–30. Kas 2021).
export function useDateRange() {
  const intl = useIntl();
  return (from: string, to: string) => {
    const fmt = new Intl.DateTimeFormat(intl.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return fmt.formatRange(new Date(from + 'T00:00:00Z'), new Date(to + 'T00:00:00Z'));
  };
}

export function Summits() {
  const t = useT();
  const f = useFormat();
  const dateRange = useDateRange();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: SummitsDoc });
  return (
    <section>
      <h1>{t('summits')}</h1>
      <p className="lead">{t('summit.intro')}</p>
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.summits.edges.length === 0}>{(data) => (
        <table className="responsive">
          <caption className="sr-only">{t('summits')}</caption>
          <thead><tr><th scope="col">{t('year')}</th><th scope="col">{t('title')}</th><th scope="col">{t('summit.dates')}</th><th scope="col">{t('host')}</th><th scope="col">{t('delegations')}</th><th scope="col">{t('election')}</th></tr></thead>
          <tbody>
            {data.summits.edges.map(({ node: s }) => (
              <tr key={s.id}>
                <th scope="row"><Link to={'/summits/' + s.year}>{s.year}</Link></th>
                <td data-label={t('title')}><Link to={'/summits/' + s.year}>{s.title}</Link>{s.isFounding && <> <span className="badge">{t('summit.founding')}</span></>}{s.motto && <><br /><span className="meta">“{s.motto}”</span></>}</td>
                <td data-label={t('summit.dates')}>{dateRange(s.startsOn, s.endsOn)}{s.venue ? <><br /><span className="meta">{s.venue}</span></> : null}</td>
                <td data-label={t('host')}><CityLink city={s.hostCity} /></td>
                <td data-label={t('delegations')}>{t('summit.delegationsCount', { count: s.delegations.length })}</td>
                <td data-label={t('election')}>{s.election ? <Link to={'/elections/' + encodeURIComponent(s.election.id)}>{t('summit.electionFor', { year: String(s.election.termYear) })}: {f.label('PresidencyElectionStatus', s.election.status)}</Link> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}</QueryState>
      {viewer?.can.manageNetwork && result.data && <NewSummit terms={result.data.presidencyTerms.edges.map((e) => e.node)} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
    </section>
  );
}

// NewSummit: the secretariat records a summit; its host is the city presiding that year (R2.5).
function NewSummit({ terms, onDone }: { terms: { year: number; city: { id: string; name: string } }[]; onDone: () => void }) {
  const t = useT();
  const next = new Date().getFullYear() + 1;
  const [year, setYear] = useState(String(next));
  const [title, setTitle] = useState('');
  const [motto, setMotto] = useState('');
  const [venue, setVenue] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [done, setDone] = useState('');
  const [res, create] = useMutation(CreateSummitDoc);
  const term = terms.find((x) => x.year === Number(year));
  const errs = fieldErrors(res.data?.createSummit.userErrors);
  return (
    <Disclosure label={t('summit.new')}>
      <form className="card-form narrow" aria-label={t('summit.new')} onSubmit={async (e) => {
        e.preventDefault();
        setDone('');
        if (!term) return;
        const r = await create({ input: { year: Number(year), title, motto: motto || null, venue: venue || null, startsOn, endsOn, hostCityId: term.city.id } });
        if (r.data?.createSummit.summit) { setDone(t('saved')); setTitle(''); onDone(); }
      }}>
        <Field label={t('year')} type="number" min={2021} value={year} onChange={(e) => setYear(e.target.value)} required error={errs.year} />
        <p>{t('host')}: {term ? term.city.name : <span className="field-error">{t('summit.noTerm', { year })}</span>} <span className="meta">{t('summit.hostRule')}</span></p>
        <Field label={t('title')} value={title} onChange={(e) => setTitle(e.target.value)} required error={errs.title} />
        <Field label={t('summit.motto')} value={motto} onChange={(e) => setMotto(e.target.value)} error={errs.motto} />
        <Field label={t('summit.venue')} value={venue} onChange={(e) => setVenue(e.target.value)} error={errs.venue} />
        <Field label={t('summit.startsOn')} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required error={errs.startsOn} />
        <Field label={t('summit.endsOn')} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} required error={errs.endsOn} />
        {errs._ && <Notice kind="error">{errs._}</Notice>}
        {errs.hostCityId && <Notice kind="error">{errs.hostCityId}</Notice>}
        {res.error && <Notice kind="error">{t('errorLoading')}</Notice>}
        <button type="submit" disabled={res.fetching || !term}>{t('summit.create')}</button>
        {done && <Notice kind="info">{done}</Notice>}
      </form>
    </Disclosure>
  );
}

export function SummitPage() {
  const t = useT();
  const { year } = useParams();
  const [result, refetch] = useQuery({ query: SummitDoc });
  const summit = result.data?.summits.edges.map((e) => e.node).find((s) => String(s.year) === year);
  return (
    <section>
      <p><Link to="/summits">{t('summits')}</Link></p>
      <QueryState result={result} retry={refetch}>{() => summit
        ? <SummitBody summit={summit} reload={() => refetch({ requestPolicy: 'network-only' })} />
        : <><h1>{t('notFound')}</h1><p>{t('summit.notFound')}</p></>}</QueryState>
    </section>
  );
}

type SummitT = SummitPageQuery['summits']['edges'][number]['node'];

function SummitBody({ summit: s, reload }: { summit: SummitT; reload: () => void }) {
  const t = useT();
  const f = useFormat();
  const dateRange = useDateRange();
  const { viewer } = useSession();
  return (
    <>
      <h1>{s.title}</h1>
      {s.motto && <p className="lead">“{s.motto}”</p>}
      <dl className="facts">
        <div><dt>{t('year')}</dt><dd>{s.year}</dd></div>
        <div><dt>{t('summit.dates')}</dt><dd>{dateRange(s.startsOn, s.endsOn)}</dd></div>
        <div><dt>{t('summit.venue')}</dt><dd>{s.venue ?? '—'}</dd></div>
        <div><dt>{t('host')}</dt><dd><CityLink city={s.hostCity} /></dd></div>
        {s.isFounding && <div><dt>{t('summit.founding')}</dt><dd>{t('summit.foundingText')}</dd></div>}
        <div><dt>{t('election')}</dt><dd>{s.election
          ? <Link to={'/elections/' + encodeURIComponent(s.election.id)}>{t('summit.electionFor', { year: String(s.election.termYear) })}: {f.label('PresidencyElectionStatus', s.election.status)}</Link>
          : t('summit.noElection')}{s.election?.winner && <> · {t('winner')}: <CityLink city={s.election.winner} /></>}</dd></div>
      </dl>
      <h2>{t('delegations')}</h2>
      <p>{t('summit.delegationsCount', { count: s.delegations.length })}</p>
      {s.delegations.length > 0 && (
        <table className="responsive">
          <caption className="sr-only">{t('delegations')}</caption>
          <thead><tr><th scope="col">{t('city')}</th><th scope="col">{t('country')}</th><th scope="col">{t('summit.head')}</th><th scope="col">{t('members')}</th></tr></thead>
          <tbody>
            {s.delegations.map((d) => (
              <tr key={d.id}>
                <th scope="row"><CityLink city={d.city} /></th>
                <td data-label={t('country')}>{f.country(d.city.country)}</td>
                <td data-label={t('summit.head')}>{d.head ? `${d.head.name}${d.head.position ? ', ' + d.head.position : ''}` : '—'}</td>
                <td data-label={t('members')}>{d.members.length === 0 ? '—' : d.members.map((m) => `${m.name}${m.position ? ' (' + m.position + ')' : ''}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {viewer?.can.manageNetwork && <RecordDelegationLoader summit={s} onDone={reload} />}
    </>
  );
}

// people reads "Name, position" lines.
function people(text: string) {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const i = l.indexOf(',');
    return i < 0 ? { name: l, position: null } : { name: l.slice(0, i).trim(), position: l.slice(i + 1).trim() || null };
  });
}

// RecordDelegation: the secretariat records a member city's delegation, or a city new to the
// network, which attending makes a member (R6.2; the founding summit makes founders, R6.1).
function RecordDelegationLoader({ summit, onDone }: { summit: SummitT; onDone: () => void }) {
  const [result, refetch] = useQuery({ query: DelegationChoicesDoc });
  return <QueryState result={result} retry={refetch}>{(data) => <RecordDelegation summit={summit} data={data} onDone={onDone} />}</QueryState>;
}

function RecordDelegation({ summit, data, onDone }: { summit: SummitT; data: DelegationChoicesQuery; onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const attending = new Set(summit.delegations.map((d) => d.city.id));
  const cities = data.cities.edges.map((e) => e.node).filter((c) => !attending.has(c.id));
  const [cityId, setCityId] = useState('');
  const [newName, setNewName] = useState('');
  const [country, setCountry] = useState(data.network.eligibleCountries[0] ?? '');
  const [headName, setHeadName] = useState('');
  const [headPosition, setHeadPosition] = useState('');
  const [members, setMembers] = useState('');
  const [done, setDone] = useState('');
  const [res, record] = useMutation(RecordDelegationDoc);
  const chosen = cityId || cities[0]?.id || 'new';
  const errs = fieldErrors(res.data?.recordDelegation.userErrors);
  return (
    <Disclosure label={t('summit.recordDelegation')}>
      <form className="card-form narrow" aria-label={t('summit.recordDelegation')} onSubmit={async (e) => {
        e.preventDefault();
        setDone('');
        const input = {
          summitId: summit.id,
          ...(chosen === 'new' ? { newCity: { name: newName, country } } : { cityId: chosen }),
          head: headName ? { name: headName, position: headPosition || null } : null,
          members: people(members),
        };
        const r = await record({ input });
        if (r.data?.recordDelegation.delegation) {
          setDone(t('saved'));
          setCityId(''); setNewName(''); setHeadName(''); setHeadPosition(''); setMembers('');
          onDone();
        }
      }}>
        <Select label={t('city')} value={chosen} onChange={setCityId}
          options={[...cities.map((c) => [c.id, c.name] as [string, string]), ['new', t('summit.newCity')]]} />
        {chosen === 'new' && (
          <>
            <p className="meta">{t('summit.newCityRule')}</p>
            <Field label={t('name')} value={newName} onChange={(e) => setNewName(e.target.value)} required error={errs.name} />
            <Select label={t('country')} value={country} onChange={setCountry}
              options={data.network.eligibleCountries.map((c) => [c, f.country(c)] as [string, string]).sort((x, y) => x[1].localeCompare(y[1]))} />
          </>
        )}
        <Field label={t('summit.headName')} value={headName} onChange={(e) => setHeadName(e.target.value)} error={errs.head} />
        <Field label={t('summit.headPosition')} value={headPosition} onChange={(e) => setHeadPosition(e.target.value)} />
        <TextArea label={t('summit.membersHelp')} value={members} onChange={(e) => setMembers(e.target.value)} rows={3} error={errs.members} />
        {(errs._ || errs.cityId || errs.country || errs.newCity || errs.summitId) && <Notice kind="error">{errs._ || errs.cityId || errs.country || errs.newCity || errs.summitId}</Notice>}
        {res.error && <Notice kind="error">{t('errorLoading')}</Notice>}
        <button type="submit" disabled={res.fetching}>{t('summit.recordDelegation')}</button>
        {done && <Notice kind="info">{done}</Notice>}
      </form>
    </Disclosure>
  );
}

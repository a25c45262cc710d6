import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { NetworkPageQuery } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { CityLink, Disclosure, Empty, Field, Notice, QueryState, Select, TextArea, fieldErrors } from '../ui';
import { adminCities, useSession } from '../viewer';

const NetworkDoc = graphql(`
  query NetworkPage {
    summits(first: 20) {
      edges { node { id year title motto startsOn endsOn venue hostCity { ...CityLink_city } delegations { id city { id ...CityLink_city } }
        election { id termYear status round winner { name } } } }
    }
    presidencyTerms(first: 20) { edges { node { id year status city { ...CityLink_city } } } }
    workingGroups(first: 50) {
      edges { node { id slug status kind name { text } members { city { id ...CityLink_city } } nextRegularMeetingDue isMeetingOverdue
        meetings(first: 3) { edges { node { id kind startsAt } } } } }
    }
  }
`);

const ElectionDoc = graphql(`
  query Election($id: ID!) {
    presidencyElection(id: $id) { id termYear status round votesCast eligibleVoters candidates { city { id ...CityLink_city } votes } winner { name } }
  }
`);

const CandidacyDoc = graphql(`
  mutation DeclareCandidacy($input: DeclareCandidacyInput!) { declareCandidacy(input: $input) { userErrors { code field message } } }
`);

const VoteDoc = graphql(`
  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { userErrors { code field message } } }
`);

const ProposeDoc = graphql(`
  mutation ProposeWorkingGroup($input: ProposeWorkingGroupInput!) {
    proposeWorkingGroup(input: $input) { workingGroup { id slug } userErrors { code field message } }
  }
`);

export function Network() {
  const t = useT();
  const [result, refetch] = useQuery({ query: NetworkDoc });
  return (
    <section>
      <h1>{t('network')}</h1>
      <QueryState result={result} retry={refetch}>{(data) => <NetworkBody data={data} onProposed={() => refetch({ requestPolicy: 'network-only' })} />}</QueryState>
    </section>
  );
}

function NetworkBody({ data, onProposed }: { data: NetworkPageQuery; onProposed: () => void }) {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  // The open election is in the URL (?election=), so it survives a reload and can be shared.
  const [params] = useSearchParams();
  const election = params.get('election');
  return (
    <>
      <h2>{t('summits')}</h2>
      <p><Link to="/summits">{t('network.allSummits')}</Link> · <Link to="/presidency">{t('network.allTerms')}</Link></p>
      <table className="responsive">
        <thead><tr><th scope="col">{t('year')}</th><th scope="col">{t('title')}</th><th scope="col">{t('host')}</th><th scope="col">{t('delegations')}</th><th scope="col">{t('election')}</th></tr></thead>
        <tbody>
          {data.summits.edges.map(({ node: s }) => (
            <tr key={s.id}>
              <th scope="row"><Link to={'/summits/' + s.year}>{s.year}</Link></th>
              <td data-label={t('title')}><Link to={'/summits/' + s.year}>{s.title}</Link>{s.motto ? ` — “${s.motto}”` : ''}<br /><span className="meta">{f.date(s.startsOn)} – {f.date(s.endsOn)}{s.venue ? `, ${s.venue}` : ''}</span></td>
              <td data-label={t('host')}><CityLink city={s.hostCity} /></td>
              <td data-label={t('delegations')}>{s.delegations.length === 0 ? '—' : s.delegations.map((d, i) => <span key={d.id}>{i > 0 && ', '}<CityLink city={d.city} /></span>)}</td>
              <td data-label={t('election')}>{s.election ? (
                <Link to={'?election=' + encodeURIComponent(s.election.id)} aria-current={election === s.election.id ? 'true' : undefined}>
                  {s.election.termYear}: {f.label('PresidencyElectionStatus', s.election.status)}{s.election.winner ? ` (${s.election.winner.name})` : ''}
                </Link>
              ) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {election && <ElectionPanel id={election} />}
      <h2>{t('presidency')}</h2>
      <ul>{data.presidencyTerms.edges.map(({ node: p }) => <li key={p.id}><Link to={'/presidency/' + p.year}>{p.year}</Link>: <CityLink city={p.city} /> ({f.label('PresidencyTermStatus', p.status)})</li>)}</ul>
      <h2>{t('workingGroups')}</h2>
      {/* runMeetings is workinggroup.IsLead: the presidency or the secretariat, not through an API
          token, exactly the check proposeWorkingGroup makes (R4.5). */}
      {viewer?.can.runMeetings && <Disclosure label={t('group.propose')}><ProposeForm onDone={onProposed} /></Disclosure>}
      {data.workingGroups.edges.length === 0 && <Empty />}
      <div className="groups">
        {data.workingGroups.edges.map(({ node: g }) => (
          <article key={g.id} className="group" aria-labelledby={'wg-' + g.slug}>
            <h3 id={'wg-' + g.slug}><Link to={'/groups/' + g.slug}>{g.name.text}</Link></h3>
            <p className="meta">{f.label('WorkingGroupKind', g.kind)} · {f.label('WorkingGroupStatus', g.status)}</p>
            <p>{t('nextDue')}: {f.date(g.nextRegularMeetingDue)} {g.isMeetingOverdue && <strong className="overdue">{t('overdue')}</strong>}</p>
            <p>{t('members')}: {g.members.length === 0 ? '—' : g.members.map((m, i) => <span key={m.city.id}>{i > 0 && ', '}<CityLink city={m.city} /></span>)}</p>
            <p>{t('meetings')}: {g.meetings.edges.map(({ node: m }) => `${f.date(m.startsAt)} (${f.label('WorkingGroupMeetingKind', m.kind)})`).join(', ') || '—'}</p>
          </article>
        ))}
      </div>
    </>
  );
}

// ProposeForm: the presidency or the secretariat puts a new working group forward; the other
// side approves it on /desk (R4.5).
function ProposeForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const [form, setForm] = useState({ name: '', description: '', kind: 'PERMANENT', endsOn: '', slug: '' });
  const [{ data, error, fetching }, propose] = useMutation(ProposeDoc);
  const [done, setDone] = useState<string | null>(null);
  const errs = fieldErrors(data?.proposeWorkingGroup.userErrors);
  return (
    <form className="card-form" onSubmit={async (e: FormEvent) => {
      e.preventDefault();
      const r = await propose({ input: { name: [{ locale: 'en', text: form.name }], description: form.description.trim() || null, kind: form.kind as never,
        endsOn: form.kind === 'TEMPORARY' && form.endsOn ? form.endsOn : null, slug: form.slug.trim() || null } });
      const g = r.data?.proposeWorkingGroup;
      if (g && g.userErrors.length === 0 && g.workingGroup) {
        setDone(g.workingGroup.slug);
        setForm({ name: '', description: '', kind: 'PERMANENT', endsOn: '', slug: '' });
        onDone();
      } else setDone(null);
    }}>
      <Field label={t('group.nameEn')} required maxLength={200} value={form.name} error={errs.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <TextArea label={t('description')} maxLength={5000} value={form.description} error={errs.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
      <Select label={t('kind')} value={form.kind} onChange={(v) => setForm({ ...form, kind: v })}
        options={['PERMANENT', 'TEMPORARY'].map((k) => [k, f.label('WorkingGroupKind', k)])} />
      {errs.kind && <Notice kind="error">{errs.kind}</Notice>}
      {form.kind === 'TEMPORARY' && (
        <Field label={t('group.endsOn')} type="date" required value={form.endsOn} error={errs.endsOn} onChange={(e) => setForm({ ...form, endsOn: e.target.value })} />
      )}
      {form.kind !== 'TEMPORARY' && errs.endsOn && <Notice kind="error">{errs.endsOn}</Notice>}
      <Field label={t('group.slug')} value={form.slug} error={errs.slug} onChange={(e) => setForm({ ...form, slug: e.target.value })} />
      {(errs.side || errs._) && <Notice kind="error">{errs.side || errs._}</Notice>}
      {error && <Notice kind="error">{error.graphQLErrors[0]?.message ?? t('errorNetwork')}</Notice>}
      {done && <Notice kind="info">{t('group.proposed')} <Link to={'/groups/' + done}>{done}</Link></Notice>}
      <button type="submit" disabled={fetching}>{t('group.propose')}</button>
    </form>
  );
}

// ElectionPanel shows an election; a city admin stands or votes for the city.
export function ElectionPanel({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: ElectionDoc, variables: { id }, requestPolicy: 'network-only' });
  const data = result.data;
  const [cand, declare] = useMutation(CandidacyDoc);
  const [vote, cast] = useMutation(VoteDoc);
  const [choice, setChoice] = useState('');
  const e = data?.presidencyElection;
  if (!e) return <QueryState result={result} retry={refetch}>{() => <Empty />}</QueryState>;
  const adminOf = adminCities(viewer);
  const open = e.status === 'OPEN' || e.status === 'RUNOFF';
  const errs = { ...fieldErrors(cand.data?.declareCandidacy.userErrors), ...fieldErrors(vote.data?.castVote.userErrors) };
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section className="card-form" aria-labelledby="election-h">
      <h2 id="election-h">{t('election')} {e.termYear}</h2>
      <p>{t('status_label')}: {f.label('PresidencyElectionStatus', e.status)} · {t('round')} {e.round}{e.votesCast != null ? ` · ${t('votesCast', { cast: e.votesCast, eligible: e.eligibleVoters ?? 0 })}` : ''}</p>
      {e.winner && <p><strong>{t('winner')}: {e.winner.name}</strong></p>}
      <h3>{t('candidates')}</h3>
      <ul>{e.candidates.map((c) => <li key={c.city.id}><CityLink city={c.city} />{c.votes != null ? ` — ${t('votesCount', { count: c.votes })}` : ''}</li>)}</ul>
      {open && adminOf.map((city) => (
        <div key={city.id} className="row">
          <strong>{city.name}</strong>
          {e.status === 'OPEN' && e.round === 1 && !e.candidates.some((c) => c.city.id === city.id) && (
            <button type="button" onClick={async () => { await declare({ input: { electionId: e.id, cityId: city.id } }); reload(); }}>{t('standFor')} <span className="sr-only">{city.name}</span></button>
          )}
          {e.candidates.length > 0 && (
            <>
              <Select label={`${t('voteFor')} (${city.name})`} value={choice || e.candidates[0].city.id} onChange={setChoice}
                options={e.candidates.map((c) => [c.city.id, c.city.name])} />
              <button type="button" onClick={async () => {
                await cast({ input: { electionId: e.id, candidateCityId: choice || e.candidates[0].city.id, voterCityId: city.id } });
                reload();
              }}>{t('voteFor')} <span className="sr-only">{city.name}</span></button>
            </>
          )}
        </div>
      ))}
      {Object.values(errs).map((m) => <Notice key={m} kind="error">{m}</Notice>)}
    </section>
  );
}

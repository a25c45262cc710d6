import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { Link } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CopyLink, invitationUrl } from '../components/CopyLink';
import { CityLink, Empty, Field, Notice, QueryState, Select, TextArea } from '../ui';
import { useSession } from '../viewer';
import { OutgoingMail } from './Mail';
import { ElectionPanel } from './Network';

const DeskDoc = graphql(`
  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {
    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {
      edges { node { id cityName localName country mayorName contactName contactEmail contactPosition website population motivation submittedAt } }
    }
    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {
      edges { node { id title summary status submittedAt city { ...CityLink_city } body { text } endorsements { id ...CityLink_city } workingGroup { id name { text } } recommendation { id } } }
    }
    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status round votesCast eligibleVoters candidates { city { id name } votes } } } } }
    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }
  }
`);

const ReviewApplicationDoc = graphql(`
  mutation ReviewApplication($input: ReviewMembershipApplicationInput!) {
    reviewMembershipApplication(input: $input) { invitationToken userErrors { code field message } }
  }
`);
const ReviewProposalDoc = graphql(`
  mutation ReviewProposal($input: ReviewProposalInput!) { reviewProposal(input: $input) { proposal { id status } userErrors { code field message } } }
`);
const AdoptRecommendationDoc = graphql(`
  mutation AdoptRecommendation($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { recommendation { id } userErrors { code field message } } }
`);
const OpenElectionDoc = graphql(`
  mutation OpenElection($input: OpenPresidencyElectionInput!) { openPresidencyElection(input: $input) { election { id } userErrors { code field message } } }
`);
const CloseElectionDoc = graphql(`
  mutation CloseElection($input: ClosePresidencyElectionInput!) { closePresidencyElection(input: $input) { election { id status } userErrors { code field message } } }
`);
const ApproveGroupDoc = graphql(`
  mutation ApproveGroup($input: ApproveWorkingGroupInput!) { approveWorkingGroup(input: $input) { workingGroup { id status } userErrors { code field message } } }
`);

// Desk (/desk): the secretariat's and the presidency's decisions. Each shows what is being
// decided (everything an applicant wrote, a proposal's text) and asks before it acts, saying
// what the decision will do.
export function Desk() {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const can = viewer?.can;
  const allowed = !!can && (can.reviewProposals || can.reviewApplications);
  const [result, refetch] = useQuery({ query: DeskDoc, pause: !allowed,
    variables: { applications: !!can?.reviewApplications, elections: !!can?.runElections, groups: !!can?.approveWorkingGroups } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [app, reviewApp] = useMutation(ReviewApplicationDoc);
  const [prop, reviewProp] = useMutation(ReviewProposalDoc);
  const [rec, adoptRec] = useMutation(AdoptRecommendationDoc);
  const [opened, openElection] = useMutation(OpenElectionDoc);
  const [closed, closeElection] = useMutation(CloseElectionDoc);
  const [approved, approve] = useMutation(ApproveGroupDoc);
  const [summitId, setSummitId] = useState('');
  const [termYear, setTermYear] = useState('');
  const [note, setNote] = useState('');
  if (!allowed) return <Notice kind="info">{t('notAllowed')}</Notice>;
  if (!result.data) return <section><h1>{t('desk')}</h1><QueryState result={result} retry={refetch}>{() => null}</QueryState></section>;
  const data = result.data;
  const errors = [app.data?.reviewMembershipApplication.userErrors, prop.data?.reviewProposal.userErrors, rec.data?.adoptRecommendation.userErrors,
    opened.data?.openPresidencyElection.userErrors, closed.data?.closePresidencyElection.userErrors, approved.data?.approveWorkingGroup.userErrors].flatMap((e) => e ?? []);
  const token = app.data?.reviewMembershipApplication.invitationToken;
  const summits = data.summits?.edges.map(({ node }) => node) ?? [];
  const chosen = summitId || summits[0]?.id || '';
  const year = new Date().getFullYear();
  // A decision's note is written in its dialog; each dialog starts with an empty one.
  const noteField = <TextArea label={t('decisionNote')} value={note} rows={3} onChange={(e) => setNote(e.target.value)} />;
  const decided = (ok: boolean) => { reload(); return ok; };
  const fresh = (open: boolean) => { if (open) setNote(''); };
  return (
    <section>
      <h1>{t('desk')}</h1>
      {errors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      {data.membershipApplications && (
        <>
          <h2>{t('applications')}</h2>
          {token && <CopyLink label={t('invitationLink')} url={invitationUrl(token)} />}
          {data.membershipApplications.edges.length === 0 && <Empty />}
          {data.membershipApplications.edges.map(({ node: a }) => (
            <article key={a.id} className="application" aria-labelledby={'app-' + a.id}>
              <h3 id={'app-' + a.id}>{a.cityName}{a.localName && a.localName !== a.cityName ? ` (${a.localName})` : ''}</h3>
              <dl>
                <dt>{t('country')}</dt><dd>{f.country(a.country)}</dd>
                <dt>{t('submitted')}</dt><dd>{f.date(a.submittedAt)}</dd>
                <dt>{t('contact')}</dt><dd>{a.contactName}{a.contactPosition ? `, ${a.contactPosition}` : ''}</dd>
                <dt>{t('email')}</dt><dd><a href={'mailto:' + a.contactEmail}>{a.contactEmail}</a></dd>
                {a.mayorName && <><dt>{t('mayor')}</dt><dd>{a.mayorName}</dd></>}
                {a.population != null && <><dt>{t('population')}</dt><dd>{f.number(a.population)}</dd></>}
                {a.website && <><dt>{t('website')}</dt><dd><a href={a.website} rel="noreferrer noopener">{a.website.replace(/^https?:\/\//, '')}</a></dd></>}
              </dl>
              <h4>{t('motivation')}</h4>
              <p className="quote">{a.motivation}</p>
              <div className="actions">
                <ConfirmDialog trigger={t('approve')} about={a.cityName} title={t('approveApplicationTitle', { city: a.cityName })}
                  description={<><p>{t('approveApplicationText', { city: a.cityName, country: f.country(a.country), email: a.contactEmail })}</p><p>{t('cannotUndo')}</p></>}
                  confirmLabel={t('approve')} onOpenChange={fresh} onConfirm={async () => {
                    const r = await reviewApp({ input: { applicationId: a.id, decision: 'APPROVE', note: note || null } });
                    return decided(!r.data?.reviewMembershipApplication.userErrors.length);
                  }}>{noteField}</ConfirmDialog>
                <ConfirmDialog destructive trigger={t('reject')} about={a.cityName} title={t('rejectApplicationTitle', { city: a.cityName })}
                  description={<p>{t('rejectApplicationText', { city: a.cityName })}</p>}
                  confirmLabel={t('reject')} onOpenChange={fresh} onConfirm={async () => {
                    const r = await reviewApp({ input: { applicationId: a.id, decision: 'REJECT', note: note || null } });
                    return decided(!r.data?.reviewMembershipApplication.userErrors.length);
                  }}>{noteField}</ConfirmDialog>
              </div>
            </article>
          ))}
        </>
      )}
      <h2>{t('proposals')}</h2>
      {data.proposals.edges.length === 0 && <Empty />}
      {data.proposals.edges.map(({ node: p }) => (
        <article key={p.id} className="proposal-review" aria-labelledby={'prop-' + p.id}>
          <h3 id={'prop-' + p.id}><Link to={'/proposals/' + encodeURIComponent(p.id)}>{p.title}</Link></h3>
          <p className="meta"><CityLink city={p.city} /> · <span className="badge">{f.label('ProposalStatus', p.status)}</span>
            {p.submittedAt && <> · {t('submitted')} {f.date(p.submittedAt)}</>}{p.workingGroup && <> · {p.workingGroup.name.text}</>}</p>
          {p.summary && <p><strong>{p.summary}</strong></p>}
          <p className="quote">{p.body.text}</p>
          <p>{t('endorsedBy')}: {p.endorsements.length === 0 ? t('nobody') : p.endorsements.map((c, i) => <span key={c.id}>{i > 0 && ', '}<CityLink city={c} /></span>)}</p>
          <div className="actions">
            {p.status === 'SUBMITTED' && <button type="button" onClick={async () => { await reviewProp({ input: { proposalId: p.id, decision: 'UNDER_REVIEW' } }); reload(); }}>{t('review')} <span className="sr-only">{p.title}</span></button>}
            {(p.status === 'SUBMITTED' || p.status === 'UNDER_REVIEW') && (
              <>
                <ConfirmDialog trigger={t('accept')} about={p.title} title={t('acceptProposalTitle', { title: p.title })}
                  description={<><p>{t('acceptProposalText', { city: p.city.name })}</p><p>{t('cannotUndo')}</p></>}
                  confirmLabel={t('accept')} onOpenChange={fresh} onConfirm={async () => {
                    const r = await reviewProp({ input: { proposalId: p.id, decision: 'ACCEPT', note: note || null } });
                    return decided(!r.data?.reviewProposal.userErrors.length);
                  }}>{noteField}</ConfirmDialog>
                <ConfirmDialog destructive trigger={t('decline')} about={p.title} title={t('declineProposalTitle', { title: p.title })}
                  description={<><p>{t('declineProposalText', { city: p.city.name })}</p><p>{t('cannotUndo')}</p></>}
                  confirmLabel={t('decline')} onOpenChange={fresh} onConfirm={async () => {
                    const r = await reviewProp({ input: { proposalId: p.id, decision: 'DECLINE', note: note || null } });
                    return decided(!r.data?.reviewProposal.userErrors.length);
                  }}>{noteField}</ConfirmDialog>
              </>
            )}
            {can?.manageNetwork && p.status === 'ACCEPTED' && !p.recommendation && (
              <ConfirmDialog trigger={t('makeRecommendation')} about={p.title} title={t('makeRecommendation')}
                description={<p>{t('makeRecommendationText', { title: p.title })}</p>}
                confirmLabel={t('makeRecommendation')} onConfirm={async () => {
                  const r = await adoptRec({ input: { title: p.title, body: [{ locale: 'en', text: p.body.text }], sourceProposalId: p.id, idempotencyKey: newIdempotencyKey() } });
                  reload();
                  return !r.data?.adoptRecommendation.userErrors.length;
                }} />
            )}
          </div>
        </article>
      ))}
      {data.summits && (
        <>
          <h2>{t('election')}</h2>
          <Select label={t('summits')} value={chosen} onChange={setSummitId} options={summits.map((s) => [s.id, `${s.year} ${s.title}`])} />
          {(() => {
            const s = summits.find((x) => x.id === chosen);
            if (!s) return null;
            if (!s.election) {
              return (
                <form onSubmit={async (e) => { e.preventDefault(); await openElection({ input: { summitId: s.id, termYear: Number(termYear || s.year + 1) } }); reload(); }}>
                  <Field label={t('termYear')} type="number" value={termYear || String(s.year + 1)} onChange={(e) => setTermYear(e.target.value)} />
                  <button type="submit">{t('openElection')}</button>
                </form>
              );
            }
            const el = s.election;
            const cast = el.votesCast ?? 0;
            const turnout = el.eligibleVoters > 0 ? Math.round((cast / el.eligibleVoters) * 100) : 0;
            const top = Math.max(0, ...el.candidates.map((c) => c.votes ?? 0));
            const leaders = el.candidates.filter((c) => (c.votes ?? 0) === top && top > 0);
            return (
              <>
                <p><Link to={'/elections/' + encodeURIComponent(el.id)}>{t('electionPage', { year: el.termYear })}</Link></p>
                <ElectionPanel key={el.id + el.status} id={el.id} />
                {(el.status === 'OPEN' || el.status === 'RUNOFF') && (
                  <ConfirmDialog trigger={t('closeElection')} about={String(el.termYear)} title={t('closeElectionTitle', { year: el.termYear })}
                    description={<>
                      <p>{t('turnout', { cast, eligible: el.eligibleVoters, percent: f.percent(turnout) })}</p>
                      <p>{t('electionRule')}</p>
                      <p>{leaders.length === 1 ? t('closeElectionWins', { city: leaders[0].city.name }) : leaders.length > 1 ? t('closeElectionTie', { count: leaders.length }) : t('closeElectionNoVotes')}</p>
                      {el.termYear < year && <p className="warning" role="alert">{t('termYearPast', { year: el.termYear, now: year })}</p>}
                      {turnout < 50 && <p className="warning" role="alert">{t('turnoutLow', { percent: f.percent(turnout) })}</p>}
                      <p>{t('cannotUndo')}</p>
                    </>}
                    confirmLabel={t('closeElection')} onConfirm={async () => {
                      const r = await closeElection({ input: { electionId: el.id } });
                      reload();
                      return !r.data?.closePresidencyElection.userErrors.length;
                    }} />
                )}
              </>
            );
          })()}
        </>
      )}
      {data.workingGroups && <h2>{t('groupApprovals')}</h2>}
      {data.workingGroups?.edges.length === 0 && <Empty />}
      <ul className="rows">
        {data.workingGroups?.edges.map(({ node: g }) => (
          <li key={g.id} className="row">{g.name.text}{g.proposedBy && <> · {f.label('WorkingGroupSide', g.proposedBy)}</>}
            <button type="button" onClick={async () => { await approve({ input: { workingGroupId: g.id } }); reload(); }}>{t('approve')} <span className="sr-only">{g.name.text}</span></button>
          </li>
        ))}
      </ul>
      {can?.manageMail && <OutgoingMail />}
    </section>
  );
}

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { CityLink, Empty, Field, Notice, QueryState, Select } from '../ui';
import { useSession } from '../viewer';
import { OutgoingMail } from './Mail';
import { ElectionPanel } from './Network';

const DeskDoc = graphql(`
  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {
    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {
      edges { node { id cityName country contactName motivation submittedAt } }
    }
    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {
      edges { node { id title status city { ...CityLink_city } body { text } recommendation { id } } }
    }
    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status } } } }
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
  if (!allowed) return <Notice kind="info">{t('notAllowed')}</Notice>;
  if (!result.data) return <section><h1>{t('desk')}</h1><QueryState result={result} retry={refetch}>{() => null}</QueryState></section>;
  const data = result.data;
  const errors = [app.data?.reviewMembershipApplication.userErrors, prop.data?.reviewProposal.userErrors, rec.data?.adoptRecommendation.userErrors,
    opened.data?.openPresidencyElection.userErrors, closed.data?.closePresidencyElection.userErrors, approved.data?.approveWorkingGroup.userErrors].flatMap((e) => e ?? []);
  const token = app.data?.reviewMembershipApplication.invitationToken;
  const summits = data.summits?.edges.map(({ node }) => node) ?? [];
  const chosen = summitId || summits[0]?.id || '';
  return (
    <section>
      <h1>{t('desk')}</h1>
      {errors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      {data.membershipApplications && (
        <>
          <h2>{t('applications')}</h2>
          {token && <Notice kind="info">{t('tokenOnce')} <code>{token}</code></Notice>}
          {data.membershipApplications.edges.length === 0 && <Empty />}
          <ul className="rows">
            {data.membershipApplications.edges.map(({ node: a }) => (
              <li key={a.id} className="row">
                <strong>{a.cityName}</strong> ({f.country(a.country)}) · {a.contactName} · {f.date(a.submittedAt)}
                <button type="button" onClick={async () => { await reviewApp({ input: { applicationId: a.id, decision: 'APPROVE' } }); reload(); }}>{t('approve')} <span className="sr-only">{a.cityName}</span></button>
                <button type="button" onClick={async () => { await reviewApp({ input: { applicationId: a.id, decision: 'REJECT' } }); reload(); }}>{t('reject')} <span className="sr-only">{a.cityName}</span></button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('proposals')}</h2>
      {data.proposals.edges.length === 0 && <Empty />}
      <ul className="rows">
        {data.proposals.edges.map(({ node: p }) => (
          <li key={p.id} className="row">
            <strong>{p.title}</strong> · <CityLink city={p.city} /> <span className="badge">{f.label('ProposalStatus', p.status)}</span>
            {p.status === 'SUBMITTED' && <button type="button" onClick={async () => { await reviewProp({ input: { proposalId: p.id, decision: 'UNDER_REVIEW' } }); reload(); }}>{t('review')} <span className="sr-only">{p.title}</span></button>}
            {(p.status === 'SUBMITTED' || p.status === 'UNDER_REVIEW') && (
              <>
                <button type="button" onClick={async () => { await reviewProp({ input: { proposalId: p.id, decision: 'ACCEPT' } }); reload(); }}>{t('accept')} <span className="sr-only">{p.title}</span></button>
                <button type="button" onClick={async () => { await reviewProp({ input: { proposalId: p.id, decision: 'DECLINE' } }); reload(); }}>{t('decline')} <span className="sr-only">{p.title}</span></button>
              </>
            )}
            {can?.manageNetwork && p.status === 'ACCEPTED' && !p.recommendation && (
              <button type="button" onClick={async () => {
                await adoptRec({ input: { title: p.title, body: [{ locale: 'en', text: p.body.text }], sourceProposalId: p.id, idempotencyKey: newIdempotencyKey() } });
                reload();
              }}>{t('makeRecommendation')} <span className="sr-only">{p.title}</span></button>
            )}
          </li>
        ))}
      </ul>
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
            return (
              <>
                <ElectionPanel key={s.election.id + s.election.status} id={s.election.id} />
                {(s.election.status === 'OPEN' || s.election.status === 'RUNOFF') && (
                  <button type="button" onClick={async () => { await closeElection({ input: { electionId: s.election!.id } }); reload(); }}>{t('closeElection')}</button>
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
          <li key={g.id} className="row">{g.name.text} ({g.proposedBy})
            <button type="button" onClick={async () => { await approve({ input: { workingGroupId: g.id } }); reload(); }}>{t('approve')} <span className="sr-only">{g.name.text}</span></button>
          </li>
        ))}
      </ul>
      {can?.manageMail && <OutgoingMail />}
    </section>
  );
}

import { Link } from 'react-router';
import { NextMeetings } from '../components/NextMeetings';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { CityLink, Empty, Loading, QueryState } from '../ui';
import { useSession, type Viewer } from '../viewer';
import '../components/pages.css';

// Home (/): what needs the viewer. A city official sees the city's drafts, proposals awaiting a
// decision, implementations without an update in 90 days and an open election; the secretariat
// the application queue, proposals to review, overdue working groups, elections to run and the
// secretariat's R3.3 compliance; an analyst the headline figures; the anonymous public a short
// welcome. What is shown follows viewer.can and the viewer's cities, as the server says.

const enc = encodeURIComponent;
const STALE_DAYS = 90;

const HomeDoc = graphql(`
  query Home($cityIds: [ID!], $city: Boolean!, $secretariat: Boolean!, $review: Boolean!, $figures: Boolean!, $staleBefore: DateTime!) {
    draftPractices: practices(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {
      totalCount edges { node { id title city { id name } } }
    }
    draftProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {
      totalCount edges { node { id title city { id name } } }
    }
    waitingProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $city) {
      totalCount edges { node { id title status submittedAt city { id name } } }
    }
    staleImplementations: implementations(first: 20, filter: { cityIds: $cityIds, statuses: [PLANNED, IN_PROGRESS], updatedTo: $staleBefore }) @include(if: $city) {
      totalCount edges { node { id status updatedAt city { id name } recommendation { title } sourcePractice { title } } }
    }
    applications: membershipApplications(first: 10, filter: { statuses: [SUBMITTED] }) @include(if: $secretariat) {
      totalCount edges { node { id cityName country submittedAt } }
    }
    toReview: proposals(first: 10, filter: { statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $review) {
      totalCount edges { node { id title status city { ...CityLink_city } } }
    }
    groups: workingGroups(first: 100, filter: { statuses: [ACTIVE] }) @include(if: $secretariat) {
      edges { node { id slug name { text } isMeetingOverdue nextRegularMeetingDue } }
    }
    summits(first: 3) { edges { node { id year title election { id termYear status votesCast eligibleVoters } } } }
    network {
      memberCount
      secretariat @include(if: $secretariat) { compliance { meetsMinimum problems } }
    }
    practiceCount: practices(first: 1, filter: { statuses: [PUBLISHED] }) @include(if: $figures) { totalCount }
    recommendationCount: recommendations(first: 1) @include(if: $figures) { totalCount }
    implementationCount: implementations(first: 1) @include(if: $figures) { totalCount }
    completedCount: implementations(first: 1, filter: { statuses: [COMPLETED] }) @include(if: $figures) { totalCount }
  }
`);

export function Home() {
  const { viewer, status } = useSession();
  if (status === 'loading') return <Loading />;
  if (!viewer) return <Welcome />;
  return <Needs viewer={viewer} />;
}

function Welcome() {
  const t = useT();
  return (
    <section aria-labelledby="home-h">
      <h1 id="home-h">{t('welcomeTitle')}</h1>
      <p className="lead">{t('welcomeText')}</p>
      <ul className="headline">
        <li><Link to="/cities">{t('welcomeCities')}</Link></li>
        <li><Link to="/practices">{t('welcomePractices')}</Link></li>
        <li><Link to="/recommendations">{t('welcomeRecommendations')}</Link></li>
        <li><Link to="/network">{t('welcomeNetwork')}</Link></li>
      </ul>
      <p><Link to="/apply">{t('applyTitle')}</Link> · <Link to="/signin">{t('welcomeSignIn')}</Link></p>
    </section>
  );
}

// days ago, as the start of that day in UTC (the same answer all day long, so the query is cached).
function daysAgo(n: number): string {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString();
}

function Needs({ viewer }: { viewer: Viewer }) {
  const t = useT();
  const f = useFormat();
  const can = viewer.can;
  const cityIds = viewer.memberships.map((m) => m.city.id);
  const variables = {
    cityIds, city: cityIds.length > 0, secretariat: can.reviewApplications, review: can.reviewProposals,
    figures: can.viewAnalytics, staleBefore: daysAgo(STALE_DAYS),
  };
  const [result, refetch] = useQuery({ query: HomeDoc, variables });
  const many = cityIds.length > 1;
  const cityOf = (c: { name: string }) => (many ? ` · ${c.name}` : '');
  return (
    <section aria-labelledby="home-h">
      <h1 id="home-h">{t('homeTitle', { name: viewer.user.name })}</h1>
      <QueryState result={result} retry={refetch}>
        {(d) => {
          const elections = d.summits.edges.map(({ node }) => node.election).filter((e) => e && (e.status === 'OPEN' || e.status === 'RUNOFF'));
          return (
            <>
              {d.practiceCount && (
                <section aria-labelledby="home-figures">
                  <h2 id="home-figures">{t('headlineFigures')}</h2>
                  <ul className="headline">
                    <li><strong>{f.number(d.network.memberCount)}</strong>{t('memberCities')}</li>
                    <li><strong>{f.number(d.practiceCount.totalCount)}</strong>{t('publishedPractices')}</li>
                    <li><strong>{f.number(d.recommendationCount?.totalCount ?? 0)}</strong>{t('recommendations')}</li>
                    <li><strong>{f.number(d.implementationCount?.totalCount ?? 0)}</strong>{t('implementations')}</li>
                    <li><strong>{f.number(d.completedCount?.totalCount ?? 0)}</strong>{t('completedImplementations')}</li>
                  </ul>
                  {can.viewAnalytics && <p><Link to="/analytics">{t('toAnalytics')}</Link></p>}
                </section>
              )}
              <div className="needs">
                {d.draftPractices && d.draftProposals && (
                  <section aria-labelledby="home-drafts">
                    <h2 id="home-drafts">{t('yourDrafts')} ({f.number(d.draftPractices.totalCount + d.draftProposals.totalCount)})</h2>
                    {d.draftPractices.totalCount + d.draftProposals.totalCount === 0 ? <Empty>{t('noDrafts')}</Empty> : (
                      <ul>
                        {d.draftPractices.edges.map(({ node: p }) => <li key={p.id}><Link to={'/practices/' + enc(p.id)}>{p.title}</Link> <span className="meta">{t('practice')}{cityOf(p.city)}</span></li>)}
                        {d.draftProposals.edges.map(({ node: p }) => <li key={p.id}><Link to={'/proposals/' + enc(p.id)}>{p.title}</Link> <span className="meta">{t('proposal')}{cityOf(p.city)}</span></li>)}
                      </ul>
                    )}
                  </section>
                )}
                {d.waitingProposals && (
                  <section aria-labelledby="home-waiting">
                    <h2 id="home-waiting">{t('awaitingDecision')} ({f.number(d.waitingProposals.totalCount)})</h2>
                    {d.waitingProposals.totalCount === 0 ? <Empty>{t('nothingWaiting')}</Empty> : (
                      <ul>{d.waitingProposals.edges.map(({ node: p }) => (
                        <li key={p.id}><Link to={'/proposals/' + enc(p.id)}>{p.title}</Link> <span className="meta">{f.label('ProposalStatus', p.status)}{p.submittedAt && ` · ${f.date(p.submittedAt)}`}{cityOf(p.city)}</span></li>
                      ))}</ul>
                    )}
                  </section>
                )}
                {d.staleImplementations && (
                  <section aria-labelledby="home-stale">
                    <h2 id="home-stale">{t('staleImplementations', { days: STALE_DAYS })} ({f.number(d.staleImplementations.totalCount)})</h2>
                    {d.staleImplementations.totalCount === 0 ? <Empty>{t('noStale')}</Empty> : (
                      <ul>{d.staleImplementations.edges.map(({ node: im }) => (
                        <li key={im.id}><Link to={'/implementations/' + enc(im.id)}>{im.recommendation?.title ?? im.sourcePractice?.title}</Link> <span className="meta">{t('lastChange')}: {f.date(im.updatedAt)}{cityOf(im.city)}</span></li>
                      ))}</ul>
                    )}
                  </section>
                )}
                {d.applications && (
                  <section aria-labelledby="home-apps">
                    <h2 id="home-apps">{t('applications')} ({f.number(d.applications.totalCount)})</h2>
                    {d.applications.totalCount === 0 ? <Empty>{t('noApplications')}</Empty> : (
                      <ul>{d.applications.edges.map(({ node: a }) => <li key={a.id}>{a.cityName} ({f.country(a.country)}) <span className="meta">{f.date(a.submittedAt)}</span></li>)}</ul>
                    )}
                    <p><Link to="/desk">{t('toDesk')}</Link></p>
                  </section>
                )}
                {d.toReview && (
                  <section aria-labelledby="home-review">
                    <h2 id="home-review">{t('proposalsToReview')} ({f.number(d.toReview.totalCount)})</h2>
                    {d.toReview.totalCount === 0 ? <Empty>{t('nothingWaiting')}</Empty> : (
                      <ul>{d.toReview.edges.map(({ node: p }) => <li key={p.id}><Link to={'/proposals/' + enc(p.id)}>{p.title}</Link> <span className="meta"><CityLink city={p.city} /> · {f.label('ProposalStatus', p.status)}</span></li>)}</ul>
                    )}
                    <p><Link to="/desk">{t('toDesk')}</Link></p>
                  </section>
                )}
                {d.groups && (() => {
                  const overdue = d.groups.edges.map(({ node }) => node).filter((g) => g.isMeetingOverdue);
                  return (
                    <section aria-labelledby="home-groups">
                      <h2 id="home-groups">{t('overdueGroups')} ({f.number(overdue.length)})</h2>
                      {overdue.length === 0 ? <Empty>{t('noOverdueGroups')}</Empty> : (
                        <ul>{overdue.map((g) => <li key={g.id}>{g.name.text} <span className="meta">{t('nextDue')}: {f.date(g.nextRegularMeetingDue)}</span></li>)}</ul>
                      )}
                    </section>
                  );
                })()}
                {(cityIds.length > 0 || can.runElections) && (
                  <section aria-labelledby="home-elections">
                    <h2 id="home-elections">{can.runElections ? t('electionsToRun') : t('openElectionNow')}</h2>
                    {elections.length === 0 ? <Empty>{t('noOpenElection')}</Empty> : (
                      <ul>{elections.map((e) => e && (
                        <li key={e.id}><Link to={'/elections/' + enc(e.id)}>{t('electionPage', { year: e.termYear })}</Link> <span className="meta">{f.label('PresidencyElectionStatus', e.status)}
                          {e.votesCast != null && ` · ${t('votesCast', { cast: e.votesCast, eligible: e.eligibleVoters })}`}</span></li>
                      ))}</ul>
                    )}
                  </section>
                )}
                {d.network.secretariat && (
                  <section aria-labelledby="home-r33">
                    <h2 id="home-r33">{t('secretariatStaff')}</h2>
                    {d.network.secretariat.compliance.meetsMinimum ? <p>{t('complianceOk')}</p> : (
                      <><p className="warning">{t('complianceProblems')}</p><ul>{d.network.secretariat.compliance.problems.map((p) => <li key={p}>{p}</li>)}</ul></>
                    )}
                    <p><Link to="/people">{t('toStaff')}</Link></p>
                  </section>
                )}
                <NextMeetings />
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { CityLink, Empty, Notice, QueryState } from '../ui';
import { editCities, useSession } from '../viewer';
import { UpdateForm } from './Implementations';
import { ElectionPanel } from './Network';
import '../components/pages.css';

// Pages of one item each (issue 20: "pages for every item, all linkable"): a proposal, a
// recommendation, an implementation and an election, each at its own URL by its global ID and
// loaded cold through node(id); an ID that names nothing the viewer may see is "not found".

const enc = encodeURIComponent;

function NotFoundItem() {
  const t = useT();
  return <section><h1>{t('notFound')}</h1><p>{t('itemNotFound')}</p></section>;
}

const ProposalDoc = graphql(`
  query ProposalPage($id: ID!) {
    node(id: $id) {
      ... on Proposal {
        id title summary status visibility submittedAt decidedAt decisionNote createdAt
        body { text locale }
        city { id ...CityLink_city }
        workingGroup { id slug name { text } }
        endorsements { id ...CityLink_city }
        recommendation { id title }
      }
    }
  }
`);

const EndorseDoc = graphql(`
  mutation EndorseProposal($input: EndorseProposalInput!) {
    endorseProposal(input: $input) { proposal { id endorsements { id } } userErrors { code field message } }
  }
`);

// ProposalPage (/proposals/:id): the text, who endorsed it, and the decision with its note.
export function ProposalPage() {
  const { id = '' } = useParams();
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: ProposalDoc, variables: { id } });
  const [endorsed, endorse] = useMutation(EndorseDoc);
  return (
    <QueryState result={result} retry={refetch}>
      {(d) => {
        const p = d.node?.__typename === 'Proposal' ? d.node : null;
        if (!p) return <NotFoundItem />;
        const open = p.status === 'SUBMITTED' || p.status === 'UNDER_REVIEW';
        const mine = editCities(viewer).filter((c) => c.id !== p.city.id && !p.endorsements.some((e) => e.id === c.id));
        const decided = p.status === 'ACCEPTED' || p.status === 'DECLINED';
        return (
          <article aria-labelledby="item-h">
            <p className="meta">{t('proposal')}</p>
            <h1 id="item-h">{p.title}</h1>
            <dl className="facts-inline">
              <dt>{t('city')}</dt><dd><CityLink city={p.city} /></dd>
              <dt>{t('status_label')}</dt><dd>{f.label('ProposalStatus', p.status)}</dd>
              <dt>{t('visibility')}</dt><dd>{f.label('Visibility', p.visibility)}</dd>
              {p.submittedAt && <><dt>{t('submitted')}</dt><dd>{f.date(p.submittedAt)}</dd></>}
              {p.workingGroup && <><dt>{t('workingGroup')}</dt><dd>{p.workingGroup.name.text}</dd></>}
            </dl>
            {p.summary && <p className="lead">{p.summary}</p>}
            <h2>{t('body')}</h2>
            <p className="quote" lang={p.body.locale}>{p.body.text}</p>
            <h2>{t('endorsedBy')}</h2>
            {p.endorsements.length === 0 ? <Empty>{t('noEndorsements')}</Empty> : (
              <ul>{p.endorsements.map((c) => <li key={c.id}><CityLink city={c} /></li>)}</ul>
            )}
            {endorsed.data?.endorseProposal.userErrors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
            {open && mine.map((c) => (
              <button key={c.id} type="button" disabled={endorsed.fetching} onClick={async () => {
                await endorse({ input: { proposalId: p.id, cityId: c.id } });
                refetch({ requestPolicy: 'network-only' });
              }}>{t('endorseAs', { city: c.name })}</button>
            ))}
            <h2>{t('decision')}</h2>
            {decided ? (
              <>
                <p>{f.label('ProposalStatus', p.status)}{p.decidedAt && <> · {f.date(p.decidedAt)}</>}</p>
                {p.decisionNote && <p className="quote">{p.decisionNote}</p>}
              </>
            ) : <p>{t('noDecisionYet')}</p>}
            {p.recommendation && (
              <p>{t('becameRecommendation')}: <Link to={'/recommendations/' + enc(p.recommendation.id)}>{p.recommendation.title}</Link></p>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}

const RecommendationDoc = graphql(`
  query RecommendationPage($id: ID!) {
    node(id: $id) {
      ... on Recommendation {
        id title adoptedOn
        body { text locale }
        source { proposal { id title city { ...CityLink_city } } workingGroup { id name { text } } summit { id year title } }
        adoption { committed inProgress completed notPursued suspended cities }
        implementations(first: 100) {
          edges { node { id status progress updatedAt city { id ...CityLink_city } } }
        }
      }
    }
  }
`);

const CommitDoc = graphql(`
  mutation CommitFromPage($input: CommitToRecommendationInput!) {
    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }
  }
`);

// RecommendationPage (/recommendations/:id): the recommendation, where it came from, and its
// take-up city by city; a city the viewer edits commits to it here.
export function RecommendationPage() {
  const { id = '' } = useParams();
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: RecommendationDoc, variables: { id } });
  const [commit, run] = useMutation(CommitDoc);
  return (
    <QueryState result={result} retry={refetch}>
      {(d) => {
        const r = d.node?.__typename === 'Recommendation' ? d.node : null;
        if (!r) return <NotFoundItem />;
        const rows = r.implementations.edges.map(({ node }) => node);
        const cities = editCities(viewer).filter((c) => !rows.some((i) => i.city.id === c.id));
        return (
          <article aria-labelledby="item-h">
            <p className="meta">{t('recommendation')}</p>
            <h1 id="item-h">{r.title}</h1>
            <dl className="facts-inline">
              <dt>{t('adoptedOn')}</dt><dd>{f.date(r.adoptedOn)}</dd>
              {r.source.proposal && <><dt>{t('fromProposal')}</dt><dd><Link to={'/proposals/' + enc(r.source.proposal.id)}>{r.source.proposal.title}</Link> (<CityLink city={r.source.proposal.city} />)</dd></>}
              {r.source.workingGroup && <><dt>{t('workingGroup')}</dt><dd>{r.source.workingGroup.name.text}</dd></>}
              {r.source.summit && <><dt>{t('summit')}</dt><dd>{r.source.summit.year} {r.source.summit.title}</dd></>}
            </dl>
            <p className="quote" lang={r.body.locale}>{r.body.text}</p>
            <h2>{t('takeUp')}</h2>
            <p>{t('adoptionSummary', { ...r.adoption })}</p>
            {rows.length === 0 ? <Empty>{t('noTakeUp')}</Empty> : (
              <table className="responsive">
                <caption className="sr-only">{t('takeUp')}</caption>
                <thead><tr><th scope="col">{t('city')}</th><th scope="col">{t('status_label')}</th><th scope="col">{t('progress')}</th><th scope="col">{t('lastChange')}</th></tr></thead>
                <tbody>
                  {rows.map((i) => (
                    <tr key={i.id}>
                      <th scope="row"><CityLink city={i.city} /></th>
                      <td data-label={t('status_label')}><Link to={'/implementations/' + enc(i.id)}>{f.label('ImplementationStatus', i.status)}<span className="sr-only"> — {i.city.name}</span></Link></td>
                      <td data-label={t('progress')}>{f.percent(i.progress)}</td>
                      <td data-label={t('lastChange')}>{f.date(i.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {commit.data?.commitToRecommendation.userErrors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
            {cities.map((c) => (
              <button key={c.id} type="button" disabled={commit.fetching} onClick={async () => {
                const res = await run({ input: { cityId: c.id, recommendationId: r.id, idempotencyKey: newIdempotencyKey() } });
                if (res.data?.commitToRecommendation.implementation) refetch({ requestPolicy: 'network-only' });
              }}>{t('commit')}: {c.name}</button>
            ))}
          </article>
        );
      }}
    </QueryState>
  );
}

const ImplementationDoc = graphql(`
  query ImplementationPage($id: ID!) {
    node(id: $id) {
      ... on Implementation {
        id status progress version visibility plannedStart plannedEnd createdAt updatedAt
        city { id ...CityLink_city }
        recommendation { id title }
        sourcePractice { id title }
        updates(first: 100) { edges { node { id at status progress note evidenceUrls author { id name } } } }
      }
    }
  }
`);

// ImplementationPage (/implementations/:id): one city's implementation and its timeline; the
// city's editors record progress here.
export function ImplementationPage() {
  const { id = '' } = useParams();
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: ImplementationDoc, variables: { id } });
  return (
    <QueryState result={result} retry={refetch}>
      {(d) => {
        const im = d.node?.__typename === 'Implementation' ? d.node : null;
        if (!im) return <NotFoundItem />;
        const title = im.recommendation?.title ?? im.sourcePractice?.title ?? '';
        const canEdit = !!viewer?.can.editCityIds.includes(im.city.id);
        return (
          <article aria-labelledby="item-h">
            <p className="meta">{t('implementation')}</p>
            <h1 id="item-h">{t('implementationOf', { title, city: im.city.name })}</h1>
            <dl className="facts-inline">
              <dt>{t('city')}</dt><dd><CityLink city={im.city} /></dd>
              {im.recommendation && <><dt>{t('recommendation')}</dt><dd><Link to={'/recommendations/' + enc(im.recommendation.id)}>{im.recommendation.title}</Link></dd></>}
              {im.sourcePractice && <><dt>{t('adoptedPractice')}</dt><dd><Link to={'/practices/' + enc(im.sourcePractice.id)}>{im.sourcePractice.title}</Link></dd></>}
              <dt>{t('status_label')}</dt><dd>{f.label('ImplementationStatus', im.status)}</dd>
              <dt>{t('progress')}</dt><dd><progress max={100} value={im.progress} aria-label={t('progress')}>{f.percent(im.progress)}</progress> {f.percent(im.progress)}</dd>
              {im.plannedStart && <><dt>{t('plannedStart')}</dt><dd>{f.date(im.plannedStart)}</dd></>}
              {im.plannedEnd && <><dt>{t('plannedEnd')}</dt><dd>{f.date(im.plannedEnd)}</dd></>}
              <dt>{t('lastChange')}</dt><dd>{f.date(im.updatedAt)}</dd>
            </dl>
            <h2>{t('timeline')}</h2>
            {im.updates.edges.length === 0 ? <Empty /> : (
              <ol className="timeline">
                {im.updates.edges.map(({ node: u }) => (
                  <li key={u.id}>
                    <strong>{f.date(u.at)}</strong> · {f.label('ImplementationStatus', u.status)} · {f.percent(u.progress)}
                    {u.author && <span className="meta"> · {u.author.name}</span>}
                    {u.note && <p>{u.note}</p>}
                    {u.evidenceUrls.length > 0 && <ul>{u.evidenceUrls.map((url) => <li key={url}><a href={url} rel="noreferrer noopener">{url.replace(/^https?:\/\//, '')}</a></li>)}</ul>}
                  </li>
                ))}
              </ol>
            )}
            {canEdit && im.status !== 'COMPLETED' && im.status !== 'NOT_PURSUED' && (
              <>
                <h2>{t('recordProgress')}</h2>
                <UpdateForm key={im.id + ':' + im.version} id={im.id} version={im.version} status={im.status} progress={im.progress} title={title}
                  onDone={() => refetch({ requestPolicy: 'network-only' })} />
              </>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}

const ElectionDoc = graphql(`
  query ElectionPage($id: ID!) {
    node(id: $id) {
      ... on PresidencyElection { id termYear status openedAt closedAt summit { id year title hostCity { ...CityLink_city } } }
    }
  }
`);

// ElectionPage (/elections/:id): a presidency election, its candidates and result; a city
// admin stands and votes here (ElectionPanel).
export function ElectionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: ElectionDoc, variables: { id } });
  return (
    <QueryState result={result} retry={refetch}>
      {(d) => {
        const e = d.node?.__typename === 'PresidencyElection' ? d.node : null;
        if (!e) return <NotFoundItem />;
        return (
          <article aria-labelledby="item-h">
            <h1 id="item-h">{t('electionPage', { year: e.termYear })}</h1>
            <dl className="facts-inline">
              <dt>{t('summit')}</dt><dd>{e.summit.year} {e.summit.title} (<CityLink city={e.summit.hostCity} />)</dd>
              <dt>{t('opened')}</dt><dd>{f.date(e.openedAt)}</dd>
              {e.closedAt && <><dt>{t('closed')}</dt><dd>{f.date(e.closedAt)}</dd></>}
            </dl>
            <p>{t('electionRule')}</p>
            <ElectionPanel key={e.id + e.status} id={e.id} />
          </article>
        );
      }}
    </QueryState>
  );
}

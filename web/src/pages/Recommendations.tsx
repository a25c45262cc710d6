import { useMutation, useQuery } from 'urql';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { CityLink, Notice, QueryState } from '../ui';
import { editCities, useSession } from '../viewer';

const RecommendationsDoc = graphql(`
  query Recommendations {
    recommendations(first: 20) {
      edges { node { id title adoptedOn body { text }
        adoption { committed inProgress completed notPursued }
        implementations(first: 50) { edges { node { id status progress city { id ...CityLink_city } } } } } }
    }
  }
`);

const CommitDoc = graphql(`
  mutation CommitToRecommendation($input: CommitToRecommendationInput!) {
    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }
  }
`);

export function Recommendations() {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: RecommendationsDoc });
  const [commit, run] = useMutation(CommitDoc);
  const cities = editCities(viewer);
  const errors = commit.data?.commitToRecommendation.userErrors ?? [];
  return (
    <section>
      <h1>{t('recommendations')}</h1>
      {errors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.recommendations.edges.length === 0}>
      {(data) => data.recommendations.edges.map(({ node: r }) => (
        <article key={r.id} className="card-form" aria-label={r.title}>
          <h2><Link to={'/recommendations/' + encodeURIComponent(r.id)}>{r.title}</Link></h2>
          <p className="meta">{f.date(r.adoptedOn)}</p>
          <p>{r.body.text}</p>
          <p>{t('adoption')}: {t('adoptionSummary', { ...r.adoption })}</p>
          <table className="responsive">
            <thead><tr><th scope="col">{t('city')}</th><th scope="col">{t('status_label')}</th><th scope="col">{t('progress')}</th></tr></thead>
            <tbody>
              {r.implementations.edges.map(({ node: i }) => (
                <tr key={i.id}><th scope="row"><CityLink city={i.city} /></th><td data-label={t('status_label')}>{f.label('ImplementationStatus', i.status)}</td><td data-label={t('progress')}>{f.percent(i.progress)}</td></tr>
              ))}
            </tbody>
          </table>
          {cities.filter((c) => !r.implementations.edges.some(({ node: i }) => i.city.id === c.id)).map((c) => (
            <button key={c.id} type="button" disabled={commit.fetching} onClick={async () => {
              const res = await run({ input: { cityId: c.id, recommendationId: r.id, idempotencyKey: newIdempotencyKey() } });
              if (res.data?.commitToRecommendation.implementation) refetch({ requestPolicy: 'network-only' });
            }}>{t('commit')}: {c.name} <span className="sr-only">— {r.title}</span></button>
          ))}
        </article>
      ))}
      </QueryState>
    </section>
  );
}

import { useMutation, useQuery } from 'urql';
import { useSession } from '../App';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { newIdempotencyKey } from '../session';
import { Notice } from '../ui';

const RecommendationsDoc = graphql(`
  query Recommendations {
    recommendations(first: 20) {
      edges { node { id title adoptedOn body { text }
        adoption { committed inProgress completed notPursued }
        implementations(first: 50) { edges { node { id status progress city { id name } } } } } }
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
  const { viewer } = useSession();
  const [{ data, error }, refetch] = useQuery({ query: RecommendationsDoc });
  const [commit, run] = useMutation(CommitDoc);
  const cities = (viewer?.memberships ?? []).filter((m) => m.role !== 'CITY_VIEWER').map((m) => m.city);
  const errors = commit.data?.commitToRecommendation.userErrors ?? [];
  return (
    <section>
      <h1>{t('recommendations')}</h1>
      {error && <Notice kind="error">{t('error')}: {error.graphQLErrors[0]?.message ?? error.message}</Notice>}
      {errors.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      {data?.recommendations.edges.map(({ node: r }) => (
        <article key={r.id} className="card-form" aria-label={r.title}>
          <h2>{r.title}</h2>
          <p className="meta">{r.adoptedOn}</p>
          <p>{r.body.text}</p>
          <p>{t('adoption')}: {t('committed')} {r.adoption.committed} · {t('inProgress')} {r.adoption.inProgress} · {t('completed')} {r.adoption.completed} · {t('notPursued')} {r.adoption.notPursued}</p>
          <table>
            <thead><tr><th scope="col">{t('city')}</th><th scope="col">{t('status_label')}</th><th scope="col">{t('progress')}</th></tr></thead>
            <tbody>
              {r.implementations.edges.map(({ node: i }) => (
                <tr key={i.id}><th scope="row">{i.city.name}</th><td>{i.status}</td><td>{i.progress}%</td></tr>
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
    </section>
  );
}

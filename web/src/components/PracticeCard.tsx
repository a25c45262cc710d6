import { Link } from 'react-router';
import { graphql } from '../gql';
import type { PracticeCard_PracticeFragment } from '../gql/graphql';
import { useFormat } from '../i18n';
import { CityLink } from '../ui';

// PracticeCard: a practice in a list (the library, a city's page), linking to its own page.
// Its fragment is what a list asks for it.
graphql(`
  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }
`);

export function PracticeCard({ practice: p, showCity = true }: { practice: PracticeCard_PracticeFragment; showCity?: boolean }) {
  const f = useFormat();
  return (
    <li className="card">
      <Link to={'/practices/' + encodeURIComponent(p.id)}><strong>{p.title}</strong></Link>
      <span>{showCity && <><CityLink city={p.city} /> · </>}{f.label('Visibility', p.visibility)}</span>
      {p.summary && <span>{p.summary}</span>}
    </li>
  );
}

import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { QueryState } from '../ui';
import { meetingWhen } from '../pages/Meeting';

const NextMeetingsDoc = graphql(`
  query NextMeetings($first: Int) {
    viewer { nextMeetings(first: $first) { id kind startsAt endsAt timeZone icsUrl viewerRsvp workingGroup { id slug name { text } } } }
  }
`);

// NextMeetings lists the signed-in person's next meetings (their cities' working groups, or
// every group for the lead side), soonest first, each with its calendar download. Reusable on
// any page (the home page shows it); renders nothing for an anonymous visitor.
export function NextMeetings({ first = 5, headingLevel = 2 }: { first?: number; headingLevel?: 2 | 3 }) {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: NextMeetingsDoc, variables: { first } });
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (result.data && !result.data.viewer) return null;
  return (
    <section className="next-meetings" aria-labelledby="next-meetings-h">
      <H id="next-meetings-h">{t('yourNextMeetings')}</H>
      <QueryState result={result} retry={refetch} isEmpty={(d) => !d.viewer || d.viewer.nextMeetings.length === 0} empty={t('noNextMeetings')}>
        {(d) => (
          <ul className="meetings">
            {d.viewer!.nextMeetings.map((m) => (
              <li key={m.id}>
                <Link to={'/meetings/' + encodeURIComponent(m.id)}>{m.workingGroup.name.text}</Link>
                <span className="meta"> · {f.label('WorkingGroupMeetingKind', m.kind)} · {meetingWhen(f, m)}
                  {m.viewerRsvp && ` · ${f.label('RsvpAnswer', m.viewerRsvp)}`}</span>{' '}
                <a href={m.icsUrl} download aria-label={`${t('addToCalendar')}: ${m.workingGroup.name.text}`}>{t('addToCalendar')}</a>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

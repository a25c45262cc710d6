import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { GroupPageQuery } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { CityLink, Disclosure, Empty, Field, Notice, QueryState, Select, fieldErrors } from '../ui';
import { useSession } from '../viewer';
import { MeetingSummary, RsvpButtons, AgendaList, AddAgendaItem, meetingWhen } from './Meeting';

const GroupDoc = graphql(`
  query GroupPage($slug: String!) {
    workingGroup(slug: $slug) {
      id slug status kind name { text } description calendarFeedUrl lastRegularMeetingOn nextRegularMeetingDue isMeetingOverdue
      members { city { id ...CityLink_city } focalPoint }
      nextMeeting { id ...MeetingSummary_meeting }
      meetings(first: 20) { edges { node { id kind status startsAt endsAt timeZone attendingCities { id }
        meetingMinutes { status } } } }
    }
  }
`);

const ScheduleDoc = graphql(`
  mutation ScheduleGroupMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { id } userErrors { code field message } }
  }
`);

export function GroupPage() {
  const { slug = '' } = useParams();
  const t = useT();
  const [result, refetch] = useQuery({ query: GroupDoc, variables: { slug } });
  const g = result.data?.workingGroup;
  return (
    <section>
      <h1>{g ? g.name.text : t('workingGroup')}</h1>
      <QueryState result={result} retry={refetch} isEmpty={(d) => !d.workingGroup}>
        {(d) => <GroupBody g={d.workingGroup!} reload={() => refetch({ requestPolicy: 'network-only' })} />}
      </QueryState>
    </section>
  );
}

type Group = NonNullable<GroupPageQuery['workingGroup']>;

function GroupBody({ g, reload }: { g: Group; reload: () => void }) {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const past = g.meetings.edges.map((e) => e.node).filter((m) => new Date(m.endsAt) < new Date() || m.status === 'CANCELLED');
  return (
    <>
      <p className="meta">{f.label('WorkingGroupKind', g.kind)} · {f.label('WorkingGroupStatus', g.status)}</p>
      {g.description && <p>{g.description}</p>}
      <p>{t('nextDue')}: {f.date(g.nextRegularMeetingDue)} {g.isMeetingOverdue && <strong className="overdue">{t('overdue')}</strong>}</p>
      <h2>{t('members')}</h2>
      {g.members.length === 0 ? <Empty /> : (
        <ul>{g.members.map((m) => <li key={m.city.id}><CityLink city={m.city} />{m.focalPoint ? ` — ${m.focalPoint}` : ''}</li>)}</ul>
      )}
      <h2>{t('nextMeeting')}</h2>
      {g.nextMeeting ? (
        <article className="card meeting" aria-labelledby="next-meeting">
          <MeetingSummary meeting={g.nextMeeting} headingId="next-meeting" />
          <RsvpButtons meeting={g.nextMeeting} onDone={reload} />
          <h3>{t('agenda')}</h3>
          <AgendaList meeting={g.nextMeeting} />
          <AddAgendaItem meeting={g.nextMeeting} onDone={reload} />
        </article>
      ) : <Empty>{t('noNextMeeting')}</Empty>}
      {viewer?.can.runMeetings && <Disclosure label={t('scheduleMeeting')}><ScheduleForm groupId={g.id} onDone={reload} /></Disclosure>}
      <h2>{t('calendar')}</h2>
      <p>{t('calendarHelp')}</p>
      {g.calendarFeedUrl ? (
        <p><a href={g.calendarFeedUrl}>{t('subscribeGroupFeed')}</a></p>
      ) : <p className="meta">{t('feedSignIn')}</p>}
      <h2>{t('pastMeetings')}</h2>
      {past.length === 0 ? <Empty /> : (
        <ul className="meetings">
          {past.map((m) => (
            <li key={m.id}>
              <Link to={'/meetings/' + encodeURIComponent(m.id)}>{meetingWhen(f, m)}</Link>{' '}
              <span className="meta">
                {f.label('WorkingGroupMeetingKind', m.kind)}
                {m.status === 'CANCELLED' && ` · ${f.label('MeetingStatus', m.status)}`}
                {` · ${t('citiesAttended', { count: m.attendingCities.length })}`}
                {m.meetingMinutes && ` · ${t('minutes')}: ${f.label('MinutesStatus', m.meetingMinutes.status)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const zones = ['Europe/Istanbul', 'Europe/Athens', 'Europe/Tirane', 'Europe/Belgrade', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Podgorica',
  'Europe/Zagreb', 'Europe/Bucharest', 'Europe/Sofia', 'Europe/Chisinau', 'Europe/Ljubljana', 'UTC'];

// ScheduleForm: the lead side schedules a meeting, in a time zone of the network.
function ScheduleForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const [form, setForm] = useState({ kind: 'REGULAR', date: '', start: '10:00', end: '12:00', timeZone: 'Europe/Istanbul', onlineUrl: '', location: '' });
  const [{ data, fetching }, schedule] = useMutation(ScheduleDoc);
  const [done, setDone] = useState(false);
  const errs = fieldErrors(data?.scheduleMeeting.userErrors);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const startsAt = zonedToISO(form.date, form.start, form.timeZone);
    const endsAt = zonedToISO(form.date, form.end, form.timeZone);
    const r = await schedule({ input: { workingGroupId: groupId, kind: form.kind as never, startsAt, endsAt, timeZone: form.timeZone,
      onlineUrl: form.onlineUrl || null, location: form.location || null } });
    const ok = !!r.data && r.data.scheduleMeeting.userErrors.length === 0;
    setDone(ok);
    if (ok) onDone();
  };
  return (
    <form onSubmit={submit} className="card-form">
      <Select label={t('kind')} value={form.kind} onChange={(v) => setForm({ ...form, kind: v })}
        options={['REGULAR', 'EXTRA', 'IN_PERSON', 'SUMMIT_SESSION'].map((k) => [k, f.label('WorkingGroupMeetingKind', k)])} />
      <Field label={t('date')} type="date" required value={form.date} error={errs.startsAt} onChange={(e) => setForm({ ...form, date: e.target.value })} />
      <Field label={t('startTime')} type="time" required value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
      <Field label={t('endTime')} type="time" required value={form.end} error={errs.endsAt} onChange={(e) => setForm({ ...form, end: e.target.value })} />
      <Select label={t('timeZone')} value={form.timeZone} onChange={(v) => setForm({ ...form, timeZone: v })} options={zones.map((z) => [z, z])} />
      <Field label={t('onlineUrl')} type="url" value={form.onlineUrl} error={errs.onlineUrl} onChange={(e) => setForm({ ...form, onlineUrl: e.target.value })} />
      <Field label={t('location')} value={form.location} error={errs.location} onChange={(e) => setForm({ ...form, location: e.target.value })} />
      {errs.timeZone && <Notice kind="error">{errs.timeZone}</Notice>}
      {errs.kind && <Notice kind="error">{errs.kind}</Notice>}
      {done && <Notice kind="info">{t('meetingScheduled')}</Notice>}
      <button type="submit" disabled={fetching}>{t('scheduleMeeting')}</button>
    </form>
  );
}

// zonedToISO turns a wall-clock date and time in an IANA zone into an RFC 3339 instant (the
// zone's offset at that moment, found with Intl; a second pass settles times near a change).
export function zonedToISO(date: string, time: string, zone: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const offsetAt = (ms: number) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(ms));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - ms;
  };
  let utc = wall - offsetAt(wall);
  utc = wall - offsetAt(utc);
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}

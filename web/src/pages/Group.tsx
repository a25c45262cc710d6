import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { GroupPageQuery } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CityLink, Disclosure, Empty, Field, Notice, QueryState, Select, TextArea, fieldErrors } from '../ui';
import { adminCities, useSession, type ViewerCity } from '../viewer';
import { MeetingSummary, RsvpButtons, AgendaList, AddAgendaItem, meetingWhen } from './Meeting';

const GroupDoc = graphql(`
  query GroupPage($slug: String!) {
    workingGroup(slug: $slug) {
      id slug status kind name { text } description lastRegularMeetingOn nextRegularMeetingDue isMeetingOverdue
      members { city { id ...CityLink_city } focalPoint }
      nextMeeting { id ...MeetingSummary_meeting }
      meetings(first: 20) { edges { node { id kind status startsAt endsAt timeZone attendingCities { id }
        meetingMinutes { status } } } }
      meetingRequests { id reason requestedAt status respondedAt responseNote city { id ...CityLink_city } meeting { id startsAt } }
    }
  }
`);

// A person's feed of the group is made on first use: asked for when they want it, not on every
// visit to the page (the page itself is then one read).
const GroupFeedDoc = graphql(`
  query GroupFeed($slug: String!) { workingGroup(slug: $slug) { id calendarFeedUrl } }
`);

const JoinDoc = graphql(`
  mutation JoinGroup($input: JoinWorkingGroupInput!) {
    joinWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }
  }
`);

const LeaveDoc = graphql(`
  mutation LeaveGroup($input: LeaveWorkingGroupInput!) {
    leaveWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }
  }
`);

const RequestDoc = graphql(`
  mutation RequestExtraMeeting($input: RequestExtraMeetingInput!) {
    requestExtraMeeting(input: $input) { request { id } userErrors { code field message } }
  }
`);

const RespondDoc = graphql(`
  mutation RespondToMeetingRequest($input: RespondToMeetingRequestInput!) {
    respondToMeetingRequest(input: $input) { request { id status } userErrors { code field message } }
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
      <Membership g={g} onDone={reload} />
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
      <MeetingRequests g={g} onDone={reload} />
      <h2>{t('calendar')}</h2>
      <p>{t('calendarHelp')}</p>
      {viewer ? <GroupFeed slug={g.slug} /> : <p className="meta">{t('feedSignIn')}</p>}
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

// GroupFeed shows the person's feed address of the group once they ask for it.
function GroupFeed({ slug }: { slug: string }) {
  const t = useT();
  const [asked, setAsked] = useState(false);
  const [result, refetch] = useQuery({ query: GroupFeedDoc, variables: { slug }, pause: !asked });
  if (!asked) {
    return <p><button type="button" onClick={() => setAsked(true)}>{t('showGroupFeed')}</button></p>;
  }
  return (
    <QueryState result={result} retry={refetch} isEmpty={(d) => !d.workingGroup?.calendarFeedUrl}>
      {(d) => {
        const url = d.workingGroup!.calendarFeedUrl!;
        return (
          <>
            <Field label={t('feedAddress')} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <p><a href={url}>{t('subscribeGroupFeed')}</a></p>
          </>
        );
      }}
    </QueryState>
  );
}

// Membership: a city admin joins the group, or leaves it (after a confirmation), for each city
// they administer (viewer.can.adminCityIds, the check joinWorkingGroup and leaveWorkingGroup make).
function Membership({ g, onDone }: { g: Group; onDone: () => void }) {
  const { viewer } = useSession();
  const cities = adminCities(viewer);
  if (cities.length === 0 || g.status !== 'ACTIVE') return null;
  return (
    <div className="group-membership">
      {cities.map((c) => <CityMembership key={c.id} g={g} city={c} onDone={onDone} />)}
    </div>
  );
}

function CityMembership({ g, city, onDone }: { g: Group; city: ViewerCity; onDone: () => void }) {
  const t = useT();
  const member = g.members.some((m) => m.city.id === city.id);
  const [join, doJoin] = useMutation(JoinDoc);
  const [leave, doLeave] = useMutation(LeaveDoc);
  const [focalPoint, setFocalPoint] = useState('');
  const errs = { ...fieldErrors(join.data?.joinWorkingGroup.userErrors), ...fieldErrors(leave.data?.leaveWorkingGroup.userErrors) };
  const failed = join.error ?? leave.error;
  if (!member) {
    return (
      <form className="card-form" onSubmit={async (e: FormEvent) => {
        e.preventDefault();
        const r = await doJoin({ input: { workingGroupId: g.id, cityId: city.id, focalPoint: focalPoint.trim() || null } });
        if (r.data && r.data.joinWorkingGroup.userErrors.length === 0) { setFocalPoint(''); onDone(); }
      }}>
        <Field label={`${t('group.focalPoint')} (${city.name})`} value={focalPoint} maxLength={200} error={errs.focalPoint}
          onChange={(e) => setFocalPoint(e.target.value)} />
        {(errs.cityId || errs.workingGroupId) && <Notice kind="error">{errs.cityId || errs.workingGroupId}</Notice>}
        {failed && <Notice kind="error">{failed.graphQLErrors[0]?.message ?? t('errorNetwork')}</Notice>}
        <button type="submit" disabled={join.fetching}>{t('group.join')} <span className="sr-only">({city.name})</span></button>
      </form>
    );
  }
  return (
    <div className="row">
      <ConfirmDialog trigger={t('group.leave')} about={city.name} title={t('group.leaveTitle', { city: city.name })}
        description={<p>{t('group.leaveHelp')}</p>} confirmLabel={t('group.leave')} destructive
        onConfirm={async () => {
          const r = await doLeave({ input: { workingGroupId: g.id, cityId: city.id } });
          const ok = !!r.data && r.data.leaveWorkingGroup.userErrors.length === 0;
          if (ok) onDone();
          return ok;
        }}>
        {(errs.workingGroupId || errs.cityId) && <Notice kind="error">{errs.workingGroupId || errs.cityId}</Notice>}
        {leave.error && <Notice kind="error">{leave.error.graphQLErrors[0]?.message ?? t('errorNetwork')}</Notice>}
      </ConfirmDialog>
    </div>
  );
}

// MeetingRequests: the group's requests for extra meetings (R4.4) with their status; an admin of
// a member city asks for one, the secretariat (viewer.can.manageNetwork, the same check as
// respondToMeetingRequest) accepts one by scheduling it, or declines it.
function MeetingRequests({ g, onDone }: { g: Group; onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const memberCities = adminCities(viewer).filter((c) => g.members.some((m) => m.city.id === c.id));
  const secretariat = !!viewer?.can.manageNetwork;
  if (!viewer) return null;
  return (
    <>
      <h2>{t('group.meetingRequests')}</h2>
      {g.meetingRequests.length === 0 ? <Empty>{t('group.noRequests')}</Empty> : (
        <ul className="meeting-requests">
          {g.meetingRequests.map((r) => (
            <li key={r.id} className="card">
              <p><CityLink city={r.city} /> · <span className="meta">{f.date(r.requestedAt)}</span> · <strong>{f.label('MeetingRequestStatus', r.status)}</strong></p>
              <p className="wrap">{r.reason}</p>
              {r.responseNote && <p className="meta wrap">{r.responseNote}</p>}
              {r.meeting && <p><Link to={'/meetings/' + encodeURIComponent(r.meeting.id)}>{f.date(r.meeting.startsAt)}</Link></p>}
              {secretariat && r.status === 'PENDING' && <RespondForm requestId={r.id} city={r.city.name} onDone={onDone} />}
            </li>
          ))}
        </ul>
      )}
      {g.status === 'ACTIVE' && memberCities.length > 0 && (
        <Disclosure label={t('group.requestMeeting')}><RequestForm groupId={g.id} cities={memberCities} onDone={onDone} /></Disclosure>
      )}
    </>
  );
}

function RequestForm({ groupId, cities, onDone }: { groupId: string; cities: ViewerCity[]; onDone: () => void }) {
  const t = useT();
  const [cityId, setCityId] = useState(cities[0].id);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const [{ data, error, fetching }, request] = useMutation(RequestDoc);
  const errs = fieldErrors(data?.requestExtraMeeting.userErrors);
  return (
    <form className="card-form" onSubmit={async (e: FormEvent) => {
      e.preventDefault();
      const r = await request({ input: { workingGroupId: groupId, cityId: cities.some((c) => c.id === cityId) ? cityId : cities[0].id, reason } });
      const ok = !!r.data && r.data.requestExtraMeeting.userErrors.length === 0;
      setDone(ok);
      if (ok) { setReason(''); onDone(); }
    }}>
      {cities.length > 1 && <Select label={t('city')} value={cityId} onChange={setCityId} options={cities.map((c) => [c.id, c.name])} />}
      {errs.cityId && <Notice kind="error">{errs.cityId}</Notice>}
      <TextArea label={t('group.reason')} required maxLength={2000} value={reason} error={errs.reason} onChange={(e) => setReason(e.target.value)} />
      {errs.workingGroupId && <Notice kind="error">{errs.workingGroupId}</Notice>}
      {error && <Notice kind="error">{error.graphQLErrors[0]?.message ?? t('errorNetwork')}</Notice>}
      {done && <Notice kind="info">{t('group.requestSent')}</Notice>}
      <button type="submit" disabled={fetching}>{t('group.sendRequest')}</button>
    </form>
  );
}

// RespondForm: the secretariat accepts a request by scheduling the extra (online) meeting, or
// declines it, with an optional note.
function RespondForm({ requestId, city, onDone }: { requestId: string; city: string; onDone: () => void }) {
  const t = useT();
  const [form, setForm] = useState({ date: '', start: '10:00', timeZone: 'Europe/Istanbul', onlineUrl: '', note: '' });
  const [{ data, error, fetching }, respond] = useMutation(RespondDoc);
  const errs = fieldErrors(data?.respondToMeetingRequest.userErrors);
  const send = async (accept: boolean) => {
    const meeting = accept ? { startsAt: form.date ? zonedToISO(form.date, form.start, form.timeZone) : '', onlineUrl: form.onlineUrl } : null;
    const r = await respond({ input: { requestId, accept, note: form.note.trim() || null, meeting } });
    if (r.data && r.data.respondToMeetingRequest.userErrors.length === 0) onDone();
  };
  return (
    <Disclosure label={`${t('group.respond')} (${city})`}>
      <form className="card-form" onSubmit={(e: FormEvent) => { e.preventDefault(); void send(true); }}>
        <Field label={t('date')} type="date" required value={form.date} error={errs.startsAt} onChange={(e) => setForm({ ...form, date: e.target.value })} />
        <Field label={t('startTime')} type="time" required value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
        <Select label={t('timeZone')} value={form.timeZone} onChange={(v) => setForm({ ...form, timeZone: v })} options={zones.map((z) => [z, z])} />
        <Field label={t('onlineUrl')} type="url" required value={form.onlineUrl} error={errs.onlineUrl} onChange={(e) => setForm({ ...form, onlineUrl: e.target.value })} />
        <TextArea label={t('group.responseNote')} maxLength={2000} value={form.note} error={errs.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
        {(errs.meeting || errs.requestId || errs.status || errs._) && <Notice kind="error">{errs.meeting || errs.requestId || errs.status || errs._}</Notice>}
        {error && <Notice kind="error">{error.graphQLErrors[0]?.message ?? t('errorNetwork')}</Notice>}
        <div className="row">
          <button type="submit" disabled={fetching}>{t('accept')}</button>
          <button type="button" disabled={fetching} onClick={() => void send(false)}>{t('decline')}</button>
        </div>
      </form>
    </Disclosure>
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

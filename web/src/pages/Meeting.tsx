import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeetingPageQuery, MeetingSummary_MeetingFragment } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { CityLink, Disclosure, Empty, Field, Notice, QueryState, Select, TextArea, fieldErrors } from '../ui';
import { useSession } from '../viewer';

// What every view of a meeting shows: when (in its own zone), where, its agenda, the caller's
// answer and the calendar download.
export const MeetingSummaryFragment = graphql(`
  fragment MeetingSummary_meeting on WorkingGroupMeeting {
    id kind status startsAt endsAt timeZone onlineUrl location icsUrl version
    workingGroup { id slug name { text } members { city { id slug name } } }
    agendaItems { id position title description addedBy { id ...CityLink_city } proposal { id title } recommendation { id title } }
    rsvpCounts { going notGoing maybe } viewerRsvp viewerMayRsvp viewerMayAddAgendaItem
  }
`);

type Summary = MeetingSummary_MeetingFragment;
// Fragment masking is off: a fragment's fields arrive in the parent's data as they are.
function useSummary(meeting: Summary): Summary {
  return meeting;
}
void MeetingSummaryFragment;

type Fmt = ReturnType<typeof useFormat>;
export function meetingWhen(f: Fmt, m: { startsAt: string; endsAt: string; timeZone: string }) {
  return `${f.dateTime(m.startsAt, m.timeZone)} – ${f.time(m.endsAt, m.timeZone)}`;
}

export function MeetingSummary({ meeting, headingId, link = true }: { meeting: Summary; headingId: string; link?: boolean }) {
  const m = useSummary(meeting);
  const t = useT();
  const f = useFormat();
  const title = `${m.workingGroup.name.text}: ${f.label('WorkingGroupMeetingKind', m.kind)}`;
  return (
    <>
      <h3 id={headingId}>{link ? <Link to={'/meetings/' + encodeURIComponent(m.id)}>{title}</Link> : title}</h3>
      <p><strong>{meetingWhen(f, m)}</strong> <span className="meta">({m.timeZone})</span>
        {m.status === 'CANCELLED' && <strong className="overdue"> {f.label('MeetingStatus', m.status)}</strong>}</p>
      {m.location && <p>{t('location')}: {m.location}</p>}
      {m.onlineUrl && <p><a href={m.onlineUrl} rel="noopener noreferrer">{t('joinOnline')}</a></p>}
      <p><a href={m.icsUrl} download>{t('addToCalendar')}</a></p>
    </>
  );
}

const AnswerDoc = graphql(`
  mutation AnswerMeeting($input: AnswerMeetingInvitationInput!) {
    answerMeetingInvitation(input: $input) { meeting { id viewerRsvp rsvpCounts { going notGoing maybe } } userErrors { code field message } }
  }
`);

// RsvpButtons: the invited answer going, not going or maybe; the current answer is pressed.
export function RsvpButtons({ meeting, onDone }: { meeting: Summary; onDone?: () => void }) {
  const m = useSummary(meeting);
  const t = useT();
  const f = useFormat();
  const [{ data, fetching }, answer] = useMutation(AnswerDoc);
  const errs = data?.answerMeetingInvitation.userErrors ?? [];
  return (
    <div>
      <p className="meta">{t('rsvpCounts', { going: m.rsvpCounts.going, maybe: m.rsvpCounts.maybe, notGoing: m.rsvpCounts.notGoing })}</p>
      {m.viewerMayRsvp && (
        <div className="row" role="group" aria-label={t('yourAnswer')}>
          {(['GOING', 'MAYBE', 'NOT_GOING'] as const).map((a) => (
            <button key={a} type="button" aria-pressed={m.viewerRsvp === a} disabled={fetching}
              onClick={async () => { await answer({ input: { meetingId: m.id, answer: a } }); onDone?.(); }}>
              {f.label('RsvpAnswer', a)}
            </button>
          ))}
        </div>
      )}
      {errs.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
    </div>
  );
}

export function AgendaList({ meeting }: { meeting: Summary }) {
  const m = useSummary(meeting);
  if (m.agendaItems.length === 0) return <Empty />;
  return (
    <ol className="agenda">
      {m.agendaItems.map((a) => (
        <li key={a.id}>
          <strong>{a.title}</strong>
          {a.addedBy && <span className="meta"> — <CityLink city={a.addedBy} /></span>}
          {a.description && <p>{a.description}</p>}
          {a.proposal && <p className="meta">{a.proposal.title}</p>}
          {a.recommendation && <p className="meta">{a.recommendation.title}</p>}
        </li>
      ))}
    </ol>
  );
}

const AddItemDoc = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) { meeting { id } userErrors { code field message } }
  }
`);

// AddAgendaItem: an editor of a member city (for that city) or the lead side adds an item.
export function AddAgendaItem({ meeting, onDone }: { meeting: Summary; onDone?: () => void }) {
  const m = useSummary(meeting);
  const t = useT();
  const { viewer } = useSession();
  const editable = m.workingGroup.members.map((x) => x.city).filter((c) => viewer?.can.editCityIds.includes(c.id));
  const lead = !!viewer?.can.runMeetings;
  const [form, setForm] = useState({ title: '', description: '', cityId: '' });
  const [{ data, fetching }, add] = useMutation(AddItemDoc);
  const errs = fieldErrors(data?.addAgendaItem.userErrors);
  if (!m.viewerMayAddAgendaItem) return null;
  const options: [string, string][] = [...(lead ? [['', t('leadSide')] as [string, string]] : []), ...editable.map((c) => [c.id, c.name] as [string, string])];
  const cityId = form.cityId || (lead ? '' : editable[0]?.id ?? '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await add({ input: { meetingId: m.id, title: form.title, description: form.description || null, cityId: cityId || null } });
    if (r.data && r.data.addAgendaItem.userErrors.length === 0) {
      setForm({ title: '', description: '', cityId: form.cityId });
      onDone?.();
    }
  };
  return (
    <Disclosure label={t('addAgendaItem')}>
      <form onSubmit={submit} className="card-form">
        {options.length > 1 && <Select label={t('onBehalfOf')} value={cityId} onChange={(v) => setForm({ ...form, cityId: v })} options={options} />}
        <Field label={t('title')} required maxLength={300} value={form.title} error={errs.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        <TextArea label={t('description')} value={form.description} error={errs.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
        {(errs.meetingId || errs.cityId) && <Notice kind="error">{errs.meetingId || errs.cityId}</Notice>}
        <button type="submit" disabled={fetching}>{t('addAgendaItem')}</button>
      </form>
    </Disclosure>
  );
}

const MeetingDoc = graphql(`
  query MeetingPage($id: ID!) {
    node(id: $id) {
      ... on WorkingGroupMeeting {
        id ...MeetingSummary_meeting
        startsAt endsAt status
        agendaItems { id title }
        invitees { userId name city { id name } }
        attendance { personName status city { id ...CityLink_city } }
        attendingCities { id ...CityLink_city }
        meetingMinutes { status version summary approvedAt contentHash markdownUrl
          items { agendaItem { id } title notes decisions { key text recommendation { id title } }
            actionItems { text dueOn ownerCity { id ...CityLink_city } } } }
      }
    }
  }
`);

export function MeetingPage() {
  const { id = '' } = useParams();
  const t = useT();
  const [result, refetch] = useQuery({ query: MeetingDoc, variables: { id } });
  const m = result.data?.node && 'startsAt' in result.data.node ? result.data.node : null;
  return (
    <section>
      <h1>{t('meeting')}</h1>
      <QueryState result={result} retry={refetch} isEmpty={() => !m}>
        {() => <MeetingBody m={m!} reload={() => refetch({ requestPolicy: 'network-only' })} />}
      </QueryState>
    </section>
  );
}

type Meeting = Extract<NonNullable<MeetingPageQuery['node']>, { startsAt: unknown }>;

function MeetingBody({ m, reload }: { m: Meeting; reload: () => void }) {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const lead = !!viewer?.can.runMeetings;
  const started = new Date(m.startsAt) <= new Date() && m.status !== 'CANCELLED';
  const mins = m.meetingMinutes;
  return (
    <div className="meeting-page">
      <article className="card meeting" aria-labelledby="meeting-h">
        <MeetingSummary meeting={m} headingId="meeting-h" link={false} />
        <RsvpButtons meeting={m} onDone={reload} />
        <h2>{t('agenda')}</h2>
        <AgendaList meeting={m} />
        <AddAgendaItem meeting={m} onDone={reload} />
      </article>
      <h2>{t('attendance')}</h2>
      {m.attendance.length === 0 ? <Empty /> : (
        <table className="responsive">
          <thead><tr><th scope="col">{t('person')}</th><th scope="col">{t('city')}</th><th scope="col">{t('attendance')}</th></tr></thead>
          <tbody>{m.attendance.map((a) => (
            <tr key={a.personName + a.city.id}><th scope="row">{a.personName}</th><td data-label={t('city')}><CityLink city={a.city} /></td>
              <td data-label={t('attendance')}>{f.label('AttendanceStatus', a.status)}</td></tr>
          ))}</tbody>
        </table>
      )}
      <p>{t('citiesAttended', { count: m.attendingCities.length })}{m.attendingCities.length > 0 && ': '}
        {m.attendingCities.map((c, i) => <span key={c.id}>{i > 0 && ', '}<CityLink city={c} /></span>)}</p>
      {lead && started && <Disclosure label={t('recordAttendance')}><AttendanceForm m={m} onDone={reload} /></Disclosure>}
      <h2>{t('minutes')}</h2>
      {mins ? (
        <div className="minutes">
          <p className="meta">{f.label('MinutesStatus', mins.status)}{mins.approvedAt && ` · ${f.date(mins.approvedAt)}`}</p>
          {mins.summary && <p>{mins.summary}</p>}
          {mins.items.map((it, i) => (
            <section key={i} aria-label={it.title}>
              <h3>{i + 1}. {it.title}</h3>
              {it.notes && <p className="pre">{it.notes}</p>}
              {it.decisions.length > 0 && <><h4>{t('decisions')}</h4><ul>{it.decisions.map((d) => (
                <li key={d.key}><strong>{d.key}</strong> {d.text}{d.recommendation && <> — <Link to="/recommendations">{d.recommendation.title}</Link></>}</li>
              ))}</ul></>}
              {it.actionItems.length > 0 && <><h4>{t('actionItems')}</h4><ul>{it.actionItems.map((a, j) => (
                <li key={j}>{a.text}{a.ownerCity && <> — <CityLink city={a.ownerCity} /></>}{a.dueOn && ` (${t('dueOn')} ${f.date(a.dueOn)})`}</li>
              ))}</ul></>}
            </section>
          ))}
          {mins.markdownUrl && (
            <p className="row no-print">
              <a href={mins.markdownUrl} download>{t('downloadMarkdown')}</a>
              <button type="button" onClick={() => window.print()}>{t('print')}</button>
            </p>
          )}
          {mins.contentHash && <p className="meta hash">SHA-256 {mins.contentHash}</p>}
        </div>
      ) : <Empty>{t('noMinutes')}</Empty>}
      {lead && started && mins?.status !== 'APPROVED' && (
        <Disclosure label={t('editMinutes')}><MinutesForm m={m} onDone={reload} /></Disclosure>
      )}
      {lead && mins?.status === 'DRAFT' && <ApproveButton m={m} version={mins.version} onDone={reload} />}
    </div>
  );
}

const AttendanceDoc = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) { meeting { id } userErrors { code field message } }
  }
`);

function AttendanceForm({ m, onDone }: { m: Meeting; onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const initial: Record<string, string> = {};
  for (const i of m.invitees) initial[i.userId] = m.attendance.find((a) => a.personName === i.name && a.city.id === i.city.id)?.status ?? 'ABSENT';
  const [status, setStatus] = useState(initial);
  const [{ data, fetching }, record] = useMutation(AttendanceDoc);
  const errs = data?.recordAttendance.userErrors ?? [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await record({ input: { meetingId: m.id, entries: Object.entries(status).map(([userId, s]) => ({ userId, status: s as never })) } });
    if (r.data && r.data.recordAttendance.userErrors.length === 0) onDone();
  };
  if (m.invitees.length === 0) return <Empty />;
  return (
    <form onSubmit={submit} className="card-form">
      {m.invitees.map((i) => (
        <Select key={i.userId} label={`${i.name} (${i.city.name})`} value={status[i.userId]} onChange={(v) => setStatus({ ...status, [i.userId]: v })}
          options={['PRESENT', 'REMOTE', 'EXCUSED', 'ABSENT'].map((s) => [s, f.label('AttendanceStatus', s)])} />
      ))}
      {errs.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      <button type="submit" disabled={fetching}>{t('recordAttendance')}</button>
    </form>
  );
}

const SaveMinutesDoc = graphql(`
  mutation SaveMinutes($input: SaveMeetingMinutesInput!) {
    saveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }
  }
`);

type ActionRow = { text: string; ownerCityId: string; dueOn: string };
type ItemRow = { agendaItemId: string | null; title: string; notes: string; decisions: string; actions: ActionRow[] };

// MinutesForm: per agenda item, notes, decisions (one a line) and action items with an owner
// city and a due date.
function MinutesForm({ m, onDone }: { m: Meeting; onDone: () => void }) {
  const t = useT();
  const summary = useSummary(m);
  const cities = summary.workingGroup.members.map((x) => x.city);
  const start: ItemRow[] = m.meetingMinutes?.items.length
    ? m.meetingMinutes.items.map((it) => ({ agendaItemId: it.agendaItem?.id ?? null, title: it.title, notes: it.notes,
      decisions: it.decisions.map((d) => d.text).join('\n'),
      actions: it.actionItems.map((a) => ({ text: a.text, ownerCityId: a.ownerCity?.id ?? '', dueOn: a.dueOn ?? '' })) }))
    : (m.agendaItems.length ? m.agendaItems : [{ id: null, title: t('generalDiscussion') }]).map((a) => ({ agendaItemId: a.id, title: a.title, notes: '', decisions: '', actions: [] }));
  const [items, setItems] = useState<ItemRow[]>(start);
  const [sum, setSum] = useState(m.meetingMinutes?.summary ?? '');
  const [{ data, fetching }, save] = useMutation(SaveMinutesDoc);
  const [saved, setSaved] = useState(false);
  const errs = data?.saveMeetingMinutes.userErrors ?? [];
  const set = (i: number, patch: Partial<ItemRow>) => setItems(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await save({ input: { meetingId: m.id, expectedVersion: m.meetingMinutes?.version ?? 0, summary: sum || null,
      items: items.map((it) => ({ agendaItemId: it.agendaItemId, title: it.title, notes: it.notes,
        decisions: it.decisions.split('\n').map((d) => d.trim()).filter(Boolean),
        actionItems: it.actions.filter((a) => a.text.trim()).map((a) => ({ text: a.text, ownerCityId: a.ownerCityId || null, dueOn: a.dueOn || null })) })) } });
    const ok = !!r.data && r.data.saveMeetingMinutes.userErrors.length === 0;
    setSaved(ok);
    if (ok) onDone();
  };
  return (
    <form onSubmit={submit} className="card-form">
      <TextArea label={t('summary')} value={sum} onChange={(e) => setSum(e.target.value)} />
      {items.map((it, i) => (
        <fieldset key={i}>
          <legend>{i + 1}. {it.title}</legend>
          <TextArea label={t('notes')} value={it.notes} onChange={(e) => set(i, { notes: e.target.value })} />
          <TextArea label={t('decisionsOnePerLine')} value={it.decisions} onChange={(e) => set(i, { decisions: e.target.value })} />
          {it.actions.map((a, j) => (
            <div key={j} className="action-row">
              <Field label={`${t('actionItem')} ${j + 1}`} value={a.text} onChange={(e) => set(i, { actions: it.actions.map((x, k) => (k === j ? { ...x, text: e.target.value } : x)) })} />
              <Select label={t('ownerCity')} value={a.ownerCityId} onChange={(v) => set(i, { actions: it.actions.map((x, k) => (k === j ? { ...x, ownerCityId: v } : x)) })}
                options={[['', '—'], ...cities.map((c) => [c.id, c.name] as [string, string])]} />
              <Field label={t('dueOn')} type="date" value={a.dueOn} onChange={(e) => set(i, { actions: it.actions.map((x, k) => (k === j ? { ...x, dueOn: e.target.value } : x)) })} />
            </div>
          ))}
          <button type="button" onClick={() => set(i, { actions: [...it.actions, { text: '', ownerCityId: '', dueOn: '' }] })}>{t('addActionItem')}</button>
        </fieldset>
      ))}
      {errs.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
      {saved && <Notice kind="info">{t('minutesSaved')}</Notice>}
      <button type="submit" disabled={fetching}>{t('saveMinutes')}</button>
    </form>
  );
}

const ApproveDoc = graphql(`
  mutation ApproveMinutes($input: ApproveMeetingMinutesInput!) {
    approveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }
  }
`);

function ApproveButton({ m, version, onDone }: { m: Meeting; version: number; onDone: () => void }) {
  const t = useT();
  const [{ data, fetching }, approve] = useMutation(ApproveDoc);
  const errs = data?.approveMeetingMinutes.userErrors ?? [];
  return (
    <div className="no-print">
      <p>{t('approveHelp')}</p>
      <button type="button" disabled={fetching} onClick={async () => {
        const r = await approve({ input: { meetingId: m.id, expectedVersion: version } });
        if (r.data && r.data.approveMeetingMinutes.userErrors.length === 0) onDone();
      }}>{t('approveMinutes')}</button>
      {errs.map((e) => <Notice key={e.message} kind="error">{e.message}</Notice>)}
    </div>
  );
}

export type { Summary };

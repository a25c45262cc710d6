import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT, type Key } from '../i18n';
import { getToken } from '../session';
import { CityLink, Empty, Notice, QueryState, Select } from '../ui';
import { useSession } from '../viewer';
import { downloadCSV } from '../csv';

const AnalyticsDoc = graphql(`
  query AnalyticsPage($termYear: Int!, $year: Int!) {
    analytics {
      membershipGrowth(interval: YEAR) { period count cumulative }
      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }
      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }
      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }
      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }
      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }
    }
  }
`);

const ReportDoc = graphql(`
  query AnnualReportPage($year: Int!) {
    annualReport(year: $year) {
      year finalizedAt markdownUrl practicesShared
      presidency { city { ...CityLink_city } }
      newMembers { city { ...CityLink_city } memberSince }
      proposals { submitted accepted declined withdrawn underReview }
      implementations { byStatus { status count } }
      workingGroups { group { name { text } } meetingsHeld meetingsDue }
    }
  }
`);

const statuses = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'NOT_PURSUED'] as const;

export function Analytics() {
  const t = useT();
  const { viewer } = useSession();
  const now = new Date().getFullYear();
  const [year, setYear] = useState(String(now - 1));
  const f = useFormat();
  const allowed = !!viewer?.can.viewAnalytics;
  const [result, refetch] = useQuery({ query: AnalyticsDoc, variables: { termYear: Number(year), year: Number(year) }, pause: !allowed });
  if (!allowed) return <Notice kind="info">{t('notAllowed')}</Notice>;
  const a = result.data?.analytics;
  const statusLabels = statuses.map((s) => f.label('ImplementationStatus', s));
  // Grouped by country, the key is the country's code: its name in the interface's language.
  const countryOf = (g: { key: string; label: string }) => (/^[A-Z]{2}$/.test(g.key) ? f.country(g.key) : g.label);
  const years = Array.from({ length: now - 2020 }, (_, i) => String(2021 + i));
  return (
    <section className="analytics">
      <h1>{t('analytics')}</h1>
      <Select label={t('year')} value={year} onChange={setYear} options={years.map((y) => [y, y])} />
      {!a ? <QueryState result={result} retry={refetch}>{() => null}</QueryState> : (
        <>
          <Chart title="membershipGrowth" csv={() => downloadCSV('membership-growth.csv', ['period', 'count', 'cumulative'],
            a.membershipGrowth.map((p) => [p.period, p.count, p.cumulative]))}>
            <Bars items={a.membershipGrowth.map((p) => ({ label: p.period.slice(0, 4), value: p.cumulative }))} />
            <DataTable head={[t('year'), t('count'), t('cumulative')]} rows={a.membershipGrowth.map((p) => [p.period.slice(0, 4), p.count, p.cumulative])} />
          </Chart>
          <Chart title="implementationStatus" csv={() => downloadCSV('implementation-status.csv', ['country', ...statuses, 'averageProgress'],
            a.implementationStatus.map((g) => [g.label, ...statuses.map((s) => g.counts.find((c) => c.status === s)?.count ?? 0), g.averageProgress]))}>
            <Bars items={a.implementationStatus.map((g) => ({ label: countryOf(g), value: g.counts.reduce((n, c) => n + c.count, 0) }))} />
            <DataTable head={[t('country'), ...statusLabels, '%']} rows={a.implementationStatus.map((g) =>
              [countryOf(g), ...statuses.map((s) => g.counts.find((c) => c.status === s)?.count ?? 0), Math.round(g.averageProgress)])} />
          </Chart>
          <Chart title="implementationByRecommendation" csv={() => downloadCSV('implementation-status-by-recommendation.csv', ['recommendation', ...statuses, 'averageProgress'],
            a.byRecommendation.map((g) => [g.label, ...statuses.map((s) => g.counts.find((c) => c.status === s)?.count ?? 0), g.averageProgress]))}>
            <Bars items={a.byRecommendation.map((g) => ({ label: g.label, value: g.counts.reduce((n, c) => n + c.count, 0) }))} />
            <DataTable head={[t('recommendations'), ...statusLabels, '%']} rows={a.byRecommendation.map((g) =>
              [g.label, ...statuses.map((s) => g.counts.find((c) => c.status === s)?.count ?? 0), Math.round(g.averageProgress)])} />
          </Chart>
          <Chart title="adoptionMatrix" csv={() => downloadCSV('recommendation-adoption.csv', ['recommendation', 'cityId', 'status', 'progress'],
            a.recommendationAdoption.flatMap((r) => r.cityIds.map((c, i) => [r.recommendation.title, c, r.statuses[i], r.progresses[i]])))}>
            <HeatMap rows={a.recommendationAdoption.map((r) => ({ label: r.recommendation.title, cells: r.progresses }))} />
          </Chart>
          <Chart title="indicatorProgress" csv={() => downloadCSV('indicator-progress.csv', ['indicator', 'latest', 'baseline', 'target', 'percent', 'onTrack'],
            a.indicatorProgress.map((r) => [r.indicator.name, r.progress.latest, r.progress.target?.baseline, r.progress.target?.target, r.progress.percent, String(r.progress.onTrack)]))}>
            <Bars max={100} items={a.indicatorProgress.map((r) => ({ label: r.indicator.name, value: Math.max(0, Math.min(100, r.progress.percent ?? 0)) }))} />
            <DataTable head={[t('indicatorProgress'), t('percent'), t('onTrack')]} rows={a.indicatorProgress.map((r) =>
              [r.indicator.name, r.progress.percent ?? '—', r.progress.onTrack ? '✓' : '✗'])} />
          </Chart>
          <Chart title="groupActivity" csv={() => downloadCSV('working-group-activity.csv', ['workingGroup', 'held', 'due'],
            a.workingGroupActivity.map((g) => [g.workingGroup.name.text, g.meetingsHeld, g.meetingsDue]))}>
            <DataTable head={[t('groupActivity'), t('held'), t('due')]} rows={a.workingGroupActivity.map((g) => [g.workingGroup.name.text, g.meetingsHeld, g.meetingsDue])} />
          </Chart>
          <Report year={Number(year)} />
        </>
      )}
    </section>
  );
}

// Report renders the year's annual report and offers its Markdown (fetched with the session's
// token: a plain link would carry none).
function Report({ year }: { year: number }) {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: ReportDoc, variables: { year } });
  const r = result.data?.annualReport;
  if (!r) return <QueryState result={result} retry={refetch}>{() => <Empty />}</QueryState>;
  const download = async () => {
    const token = getToken();
    const res = await fetch(r.markdownUrl, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `b40-annual-report-${r.year}.md`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  };
  return (
    <article className="report" aria-labelledby="report-h">
      <h2 id="report-h">{t('annualReport')} {r.year}{r.finalizedAt ? '' : ` (${t('live')})`}</h2>
      <button type="button" onClick={download}>{t('downloadMarkdown')}</button>
      <p>{t('presidency')}: {r.presidency ? <CityLink city={r.presidency.city} /> : '—'}</p>
      <p>{t('members')}: {r.newMembers.length === 0 ? '—' : r.newMembers.map((m, i) => <span key={m.city.slug}>{i > 0 && ', '}<CityLink city={m.city} /> ({f.date(m.memberSince)})</span>)}</p>
      <p>{t('proposals')}: {r.proposals.submitted} · {t('accept')} {r.proposals.accepted} · {t('decline')} {r.proposals.declined}</p>
      <p>{t('implementations')}: {r.implementations.byStatus.map((s) => `${f.label('ImplementationStatus', s.status)} ${f.number(s.count)}`).join(', ') || '—'}</p>
      <p>{t('practices')}: {r.practicesShared}</p>
      <DataTable head={[t('workingGroups'), t('held'), t('due')]} rows={r.workingGroups.map((g) => [g.group.name.text, g.meetingsHeld, g.meetingsDue])} />
    </article>
  );
}

function Chart(props: { title: Key; csv: () => void; children: React.ReactNode }) {
  const t = useT();
  return (
    <figure className="chart" aria-labelledby={'fig-' + props.title}>
      <figcaption id={'fig-' + props.title}>
        <h2>{t(props.title)}</h2>
        <button type="button" onClick={props.csv}>{t('downloadCsv')} <span className="sr-only">{t(props.title)}</span></button>
      </figcaption>
      {props.children}
    </figure>
  );
}

// Bars draws horizontal bars; the numbers are in the table beside it, so the picture is decorative.
function Bars({ items, max }: { items: { label: string; value: number }[]; max?: number }) {
  const top = max ?? Math.max(1, ...items.map((i) => i.value));
  const h = 22;
  const height = items.length * h + 4;
  return (
    <svg className="bars" width="400" height={height} viewBox={`0 0 400 ${height}`} aria-hidden="true" focusable="false">
      {items.map((it, i) => (
        <g key={it.label + i} transform={`translate(0 ${i * h})`}>
          <text x="0" y="15" className="bar-label">{it.label.slice(0, 28)}</text>
          <rect x="170" y="3" height="16" width={(230 * it.value) / top} className="bar" />
        </g>
      ))}
    </svg>
  );
}

// HeatMap shows each recommendation's cities by progress: darker is further along.
function HeatMap({ rows }: { rows: { label: string; cells: readonly number[] }[] }) {
  const width = Math.max(1, ...rows.map((r) => r.cells.length));
  const size = Math.max(3, Math.min(14, Math.floor(480 / width)));
  const w = 200 + width * size;
  const h = rows.length * (size + 8) + 4;
  return (
    <svg className="heat" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img"
      aria-label={rows.map((r) => `${r.label}: ${r.cells.length}`).join('; ')}>
      {rows.map((r, i) => (
        <g key={r.label + i} transform={`translate(0 ${i * (size + 8)})`}>
          <text x="0" y={size + 2} className="bar-label">{r.label.slice(0, 30)}</text>
          {r.cells.map((p, j) => (
            <rect key={j} x={200 + j * size} y="0" width={size - 1} height={size + 4} className={'heat-' + Math.min(4, Math.floor(p / 25))} />
          ))}
        </g>
      ))}
    </svg>
  );
}

function DataTable({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
  const f = useFormat();
  const cell = (c: string | number) => (typeof c === 'number' ? f.number(c) : c);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={head[0]}><table className="data">
      <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
      <tbody>{rows.map((r, i) => <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{cell(c)}</th> : <td key={j}>{cell(c)}</td>))}</tr>)}</tbody>
    </table></div>
  );
}

import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { AnalyticsPageQuery } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { getToken } from '../session';
import { CityLink, Empty, Notice, QueryState, Select } from '../ui';
import { useSession } from '../viewer';
import { downloadCSV } from '../csv';
import { ChartPanel } from '../components/charts/ChartPanel';
import { GrowthChart, PairBars, PercentBars, StatusBars, type StatusRow } from '../components/charts/Charts';
import { HeatMap, type HeatCity, type HeatRow } from '../components/charts/HeatMap';
import { colours, statusColour, statuses, type Status } from '../components/charts/palette';

// The analytics page (loaded on demand: recharts stays out of the app's first load). Membership
// growth covers every year and says so; every other panel follows the year chosen at the top
// (the API's analytics(year:) filter, the term's indicator targets, the year's meetings).
const AnalyticsDoc = graphql(`
  query AnalyticsPage($year: Int!) {
    all: analytics {
      membershipGrowth(interval: YEAR) { period count cumulative }
    }
    inYear: analytics(year: $year) {
      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }
      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }
      recommendationAdoption(first: 20) {
        recommendation { id title }
        cities { city { id slug name country } status progress }
        committed inProgress completed notPursued
      }
      indicatorProgress(termYear: $year) { indicator { id name unit } progress { latest percent onTrack target { baseline target dueOn } } }
      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue extraMeetings }
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

const firstYear = 2021;

export function Analytics() {
  const t = useT();
  const { viewer } = useSession();
  const now = new Date().getFullYear();
  // The year is in the URL (?year=), so a reload or a shared link shows the same figures.
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = asked >= firstYear && asked <= now + 1 ? asked : now;
  const allowed = !!viewer?.can.viewAnalytics;
  const [result, refetch] = useQuery({ query: AnalyticsDoc, variables: { year }, pause: !allowed });
  const years = Array.from({ length: now - firstYear + 1 }, (_, i) => String(now - i));
  return (
    <section className="analytics">
      <h1>{allowed ? t('analytics') : t('annualReport')}</h1>
      <div className="analytics-year">
        <Select label={t('year')} value={String(year)} onChange={(y) => setParams({ year: y }, { replace: true })} options={years.map((y) => [y, y])} />
        <p className="meta">{t('chart.yearHelp')}</p>
      </div>
      {/* Every signed-in person reads the annual report (everyone is told when it is final); the
          network's figures are for the secretariat, analysts and the presidency. */}
      {allowed && <QueryState result={result} retry={refetch}>{(data) => <Panels data={data} year={year} />}</QueryState>}
      <Report year={year} />
    </section>
  );
}

function Panels({ data, year }: { data: AnalyticsPageQuery; year: number }) {
  const t = useT();
  const f = useFormat();
  const a = data.inYear;
  const label = (s: Status) => f.label('ImplementationStatus', s);
  const legend = statuses.map((s) => ({ colour: statusColour[s].fill, label: label(s) }));
  const inYear = t('chart.inYear', { year: String(year) });

  // Membership growth: every year from the first on record, a year without joins shown as 0.
  const growth = data.all.membershipGrowth;
  const byYear = new Map(growth.map((g) => [g.period.slice(0, 4), g]));
  const growthRows: { year: string; joined: number; cumulative: number }[] = [];
  if (growth.length > 0) {
    let cumulative = 0;
    const last = Math.max(new Date().getFullYear(), Number(growth[growth.length - 1].period.slice(0, 4)));
    for (let y = Number(growth[0].period.slice(0, 4)); y <= last; y++) {
      const g = byYear.get(String(y));
      if (g) cumulative = g.cumulative;
      growthRows.push({ year: String(y), joined: g?.count ?? 0, cumulative });
    }
  }
  const joinedThen = growthRows.find((r) => r.year === String(year));
  const members = growthRows.length ? growthRows[growthRows.length - 1].cumulative : 0;

  // Implementations by status, per country (named in the interface's language) and per recommendation.
  const countryName = (g: { key: string; label: string }) => (/^[A-Z]{2}$/.test(g.key) ? f.country(g.key) : g.label);
  const groupName = (g: { key: string; label: string }) => (g.key === 'practice-adoptions' ? t('chart.practiceAdoptions') : g.label);
  const statusRows = (groups: AnalyticsPageQuery['inYear']['implementationStatus'], name: (g: { key: string; label: string }) => string) =>
    groups.map((g) => {
      const row = { label: name(g), total: 0 } as StatusRow;
      for (const s of statuses) {
        row[s] = g.counts.find((c) => c.status === s)?.count ?? 0;
        row.total += row[s];
      }
      return { row, average: g.averageProgress };
    });
  const byCountry = statusRows(a.implementationStatus, countryName);
  const byRec = statusRows(a.byRecommendation, groupName);
  const statusSummary = (rows: { row: StatusRow }[], key: 'chart.byCountry.summary' | 'chart.byRecommendation.summary') => {
    const total = rows.reduce((n, r) => n + r.row.total, 0);
    const top = [...rows].sort((x, y) => y.row.total - x.row.total)[0];
    return total === 0 ? t('chart.noImplementations', { year: String(year) }) : t(key, {
      total, groups: rows.length, completed: rows.reduce((n, r) => n + r.row.COMPLETED, 0),
      inProgress: rows.reduce((n, r) => n + r.row.IN_PROGRESS, 0), top: top.row.label, topCount: top.row.total,
    });
  };
  const statusHead = (first: string) => [first, ...statuses.map(label), t('chart.total'), t('chart.averageProgress')];
  const statusTable = (rows: { row: StatusRow; average: number }[]) =>
    rows.map(({ row, average }) => [row.label, ...statuses.map((s) => row[s]), row.total, f.percent(average)]);
  const statusCSV = (rows: { row: StatusRow; average: number }[]) =>
    rows.map(({ row, average }) => [row.label, ...statuses.map((s) => row[s]), row.total, average]);

  // The recommendation × city matrix, with the cities' names.
  const cityMap = new Map<string, HeatCity & { country: string }>();
  const heatRows: HeatRow[] = a.recommendationAdoption.map((r) => {
    const cells: HeatRow['cells'] = {};
    for (const c of r.cities) {
      cityMap.set(c.city.id, c.city);
      cells[c.city.id] = { status: c.status as Status, progress: c.progress };
    }
    return { id: r.recommendation.id, title: r.recommendation.title, cells };
  });
  const heatCities = [...cityMap.values()].sort((x, y) => x.name.localeCompare(y.name));
  const taken = a.recommendationAdoption.filter((r) => r.cities.length > 0);
  const sum = (k: 'committed' | 'inProgress' | 'completed' | 'notPursued') => a.recommendationAdoption.reduce((n, r) => n + r[k], 0);

  // Indicators against the term's targets.
  const ind = a.indicatorProgress;
  const onTrack = ind.filter((r) => r.progress.onTrack).length;

  // Working groups' meetings in the year.
  const act = a.workingGroupActivity;
  const held = act.reduce((n, g) => n + g.meetingsHeld, 0);
  const due = act.reduce((n, g) => n + g.meetingsDue, 0);
  const behind = act.filter((g) => g.meetingsHeld < g.meetingsDue).length;

  return (
    <>
      <ChartPanel id="growth" title={t('membershipGrowth')} scope={t('chart.allYears')}
        summary={t('chart.growth.summary', { members, joined: joinedThen?.joined ?? 0, year: String(year) })}
        empty={growthRows.length === 0}
        legend={[{ colour: colours.primary, label: t('chart.joined') }, { colour: colours.dark, label: t('chart.membersSoFar') }]}
        table={{ head: [t('year'), t('chart.joined'), t('chart.membersSoFar')], rows: growthRows.map((r) => [r.year, r.joined, r.cumulative]) }}
        csv={() => downloadCSV('membership-growth.csv', ['period', 'count', 'cumulative'], growth.map((p) => [p.period, p.count, p.cumulative]))}>
        <GrowthChart rows={growthRows} number={f.number} />
      </ChartPanel>

      <ChartPanel id="by-country" title={t('implementationStatus')} scope={inYear}
        summary={statusSummary(byCountry, 'chart.byCountry.summary')} empty={byCountry.length === 0} legend={legend}
        table={{ head: statusHead(t('country')), rows: statusTable(byCountry) }}
        csv={() => downloadCSV(`implementation-status-by-country-${year}.csv`, ['country', ...statuses, 'total', 'averageProgress'], statusCSV(byCountry))}>
        <StatusBars rows={byCountry.map((r) => r.row)} statusLabel={label} number={f.number} />
      </ChartPanel>

      <ChartPanel id="by-recommendation" title={t('implementationByRecommendation')} scope={inYear}
        summary={statusSummary(byRec, 'chart.byRecommendation.summary')} empty={byRec.length === 0} legend={legend}
        table={{ head: statusHead(t('chart.recommendation')), rows: statusTable(byRec) }}
        csv={() => downloadCSV(`implementation-status-by-recommendation-${year}.csv`, ['recommendation', ...statuses, 'total', 'averageProgress'], statusCSV(byRec))}>
        <StatusBars rows={byRec.map((r) => r.row)} statusLabel={label} number={f.number} />
      </ChartPanel>

      <ChartPanel id="heat-map" title={t('adoptionMatrix')} scope={inYear}
        summary={t('chart.heat.summary', { recs: taken.length, cities: heatCities.length, completed: sum('completed'), inProgress: sum('inProgress'), committed: sum('committed'), notPursued: sum('notPursued') })}
        empty={heatRows.length === 0} legend={legend} readable
        table={{ head: [t('chart.recommendation'), t('city'), t('country'), t('status'), t('progress')],
          rows: a.recommendationAdoption.flatMap((r) => r.cities.map((c) => [r.recommendation.title, c.city.name, f.country(c.city.country), label(c.status as Status), f.percent(c.progress)])) }}
        csv={() => downloadCSV(`recommendation-adoption-${year}.csv`, ['recommendation', 'city', 'country', 'status', 'progress'],
          a.recommendationAdoption.flatMap((r) => r.cities.map((c) => [r.recommendation.title, c.city.name, f.country(c.city.country), label(c.status as Status), c.progress])))}>
        <HeatMap caption={t('adoptionMatrix')} corner={t('chart.recommendation')} rows={heatRows} cities={heatCities} statusLabel={label} percent={f.percent} none={t('chart.notTakenUp')} />
      </ChartPanel>

      <ChartPanel id="indicators" title={t('indicatorProgress')} scope={t('chart.termTargets', { year: String(year) })}
        summary={ind.length === 0 ? t('chart.noTargets', { year: String(year) }) : t('chart.indicator.summary', { onTrack, total: ind.length, year: String(year) })}
        empty={ind.length === 0}
        legend={[{ colour: colours.onTrack, label: t('onTrack') }, { colour: colours.behind, label: t('chart.behind') }, { colour: colours.noTarget, label: t('chart.noFigure') }, { colour: '#ffffff', label: t('chart.targetLine') }]}
        table={{ head: [t('chart.indicator'), t('chart.unit'), t('chart.baseline'), t('chart.target'), t('chart.latest'), t('percent'), t('onTrack')],
          rows: ind.map((r) => [r.indicator.name, r.indicator.unit, r.progress.target?.baseline, r.progress.target?.target, r.progress.latest,
            r.progress.percent == null ? null : f.percent(r.progress.percent), r.progress.onTrack ? t('chart.yes') : t('chart.no')]) }}
        csv={() => downloadCSV(`indicator-progress-${year}.csv`, ['indicator', 'unit', 'baseline', 'target', 'latest', 'percent', 'onTrack'],
          ind.map((r) => [r.indicator.name, r.indicator.unit, r.progress.target?.baseline, r.progress.target?.target, r.progress.latest, r.progress.percent, r.progress.onTrack ? 'yes' : 'no']))}>
        <PercentBars rows={ind.map((r) => ({ label: r.indicator.name, percent: r.progress.percent ?? null, onTrack: r.progress.onTrack }))} percent={f.percent} />
      </ChartPanel>

      <ChartPanel id="group-activity" title={t('groupActivity')} scope={inYear}
        summary={t('chart.activity.summary', { held, due, behind, year: String(year) })} empty={act.length === 0}
        legend={[{ colour: colours.held, label: t('chart.held') }, { colour: colours.due, label: t('chart.due') }]}
        table={{ head: [t('workingGroups'), t('chart.held'), t('chart.extra'), t('chart.due')], rows: act.map((g) => [g.workingGroup.name.text, g.meetingsHeld, g.extraMeetings, g.meetingsDue]) }}
        csv={() => downloadCSV(`working-group-activity-${year}.csv`, ['workingGroup', 'held', 'extra', 'due'], act.map((g) => [g.workingGroup.name.text, g.meetingsHeld, g.extraMeetings, g.meetingsDue]))}>
        <PairBars rows={act.map((g) => ({ label: g.workingGroup.name.text, a: g.meetingsHeld, b: g.meetingsDue }))} number={f.number} />
      </ChartPanel>
    </>
  );
}

// Report renders the year's annual report and offers its Markdown (fetched with the session's
// token: a plain link would carry none).
function Report({ year }: { year: number }) {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: ReportDoc, variables: { year } });
  const [failed, setFailed] = useState(false);
  const r = result.data?.annualReport;
  if (!r) return <QueryState result={result} retry={refetch}>{() => <Empty />}</QueryState>;
  const download = async () => {
    setFailed(false);
    const token = getToken();
    const res = await fetch(r.markdownUrl, { headers: token ? { Authorization: `Bearer ${token}` } : {} }).catch(() => null);
    if (!res || !res.ok) { setFailed(true); return; }
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
      {failed && <Notice kind="error">{t('errorLoading')}</Notice>}
      <p>{t('presidency')}: {r.presidency ? <CityLink city={r.presidency.city} /> : '—'}</p>
      <p>{t('members')}: {r.newMembers.length === 0 ? '—' : r.newMembers.map((m, i) => <span key={m.city.slug}>{i > 0 && ', '}<CityLink city={m.city} /> ({f.date(m.memberSince)})</span>)}</p>
      <p>{t('proposals')}: {t('chart.reportProposals', { submitted: r.proposals.submitted, accepted: r.proposals.accepted, declined: r.proposals.declined })}</p>
      <p>{t('implementations')}: {r.implementations.byStatus.map((s) => `${f.label('ImplementationStatus', s.status)} ${f.number(s.count)}`).join(', ') || '—'}</p>
      <p>{t('practices')}: {f.number(r.practicesShared)}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('workingGroups')}>
        <table className="data">
          <caption>{t('groupActivity')} {r.year}</caption>
          <thead><tr><th scope="col">{t('workingGroups')}</th><th scope="col">{t('chart.held')}</th><th scope="col">{t('chart.due')}</th></tr></thead>
          <tbody>{r.workingGroups.map((g) => <tr key={g.group.name.text}><th scope="row">{g.group.name.text}</th><td>{f.number(g.meetingsHeld)}</td><td>{f.number(g.meetingsDue)}</td></tr>)}</tbody>
        </table>
      </div>
    </article>
  );
}

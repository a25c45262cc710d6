import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { PresidencyTermPageQuery } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { CityLink, Disclosure, Field, Notice, QueryState, Select, fieldErrors } from '../ui';
import { useSession } from '../viewer';
import './presidency.css';

// The rotating presidency (R2): every term, a page per term with its indicators and targets
// (R5.1), which the presidency and the secretariat set (viewer.can.setIndicatorTargets); the
// secretariat records terms for the history (recordPresidencyTerm).
const TermsDoc = graphql(`
  query PresidencyPage {
    network { currentPresidency { id year } }
    presidencyTerms(first: 50) {
      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }
    }
    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }
  }
`);

const TermDoc = graphql(`
  query PresidencyTermPage($year: Int!, $signedIn: Boolean!) {
    presidencyTerms(first: 50) {
      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }
    }
    indicators(first: 50) @include(if: $signedIn) {
      edges { node { id key name description unit direction scope source metric workingGroup { name { text } }
        targets { termYear baseline target dueOn }
        progress(termYear: $year) { latest percent onTrack } } }
    }
  }
`);

const RecordTermDoc = graphql(`
  mutation RecordPresidencyTerm($input: RecordPresidencyTermInput!) { recordPresidencyTerm(input: $input) { term { id year } userErrors { code field message } } }
`);

const SetTargetDoc = graphql(`
  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { termYear baseline target dueOn } userErrors { code field message } } }
`);

const DefineIndicatorDoc = graphql(`
  mutation DefineIndicator($input: DefineIndicatorInput!) { defineIndicator(input: $input) { indicator { id } userErrors { code field message } } }
`);

export function Presidency() {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: TermsDoc });
  return (
    <section>
      <h1>{t('presidency')}</h1>
      <p className="lead">{t('presidency.intro')}</p>
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.presidencyTerms.edges.length === 0}>{(data) => {
        const current = data.network.currentPresidency;
        const terms = data.presidencyTerms.edges.map((e) => e.node);
        const cur = terms.find((x) => x.id === current?.id);
        return (
          <>
            {cur ? (
              <p className="notice notice-info">
                {t('presidency.current', { year: String(cur.year), city: cur.city.name })} <Link to={'/presidency/' + cur.year}>{t('presidency.openTerm', { year: String(cur.year) })}</Link>
              </p>
            ) : <p className="notice notice-info">{t('presidency.noCurrent')}</p>}
            <table className="responsive">
              <caption className="sr-only">{t('presidency')}</caption>
              <thead><tr><th scope="col">{t('presidency.term')}</th><th scope="col">{t('city')}</th><th scope="col">{t('mayor')}</th><th scope="col">{t('status')}</th><th scope="col">{t('presidency.electedAt')}</th></tr></thead>
              <tbody>
                {terms.map((p) => (
                  <tr key={p.id}>
                    <th scope="row"><Link to={'/presidency/' + p.year}>{p.year}</Link></th>
                    <td data-label={t('city')}><CityLink city={p.city} /></td>
                    <td data-label={t('mayor')}>{p.mayorName ?? '—'}</td>
                    <td data-label={t('status')}>{f.label('PresidencyTermStatus', p.status)}</td>
                    <td data-label={t('presidency.electedAt')}>{p.electedAt ? <Link to={'/summits/' + p.electedAt.year}>{p.electedAt.title}</Link> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {viewer?.can.manageNetwork && <RecordTerm cities={data.cities.edges.map((e) => e.node)} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
          </>
        );
      }}</QueryState>
    </section>
  );
}

// RecordTerm: the secretariat records a term for the history; R2.4 still holds (the server says so).
function RecordTerm({ cities, onDone }: { cities: { id: string; name: string }[]; onDone: () => void }) {
  const t = useT();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [cityId, setCityId] = useState('');
  const [mayor, setMayor] = useState('');
  const [done, setDone] = useState('');
  const [res, record] = useMutation(RecordTermDoc);
  const chosen = cityId || cities[0]?.id || '';
  const errs = fieldErrors(res.data?.recordPresidencyTerm.userErrors);
  return (
    <Disclosure label={t('presidency.record')}>
      <form className="card-form narrow" aria-label={t('presidency.record')} onSubmit={async (e) => {
        e.preventDefault();
        setDone('');
        const r = await record({ input: { year: Number(year), cityId: chosen, mayorName: mayor || null } });
        if (r.data?.recordPresidencyTerm.term) { setDone(t('saved')); setMayor(''); onDone(); }
      }}>
        <p className="meta">{t('presidency.recordHelp')}</p>
        <Field label={t('presidency.term')} type="number" min={2021} value={year} onChange={(e) => setYear(e.target.value)} required error={errs.year} />
        <Select label={t('city')} value={chosen} onChange={setCityId} options={cities.map((c) => [c.id, c.name])} />
        {errs.cityId && <Notice kind="error">{errs.cityId}</Notice>}
        <Field label={t('mayor')} value={mayor} onChange={(e) => setMayor(e.target.value)} error={errs.mayorName} />
        {errs._ && <Notice kind="error">{errs._}</Notice>}
        {res.error && <Notice kind="error">{t('errorLoading')}</Notice>}
        <button type="submit" disabled={res.fetching || !chosen}>{t('presidency.record')}</button>
        {done && <Notice kind="info">{done}</Notice>}
      </form>
    </Disclosure>
  );
}

export function PresidencyTerm() {
  const t = useT();
  const { year } = useParams();
  const { viewer, status } = useSession();
  const y = Number(year);
  const [result, refetch] = useQuery({ query: TermDoc, variables: { year: y, signedIn: !!viewer }, pause: !Number.isInteger(y) || status === 'loading' });
  const term = result.data?.presidencyTerms.edges.map((e) => e.node).find((x) => x.year === y);
  return (
    <section>
      <p><Link to="/presidency">{t('presidency')}</Link></p>
      {!Number.isInteger(y) ? <><h1>{t('notFound')}</h1><p>{t('notFoundText')}</p></> : (
        <QueryState result={result} retry={refetch}>{(data) => term
          ? <TermBody term={term} data={data} year={y} reload={() => refetch({ requestPolicy: 'network-only' })} />
          : <><h1>{t('presidency.termTitle', { year: String(y) })}</h1><p>{t('presidency.noTerm', { year: String(y) })}</p></>}</QueryState>
      )}
    </section>
  );
}

type TermT = PresidencyTermPageQuery['presidencyTerms']['edges'][number]['node'];
type IndicatorT = NonNullable<PresidencyTermPageQuery['indicators']>['edges'][number]['node'];

function TermBody({ term, data, year, reload }: { term: TermT; data: PresidencyTermPageQuery; year: number; reload: () => void }) {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const may = !!viewer?.can.setIndicatorTargets;
  const indicators = data.indicators?.edges.map((e) => e.node) ?? [];
  const withTarget = indicators.filter((i) => i.targets.some((x) => x.termYear === year));
  const without = indicators.filter((i) => !i.targets.some((x) => x.termYear === year));
  return (
    <>
      <h1>{t('presidency.termTitle', { year: String(year) })}: {term.city.name}</h1>
      <dl className="facts">
        <div><dt>{t('city')}</dt><dd><CityLink city={term.city} /></dd></div>
        <div><dt>{t('mayor')}</dt><dd>{term.mayorName ?? '—'}</dd></div>
        <div><dt>{t('status')}</dt><dd>{f.label('PresidencyTermStatus', term.status)}</dd></div>
        <div><dt>{t('presidency.electedAt')}</dt><dd>{term.electedAt ? <Link to={'/summits/' + term.electedAt.year}>{term.electedAt.title}</Link> : '—'}</dd></div>
      </dl>
      <h2>{t('presidency.indicators')}</h2>
      <p>{t('presidency.indicatorsHelp')}</p>
      {!viewer ? (
        <p><Link to={'/signin?next=' + encodeURIComponent('/presidency/' + year)}>{t('presidency.signInForIndicators')}</Link></p>
      ) : (
        <>
          {may && <Notice kind="info">{t('presidency.youMaySet')}</Notice>}
          <p>{t('presidency.targetsCount', { count: withTarget.length, year: String(year) })}</p>
          {withTarget.length > 0 && (
            <ul className="rows indicators">
              {withTarget.map((i) => <IndicatorRow key={i.id} ind={i} year={year} may={may} onDone={reload} />)}
            </ul>
          )}
          {without.length > 0 && (
            <>
              <h3>{t('presidency.withoutTarget', { year: String(year) })}</h3>
              <ul className="rows indicators">
                {without.map((i) => <IndicatorRow key={i.id} ind={i} year={year} may={may} onDone={reload} />)}
              </ul>
            </>
          )}
          {may && <DefineIndicator onDone={reload} />}
        </>
      )}
    </>
  );
}

function IndicatorRow({ ind, year, may, onDone }: { ind: IndicatorT; year: number; may: boolean; onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const target = ind.targets.find((x) => x.termYear === year);
  const p = ind.progress;
  const num = (n: number | null | undefined) => (n == null ? '—' : `${f.number(n)} ${ind.unit}`);
  return (
    <li className="row indicator" aria-labelledby={'ind-' + ind.id}>
      <div className="indicator-main">
        <h4 id={'ind-' + ind.id}>{ind.name}</h4>
        <p className="meta">
          {f.label('IndicatorScope', ind.scope)}{ind.workingGroup ? ` (${ind.workingGroup.name.text})` : ''} · {f.label('IndicatorDirection', ind.direction)} · {f.label('IndicatorSource', ind.source)}{ind.metric ? ` (${f.label('IndicatorMetric', ind.metric)})` : ''}
        </p>
        {ind.description && <p>{ind.description}</p>}
        {target ? (
          <p>
            {t('presidency.targetLine', { baseline: num(target.baseline), target: num(target.target), due: f.date(target.dueOn) })}
            <br />
            {t('chart.latest')}: {num(p.latest)} · {p.percent == null ? t('chart.noFigure') : t('presidency.percentOfWay', { percent: f.percent(p.percent) })} · <strong>{p.onTrack ? t('onTrack') : t('chart.behind')}</strong>
          </p>
        ) : <p className="meta">{t('presidency.noTargetYet', { year: String(year) })}</p>}
      </div>
      {may && <TargetForm ind={ind} year={year} target={target} onDone={onDone} />}
    </li>
  );
}

function TargetForm({ ind, year, target, onDone }: { ind: IndicatorT; year: number; target?: { baseline: number; target: number; dueOn: string }; onDone: () => void }) {
  const t = useT();
  const [baseline, setBaseline] = useState(target ? String(target.baseline) : '');
  const [goal, setGoal] = useState(target ? String(target.target) : '');
  const [dueOn, setDueOn] = useState(target?.dueOn ?? `${year}-12-31`);
  const [done, setDone] = useState('');
  const [res, save] = useMutation(SetTargetDoc);
  const errs = fieldErrors(res.data?.setIndicatorTarget.userErrors);
  const label = target ? t('presidency.editTarget') : t('presidency.setTarget');
  return (
    <Disclosure label={`${label}: ${ind.name}`}>
      <form className="card-form" aria-label={`${label}: ${ind.name}`} onSubmit={async (e) => {
        e.preventDefault();
        setDone('');
        const r = await save({ input: { indicatorId: ind.id, termYear: year, baseline: Number(baseline), target: Number(goal), dueOn } });
        if (r.data?.setIndicatorTarget.target) { setDone(t('saved')); onDone(); }
      }}>
        <Field label={`${t('chart.baseline')} (${ind.unit})`} type="number" step="any" value={baseline} onChange={(e) => setBaseline(e.target.value)} required error={errs.baseline} />
        <Field label={`${t('chart.target')} (${ind.unit})`} type="number" step="any" value={goal} onChange={(e) => setGoal(e.target.value)} required error={errs.target} />
        <Field label={t('presidency.dueOn')} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} required error={errs.dueOn} />
        {(errs._ || errs.indicatorId || errs.termYear) && <Notice kind="error">{errs._ || errs.indicatorId || errs.termYear}</Notice>}
        {res.error && <Notice kind="error">{res.error.graphQLErrors[0]?.message ?? t('errorLoading')}</Notice>}
        <button type="submit" disabled={res.fetching}>{t('save')}</button>
        {done && <Notice kind="info">{done}</Notice>}
      </form>
    </Disclosure>
  );
}

const metrics = ['MEMBER_CITIES', 'MEETINGS_HELD', 'PRACTICES_PUBLISHED', 'IMPLEMENTATIONS_COMPLETED', 'CITIES_WITH_IMPLEMENTATION'] as const;

// DefineIndicator: the presidency or the secretariat adds an indicator (its target is then set above).
function DefineIndicator({ onDone }: { onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [description, setDescription] = useState('');
  const [direction, setDirection] = useState<'INCREASE' | 'DECREASE'>('INCREASE');
  const [source, setSource] = useState<'MANUAL' | 'DERIVED'>('MANUAL');
  const [scope, setScope] = useState<'NETWORK' | 'CITY'>('NETWORK');
  const [metric, setMetric] = useState<(typeof metrics)[number]>('MEMBER_CITIES');
  const [done, setDone] = useState('');
  const [res, define] = useMutation(DefineIndicatorDoc);
  const errs = fieldErrors(res.data?.defineIndicator.userErrors);
  return (
    <Disclosure label={t('presidency.defineIndicator')}>
      <form className="card-form narrow" aria-label={t('presidency.defineIndicator')} onSubmit={async (e) => {
        e.preventDefault();
        setDone('');
        const r = await define({ input: { name, unit, description: description || null, direction, source, scope: source === 'DERIVED' ? 'NETWORK' : scope,
          metric: source === 'DERIVED' ? metric : null, rollup: scope === 'CITY' ? 'AVERAGE' : 'SUM' } });
        if (r.data?.defineIndicator.indicator) { setDone(t('saved')); setName(''); setUnit(''); setDescription(''); onDone(); }
      }}>
        <Field label={t('name')} value={name} onChange={(e) => setName(e.target.value)} required error={errs.name} />
        <Field label={t('chart.unit')} value={unit} onChange={(e) => setUnit(e.target.value)} required error={errs.unit} />
        <Field label={t('presidency.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={errs.description} />
        <Select label={t('presidency.direction')} value={direction} onChange={(v) => setDirection(v as 'INCREASE' | 'DECREASE')}
          options={(['INCREASE', 'DECREASE'] as const).map((d) => [d, f.label('IndicatorDirection', d)])} />
        <Select label={t('presidency.source')} value={source} onChange={(v) => setSource(v as 'MANUAL' | 'DERIVED')}
          options={(['MANUAL', 'DERIVED'] as const).map((d) => [d, f.label('IndicatorSource', d)])} />
        {source === 'DERIVED' ? (
          <Select label={t('presidency.metric')} value={metric} onChange={(v) => setMetric(v as (typeof metrics)[number])}
            options={metrics.map((m) => [m, f.label('IndicatorMetric', m)])} />
        ) : (
          <Select label={t('presidency.scope')} value={scope} onChange={(v) => setScope(v as 'NETWORK' | 'CITY')}
            options={(['NETWORK', 'CITY'] as const).map((d) => [d, f.label('IndicatorScope', d)])} />
        )}
        {(errs._ || errs.metric || errs.scope || errs.key) && <Notice kind="error">{errs._ || errs.metric || errs.scope || errs.key}</Notice>}
        {res.error && <Notice kind="error">{res.error.graphQLErrors[0]?.message ?? t('errorLoading')}</Notice>}
        <button type="submit" disabled={res.fetching}>{t('presidency.defineIndicator')}</button>
        {done && <Notice kind="info">{done}</Notice>}
      </form>
    </Disclosure>
  );
}

import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, LabelList, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { colours, statusColour, statuses, wrap, type Status } from './palette';
import { useWidth } from './ChartPanel';

// The charts (recharts, loaded with the analytics page only). Every chart has its axes and its
// values drawn; categories are on the vertical axis of horizontal bars with their names wrapped
// over as many lines as they need, never cut. Animations are off: a chart is read, not watched.

const tickStyle = { fontSize: 12, fill: colours.text };
const lineHeight = 14;

// axisWidth: the category axis takes up to 40% of the chart, 110 to 220 px.
function axisWidth(width: number) {
  return Math.max(110, Math.min(220, Math.floor(width * 0.4)));
}

function WrappedTick(props: { x?: number | string; y?: number | string; payload?: { value: string }; chars: number }) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const lines = wrap(String(props.payload?.value ?? ''), props.chars);
  return (
    <text x={x - 6} y={y} textAnchor="end" style={tickStyle} dominantBaseline="middle">
      {lines.map((l, i) => (
        <tspan key={i} x={x - 6} dy={i === 0 ? -((lines.length - 1) * lineHeight) / 2 : lineHeight}>{l}</tspan>
      ))}
    </text>
  );
}

// Values are written at the end of each row, on an axis of their own on the right, so a zero
// (a bar with no length) still shows its number.
const valueWidth = 52;
const valueTick = { fontSize: 12, fill: colours.text, fontWeight: 700 };

function rowHeight(labels: string[], chars: number) {
  const most = Math.max(1, ...labels.map((l) => wrap(l, chars).length));
  return Math.max(34, most * lineHeight + 14);
}

export type StatusRow = { label: string } & Record<Status, number> & { total: number };

// StatusBars: one horizontal bar per group, stacked by implementation status, its total at its end.
export function StatusBars({ rows, statusLabel, number }: { rows: StatusRow[]; statusLabel: (s: Status) => string; number: (n: number) => string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const data = rows.map((r) => ({ ...r, valueLabel: number(r.total) }));
  const yw = axisWidth(width);
  const chars = yw / 6.6;
  const height = rows.length * rowHeight(rows.map((r) => r.label), chars) + 40;
  return (
    <div ref={ref} className="chart-box">
      {width > 0 && (
        <BarChart width={width} height={height} data={data} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={colours.grid} />
          <XAxis type="number" allowDecimals={false} tick={tickStyle} stroke={colours.axis} tickFormatter={(v: number) => number(v)} />
          <YAxis type="category" dataKey="label" width={yw} interval={0} stroke={colours.axis} tick={(p: object) => <WrappedTick {...p} chars={chars} />} />
          <YAxis yAxisId="values" orientation="right" type="category" dataKey="valueLabel" width={valueWidth} interval={0} axisLine={false} tickLine={false} tick={valueTick} />
          {statuses.map((s) => (
            <Bar key={s} dataKey={s} name={statusLabel(s)} stackId="status" fill={statusColour[s].fill} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </div>
  );
}

// GrowthChart: cities joining each year (bars, with their number) and the members so far (line).
export function GrowthChart({ rows, number }: { rows: { year: string; joined: number; cumulative: number }[]; number: (n: number) => string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="chart-box">
      {width > 0 && (
        <ComposedChart width={width} height={260} data={rows} margin={{ top: 20, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={colours.grid} />
          <XAxis dataKey="year" tick={tickStyle} stroke={colours.axis} interval={0} />
          <YAxis allowDecimals={false} tick={tickStyle} stroke={colours.axis} width={40} tickFormatter={(v: number) => number(v)} />
          <Bar dataKey="joined" fill={colours.primary} isAnimationActive={false}>
            <LabelList dataKey="joined" position="insideTop" style={{ fontSize: 12, fill: '#ffffff' }} formatter={(v: unknown) => (Number(v) > 0 ? number(Number(v)) : '')} />
          </Bar>
          <Line dataKey="cumulative" stroke={colours.dark} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false}>
            <LabelList dataKey="cumulative" position="top" offset={8} style={{ ...tickStyle, fontWeight: 700 }} formatter={(v: unknown) => number(Number(v))} />
          </Line>
        </ComposedChart>
      )}
    </div>
  );
}

// PercentBars: one bar per indicator, the share of the way from baseline to target, coloured by
// whether it is on track; a line marks the target (100%).
export function PercentBars({ rows, percent }: { rows: { label: string; percent: number | null; onTrack: boolean }[]; percent: (n: number) => string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const yw = axisWidth(width);
  const chars = yw / 6.6;
  const height = rows.length * rowHeight(rows.map((r) => r.label), chars) + 44;
  const top = Math.max(100, ...rows.map((r) => r.percent ?? 0));
  const low = Math.min(0, ...rows.map((r) => r.percent ?? 0));
  const data = rows.map((r) => ({ ...r, value: r.percent ?? 0, valueLabel: r.percent == null ? '—' : percent(r.percent) }));
  return (
    <div ref={ref} className="chart-box">
      {width > 0 && (
        <BarChart width={width} height={height} data={data} layout="vertical" margin={{ top: 16, right: 8, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={colours.grid} />
          <XAxis type="number" domain={[low, Math.ceil(top / 25) * 25]} tick={tickStyle} stroke={colours.axis} tickFormatter={(v: number) => percent(v)} />
          <YAxis type="category" dataKey="label" width={yw} interval={0} stroke={colours.axis} tick={(p: object) => <WrappedTick {...p} chars={chars} />} />
          <YAxis yAxisId="values" orientation="right" type="category" dataKey="valueLabel" width={valueWidth} interval={0} axisLine={false} tickLine={false} tick={valueTick} />
          <ReferenceLine x={100} stroke={colours.text} strokeDasharray="4 3" />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((r, i) => <Cell key={i} fill={r.percent == null ? colours.noTarget : r.onTrack ? colours.onTrack : colours.behind} />)}
          </Bar>
        </BarChart>
      )}
    </div>
  );
}

// PairBars: two bars per group (meetings held and meetings due), each with its number.
export function PairBars({ rows, number }: { rows: { label: string; a: number; b: number }[]; number: (n: number) => string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const yw = axisWidth(width);
  const chars = yw / 6.6;
  const height = rows.length * Math.max(48, rowHeight(rows.map((r) => r.label), chars)) + 40;
  const data = rows.map((r) => ({ ...r, valueLabel: `${number(r.a)} / ${number(r.b)}` }));
  return (
    <div ref={ref} className="chart-box">
      {width > 0 && (
        <BarChart width={width} height={height} data={data} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 4 }} accessibilityLayer={false} barGap={2}>
          <CartesianGrid horizontal={false} stroke={colours.grid} />
          <XAxis type="number" allowDecimals={false} tick={tickStyle} stroke={colours.axis} tickFormatter={(v: number) => number(v)} />
          <YAxis type="category" dataKey="label" width={yw} interval={0} stroke={colours.axis} tick={(p: object) => <WrappedTick {...p} chars={chars} />} />
          <YAxis yAxisId="values" orientation="right" type="category" dataKey="valueLabel" width={valueWidth + 24} interval={0} axisLine={false} tickLine={false} tick={valueTick} />
          <Bar dataKey="a" fill={colours.held} isAnimationActive={false} />
          <Bar dataKey="b" fill={colours.due} stroke={colours.axis} isAnimationActive={false} />
        </BarChart>
      )}
    </div>
  );
}

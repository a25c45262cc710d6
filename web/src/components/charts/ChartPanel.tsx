import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useFormat, useT } from '../../i18n';
import './charts.css';

export type Cell = string | number | null | undefined | { node: ReactNode; text: string };

// ChartPanel is one chart with everything that makes it readable: its title, whether it follows
// the chosen year, a sentence saying what it shows, the picture (hidden from screen readers,
// which get the table), a legend where colour carries meaning, and its data as a <table> with a
// caption: always there for screen readers, shown on screen by "Show data". The CSV button
// downloads the same figures, with names.
export function ChartPanel(props: {
  id: string;
  title: string;
  scope: string;
  summary: string;
  legend?: { colour: string; label: string }[];
  table: { head: string[]; rows: Cell[][] };
  csv: () => void;
  empty?: boolean;
  // readable: the picture is itself readable by screen readers (the heat map is a table).
  readable?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const cell = (c: Cell) => (c == null ? '—' : typeof c === 'number' ? f.number(c) : typeof c === 'string' ? c : c.node);
  return (
    <section className="chart" aria-labelledby={props.id + '-h'} data-chart={props.id}>
      <h2 id={props.id + '-h'}>{props.title}</h2>
      <p className="chart-scope meta">{props.scope}</p>
      <p className="chart-summary">{props.summary}</p>
      {props.empty ? <p className="state state-empty">{t('none')}</p> : (
        <>
          {props.children && <div className="chart-plot" aria-hidden={props.readable ? undefined : true}>{props.children}</div>}
          {props.legend && props.legend.length > 0 && (
            <ul className="legend" aria-label={t('chart.legend')}>
              {props.legend.map((l) => (
                <li key={l.label}><span className="swatch" style={{ background: l.colour }} aria-hidden="true" />{l.label}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="chart-actions">
        <button type="button" className="secondary" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
          {open ? t('chart.hideData') : t('chart.showData')} <span className="sr-only">{props.title}</span>
        </button>
        <button type="button" className="secondary" onClick={props.csv}>{t('downloadCsv')} <span className="sr-only">{props.title}</span></button>
      </div>
      <div id={tableId} className={open ? 'table-scroll chart-table' : 'sr-only'} {...(open ? { tabIndex: 0, role: 'region', 'aria-label': props.title } : {})}>
        <table className="data">
          <caption>{props.title}: {props.scope}</caption>
          <thead><tr>{props.table.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>
            {props.table.rows.map((r, i) => (
              <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{cell(c)}</th> : <td key={j}>{cell(c)}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// useWidth follows an element's width, so a chart sizes its axis to the screen (390 px phone or
// a desktop).
export function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(el.getBoundingClientRect().width);
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

import { Link } from 'react-router';
import { statusColour, type Status } from './palette';

export type HeatRow = { id: string; title: string; cells: Record<string, { status: Status; progress: number }> };
export type HeatCity = { id: string; slug: string; name: string };

// HeatMap: recommendations down, cities across (by name), each cell coloured by the city's
// implementation status (the legend says which colour is which) and showing its progress. It
// is a table, so screen readers read it by row and column headers.
export function HeatMap(props: {
  caption: string;
  corner: string;
  rows: HeatRow[];
  cities: HeatCity[];
  statusLabel: (s: Status) => string;
  percent: (n: number) => string;
  none: string;
}) {
  return (
    <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={props.caption}>
      <table className="heatmap">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.corner}</th>
            {props.cities.map((c) => <th key={c.id} scope="col"><span className="city"><Link to={'/cities/' + c.slug}>{c.name}</Link></span></th>)}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              {props.cities.map((c) => {
                const cell = r.cells[c.id];
                if (!cell) return <td key={c.id} className="empty"><span aria-hidden="true">·</span><span className="sr-only">{props.none}</span></td>;
                const col = statusColour[cell.status];
                return (
                  <td key={c.id} style={{ background: col.fill, color: col.text }} title={props.statusLabel(cell.status)}>
                    {props.percent(cell.progress)}<span className="sr-only"> {props.statusLabel(cell.status)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

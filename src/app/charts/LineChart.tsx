/**
 * A small line chart of a few series over the years (an actor's share of local ties and its local
 * attachment), made to be repeated as small multiples: the same axes in every copy, so the lines
 * compare at a glance. Each point is also a dot, so a value standing alone between two gaps
 * shows. An image with a text alternative; the values are in a table only screen readers see.
 */
import { truncateLabel } from './axis.ts';
import { type LinePlot, linePath, xPositions, yPosition } from './lines.ts';
import './charts.css';

export interface LineSeries {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  /** One value per x; NaN where there is none. */
  readonly values: readonly number[];
  readonly dashed?: boolean;
}

export interface LineChartProps {
  readonly title: string;
  /** The text alternative, in one sentence. */
  readonly summary: string;
  readonly xs: readonly number[];
  readonly series: readonly LineSeries[];
  readonly domain?: readonly [number, number];
  /** How values are written on the axis and in the table. */
  readonly format: (value: number) => string;
  /** The heading of the x column in the table (e.g. "Year"). */
  readonly xLabel: string;
  readonly testId?: string;
}

const WIDTH = 240;
const HEIGHT = 120;
const PLOT: LinePlot = { left: 34, top: 8, width: WIDTH - 34 - 12, height: HEIGHT - 8 - 22 };
const TITLE_CHARACTERS = 34;

export function LineChart({
  title,
  summary,
  xs,
  series,
  domain = [0, 1],
  format,
  xLabel,
  testId,
}: LineChartProps) {
  const positions = xPositions(xs, PLOT);
  const ticks = [domain[0], (domain[0] + domain[1]) / 2, domain[1]];
  const labelled = xs.length <= 6 ? xs.map((_x, i) => i) : [0, xs.length - 1];
  return (
    <figure className="chart line-chart" data-testid={testId}>
      <figcaption>
        <span className="chart-title" title={title}>
          {truncateLabel(title, TITLE_CHARACTERS)}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line
              x1={PLOT.left}
              x2={PLOT.left + PLOT.width}
              y1={yPosition(tick, domain, PLOT)}
              y2={yPosition(tick, domain, PLOT)}
            />
            <text x={PLOT.left - 4} y={yPosition(tick, domain, PLOT) + 3} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        {labelled.map((i) => (
          <text key={xs[i]} className="chart-tick" x={positions[i]} y={HEIGHT - 6} textAnchor="middle">
            {xs[i]}
          </text>
        ))}
        {series.map((line) => (
          <g key={line.id} className="line-series" style={{ color: line.colour }}>
            <path
              d={linePath(positions, line.values, domain, PLOT)}
              strokeDasharray={line.dashed ? '4 3' : undefined}
            />
            {line.values.map((value, i) =>
              Number.isFinite(value) ? (
                <circle key={xs[i]} cx={positions[i]} cy={yPosition(value, domain, PLOT)} r={2.4}>
                  <title>{`${line.label}, ${xs[i]}: ${format(value)}`}</title>
                </circle>
              ) : null,
            )}
          </g>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{xLabel}</th>
            {series.map((line) => (
              <th key={line.id} scope="col">
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xs.map((x, i) => (
            <tr key={x}>
              <th scope="row">{x}</th>
              {series.map((line) => (
                <td key={line.id}>{Number.isFinite(line.values[i]) ? format(line.values[i]) : '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * A scatter plot of one point per actor, coloured by series, with optional reference lines
 * (means) and corner labels (quadrants). Points are drawn as one SVG path per series and found
 * under the pointer by distance, so 16,000 actors cost a handful of elements. The picture is an
 * image with a one-sentence text alternative; the actors themselves are listed in tables elsewhere.
 */
import { type MouseEvent, type ReactNode, useMemo, useState } from 'react';
import type { Language, Translate } from '../../i18n/i18n.ts';
import { useWording } from '../i18n.ts';
import { truncateLabel } from './axis.ts';
import { formatEdge, formatNumber } from './format.ts';
import {
  type AxisScale,
  axisFraction,
  nearestPoint,
  type PlotArea,
  pointOfActor,
  projectPoints,
  scatterAxis,
  seriesPaths,
} from './scatter.ts';
import './charts.css';

export interface ScatterSeries {
  readonly id: string;
  /** Legend text, e.g. "Gatekeeper · 41". */
  readonly label: string;
  readonly colour: string;
}

export interface ReferenceLine {
  readonly axis: 'x' | 'y';
  readonly value: number;
  readonly label: string;
}

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface ScatterChartProps {
  readonly title: string;
  readonly caption?: ReactNode;
  /** The text alternative, in one sentence. */
  readonly summary: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Values per actor; actors with NaN in either are not plotted. */
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly xScale?: AxisScale;
  readonly yScale?: AxisScale;
  readonly series: readonly ScatterSeries[];
  /** Series number per actor; actors outside 0 … series.length − 1 are not drawn. */
  readonly seriesOf: ArrayLike<number>;
  readonly referenceLines?: readonly ReferenceLine[];
  readonly cornerLabels?: Partial<Record<Corner, string>>;
  /** What hovering an actor's point shows. */
  readonly pointLabel: (actor: number) => string;
  readonly onPick?: (actor: number) => void;
  /** The selected actor's index, ringed; -1 for none. */
  readonly selectedActor?: number;
  readonly testId?: string;
}

const WIDTH = 560;
const HEIGHT = 340;
const PLOT: PlotArea = { left: 52, top: 14, width: WIDTH - 52 - 14, height: HEIGHT - 14 - 44 };
const DOT_DIAMETER = 4.5;
/** How far from a point (in chart units) the pointer may be and still hit it. */
const HIT_DISTANCE = 8;
const HOVER_LABEL_CHARACTERS = 48;

export function ScatterChart(props: ScatterChartProps) {
  const { t, language } = useWording();
  const { xs, ys, xScale = 'linear', yScale = 'linear', series, seriesOf, onPick } = props;
  const xAxis = useMemo(() => scatterAxis(xs, xScale), [xs, xScale]);
  const yAxis = useMemo(() => scatterAxis(ys, yScale), [ys, yScale]);
  const points = useMemo(() => projectPoints(xs, ys, xAxis, yAxis, PLOT), [xs, ys, xAxis, yAxis]);
  const paths = useMemo(
    () => seriesPaths(points, seriesOf, series.length),
    [points, seriesOf, series.length],
  );
  const [hovered, setHovered] = useState(-1);
  const selectedPoint = props.selectedActor !== undefined ? pointOfActor(points, props.selectedActor) : -1;

  const pointAt = (event: MouseEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0) return -1;
    const x = ((event.clientX - box.left) * WIDTH) / box.width;
    const y = ((event.clientY - box.top) * HEIGHT) / box.height;
    return nearestPoint(points, x, y, HIT_DISTANCE);
  };
  const xOf = (value: number) => PLOT.left + axisFraction(xAxis, value) * PLOT.width;
  const yOf = (value: number) => PLOT.top + (1 - axisFraction(yAxis, value)) * PLOT.height;

  return (
    <figure className="chart scatter-chart" data-testid={props.testId}>
      <figcaption>
        <span className="chart-title">{props.title}</span>
        {props.caption && <span className="chart-caption">{props.caption}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.summary}>
        {xAxis.ticks.map((tick) => (
          <g key={`x${tick}`} className="chart-grid">
            <line x1={xOf(tick)} x2={xOf(tick)} y1={PLOT.top} y2={PLOT.top + PLOT.height} />
            <text x={xOf(tick)} y={PLOT.top + PLOT.height + 13} textAnchor="middle">
              {formatEdge(tick, language)}
            </text>
          </g>
        ))}
        {yAxis.ticks.map((tick) => (
          <g key={`y${tick}`} className="chart-grid">
            <line x1={PLOT.left} x2={PLOT.left + PLOT.width} y1={yOf(tick)} y2={yOf(tick)} />
            <text x={PLOT.left - 6} y={yOf(tick) + 3} textAnchor="end">
              {formatEdge(tick, language)}
            </text>
          </g>
        ))}
        {Object.entries(props.cornerLabels ?? {}).map(([corner, text]) => (
          <CornerText key={corner} corner={corner as Corner} text={text} />
        ))}
        {paths.map((path, number) => (
          <path
            key={series[number].id}
            className="scatter-points"
            d={path}
            stroke={series[number].colour}
            strokeWidth={DOT_DIAMETER}
          />
        ))}
        {(props.referenceLines ?? []).map((line) => (
          <ReferenceLineMark
            key={line.axis}
            line={line}
            position={line.axis === 'x' ? xOf : yOf}
            language={language}
          />
        ))}
        {selectedPoint >= 0 && (
          <circle
            className="scatter-selected"
            cx={points.x[selectedPoint]}
            cy={points.y[selectedPoint]}
            r={6}
          />
        )}
        {hovered >= 0 && hovered < points.index.length && (
          <HoverMark
            x={points.x[hovered]}
            y={points.y[hovered]}
            text={truncateLabel(props.pointLabel(points.index[hovered]), HOVER_LABEL_CHARACTERS)}
          />
        )}
        <text className="chart-axis-label" x={PLOT.left + PLOT.width / 2} y={HEIGHT - 6} textAnchor="middle">
          {axisTitle(props.xLabel, xAxis.scale, t)}
        </text>
        <text
          className="chart-axis-label"
          transform={`translate(12 ${PLOT.top + PLOT.height / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {axisTitle(props.yLabel, yAxis.scale, t)}
        </text>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; keyboards reach the same actors through the tables that go with each chart. */}
        <rect
          className={hovered >= 0 && onPick ? 'scatter-hit pickable' : 'scatter-hit'}
          x={PLOT.left - HIT_DISTANCE}
          y={PLOT.top - HIT_DISTANCE}
          width={PLOT.width + 2 * HIT_DISTANCE}
          height={PLOT.height + 2 * HIT_DISTANCE}
          onPointerMove={(event) => setHovered(pointAt(event))}
          onPointerLeave={() => setHovered(-1)}
          onClick={(event) => {
            const point = pointAt(event);
            if (point >= 0) onPick?.(points.index[point]);
          }}
        >
          {hovered >= 0 && <title>{props.pointLabel(points.index[hovered])}</title>}
        </rect>
      </svg>
      <ul className="scatter-legend">
        {series.map((item) => (
          <li key={item.id}>
            <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function axisTitle(label: string, scale: AxisScale, t: Translate): string {
  return scale === 'sqrt' ? t('charts.sqrtAxis', { axis: label }) : label;
}

function ReferenceLineMark({
  line,
  position,
  language,
}: {
  line: ReferenceLine;
  position: (value: number) => number;
  language: Language;
}) {
  const at = position(line.value);
  const text = `${line.label} ${formatNumber(line.value, language)}`;
  return line.axis === 'x' ? (
    <g className="chart-marker mean">
      <line x1={at} x2={at} y1={PLOT.top} y2={PLOT.top + PLOT.height} />
      <text x={at + 4} y={PLOT.top + PLOT.height - 4}>
        {text}
      </text>
    </g>
  ) : (
    <g className="chart-marker mean">
      <line x1={PLOT.left} x2={PLOT.left + PLOT.width} y1={at} y2={at} />
      <text x={PLOT.left + PLOT.width - 4} y={at - 4} textAnchor="end">
        {text}
      </text>
    </g>
  );
}

function CornerText({ corner, text }: { corner: Corner; text: string }) {
  const right = corner.endsWith('right');
  const top = corner.startsWith('top');
  return (
    <text
      className="scatter-corner"
      x={right ? PLOT.left + PLOT.width - 6 : PLOT.left + 6}
      y={top ? PLOT.top + 14 : PLOT.top + PLOT.height - 18}
      textAnchor={right ? 'end' : 'start'}
    >
      {text}
    </text>
  );
}

function HoverMark({ x, y, text }: { x: number; y: number; text: string }) {
  const right = x > PLOT.left + PLOT.width / 2;
  const below = y < PLOT.top + 24;
  return (
    <g className="scatter-hover" pointerEvents="none">
      <circle cx={x} cy={y} r={5.5} />
      <text x={right ? x - 9 : x + 9} y={below ? y + 16 : y - 8} textAnchor={right ? 'end' : 'start'}>
        {text}
      </text>
    </g>
  );
}

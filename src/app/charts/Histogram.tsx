/**
 * A histogram of one measure: a bar per bin with its count, the median and mean marked.
 * The picture is an image with a one-sentence text alternative; the exact counts are also in
 * a table that only screen readers see.
 */
import type { ReactNode } from 'react';
import { useWording } from '../i18n.ts';
import { countTicks, labelStride } from './axis.ts';
import { type Bin, type BinScale, type DistributionStats, positionOnAxis } from './binning.ts';
import { formatCount, formatNumber } from './format.ts';
import './charts.css';

export interface HistogramProps {
  readonly title: string;
  readonly axisLabel: string;
  readonly bins: readonly Bin[];
  readonly stats: DistributionStats;
  readonly scale: BinScale;
  /** The text alternative: the distribution in one sentence. */
  readonly summary: string;
  readonly testId?: string;
  /** Shown under the title: what the measure means. */
  readonly caption?: ReactNode;
}

const WIDTH = 480;
const HEIGHT = 220;
const MARGIN = { top: 34, right: 14, bottom: 48, left: 48 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
/** Bars narrower than this carry no count label; the y axis and the hidden table still give it. */
const MIN_SLOT_FOR_COUNTS = 22;
/** Marker labels closer than this go on two rows. */
const MARKER_LABEL_GAP = 80;

export function Histogram({
  title,
  axisLabel,
  bins,
  stats,
  scale,
  summary,
  testId,
  caption,
}: HistogramProps) {
  const { t, language } = useWording();
  const ticks = countTicks(Math.max(1, ...bins.map((bin) => bin.count)));
  const topCount = ticks[ticks.length - 1];
  const y = (count: number) => MARGIN.top + PLOT_HEIGHT * (1 - count / topCount);
  const slot = PLOT_WIDTH / Math.max(1, bins.length);
  const stride = labelStride(slot, Math.max(1, ...bins.map((bin) => bin.label.length)));
  const markers = markerPositions(bins, stats, scale);

  return (
    <figure className="chart histogram" data-testid={testId}>
      <figcaption>
        <span className="chart-title">{title}</span>
        {caption && <span className="chart-caption">{caption}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick) + 3} textAnchor="end">
              {formatCount(tick, language)}
            </text>
          </g>
        ))}
        {bins.map((bin, i) => {
          const x = MARGIN.left + i * slot;
          return (
            <g key={`${bin.lower}-${bin.upper}`}>
              <rect
                className="chart-bar"
                x={x + 1}
                y={y(bin.count)}
                width={Math.max(1, slot - 2)}
                height={MARGIN.top + PLOT_HEIGHT - y(bin.count)}
              >
                <title>{t('charts.barTitle', { label: bin.label, count: bin.count, unit: 'actors' })}</title>
              </rect>
              {slot >= MIN_SLOT_FOR_COUNTS && bin.count > 0 && (
                <text className="chart-count" x={x + slot / 2} y={y(bin.count) - 3} textAnchor="middle">
                  {formatCount(bin.count, language)}
                </text>
              )}
              {i % stride === 0 && (
                <text
                  className="chart-tick"
                  x={x + slot / 2}
                  y={MARGIN.top + PLOT_HEIGHT + 13}
                  textAnchor="middle"
                >
                  {bin.label}
                </text>
              )}
            </g>
          );
        })}
        {markers.map((marker) => (
          <g key={marker.name} className={`chart-marker ${marker.name}`}>
            <line x1={marker.x} x2={marker.x} y1={MARGIN.top - 4} y2={MARGIN.top + PLOT_HEIGHT} />
            <text x={marker.x} y={marker.row === 0 ? 12 : 24} textAnchor={marker.anchor}>
              {`${t(`charts.${marker.name}`)} ${formatNumber(marker.value, language)}`}
            </text>
          </g>
        ))}
        <text
          className="chart-axis-label"
          x={MARGIN.left + PLOT_WIDTH / 2}
          y={HEIGHT - 6}
          textAnchor="middle"
        >
          {scale === 'log' ? t('charts.logAxis', { axis: axisLabel }) : axisLabel}
        </text>
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.range')}</th>
            <th scope="col">{t('charts.unitHeader', { unit: 'actors' })}</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((bin) => (
            <tr key={`${bin.lower}-${bin.upper}`}>
              <td>{bin.label}</td>
              <td>{formatCount(bin.count, language)}</td>
            </tr>
          ))}
          {stats.undefinedCount > 0 && (
            <tr>
              <td>{t('charts.undefined')}</td>
              <td>{formatCount(stats.undefinedCount, language)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </figure>
  );
}

interface Marker {
  name: 'median' | 'mean';
  value: number;
  x: number;
  row: 0 | 1;
  anchor: 'start' | 'middle' | 'end';
}

function markerPositions(bins: readonly Bin[], stats: DistributionStats, scale: BinScale): Marker[] {
  const markers: Marker[] = [];
  for (const [name, value] of [
    ['median', stats.median],
    ['mean', stats.mean],
  ] as const) {
    const position = positionOnAxis(bins, value, scale);
    if (!Number.isFinite(position)) continue;
    const x = MARGIN.left + position * PLOT_WIDTH;
    const anchor = x < MARGIN.left + 40 ? 'start' : x > WIDTH - MARGIN.right - 40 ? 'end' : 'middle';
    const crowded = markers.some((other) => Math.abs(other.x - x) < MARKER_LABEL_GAP);
    markers.push({ name, value, x, row: crowded ? 1 : 0, anchor });
  }
  return markers;
}

/**
 * The permutation distribution of one statistic as a histogram, with the observed value marked:
 * an SVG chart in the style of charts/ (same classes, same count ticks). The picture has a
 * one-sentence text alternative.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../analysis/statistics/sentences.ts';
import type { Histogram } from '../../../analysis/statistics/types.ts';
import { countTicks } from '../../charts/axis.ts';
import { chartScale } from './rows.ts';
import '../../charts/charts.css';

const WIDTH = 480;
const HEIGHT = 190;
const MARGIN = { top: 28, right: 16, bottom: 36, left: 44 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

export function NullDistributionChart({
  name,
  histogram,
  observed,
  draws,
}: {
  name: string;
  histogram: Histogram;
  observed: number | null;
  draws: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const number = (value: number) => formatNumber(value, 'statistic', locale);
  const scale = chartScale(histogram, observed);
  const x = (value: number) => MARGIN.left + (PLOT_WIDTH * (value - scale.min)) / (scale.max - scale.min);
  const ticks = countTicks(Math.max(1, ...histogram.counts));
  const top = ticks[ticks.length - 1];
  const y = (count: number) => MARGIN.top + PLOT_HEIGHT * (1 - count / top);
  const binWidth = (histogram.max - histogram.min) / Math.max(1, histogram.counts.length);
  const summary = t('statistics.chartSummary', {
    draws,
    min: number(histogram.min),
    max: number(histogram.max),
    observed: observed === null ? t('statistics.undefinedStatistic') : number(observed),
  });
  const place = scale.observed;
  const markerX =
    place === null
      ? null
      : place.side === 'inside'
        ? MARGIN.left + place.fraction * PLOT_WIDTH
        : place.side === 'below'
          ? MARGIN.left
          : MARGIN.left + PLOT_WIDTH;
  const markerText =
    observed === null
      ? ''
      : `${place?.side === 'below' ? '◂ ' : ''}${t('statistics.observedMarker', { value: number(observed) })}${place?.side === 'above' ? ' ▸' : ''}`;
  const anchor =
    markerX === null
      ? 'middle'
      : markerX < WIDTH / 3
        ? 'start'
        : markerX > (2 * WIDTH) / 3
          ? 'end'
          : 'middle';

  return (
    <figure className="chart statistics-chart" data-testid="null-distribution">
      <figcaption>
        <span className="chart-title">{t('statistics.chartTitle', { name })}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick) + 3} textAnchor="end">
              {tick.toLocaleString(locale)}
            </text>
          </g>
        ))}
        {histogram.counts.map((count, i) => {
          const left = x(histogram.min + i * binWidth);
          const right = x(histogram.min + (i + 1) * binWidth);
          return (
            <rect
              key={`bin-${left}`}
              className="chart-bar"
              data-testid="null-distribution-bar"
              x={left}
              y={y(count)}
              width={Math.max(0.8, right - left - 0.6)}
              height={MARGIN.top + PLOT_HEIGHT - y(count)}
            >
              <title>{`${number(histogram.min + i * binWidth)} – ${number(histogram.min + (i + 1) * binWidth)}: ${count.toLocaleString(locale)}`}</title>
            </rect>
          );
        })}
        {[scale.min, (scale.min + scale.max) / 2, scale.max].map((value) => (
          <text
            key={value}
            className="chart-tick"
            x={x(value)}
            y={MARGIN.top + PLOT_HEIGHT + 13}
            textAnchor="middle"
          >
            {number(value)}
          </text>
        ))}
        {markerX !== null && (
          <g className="chart-marker observed" data-testid="observed-marker">
            <line x1={markerX} x2={markerX} y1={MARGIN.top - 6} y2={MARGIN.top + PLOT_HEIGHT} />
            <text x={markerX} y={MARGIN.top - 10} textAnchor={anchor}>
              {markerText}
            </text>
          </g>
        )}
        <text
          className="chart-axis-label"
          x={MARGIN.left + PLOT_WIDTH / 2}
          y={HEIGHT - 4}
          textAnchor="middle"
        >
          {t('statistics.chartAxis')}
        </text>
        <text
          className="chart-axis-label"
          transform={`translate(11 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('statistics.chartCount')}
        </text>
      </svg>
    </figure>
  );
}

/**
 * A horizontal bar chart of counts per category (actors by kind, by region; relations by
 * kind), each bar with its count and share. An image with a text alternative; the exact
 * numbers are also in a table only screen readers see.
 */
import { DATA, useWording } from '../i18n.ts';
import { truncateLabel } from './axis.ts';
import type { BarItem, ChartUnit } from './describe.ts';
import { formatCount, formatPercent } from './format.ts';
import './charts.css';

export interface BarChartProps {
  readonly title: string;
  readonly items: readonly BarItem[];
  /** The text alternative, in one sentence. */
  readonly summary: string;
  readonly unit?: ChartUnit;
  readonly testId?: string;
}

const WIDTH = 480;
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 160;
const VALUE_WIDTH = 96;
const BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const LABEL_CHARACTERS = 26;

export function BarChart({ title, items, summary, unit = 'actors', testId }: BarChartProps) {
  const { t, language } = useWording();
  const total = items.reduce((sum, item) => sum + item.value, 0);
  const largest = Math.max(1, ...items.map((item) => item.value));
  const height = Math.max(1, items.length) * ROW_HEIGHT + 4;
  return (
    <figure className="chart bar-chart" data-testid={testId}>
      <figcaption>
        <span className="chart-title">{title}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
        {items.map((item, row) => {
          const top = row * ROW_HEIGHT + 2;
          const barWidth = (BAR_AREA - 8) * (item.value / largest);
          return (
            <g key={item.key}>
              <title>{t('charts.barTitle', { label: item.label, count: item.value, unit })}</title>
              <text
                className="bar-label"
                x={LABEL_WIDTH - 8}
                y={top + 14}
                textAnchor="end"
                {...(item.data ? DATA : undefined)}
              >
                {truncateLabel(item.label, LABEL_CHARACTERS)}
              </text>
              <rect
                className="chart-bar"
                x={LABEL_WIDTH}
                y={top + 3}
                width={Math.max(item.value > 0 ? 1 : 0, barWidth)}
                height={ROW_HEIGHT - 6}
                style={item.colour ? { fill: item.colour } : undefined}
              />
              <text className="chart-count" x={LABEL_WIDTH + barWidth + 6} y={top + 14}>
                {`${formatCount(item.value, language)} · ${total > 0 ? formatPercent(item.value / total, language) : '–'}`}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.category')}</th>
            <th scope="col">{t('charts.unitHeader', { unit })}</th>
            <th scope="col">{t('charts.share')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key}>
              <td {...(item.data ? DATA : undefined)}>{item.label}</td>
              <td>{formatCount(item.value, language)}</td>
              <td>{total > 0 ? formatPercent(item.value / total, language) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

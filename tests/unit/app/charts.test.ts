import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { countTicks, labelStride, truncateLabel } from '../../../src/app/charts/axis.ts';
import { BarChart } from '../../../src/app/charts/BarChart.tsx';
import { binValues, distributionStats, niceStep, positionOnAxis } from '../../../src/app/charts/binning.ts';
import { describeBars, describeDistribution } from '../../../src/app/charts/describe.ts';
import {
  formatCount,
  formatEdge,
  formatNumber,
  formatPercent,
  formatTimes,
} from '../../../src/app/charts/format.ts';
import { Histogram } from '../../../src/app/charts/Histogram.tsx';
import { createI18n, wordingFor } from '../../../src/i18n/i18n.ts';

const EN = wordingFor('en');
const NL = wordingFor('nl');
/** Renders a chart component as the explorer does, inside the translator of a language. */
function render(element: ReturnType<typeof createElement>, language: 'en' | 'nl' = 'en'): string {
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n: createI18n(language) }, element));
}

const NaN_ = Number.NaN;
const total = (bins: { count: number }[]) => bins.reduce((sum, bin) => sum + bin.count, 0);

describe('number formatting', () => {
  it('gives figures as many digits as a reader needs', () => {
    expect(formatCount(2165, 'en')).toBe('2,165');
    expect(formatNumber(0.005055, 'en')).toBe('0.0051');
    expect(formatNumber(0.5219, 'en')).toBe('0.52');
    expect(formatNumber(4.1697, 'en')).toBe('4.2');
    expect(formatNumber(84.51, 'en')).toBe('84.5');
    expect(formatNumber(572.45, 'en')).toBe('572');
    expect(formatNumber(8, 'en')).toBe('8');
    expect(formatNumber(-0.0562, 'en')).toBe('\u22120.056');
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });

  it('never rounds a share to 0% or 100% when it is neither', () => {
    expect(formatPercent(0.9719, 'en')).toBe('97%');
    expect(formatPercent(0.0301, 'en')).toBe('3.0%');
    expect(formatPercent(0.0004, 'en')).toBe('<0.1%');
    expect(formatPercent(0.9996, 'en')).toBe('>99.9%');
    expect(formatPercent(0.997, 'en')).toBe('99.7%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('writes ratios and bin edges briefly', () => {
    expect(formatTimes(6.0, 'en')).toBe('6');
    expect(formatTimes(8.46, 'en')).toBe('8.5');
    expect(formatTimes(113.2, 'en')).toBe('113');
    expect(formatEdge(0.0001, 'en')).toBe('0.0001');
    expect(formatEdge(2e-7, 'en')).toBe('2e-7');
    expect(formatEdge(1024, 'en')).toBe('1,024');
  });

  it('writes Dutch figures with a decimal comma and points between thousands', () => {
    expect(formatCount(2165, 'nl')).toBe('2.165');
    expect(formatNumber(0.005055, 'nl')).toBe('0,0051');
    expect(formatNumber(84.51, 'nl')).toBe('84,5');
    expect(formatNumber(-0.0562, 'nl')).toBe('\u22120,056');
    expect(formatPercent(0.0301, 'nl')).toBe('3,0%');
    expect(formatPercent(0.0004, 'nl')).toBe('<0,1%');
    expect(formatTimes(8.46, 'nl')).toBe('8,5');
    expect(formatEdge(0.0001, 'nl')).toBe('0,0001');
    expect(formatEdge(2e-7, 'nl')).toBe('2e-7');
  });
});

describe('distribution statistics', () => {
  it('leaves undefined values out and counts them apart', () => {
    const stats = distributionStats([3, NaN_, 1, 0, 2, NaN_]);
    expect(stats).toMatchObject({
      count: 4,
      undefinedCount: 2,
      min: 0,
      max: 3,
      mean: 1.5,
      median: 1.5,
      zeroCount: 1,
    });
  });

  it('takes the middle value of an odd count as median', () => {
    expect(distributionStats([5, 1, 100]).median).toBe(5);
  });

  it('has no statistics without values', () => {
    const stats = distributionStats([NaN_]);
    expect(stats.count).toBe(0);
    expect(Number.isNaN(stats.median)).toBe(true);
  });
});

describe('binning', () => {
  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.03)).toBeCloseTo(0.05);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(0.11)).toBeCloseTo(0.2);
  });

  it('gives counts one bin per value when the range is short', () => {
    const bins = binValues([0, 1, 1, 2, 5, NaN_], {
      scale: 'linear',
      integer: true,
      maxBins: 10,
      language: 'en',
    });
    expect(bins.map((bin) => bin.label)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(bins.map((bin) => bin.count)).toEqual([1, 2, 1, 0, 0, 1]);
  });

  it('widens integer bins to stay within the budget', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const bins = binValues(values, { scale: 'linear', integer: true, maxBins: 10, language: 'en' });
    expect(bins).toHaveLength(10);
    expect(bins[0].label).toBe('0–9');
    expect(total(bins)).toBe(100);
  });

  it('puts fractions on even, round edges, the maximum in the last bin', () => {
    const bins = binValues([0, 0.12, 0.5, 0.99, 1], { scale: 'linear', maxBins: 10, language: 'en' });
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ lower: 0, upper: 0.1, count: 1 });
    expect(bins[9]).toMatchObject({ lower: 0.9, upper: 1, count: 2 });
    expect(bins[5].lower).toBe(0.5);
    expect(total(bins)).toBe(5);
  });

  it('gives a single bin when all values are equal', () => {
    const bins = binValues([0.25, 0.25], { scale: 'linear', language: 'en' });
    expect(bins).toEqual([{ lower: 0.25, upper: 0.25, count: 2, label: '0.25' }]);
  });

  it('bins heavy-tailed counts by powers of two, zeros apart', () => {
    const bins = binValues([0, 0, 1, 2, 3, 4, 7, 8, 40], { scale: 'log', integer: true, language: 'en' });
    expect(bins.map((bin) => bin.label)).toEqual(['0', '1', '2–3', '4–7', '8–15', '16–31', '32–63']);
    expect(bins.map((bin) => bin.count)).toEqual([2, 1, 2, 2, 1, 0, 1]);
  });

  it('bins heavy-tailed fractions in 1-2-5 steps per decade from the smallest value', () => {
    const bins = binValues([0, 0.003, 0.004, 0.02, 0.3], { scale: 'log', maxBins: 20, language: 'en' });
    expect(bins[0]).toMatchObject({ label: '0', count: 1 });
    expect(bins[1]).toMatchObject({ lower: 0.002, upper: 0.005, count: 2 });
    expect(bins[bins.length - 1]).toMatchObject({ lower: 0.2, upper: 0.5, count: 1 });
    expect(total(bins)).toBe(5);
  });

  it('uses whole decades when 1-2-5 steps would be too many', () => {
    const bins = binValues([1e-7, 1e-4, 0.3], { scale: 'log', maxBins: 8, language: 'en' });
    expect(bins.map((bin) => bin.lower)).toEqual([1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1]);
    expect(bins[6].upper).toBe(1);
  });

  it('bins nothing when no value is defined', () => {
    expect(binValues([NaN_, NaN_], { scale: 'log', language: 'en' })).toEqual([]);
  });
});

describe('positions on the axis', () => {
  const linear = binValues([0, 1, 2, 3], { scale: 'linear', integer: true, language: 'en' });
  const log = binValues([0, 1, 2, 4, 8], { scale: 'log', integer: true, language: 'en' });

  it('places a value within its slot, linearly or logarithmically', () => {
    expect(positionOnAxis(linear, 2, 'linear')).toBeCloseTo(2 / 4);
    expect(positionOnAxis(linear, 1.5, 'linear')).toBeCloseTo(1.5 / 4);
    // Log bins 0 | 1 | 2–3 | 4–7 | 8–15: 4√2 is half way, in log terms, through the bin [4, 8).
    expect(positionOnAxis(log, 0, 'log')).toBeCloseTo(0.5 / 5);
    expect(positionOnAxis(log, Math.SQRT2 * 4, 'log')).toBeCloseTo(3.5 / 5);
  });

  it('has no position for undefined values', () => {
    expect(Number.isNaN(positionOnAxis(linear, Number.NaN, 'linear'))).toBe(true);
  });
});

describe('axis helpers', () => {
  it('ticks counts in whole, round steps up to the maximum', () => {
    expect(countTicks(310)).toEqual([0, 100, 200, 300, 400]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
  });

  it('thins slot labels that would overlap', () => {
    expect(labelStride(40, 3)).toBe(1);
    expect(labelStride(10, 9)).toBe(6);
  });

  it('shortens long labels with an ellipsis', () => {
    expect(truncateLabel('Noord-Brabant', 20)).toBe('Noord-Brabant');
    expect(truncateLabel('Provincie Noord-Brabant', 10)).toBe('Provincie…');
  });
});

describe('text alternatives', () => {
  it('sums a distribution up in one sentence', () => {
    const values = [0, 1, 1, 1, 2, 3, 9, NaN_];
    const stats = distributionStats(values);
    const bins = binValues(values, { scale: 'linear', integer: true, language: 'en' });
    expect(describeDistribution('Degree', stats, bins, EN)).toBe(
      'Degree of 7 actors: median 1, mean 2.4, from 0 to 9; most often 1 (3 actors); 1 undefined.',
    );
    const dutchBins = binValues(values, { scale: 'linear', integer: true, language: 'nl' });
    expect(describeDistribution('Degree', stats, dutchBins, NL)).toBe(
      'Degree van 7 actoren: mediaan 1, gemiddelde 2,4, van 0 tot 9; meestal 1 (3 actoren); 1 zonder waarde.',
    );
  });

  it('lists bars with counts and shares', () => {
    const text = describeBars(
      'Actors by kind',
      [
        { key: 'firm', label: 'Firm', value: 9 },
        { key: 'knowledge', label: 'Knowledge institution', value: 1 },
      ],
      EN,
    );
    expect(text).toBe('Actors by kind, 10 actors in all: Firm 9 (90%), Knowledge institution 1 (10%).');
    const dutch = describeBars(
      'Relaties per soort',
      [{ key: 'supply', label: 'Levering', value: 1234 }],
      NL,
      'relations',
    );
    expect(dutch).toBe('Relaties per soort, in totaal 1.234 relaties: Levering 1.234 (100%).');
  });
});

describe('chart components', () => {
  it('draws a histogram as an image with a summary and a hidden table of the counts', () => {
    const values = [0, 1, 1, 2, 3, 5];
    const bins = binValues(values, { scale: 'linear', integer: true, language: 'en' });
    const html = render(
      createElement(Histogram, {
        title: 'Degree',
        axisLabel: 'Partners',
        bins,
        stats: distributionStats(values),
        scale: 'linear',
        summary: 'Degree of 6 actors',
        testId: 'chart-degree',
      }),
    );
    expect(html).toContain('data-testid="chart-degree"');
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Degree of 6 actors"');
    expect(html).toContain('median 1.5');
    expect(html).toContain('mean 2');
    expect(html.match(/<tr>/g)).toHaveLength(bins.length + 1);
  });

  it('draws bars with their counts and colours', () => {
    const html = render(
      createElement(BarChart, {
        title: 'Actors by kind',
        items: [{ key: 'firm', label: 'Firm', value: 3, colour: '#0072B2' }],
        summary: 'Actors by kind: Firm 3',
        testId: 'composition-kind',
      }),
    );
    expect(html).toContain('data-testid="composition-kind"');
    expect(html).toContain('role="img"');
    expect(html).toContain('fill:#0072B2');
    expect(html).toContain('3 · 100%');
  });
});

/**
 * Sentences for test results: the words a researcher can paste, built from message templates
 * with named parameters, so that a Dutch catalog with the same ids renders them in Dutch.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import { runTest } from '../../../src/analysis/statistics/run.ts';
import {
  describeStatistic,
  formatNumber,
  renderSentence,
  STATISTICS_MESSAGES_EN,
  type StatisticsCatalog,
} from '../../../src/analysis/statistics/sentences.ts';
import type { StatisticResult, TestResult } from '../../../src/analysis/statistics/types.ts';
import { fixtureInput, loadFixture } from './reference.ts';

function eiResult(
  observed: number,
  p: number,
  permutations: number,
): { result: TestResult; statistic: StatisticResult } {
  const statistic: StatisticResult = {
    id: 'ei_index',
    name: 'E-I index by region',
    subject: { kind: 'network' },
    observed,
    nullMean: 0.31,
    nullSd: 0.05,
    nullQuantiles: [0.2, 0.31, 0.4],
    z: (observed - 0.31) / 0.05,
    direction: observed < 0.31 ? 'below' : 'above',
    p: { greater: 1, less: p / 2, twoSided: p },
    pStandardError: { greater: 0, less: 0, twoSided: 0 },
    draws: permutations,
    histogram: null,
    distribution: [],
    sentence: null,
  };
  const result: TestResult = {
    test: 'ei-permutation',
    label: 'E-I index against random group labels',
    nullModel: 'label-permutation',
    twoSidedRule: 'doubled',
    permutations,
    seed: 42,
    options: { field: 'region', perGroup: false, permutations, seed: 42 },
    statistics: [statistic],
    figures: {},
    columns: {},
    tables: {},
  };
  return { result, statistic };
}

describe('sentences', () => {
  test('say which way the network leans, how clearly, with the numbers behind it', () => {
    const { result, statistic } = eiResult(-0.42, 0, 5000);
    const sentence = describeStatistic(result, statistic);
    expect(sentence).not.toBeNull();
    expect(renderSentence(sentence as NonNullable<typeof sentence>)).toBe(
      'Ties stay inside groups of region far more often than chance (groups drawn at random) would give: ' +
        'E-I \u22120.42, p < 0.001 over 5,000 permutations.',
    );
  });

  test('state the p-value bound that the number of permutations allows, and "about as" without a clear difference', () => {
    const few = eiResult(-0.42, 0, 100);
    expect(renderSentence(describeStatistic(few.result, few.statistic) as never)).toContain(
      'p < 0.01 over 100',
    );
    const unclear = eiResult(0.29, 0.32, 1000);
    expect(renderSentence(describeStatistic(unclear.result, unclear.statistic) as never)).toBe(
      'Ties stay inside groups of region about as often as chance (groups drawn at random) would give: ' +
        'E-I 0.29, p = 0.32 over 1,000 permutations.',
    );
  });

  test('render in another catalog and locale with the same parameters', () => {
    const dutch: StatisticsCatalog = {
      ...STATISTICS_MESSAGES_EN,
      'ei.network.inside':
        'Relaties blijven {degree} binnen groepen van {field} dan {null} zou geven: E-I {observed}, {p} over {permutations} permutaties.',
      'degree.far-more': 'veel vaker',
      'null.label-permutation': 'toeval (groepen willekeurig getrokken)',
      'p.below': 'p < {bound}',
    };
    const { result, statistic } = eiResult(-0.42, 0, 5000);
    expect(
      renderSentence(describeStatistic(result, statistic) as never, { messages: dutch, locale: 'nl' }),
    ).toBe(
      'Relaties blijven veel vaker binnen groepen van region dan toeval (groepen willekeurig getrokken) zou geven: ' +
        'E-I \u22120,42, p < 0,001 over 5.000 permutaties.',
    );
  });

  test('every statistic of every test on a real network renders with no placeholder left', () => {
    const input = fixtureInput(loadFixture('directed_regions'));
    const runs: [string, Record<string, string>][] = [
      ['ei-permutation', {}],
      ['ei-uniform-graph', {}],
      ['qap-correlation', { relations: 'supply,cooperation' }],
      ['mrqap', { dependent: 'supply', predictors: 'cooperation,same:region,km,diff:turnover' }],
      ['brokerage-permutation', {}],
      ['assortativity-permutation', { field: 'region' }],
    ];
    let rendered = 0;
    for (const [id, options] of runs) {
      const result = runTest(input, id, { ...options, permutations: 200 });
      for (const statistic of result.statistics) {
        if (!statistic.sentence) {
          expect(statistic.id === 't:(intercept)' || statistic.observed === null).toBe(true);
          continue;
        }
        const text = renderSentence(statistic.sentence);
        expect(text).not.toMatch(/[{}]/);
        expect(text).toMatch(/over 200 permutations/);
        rendered++;
      }
    }
    expect(rendered).toBeGreaterThan(12);
  });

  test('every template is a valid ICU message, so it can join the i18next catalogs as it is', () => {
    for (const [id, template] of Object.entries(STATISTICS_MESSAGES_EN)) {
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const values = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
      expect(new IntlMessageFormat(template, 'en').format(values), id).toBe(
        template.replace(/\{(\w+)\}/g, (_, name) => `<${name}>`),
      );
    }
  });

  test('a translate function (i18next’s t) receives the message id and its parameters as text', () => {
    const { result, statistic } = eiResult(-0.42, 0, 5000);
    const seen: string[] = [];
    const text = renderSentence(describeStatistic(result, statistic) as never, {
      locale: 'nl',
      translate(message, params) {
        seen.push(message);
        return `${message}(${Object.entries(params)
          .map(([name, value]) => `${name}=${value}`)
          .join(';')})`;
      },
    });
    expect(seen).toEqual(expect.arrayContaining(['ei.network.inside', 'degree.far-more', 'p.below']));
    expect(text).toContain('observed=\u22120,42');
    expect(text).toContain('permutations=5.000');
  });

  test('numbers: a true minus sign, none on a value that rounds to zero, estimates to 3 digits', () => {
    expect(formatNumber(-0.004, 'statistic')).toBe('0.00');
    expect(formatNumber(-0.000186, 'estimate')).toBe('\u22120.000186');
    expect(formatNumber(1234.5, 'count', 'nl')).toBe('1.234,5');
    expect(formatNumber(0.0312, 'p')).toBe('0.031');
  });
});

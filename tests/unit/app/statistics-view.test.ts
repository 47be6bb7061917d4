/**
 * The Statistics view's pure parts: a test's declared options as form values and back, the
 * command line that reproduces a request (read back by the command line's own parser), the rows
 * and chart scale of a result, the CSV (the bytes `clusterscope test` writes, formula-safe), and
 * the worker job (the same draws as a test run in one piece, cancellable, with its mixing matrix).
 */
import { parseArgs } from 'node:util';
import { describe, expect, test } from 'vitest';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import { runAnalysis, type TaskRunner } from '../../../src/analysis/runner.ts';
import { withRelationLayers } from '../../../src/analysis/statistics/layers.ts';
import { testById } from '../../../src/analysis/statistics/registry.ts';
import { runTest } from '../../../src/analysis/statistics/run.ts';
import { renderSentence } from '../../../src/analysis/statistics/sentences.ts';
import type { AnyTest, StatisticResult, TestResult } from '../../../src/analysis/statistics/types.ts';
import { createTaskWorker } from '../../../src/analysis/task-worker.ts';
import type { AnalysisHelpers } from '../../../src/app/pipeline/stages.ts';
import { groupingFieldOf, runTestJob } from '../../../src/app/pipeline/statistics-job.ts';
import { testCommandLine, testFlags } from '../../../src/app/views/statistics/command-line.ts';
import { resultCsv } from '../../../src/app/views/statistics/csv.ts';
import { fieldChoices, sameRequest, testForm } from '../../../src/app/views/statistics/form.ts';
import { chartScale, statisticRows } from '../../../src/app/views/statistics/rows.ts';
import { statisticsCsv } from '../../../src/cli/test-output.ts';
import { planTests, TEST_FLAGS } from '../../../src/cli/test-plan.ts';
import { createI18n, say, wordingFor } from '../../../src/i18n/i18n.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';
import { threeYears } from '../model/three-years.ts';

const test_ = (id: string) => testById(id) as AnyTest;

describe('testForm', () => {
  test('shows every declared option with its default and asks for the defaults', () => {
    const form = testForm(test_('ei-permutation'), {});
    expect(form.fields.map((field) => [field.name, field.value])).toEqual([
      ['field', 'region'],
      ['perGroup', true],
      ['permutations', '1000'],
      ['seed', '42'],
    ]);
    expect(form.request).toEqual({
      testId: 'ei-permutation',
      options: { field: 'region', perGroup: true, permutations: 1000, seed: 42 },
    });
  });

  test('reads typed values as the declaration types them', () => {
    const form = testForm(test_('mrqap'), {
      dependent: 'supply',
      predictors: ' knowledge, same:region ',
      permutations: '999',
      intercept: false,
    });
    expect(form.request?.options).toMatchObject({
      dependent: 'supply',
      predictors: 'knowledge, same:region',
      permutations: 999,
      intercept: false,
    });
  });

  test('a value that does not fit names its option and runs nothing', () => {
    const form = testForm(test_('qap-correlation'), { relations: 'supply', permutations: '2.5' });
    expect(form.request).toBeNull();
    const english = wordingFor('en').t;
    const problems = form.fields.map((field) => [field.name, field.problem && say(english, field.problem)]);
    expect(Object.fromEntries(problems)).toMatchObject({
      relations: 'needs at least 2 terms',
      permutations: 'must be a whole number',
      seed: null,
    });
  });

  test('sameRequest compares the test and every value', () => {
    const a = { testId: 'ei-permutation', options: { field: 'region', permutations: 999 } };
    expect(
      sameRequest(a, { testId: 'ei-permutation', options: { permutations: 999, field: 'region' } }),
    ).toBe(true);
    expect(
      sameRequest(a, { testId: 'ei-permutation', options: { field: 'region', permutations: 1000 } }),
    ).toBe(false);
    expect(sameRequest(a, { testId: 'ei-uniform-graph', options: a.options })).toBe(false);
  });

  test('field choices: kind and the actor fields, then measure columns, the current value kept', () => {
    expect(fieldChoices(['region', 'sector', 'community'], ['degree', 'community'], 'region')).toEqual({
      fields: ['kind', 'region', 'sector', 'community'],
      measures: ['degree'],
    });
    expect(fieldChoices(['sector'], [], 'region').fields).toEqual(['kind', 'sector', 'region']);
  });
});

/** The options `clusterscope test` plans from the words the view shows. */
function plannedFrom(words: readonly string[]) {
  const { values } = parseArgs({ args: [...words], options: TEST_FLAGS, strict: true });
  return planTests(values);
}

describe('the command line of a request', () => {
  const cases: [string, Record<string, string | boolean>][] = [
    ['ei-permutation', { field: 'sector', permutations: '999', seed: '7' }],
    ['ei-permutation', { perGroup: false }],
    ['ei-uniform-graph', { field: 'country' }],
    ['qap-correlation', { relations: 'supply,knowledge', valued: true }],
    ['mrqap', { dependent: 'knowledge', predictors: 'supply,same:region,km', intercept: false }],
    ['brokerage-permutation', { groupBy: 'country', seed: '-3' }],
    ['assortativity-permutation', { field: 'lat', numeric: true }],
  ];
  test.each(cases)('%s %o: the command plans exactly the request', (id, draft) => {
    const request = testForm(test_(id), draft).request;
    if (!request) throw new Error('the draft should fit');
    const [planned] = plannedFrom(testFlags(test_(id), request));
    expect(planned.testId).toBe(id);
    // What the command resolves (its options over the defaults) equals what the view runs.
    const resolved = { ...testForm(test_(id), {}).request?.options, ...planned.options };
    expect(resolved).toEqual(request.options);
  });

  test('is written for a shell: plain words bare, anything else quoted', () => {
    const request = testForm(test_('ei-permutation'), {
      field: "Bedrijf's regio",
      permutations: '999',
    }).request;
    if (!request) throw new Error('the draft should fit');
    expect(testCommandLine(test_('ei-permutation'), request, ['actors.csv', 'my relations.csv'])).toBe(
      "npx clusterscope test actors.csv 'my relations.csv' --test ei-permutation --permutations 999 --seed 42 " +
        "--field 'Bedrijf'\\''s regio'",
    );
  });
});

function statistic(overrides: Partial<StatisticResult>): StatisticResult {
  return {
    id: 'ei_index',
    name: 'E-I index by region',
    subject: { kind: 'network' },
    observed: -0.4213,
    nullMean: 0.3,
    nullSd: 0.05,
    nullQuantiles: [0.2, 0.3, 0.4],
    z: -14.426,
    direction: 'below',
    p: { greater: 1, less: 0, twoSided: 0.0123 },
    pStandardError: { greater: 0, less: 0, twoSided: 0.00348 },
    draws: 1000,
    histogram: { min: 0.2, max: 0.4, counts: [1, 2, 3] },
    distribution: [],
    sentence: null,
    ...overrides,
  };
}

describe('rows and chart scale', () => {
  test('figures in the reader’s language, with a true minus; undefined stays empty', () => {
    const [dutch] = statisticRows([statistic({})], 'nl');
    expect(dutch).toMatchObject({
      observed: '\u22120,42',
      nullMean: '0,30',
      z: '\u221214,43',
      pTwoSided: '0,012',
      standardError: '0,0035',
    });
    const [small] = statisticRows([statistic({ observed: 0.0036253, nullMean: -0.0000604 })], 'en');
    expect(small).toMatchObject({ observed: '0.00363', nullMean: '\u22120.0000604' });
    const [empty] = statisticRows(
      [statistic({ observed: null, z: null, p: null, pStandardError: null })],
      'en',
    );
    expect(empty).toMatchObject({ observed: null, z: null, pTwoSided: null, standardError: null });
  });

  test('the observed value inside the draws is placed on the scale', () => {
    expect(chartScale({ min: 0, max: 1, counts: [1] }, 0.25)).toEqual({
      min: 0,
      max: 1,
      observed: { side: 'inside', fraction: 0.25 },
    });
  });

  test('an observed value near the draws widens the scale; one far away points off it', () => {
    expect(chartScale({ min: 0.8, max: 0.9, counts: [1] }, 0.75)).toMatchObject({
      min: 0.75,
      max: 0.9,
      observed: { side: 'inside', fraction: 0 },
    });
    expect(chartScale({ min: 0.86, max: 0.92, counts: [1] }, 0.2)).toEqual({
      min: 0.86,
      max: 0.92,
      observed: { side: 'below' },
    });
    expect(chartScale({ min: 0, max: 0.1, counts: [1] }, 5).observed).toEqual({ side: 'above' });
    expect(chartScale({ min: 1, max: 1, counts: [9] }, null)).toEqual({ min: 0.5, max: 1.5, observed: null });
  });
});

/** Two regions, one named like a formula; ties mostly inside them. */
function twoRegions() {
  const region = (i: number) => (i < 6 ? 'North' : '=HYPERLINK("x")');
  const actors = Array.from({ length: 12 }, (_, i) => ({
    id: `a${i}`,
    kind: i % 4 === 0 ? 'knowledge' : 'firm',
    fields: { region: region(i) },
  }));
  const relations = [];
  for (let i = 0; i < 12; i++)
    for (let j = i + 1; j < 12; j++)
      if ((region(i) === region(j) && (i + j) % 2 === 0) || (i + j) % 7 === 0)
        relations.push({
          source: `a${i}`,
          target: `a${j}`,
          kind: (i + j) % 3 === 0 ? 'supply' : 'knowledge',
        });
  return buildEcosystem({ actors, relations }).ecosystem;
}

describe('the worker job', () => {
  const network = twoRegions();
  const analysis = runAnalysis(buildAnalysisInput(network), {});
  const request = { testId: 'ei-permutation', options: { field: 'region', permutations: 300, seed: 5 } };

  test('gives the draws of a run in one piece, and the mixing matrix of its field', async () => {
    const fractions: number[] = [];
    const { result, mixing } = await runTestJob(network, analysis, request, {
      onProgress: (fraction) => fractions.push(fraction),
      isCancelled: () => false,
    });
    const whole = runTest(withRelationLayers(buildAnalysisInput(network), network), 'ei-permutation', {
      ...request.options,
    });
    expect(result).toEqual(whole);
    expect(fractions.at(-1)).toBe(1);
    expect(mixing?.field).toBe('region');
    expect(mixing?.labels).toEqual(['North', '=HYPERLINK("x")']);
    const counts = mixing?.counts ?? [];
    expect(counts[0][1]).toBe(counts[1][0]);
    expect(counts[0][0] + counts[1][1] + counts[0][1]).toBe(network.size);
  });

  test('stops when cancelled', async () => {
    await expect(
      runTestJob(network, analysis, request, { onProgress: () => {}, isCancelled: () => true }),
    ).rejects.toMatchObject({ name: 'AnalysisCancelled' });
  });

  test('groups by a measure column where no actor has a field of that name', async () => {
    const { result } = await runTestJob(
      network,
      analysis,
      { testId: 'assortativity-permutation', options: { field: 'core_member', permutations: 50 } },
      { onProgress: () => {}, isCancelled: () => false },
    );
    expect(result.statistics[0].observed).not.toBeNull();
  });

  /** Helpers that run in this thread on the packed input, as the browser's workers would. */
  function helpersHere(): AnalysisHelpers & { started: number; closed: number } {
    const helpers = {
      count: 3,
      started: 0,
      closed: 0,
      async start(packed: Parameters<AnalysisHelpers['start']>[0], count: number) {
        helpers.started++;
        const copy = structuredClone(packed);
        const runners: TaskRunner[] = Array.from({ length: count }, () => {
          const worker = createTaskWorker();
          worker.init(copy);
          return { run: async (task, onProgress) => worker.run(task, onProgress) };
        });
        return { runners, close: () => void helpers.closed++ };
      },
    };
    return helpers;
  }

  test.each([
    ['ei-permutation', { field: 'region', permutations: 50_000, seed: 5 }],
    ['assortativity-permutation', { field: 'core_member', permutations: 50_000 }],
    ['qap-correlation', { relations: 'supply,same:community', permutations: 50_000 }],
  ])('%s on helpers: the same result, measure columns packed for them', async (testId, options) => {
    const helpers = helpersHere();
    const request = { testId, options };
    const quiet = { onProgress: () => {}, isCancelled: () => false };
    const there = await runTestJob(network, analysis, request, quiet, helpers);
    expect(helpers.started).toBe(1);
    expect(helpers.closed).toBe(1);
    const here = await runTestJob(network, analysis, request, quiet);
    expect(there).toEqual(here);
  });

  test('a small test stays in this worker', async () => {
    const helpers = helpersHere();
    await runTestJob(network, analysis, request, { onProgress: () => {}, isCancelled: () => false }, helpers);
    expect(helpers.started).toBe(0);
  });

  test('the grouping field: field or groupBy, none for a numeric field', () => {
    expect(groupingFieldOf({ field: 'region' })).toBe('region');
    expect(groupingFieldOf({ groupBy: 'country' })).toBe('country');
    expect(groupingFieldOf({ field: 'lat', numeric: true })).toBeNull();
    expect(groupingFieldOf({ relations: 'supply,knowledge' })).toBeNull();
  });

  test('the CSV is what clusterscope test writes, with no cell that a spreadsheet would run as a formula', async () => {
    const { result } = await runTestJob(network, analysis, request, {
      onProgress: () => {},
      isCancelled: () => false,
    });
    const csv = resultCsv(result);
    expect(csv).toBe(statisticsCsv([result]));
    expect(csv).toContain('group:=HYPERLINK');
    // No cell starts as a spreadsheet formula would.
    expect(csv).not.toMatch(/(^|,)"?[=+@\t\r]/m);
  });
});

describe('sentences through the catalogs', () => {
  function eiResult(): TestResult {
    const input = withRelationLayers(buildAnalysisInput(threeYears()), threeYears());
    return runTest(input, 'ei-permutation', { field: 'region', permutations: 100, seed: 1 });
  }

  test('the Dutch catalog gives every sentence in Dutch, with Dutch numbers and no placeholder left', () => {
    const dutch = createI18n('nl');
    const result = eiResult();
    const texts = result.statistics.flatMap((s) =>
      s.sentence
        ? [
            renderSentence(s.sentence, {
              locale: 'nl',
              translate: (message, params) => dutch.t(`statistics.sentence.${message}`, params),
            }),
          ]
        : [],
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toMatch(/bij 100 permutaties\.$/);
      expect(text).not.toMatch(/[{}]|permutations|chance/);
    }
  });

  test('through the English catalog the words are those the command line writes', () => {
    const english = createI18n('en');
    for (const s of eiResult().statistics) {
      if (!s.sentence) continue;
      expect(
        renderSentence(s.sentence, {
          translate: (message, params) => english.t(`statistics.sentence.${message}`, params),
        }),
      ).toBe(renderSentence(s.sentence));
    }
  });
});

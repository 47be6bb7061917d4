/**
 * What `clusterscope test` runs: the tests and their options, from the command line's flags.
 * The shared flags (--field, --relations, --predictors, --permutations, --seed, --valued) fill
 * in each test's declared options; `--option test.name=value` sets any option of one test.
 * Everything is checked against the declarations before a file is read.
 */
import { buildAnalysisInput, type PackedAnalysisInput, packColumns } from '../analysis/input.ts';
import { isOutputId, measureOfOutput } from '../analysis/registry.ts';
import { runAnalysis } from '../analysis/runner.ts';
import { parseDyadTerms, termText } from '../analysis/statistics/dyads.ts';
import { withRelationLayers } from '../analysis/statistics/layers.ts';
import { withMeasureColumns } from '../analysis/statistics/measure-fields.ts';
import { checkTestOptions, parseTestOptionText } from '../analysis/statistics/options.ts';
import { TESTS, testById } from '../analysis/statistics/registry.ts';
import type { TestOptionSpec } from '../analysis/statistics/types.ts';
import type { AnalysisInput, Column } from '../analysis/types.ts';
import type { Translate } from '../i18n/i18n.ts';
import { PhrasedError } from '../i18n/phrase.ts';
import type { Ecosystem } from '../model/ecosystem.ts';
import type { FieldValue } from '../model/fields.ts';
import { numberFlag } from './analysis-flags.ts';
import { UsageError } from './command.ts';

export const TEST_FLAGS = {
  test: { type: 'string', multiple: true },
  permutations: { type: 'string' },
  seed: { type: 'string' },
  field: { type: 'string' },
  relations: { type: 'string' },
  predictors: { type: 'string' },
  valued: { type: 'boolean' },
  option: { type: 'string', multiple: true },
} as const;

export interface TestFlagValues {
  test?: string[];
  permutations?: string;
  seed?: string;
  field?: string;
  relations?: string;
  predictors?: string;
  valued?: boolean;
  option?: string[];
}

export interface PlannedTest {
  testId: string;
  options: Record<string, number | boolean | string>;
  /** Named on the command line (--test): when it cannot run, the command fails. */
  requested: boolean;
}

const LABEL_TESTS = ['ei-permutation', 'ei-uniform-graph', 'brokerage-permutation'];
const DYADIC_TESTS = ['qap-correlation', 'mrqap'];

function termList(flag: string, text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    return parseDyadTerms(text).map(termText);
  } catch (error) {
    throw new UsageError('cli.error.terms', { flag, detail: (error as Error).message });
  }
}

export function planTests(values: TestFlagValues): PlannedTest[] {
  const relations = termList('--relations', values.relations);
  const predictors = termList('--predictors', values.predictors);
  const named = (values.test ?? []).flatMap((text) => text.split(',')).map((id) => id.trim());
  for (const id of named) {
    if (!testById(id)) throw new UsageError('cli.error.noTest', { flag: '--test', id, tests: testIds() });
  }
  const dyadic = relations.length >= 2 || (relations.length === 1 && predictors.length > 0);
  const ids = named.length > 0 ? [...new Set(named)] : [...LABEL_TESTS, ...(dyadic ? DYADIC_TESTS : [])];
  const permutations = numberFlag('--permutations', values.permutations, 1);
  const seed = numberFlag('--seed', values.seed, Number.NEGATIVE_INFINITY);
  const overrides = testOptionAssignments(values.option ?? []);
  return ids.map((testId) => {
    const options: Record<string, number | boolean | string> = {};
    if (permutations !== undefined) options.permutations = permutations;
    if (seed !== undefined) options.seed = seed;
    if (values.field !== undefined) {
      if (testId === 'brokerage-permutation') options.groupBy = values.field;
      else if (testId.startsWith('ei-') || testId === 'assortativity-permutation')
        options.field = values.field;
    }
    if (testId === 'qap-correlation' && relations.length > 0) {
      if (relations.length < 2) throw new UsageError('cli.error.qapRelations');
      options.relations = relations.slice(0, 2).join(',');
    }
    if (testId === 'mrqap' && relations.length > 0) {
      options.dependent = relations[0];
      const terms = [...relations.slice(1), ...predictors];
      if (terms.length === 0) throw new UsageError('cli.error.mrqapPredictors');
      options.predictors = terms.join(',');
    } else if (testId === 'mrqap' && predictors.length > 0) {
      options.predictors = predictors.join(',');
    }
    if (values.valued && DYADIC_TESTS.includes(testId)) options.valued = true;
    Object.assign(options, overrides.get(testId) ?? {});
    try {
      checkTestOptions(testById(testId) as NonNullable<ReturnType<typeof testById>>, options);
    } catch (error) {
      if (!(error instanceof PhrasedError)) throw error;
      throw new UsageError(error.phrase.key, error.phrase.values);
    }
    return { testId, options, requested: named.includes(testId) };
  });
}

function testIds(): string {
  return TESTS.map((test) => test.id).join(', ');
}

/** `--option test.name=value`, checked against the test's declared options. */
function testOptionAssignments(texts: readonly string[]) {
  const byTest = new Map<string, Record<string, number | boolean | string>>();
  for (const text of texts) {
    const match = /^([\w-]+)\.(\w+)=(.*)$/s.exec(text);
    if (!match) throw new UsageError('cli.error.testOptionForm', { text });
    const [, testId, name, raw] = match;
    const test = testById(testId);
    if (!test) throw new UsageError('cli.error.noTest', { flag: '--option', id: testId, tests: testIds() });
    if (!Object.hasOwn(test.options, name))
      throw new UsageError('options.test.noOption', {
        test: testId,
        option: name,
        known: Object.keys(test.options).join(', '),
      });
    const options = byTest.get(testId) ?? {};
    options[name] = parseTestOptionText(test.options[name] as TestOptionSpec, raw);
    byTest.set(testId, options);
  }
  return byTest;
}

/** Every test and its options, for the usage text: ids as typed, names in the language. */
export function testOptionsUsage(t: Translate): string {
  const lines = [t('cli.usage.testOptions')];
  for (const test of TESTS) {
    lines.push(`  ${test.id}: ${t(`registry:test.${test.id}.label`)}`);
    for (const [name, spec] of Object.entries(test.options as Record<string, TestOptionSpec>)) {
      const label = t(`registry:testOption.${test.id}.${name}`);
      lines.push(`    ${`${test.id}.${name}`.padEnd(34)} ${label} [${spec.default}]`);
    }
  }
  return lines.join('\n');
}

/**
 * The input the planned tests run on, here and packed for the workers: relation layers, and the
 * measure columns that the plan's fields name where no actor has a field of that name (each
 * such measure is computed first, in this thread, and its column laid over the actor table).
 */
export function testInput(
  ecosystem: Ecosystem,
  plan: readonly PlannedTest[],
): { input: AnalysisInput; packed: PackedAnalysisInput } {
  const base = withRelationLayers(buildAnalysisInput(ecosystem), ecosystem);
  const columns = measureColumnsFor(base, plan);
  const input = withMeasureColumns(base, columns);
  const names = new Set<string>(Object.keys(columns));
  ecosystem.forEachNode((_key, actor) => {
    for (const name of Object.keys(actor.fields)) names.add(name);
  });
  // A Map keeps field names such as "__proto__" as data.
  const fields = new Map<string, readonly FieldValue[]>();
  for (const name of names) fields.set(name, input.actors.field(name));
  const packed = packColumns(base.tie, base.flow, base.tieKinds, base.actors.kind, fields);
  return { input, packed: { ...packed, layers: base.layers } };
}

/**
 * The measure columns the plan's fields name where no actor has a field of that name: the
 * measure that produces each is run (in this thread) and its column laid over the actor table.
 */
function measureColumnsFor(input: AnalysisInput, plan: readonly PlannedTest[]): Record<string, Column> {
  const names = new Set<string>();
  for (const { options } of plan) {
    for (const key of ['field', 'groupBy']) {
      const name = options[key];
      if (typeof name === 'string' && isOutputId(name) && input.actors.field(name).every((v) => v === null)) {
        names.add(name);
      }
    }
  }
  const columns: Record<string, Column> = {};
  for (const name of names) {
    if (!isOutputId(name)) continue;
    const result = runAnalysis(input, { measures: [measureOfOutput(name)] });
    const column = result.columns[name];
    if (column) columns[name] = column;
  }
  return columns;
}

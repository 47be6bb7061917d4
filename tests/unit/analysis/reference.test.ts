/**
 * Every registry measure against the reference fixtures: each output column and graph figure
 * that a fixture holds must agree to 1e-6, and every value a fixture holds must be checked by
 * some measure run (so that a renamed column cannot pass silently).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { defaultOptions } from '../../../src/analysis/options.ts';
import { MEASURES } from '../../../src/analysis/registry.ts';
import { type AnyMeasure, NO_PROGRESS } from '../../../src/analysis/types.ts';
import {
  columnDisagreements,
  disagreement,
  fixtureInput,
  fixtureNames,
  loadFixture,
  type ReferenceFixture,
} from './reference.ts';

interface Run {
  measure: AnyMeasure;
  options: Record<string, number | boolean | string>;
  /** Fixture key per output column; defaults to the column's own name. */
  rename?: Record<string, string>;
  /** Fixture keys of the graph figures: the figure's own name plus this suffix. */
  graphSuffix?: string;
}

function fieldOptions(measure: AnyMeasure, fixture: ReferenceFixture) {
  const options: Record<string, number | boolean | string> = { ...defaultOptions(measure) };
  if ('groupBy' in options) options.groupBy = fixture.grouping_field;
  if ('localBy' in options) options.localBy = fixture.locality_field;
  if (measure.id === 'homophily') {
    options.field = fixture.homophily_field;
    if (fixture.numeric_field) options.numericField = fixture.numeric_field;
  }
  return options;
}

/** Option variants the fixtures hold under `<output>_<suffix>`, node columns and graph figures alike. */
const OPTION_VARIANTS: Record<
  string,
  { options: Record<string, number | boolean | string>; suffix: string }
> = {
  'core-periphery': { options: { coreToPeriphery: 'tied' }, suffix: '_tied' },
};

/** Weighted variants the fixtures hold under `<column>_weighted`. */
const WEIGHTED_VARIANTS: Record<string, string[]> = {
  paths: ['betweenness', 'closeness'],
  pagerank: ['pagerank'],
  'structural-holes': ['constraint'],
};

function runsFor(fixture: ReferenceFixture): Run[] {
  const runs: Run[] = [];
  for (const measure of MEASURES) {
    runs.push({ measure, options: fieldOptions(measure, fixture) });
    const variant = OPTION_VARIANTS[measure.id];
    if (variant) {
      runs.push({
        measure,
        options: { ...fieldOptions(measure, fixture), ...variant.options },
        rename: Object.fromEntries(measure.outputs.map((o) => [o.id, `${o.id}${variant.suffix}`])),
        graphSuffix: variant.suffix,
      });
    }
    const weighted = WEIGHTED_VARIANTS[measure.id];
    if (weighted && 'weighted' in measure.options) {
      runs.push({
        measure,
        options: { ...fieldOptions(measure, fixture), weighted: true },
        rename: Object.fromEntries(
          measure.outputs.map((o) => [o.id, weighted.includes(o.id) ? `${o.id}_weighted` : '']),
        ),
      });
    }
  }
  return runs;
}

/**
 * The fixtures' community figures describe NetworkX's Louvain partition, which our Louvain
 * (another random stream) need not reproduce: they are checked on the fixture's own partition
 * in communities.test.ts.
 */
const FROM_FIXTURE_PARTITION = new Set(['community_count', 'modularity']);

/** Fixture values no registry measure produces (checked elsewhere, or deliberately not offered). */
const NOT_FROM_REGISTRY = new Set<string>([...FROM_FIXTURE_PARTITION]);

/**
 * Registry outputs without a reference value, each with the reason. Everything else a measure
 * produces — every column and every graph figure — must be compared with some fixture.
 */
const WITHOUT_FIXTURE: Readonly<Record<string, string>> = {
  'node:community':
    'Louvain labels depend on the random stream, which differs from NetworkX’s; the partition is checked through ' +
    'its modularity on the fixture partition (communities.test.ts) and its determinism per seed.',
  'graph:community_count': 'depends on the partition; see node:community.',
  'graph:modularity': 'of our own partition; the modularity formula is checked on the fixture partition.',
  'graph:betweenness_pivots':
    'describes a sampled run; fixtures hold exact values (sampling: paths.test.ts).',
  'graph:betweenness_standard_error_mean': 'sampled runs only (unbiasedness and error: paths.test.ts).',
  'graph:betweenness_standard_error_max': 'sampled runs only (unbiasedness and error: paths.test.ts).',
};

const uncovered: string[] = [];
/** Every registry column and graph figure compared with a fixture value, over all fixtures. */
const checkedOutputs = new Set<string>();
const producedOutputs = new Set<string>();

describe.each(fixtureNames())('reference fixture %s', (name) => {
  const fixture = loadFixture(name);
  const input = fixtureInput(fixture);
  const covered = new Set<string>();

  test('node order and ids follow the fixture', () => {
    expect(input.tie.ids).toEqual(fixture.nodes.map((node) => node.id));
  });

  for (const run of runsFor(fixture)) {
    const title = `${run.measure.id}${run.graphSuffix ?? (run.rename ? ' (weighted)' : '')}`;
    test(title, () => {
      const result = run.measure.compute(input, run.options, NO_PROGRESS);
      const problems: string[] = [];
      for (const output of run.measure.outputs) producedOutputs.add(`node:${output.id}`);
      for (const key of Object.keys(result.graph ?? {})) producedOutputs.add(`graph:${key}`);
      for (const output of run.measure.outputs) {
        const key = run.rename ? run.rename[output.id] : output.id;
        const expected = key ? fixture.node_measures[key] : undefined;
        if (!expected) continue;
        covered.add(`node:${key}`);
        checkedOutputs.add(`node:${output.id}`);
        const column = result.columns[output.id];
        expect(column, `column ${output.id}`).toBeDefined();
        for (const problem of columnDisagreements(input.tie.ids, column, expected))
          problems.push(`${key} ${problem}`);
      }
      if (!run.rename || run.graphSuffix) {
        for (const [figure, value] of Object.entries(result.graph ?? {})) {
          const key = `${figure}${run.graphSuffix ?? ''}`;
          if (!(key in fixture.graph_measures) || FROM_FIXTURE_PARTITION.has(key)) continue;
          covered.add(`graph:${key}`);
          checkedOutputs.add(`graph:${figure}`);
          const problem = disagreement(typeof value === 'number' ? value : null, fixture.graph_measures[key]);
          if (problem) problems.push(`graph ${key}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  afterAll(() => {
    for (const key of Object.keys(fixture.node_measures)) {
      if (!covered.has(`node:${key}`) && !NOT_FROM_REGISTRY.has(key)) uncovered.push(`${name} node ${key}`);
    }
    for (const key of Object.keys(fixture.graph_measures)) {
      if (!covered.has(`graph:${key}`) && !NOT_FROM_REGISTRY.has(key)) uncovered.push(`${name} graph ${key}`);
    }
  });
});

// Runs after every fixture's describe block (and its afterAll) has finished.
describe('fixture coverage', () => {
  test('every value of every fixture is checked by some measure run', () => {
    expect(uncovered).toEqual([]);
  });

  test('every output of every measure has a reference value, or a stated reason why not', () => {
    const unchecked = [...producedOutputs].filter(
      (key) => !checkedOutputs.has(key) && !(key in WITHOUT_FIXTURE),
    );
    expect(unchecked).toEqual([]);
    const stale = Object.keys(WITHOUT_FIXTURE).filter(
      (key) => checkedOutputs.has(key) || !producedOutputs.has(key),
    );
    expect(stale, 'listed without a fixture, but checked or no longer produced').toEqual([]);
  });
});

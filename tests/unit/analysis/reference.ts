/**
 * Reference fixtures (tests/fixtures/reference, computed by NetworkX, igraph and R sna) turned
 * into analysis inputs, and the comparison rule: 1e-6 absolute, relative for values above 1,
 * null in a fixture ↔ NaN in a column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import { withRelationLayers } from '../../../src/analysis/statistics/layers.ts';
import type { AnalysisInput } from '../../../src/analysis/types.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';
import type { FieldValue } from '../../../src/model/fields.ts';

export const FIXTURE_DIRECTORY = join(import.meta.dirname, '../../fixtures/reference');

type Value = number | null;

export interface ReferenceFixture {
  name: string;
  nodes: ({ id: string; label?: string; kind?: string } & Record<string, FieldValue>)[];
  relations: { source: string; target: string; directed: boolean; strength: number | null; kind: string }[];
  locality_field: string;
  grouping_field: string;
  homophily_field: string;
  numeric_field: string | null;
  homophily: {
    field: string;
    mixing: Record<string, Record<string, number>>;
    groups: Record<string, { size: number; internal_ties: number; external_ties: number; ei_index: Value }>;
  };
  statistics: ReferenceTestRun[];
  node_measures: Record<string, Record<string, Value>>;
  graph_measures: Record<string, Value>;
  group_measures?: Record<string, Record<string, Value>>;
  /** Networks with coordinates: the geography tables (distance_decay, region_flows, country_flows). */
  table_measures?: Record<string, Record<string, string | number | null>[]>;
  pairs: { adamic_adar: [string, string, number][]; resource_allocation: [string, string, number][] };
  pairs_selection: string;
  partition: Record<string, number>;
}

/** A test against chance run with R sna on a fixture network (scripts/reference/sna_statistics.R). */
export interface ReferenceTestRun {
  test: string;
  options: Record<string, number | boolean | string>;
  permutations: number;
  reference: string;
  statistics: Record<
    string,
    { observed: Value; p_greater: Value; p_less: Value; p_two_sided: Value; null_mean: Value }
  >;
  figures: Record<string, Value>;
  columns: Record<string, Record<string, number>>;
  /** Exact permutation p-values (every relabelling), for networks of up to 8 actors. */
  exact?: {
    permutations: number;
    statistics: Record<string, { observed: Value; p_greater: Value; p_less: Value }>;
  };
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}

export function loadFixture(name: string): ReferenceFixture {
  return JSON.parse(readFileSync(join(FIXTURE_DIRECTORY, `${name}.json`), 'utf8')) as ReferenceFixture;
}

export function fixtureInput(fixture: ReferenceFixture): AnalysisInput {
  const { ecosystem, issues } = buildEcosystem({
    actors: fixture.nodes.map(({ id, label, kind, ...fields }) => ({ id, label, kind, fields })),
    relations: fixture.relations.map(({ source, target, directed, strength, kind }) => ({
      source,
      target,
      directed,
      strength,
      kind,
    })),
  });
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new Error(`Fixture ${fixture.name} does not import: ${errors[0].message}`);
  return withRelationLayers(buildAnalysisInput(ecosystem), ecosystem);
}

export const TOLERANCE = 1e-6;

/** Null when actual agrees with expected, otherwise a description of the disagreement. */
export function disagreement(actual: number | null | undefined, expected: Value): string | null {
  const actualUndefined = actual === null || actual === undefined || Number.isNaN(actual);
  if (expected === null) return actualUndefined ? null : `expected undefined, got ${actual}`;
  if (actualUndefined) return `expected ${expected}, got ${actual}`;
  const difference = Math.abs((actual as number) - expected);
  return difference <= TOLERANCE * Math.max(1, Math.abs(expected))
    ? null
    : `expected ${expected}, got ${actual} (off by ${difference.toExponential(2)})`;
}

/** Every disagreement between a column (node index order) and a fixture's values by node id. */
export function columnDisagreements(
  ids: readonly string[],
  column: ArrayLike<number>,
  expected: Record<string, Value>,
): string[] {
  const problems: string[] = [];
  ids.forEach((id, i) => {
    if (!(id in expected)) return;
    const problem = disagreement(column[i], expected[id]);
    if (problem) problems.push(`${id}: ${problem}`);
  });
  return problems;
}

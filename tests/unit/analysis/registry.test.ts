import { describe, expect, test } from 'vitest';
import { defaultOptions } from '../../../src/analysis/options.ts';
import { MEASURES, measureById } from '../../../src/analysis/registry.ts';
import { NO_PROGRESS } from '../../../src/analysis/types.ts';
import { fixtureInput, loadFixture } from './reference.ts';

/** Design guide §5: the CLI's measure columns, in this order, before any other output. */
const PUBLIC_COLUMNS = [
  'degree',
  'weighted_degree',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'clustering',
  'core',
  'constraint',
  'effective_size',
  'efficiency',
  'hierarchy',
  'community',
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
  'brokerage_total',
  'ei_index',
  'local_ties',
  'external_ties',
];

describe('measure registry', () => {
  const outputs = MEASURES.flatMap((measure) => measure.outputs.map((output) => output.id));

  test('outputs in registry order start with the public columns', () => {
    expect(outputs.slice(0, PUBLIC_COLUMNS.length)).toEqual(PUBLIC_COLUMNS);
  });

  test('a measure that produces or reuses another names one in the registry', () => {
    const ids = new Set(MEASURES.map((m) => m.id));
    for (const measure of MEASURES) {
      if (measure.producedBy) expect(ids.has(measure.producedBy)).toBe(true);
      if (measure.reuses) expect(ids.has(measure.reuses)).toBe(true);
    }
  });

  test('ids and output names are unique; every measure states its method and is found by id', () => {
    expect(new Set(outputs).size).toBe(outputs.length);
    expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
    for (const measure of MEASURES) {
      expect(measure.method.length).toBeGreaterThan(100);
      expect(measureById(measure.id)).toBe(measure);
    }
  });

  test('every measure returns each declared column, aligned with the nodes, on a real network', () => {
    const input = fixtureInput(loadFixture('directed_regions'));
    for (const measure of MEASURES) {
      const result = measure.compute(input, defaultOptions(measure), NO_PROGRESS);
      for (const output of measure.outputs) {
        expect(result.columns[output.id], `${measure.id}.${output.id}`).toBeInstanceOf(Float64Array);
        expect(result.columns[output.id].length).toBe(input.tie.nodeCount);
        if (output.categories) {
          for (const code of result.columns[output.id]) {
            if (!Number.isNaN(code)) expect(output.categories[code]).toBeDefined();
          }
        }
      }
      // Exactly its declared columns, and those of the measures it produces (`producedBy`).
      const produced = MEASURES.filter((other) => other.producedBy === measure.id);
      const expected = [measure, ...produced].flatMap((m) => m.outputs.map((o) => o.id));
      expect(Object.keys(result.columns).sort()).toEqual(expected.sort());
    }
  });
});

/**
 * The parallel runner gives what the sequential runner gives: same columns in the same order,
 * values equal to 1e-12, whatever the number of workers (here in-process task runners).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import {
  runAnalysis,
  runAnalysisInParallel,
  runTask,
  type TaskRunner,
} from '../../../src/analysis/runner.ts';
import { measureOptions } from '../../../src/analysis/settings.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/reference/karate_club.json'), 'utf8'),
) as {
  nodes: ({ id: string; kind: string } & Record<string, string>)[];
  relations: { source: string; target: string; kind: string; strength: number; directed: boolean }[];
};

const { ecosystem } = buildEcosystem({
  actors: fixture.nodes.map(({ id, kind, ...fields }) => ({ id, kind, fields })),
  relations: fixture.relations,
});
const input = buildAnalysisInput(ecosystem);
const options = measureOptions({ localBy: 'club', seed: 3 });

function inProcessRunners(count: number): TaskRunner[] {
  return Array.from({ length: count }, () => ({
    run: async (task, onProgress) => {
      onProgress(0);
      return runTask(input, task);
    },
  }));
}

describe('runAnalysisInParallel', () => {
  const sequential = runAnalysis(input, { options });

  it.each([1, 2, 3])('equals the sequential run with %i worker(s)', async (workers) => {
    const fractions: number[] = [];
    const parallel = await runAnalysisInParallel(input, inProcessRunners(workers), {
      options,
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(Object.keys(parallel.columns)).toEqual(Object.keys(sequential.columns));
    for (const [name, column] of Object.entries(sequential.columns)) {
      const other = parallel.columns[name as keyof typeof parallel.columns] ?? new Float64Array(0);
      column.forEach((value, i) => {
        if (Number.isNaN(value)) expect(other[i], `${name}[${i}]`).toBeNaN();
        else expect(other[i], `${name}[${i}]`).toBeCloseTo(value, 12);
      });
    }
    expect(Object.keys(parallel.graph)).toEqual(Object.keys(sequential.graph));
    expect(Object.keys(parallel.tables)).toEqual(Object.keys(sequential.tables));
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((fraction, i) => i === 0 || fraction >= fractions[i - 1] - 1e-12)).toBe(true);
  });
});

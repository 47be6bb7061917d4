/**
 * A 50,000-row edge CSV (10,000 actors, Dutch Excel style) imports completely. The time is
 * printed for the record, never asserted: timings belong to benchmarks, not to tests.
 */
import { expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';

/** mulberry32: a seeded generator, so the file is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function edgeCsv(rows: number, actors: number, seed = 1): Uint8Array {
  const random = seeded(seed);
  const kinds = ['levering', 'kennis', 'samenwerking'];
  const lines = ['Bron;Doel;Soort;Sterkte;Jaar'];
  for (let i = 0; i < rows; i++) {
    const source = Math.floor(random() * actors);
    const target = (source + 1 + Math.floor(random() * (actors - 1))) % actors;
    const strength = (1 + random() * 4).toFixed(2).replace('.', ',');
    lines.push(
      `Bedrijf ${source} B.V.;Bedrijf ${target} B.V.;${kinds[i % 3]};${strength};${2015 + (i % 10)}`,
    );
  }
  return new TextEncoder().encode(`\ufeffsep=;\r\n${lines.join('\r\n')}\r\n`);
}

it('imports a 50,000-row edge CSV', { timeout: 60_000 }, async () => {
  const bytes = edgeCsv(50_000, 10_000);
  const started = performance.now();
  const { report } = await importFiles([{ name: 'edges-50k.csv', bytes }]);
  const elapsed = performance.now() - started;
  console.info(
    `50,000-row edge CSV: ${report.actorCount} actors, ${report.relationCount} relations in ${elapsed.toFixed(0)} ms`,
  );
  expect(report.actorCount).toBeGreaterThan(9_900); // a few of the 10,000 names may never be drawn
  expect(report.relationCount + report.merged.reduce((sum, m) => sum + m.rows - 1, 0)).toBe(50_000);
  expect(report.issues.every((issue) => issue.code === 'duplicate-relation')).toBe(true);
});

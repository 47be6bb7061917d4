/** Shared by the io tests: fixtures as SourceFiles, and a compact view of an ecosystem to compare. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../../src/io/index.ts';
import { actorId, type Ecosystem } from '../../../src/model/ecosystem.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/io');

export function fixture(name: string): SourceFile {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) };
}

export function textFile(name: string, text: string): SourceFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** Actors and relations as plain sorted data, for equality checks across writers and readers. */
export function snapshot(ecosystem: Ecosystem) {
  const actors = ecosystem
    .mapNodes((key, a) => ({
      id: actorId(key),
      label: a.label,
      kind: a.kind,
      fields: sortedEntries(a.fields),
    }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const relations = ecosystem
    .mapEdges((_e, a, source, target) => {
      const [s, t] =
        a.directed || source < target
          ? [actorId(source), actorId(target)]
          : [actorId(target), actorId(source)];
      return {
        source: s,
        target: t,
        kind: a.kind,
        strength: a.strength,
        directed: a.directed,
        fields: { ...a.fields },
      };
    })
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  return { actors, relations };
}

export function codes(issues: readonly { code: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code } of issues) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** Field bags as sorted [name, value] lists: `__proto__` as a name compares like any other. */
function sortedEntries(fields: Record<string, unknown>): [string, unknown][] {
  return Object.keys(fields)
    .sort()
    .map((name) => [name, fields[name]]);
}

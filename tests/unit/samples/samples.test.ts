/**
 * Every sample network listed in sample-networks/manifest.json imports through io/ with zero
 * errors and exactly the counts its card states. A regenerated sample that changes shape fails
 * here, so the card, the manifest and the data cannot drift apart unnoticed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles, type SourceFile } from '../../../src/io/index.ts';

const SAMPLES = join(import.meta.dirname, '../../../sample-networks');

interface ManifestEntry {
  id: string;
  name: string;
  description: string;
  actors: string;
  relations: string;
  locality: 'region' | 'country' | 'area';
  attribution?: string;
}

interface Expected {
  actorsByKind: Record<string, number>;
  relationsByKind: Record<string, number>;
  /** Issue codes the card explains, with their counts; anything else is a regression. */
  warnings: Record<string, number>;
  /** Samples on the map: how many actors the import places, and how (none left unplaced). */
  placed?: Record<string, number>;
}

const EXPECTED: Record<string, Expected> = {
  'border-ecosystem': {
    actorsByKind: { firm: 858, knowledge: 49, government: 24, intermediary: 19 },
    // 3547 rows over two waves, of which 6 mutual reports (4 in 2023, 2 in 2019) merge into the
    // relation reported first.
    relationsByKind: {
      supply: 1780,
      knowledge: 703,
      cooperation: 420,
      government: 318,
      intermediary: 246,
      competitor: 63,
      ownership: 11,
    },
    warnings: { 'duplicate-relation': 6 },
  },
  'supply-chain': {
    actorsByKind: { firm: 87, knowledge: 15, government: 3, intermediary: 4 },
    relationsByKind: { supply: 110, cooperation: 14, knowledge: 110, government: 34, intermediary: 56 },
    // The Eindhoven institutions share the town centre's coordinates.
    warnings: { 'shared-coordinates': 1 },
  },
  'h2020-nl': {
    actorsByKind: { firm: 9041, knowledge: 3577, government: 1305, other: 2139 },
    // One relation per tied pair and project start year: 64,796 ties.
    relationsByKind: { cooperation: 77073 },
    warnings: {},
  },
  'he-border-region': {
    actorsByKind: { firm: 2930, knowledge: 1563, other: 559, government: 273 },
    relationsByKind: { cooperation: 10061 },
    // Points shared by several organisations near their town (marked "shared point" in the file).
    warnings: { 'shared-coordinates': 28 },
    placed: { file: 4849, gazetteer: 367, 'region centre': 70, 'country centre': 39 },
  },
  'he-brainport': {
    actorsByKind: { firm: 1406, knowledge: 864, other: 224, government: 91 },
    relationsByKind: { cooperation: 3989 },
    warnings: { 'shared-coordinates': 15 },
    placed: { file: 2393, gazetteer: 152, 'region centre': 22, 'country centre': 18 },
  },
};

const manifest = JSON.parse(readFileSync(join(SAMPLES, 'manifest.json'), 'utf8')) as ManifestEntry[];

function sourceFile(path: string): SourceFile {
  return { name: path, bytes: new Uint8Array(readFileSync(join(SAMPLES, path))) };
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

function countCodes(issues: readonly { code: string; severity: string }[], severity: string) {
  const counts: Record<string, number> = {};
  for (const issue of issues)
    if (issue.severity === severity) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return counts;
}

describe('sample networks', () => {
  it('the manifest lists the default sample first and every sample once, each with a card', () => {
    expect(manifest[0].id).toBe('border-ecosystem');
    expect(manifest.map((entry) => entry.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const entry of manifest) {
      expect(entry.name).not.toBe('');
      expect(entry.description).not.toBe('');
      expect(['region', 'country', 'area']).toContain(entry.locality);
      expect(existsSync(join(SAMPLES, entry.actors)), entry.actors).toBe(true);
      expect(existsSync(join(SAMPLES, entry.relations)), entry.relations).toBe(true);
      expect(existsSync(join(SAMPLES, entry.id, 'README.md')), `${entry.id}/README.md`).toBe(true);
    }
  });

  it('real data carries its attribution', () => {
    for (const id of ['h2020-nl', 'he-border-region', 'he-brainport']) {
      const entry = manifest.find((candidate) => candidate.id === id);
      expect(entry?.attribution, id).toContain('Source: CORDIS, European Commission');
    }
  });

  // The Horizon 2020 sample has 65,000 relations: allow for a slow machine.
  it.each(manifest.map((entry) => [entry.id, entry] as const))(
    '%s imports with zero errors and the stated counts',
    { timeout: 30_000 },
    async (id, entry) => {
      const expected = EXPECTED[id];
      const { report } = await importFiles([sourceFile(entry.actors), sourceFile(entry.relations)]);
      expect(countCodes(report.issues, 'error')).toEqual({});
      expect(countCodes(report.issues, 'warning')).toEqual(expected.warnings);
      expect(report.actorsByKind).toEqual(expected.actorsByKind);
      expect(report.relationsByKind).toEqual(expected.relationsByKind);
      expect(report.actorCount).toBe(total(expected.actorsByKind));
      expect(report.relationCount).toBe(total(expected.relationsByKind));
      expect(report.implicitActorCount).toBe(0);
      expect(report.files.map((file) => file.role)).toEqual(['actors', 'relations']);
      if (expected.placed) {
        expect(report.placement?.placed).toEqual(expected.placed);
        expect(report.placement?.unplaced).toBe(0);
      }
    },
  );
});

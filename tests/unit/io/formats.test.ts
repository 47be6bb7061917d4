/**
 * Every format fixture imports with the counts committed beside it (formats/expected.json, the
 * same list the browser journey compares with `clusterscope inspect`), and every file's rows add
 * up: kept + left out = rows, each row left out listed with its file and reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { FIXTURES } from './helpers.ts';

interface Expected {
  files: string[];
  note: string;
  formats: string[];
  actors: number;
  relations: number;
  outcome: 'complete' | 'partial' | 'failed';
  rows: number;
  leftOut: number;
}

const FORMATS = join(FIXTURES, 'formats');
const EXPECTED: Expected[] = JSON.parse(readFileSync(join(FORMATS, 'expected.json'), 'utf8'));

function load(name: string) {
  return { name, bytes: new Uint8Array(readFileSync(join(FORMATS, name))) };
}

describe('format fixtures import with their committed counts', () => {
  for (const expected of EXPECTED) {
    it(`${expected.files.join(' + ')}: ${expected.note}`, async () => {
      const { report } = await importFiles(expected.files.map(load));
      expect(report.files.map((file) => file.format)).toEqual(expected.formats);
      expect({
        actors: report.actorCount,
        relations: report.relationCount,
        outcome: report.outcome.status,
        rows: report.files.reduce((sum, file) => sum + file.rows, 0),
        leftOut: report.rejected.length,
      }).toEqual({
        actors: expected.actors,
        relations: expected.relations,
        outcome: expected.outcome,
        rows: expected.rows,
        leftOut: expected.leftOut,
      });
      for (const file of report.files) expect(file.kept + file.leftOut, file.name).toBe(file.rows);
      for (const row of report.rejected) {
        expect(row.file).not.toBe('');
        expect(row.message.length).toBeGreaterThan(10);
      }
      if (expected.outcome === 'failed') {
        expect(report.outcome.cause?.message).toMatch(/\w/);
        expect(report.outcome.cause?.message.split('. ').length).toBeLessThanOrEqual(4);
      }
    });
  }
});

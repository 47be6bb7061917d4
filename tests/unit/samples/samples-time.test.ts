/**
 * The samples' time dimension is what their cards say: the border survey's two waves with its
 * detaching firms and new cross-border knowledge ties, and the Horizon 2020 network by project
 * start year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWindows } from '../../../src/analysis/time/compare.ts';
import { TIE_ENTERED } from '../../../src/analysis/time/tie-changes.ts';
import { importFiles, type SourceFile } from '../../../src/io/index.ts';
import { activeIn, timeIndexOf } from '../../../src/model/time.ts';

const SAMPLES = join(import.meta.dirname, '../../../sample-networks');

function files(id: string): SourceFile[] {
  return ['actors.csv', 'relations.csv'].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(SAMPLES, id, name))),
  }));
}

describe('sample networks over time', () => {
  it('border-ecosystem: two waves; the detached firms detach and two knowledge ties cross the border', async () => {
    const { ecosystem, report } = await importFiles(files('border-ecosystem'));
    expect(report.time.years).toEqual([2019, 2023]);
    expect(report.time.relationsByField.wave).toBe(report.relationCount);
    const comparison = compareWindows(
      ecosystem,
      { from: 2019, to: 2019 },
      { from: 2023, to: 2023 },
      {
        rankBy: ['degree'],
      },
    );
    // The card: 781 actors named in 2019, 926 in 2023; 24 named in 2019 only, 169 in 2023 only.
    expect(comparison.actors).toMatchObject({ countFrom: 781, countTo: 926, left: 24, entered: 169 });
    const detaching = new Set(comparison.locality.detaching.map((v) => comparison.keys[v]));
    for (const firm of ['F003', 'F130', 'F146', 'F197', 'F270']) expect(detaching.has(firm), firm).toBe(true);
    const { ties, keys } = comparison;
    for (const [firm, institution] of [
      ['F234', 'K16'],
      ['F028', 'K12'],
    ]) {
      const k = [...ties.source.keys()].find((i) => {
        const ends = [keys[ties.source[i]], keys[ties.target[i]]];
        return ends.includes(firm) && ends.includes(institution);
      });
      expect(k, `${firm}–${institution}`).toBeDefined();
      expect(ties.status[k as number]).toBe(TIE_ENTERED);
      expect(ties.local[k as number]).toBe(0); // external: across the border
    }
  }, 60_000);

  it('h2020-nl: every relation dated by project start year, 2014–2021, as the card tabulates', async () => {
    const { ecosystem, report } = await importFiles(files('h2020-nl'));
    expect(report.time).toMatchObject({
      datedRelations: 77073,
      undatedRelations: 0,
      first: 2014,
      last: 2021,
      years: [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021],
    });
    const index = timeIndexOf(ecosystem);
    // The card's table: 2015 — 12,956 ties among 4,605 actors; 2019 — 12,791 among 4,404.
    expect(activeIn(index, { from: 2015, to: 2015 })).toMatchObject({
      relationCount: 12956,
      actorCount: 4605,
    });
    expect(activeIn(index, { from: 2019, to: 2019 })).toMatchObject({
      relationCount: 12791,
      actorCount: 4404,
    });
  }, 60_000);
});

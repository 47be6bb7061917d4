/**
 * A hand-checked network over three years, 2019–2021, used by the snapshot and comparison tests.
 *
 *   actor  kind       region  own dates
 *   A      firm       R1
 *   B      firm       R1
 *   C      firm       R2
 *   D      knowledge  R1
 *   E      firm       R2
 *   F      firm       R1      start 2021 (no relation: present through its own date)
 *   G      firm       R1      (no relation, no date: timeless)
 *
 *   relation  ends    kind         time                          active in
 *   r1        A – B   cooperation  year 2019                     2019
 *   r2        A – B   cooperation  year 2020                     2020
 *   r3        A – D   knowledge    start 2019, end 2020          2019, 2020
 *   r4        B → C   supply       start 2020 (open end)         2020, 2021
 *   r5        C – E   knowledge    wave 2021                     2021
 *   r6        A – C   knowledge    year 2021                     2021
 *   r7        D – E   cooperation  end 2019 (open start)         2019
 *   r8        B – D   other        undated                       every year (timeless)
 */
import { buildEcosystem, type Ecosystem } from '../../../src/model/ecosystem.ts';
import type { FieldValue } from '../../../src/model/fields.ts';

const ACTORS: [string, string, string, Record<string, FieldValue>?][] = [
  ['A', 'firm', 'R1'],
  ['B', 'firm', 'R1'],
  ['C', 'firm', 'R2'],
  ['D', 'knowledge', 'R1'],
  ['E', 'firm', 'R2'],
  ['F', 'firm', 'R1', { start: 2021 }],
  ['G', 'firm', 'R1'],
];

const RELATIONS: [string, string, string, Record<string, FieldValue>][] = [
  ['A', 'B', 'cooperation', { year: 2019 }],
  ['A', 'B', 'cooperation', { year: 2020 }],
  ['A', 'D', 'knowledge', { start: 2019, end: 2020 }],
  ['B', 'C', 'supply', { start: 2020 }],
  ['C', 'E', 'knowledge', { wave: 2021 }],
  ['A', 'C', 'knowledge', { year: 2021 }],
  ['D', 'E', 'cooperation', { end: 2019 }],
  ['B', 'D', 'other', {}],
];

export function threeYears(): Ecosystem {
  const { ecosystem, issues } = buildEcosystem({
    actors: ACTORS.map(([id, kind, region, dates]) => ({ id, kind, fields: { region, ...dates } })),
    relations: RELATIONS.map(([source, target, kind, fields]) => ({ source, target, kind, fields })),
  });
  if (issues.length > 0) throw new Error(`three-year network: ${JSON.stringify(issues)}`);
  return ecosystem;
}

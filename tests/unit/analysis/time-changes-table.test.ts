/**
 * The changes table of a comparison and its CSV (what `clusterscope compare --out` writes and the
 * Changes view exports), on the hand-checked three-year network, 2019 against 2021. By region:
 * A 1 → 0 and B 1 → ½ detach (their new ties go to R2); D ⅔ → 1 and E 0 → 1 attach.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { changesTable } from '../../../src/analysis/time/changes-table.ts';
import { compareWindows } from '../../../src/analysis/time/compare.ts';
import { writeChangesCsv } from '../../../src/io/write-changes.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';
import { threeYears } from '../model/three-years.ts';

const network = threeYears();
const comparison = compareWindows(network, { from: 2019, to: 2019 }, { from: 2021, to: 2021 });

type Row = Record<string, string>;
const parse = (csv: string) => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;

describe('changesTable', () => {
  it('all: a row per tie of either year, then a row per actor of either year', () => {
    const table = changesTable(comparison, network);
    const rows = parse(writeChangesCsv(table));
    const ties = rows.filter((row) => row.record === 'tie');
    const actors = rows.filter((row) => row.record === 'actor');
    expect(ties.length).toBe(comparison.ties.union); // 7
    expect(ties.map((row) => `${row.id}–${row.partner_id} ${row.change}`).sort()).toEqual([
      'A–B left',
      'A–C entered',
      'A–D left',
      'B–C entered',
      'B–D persisted',
      'C–E entered',
      'D–E left',
    ]);
    // G is timeless: in both years. Every actor of either year has a row.
    expect(actors.map((row) => `${row.id} ${row.change}`)).toEqual([
      'A stayed',
      'B stayed',
      'C entered',
      'D stayed',
      'E stayed',
      'F entered',
      'G stayed',
    ]);
    // The paths: every observed year from the first window to the second.
    expect(table.header.slice(-6)).toEqual([
      'local_share_2019',
      'local_share_2020',
      'local_share_2021',
      'local_attachment_2019',
      'local_attachment_2020',
      'local_attachment_2021',
    ]);
  });

  it('tie rows say whether the tie is local; actor rows their shares and whether they detached', () => {
    const rows = parse(writeChangesCsv(changesTable(comparison, network)));
    const tie = rows.find((row) => row.id === 'A' && row.partner_id === 'C');
    expect(tie).toMatchObject({ local: 'false', strength_from: '', strength_to: '1', role_from: '' });
    const a = rows.find((row) => row.record === 'actor' && row.id === 'A');
    expect(a).toMatchObject({
      local_share_from: '1',
      local_share_to: '0',
      local_share_change: '-1',
      locality_change: 'detaching',
      partner_id: '',
    });
    expect(rows.find((row) => row.record === 'actor' && row.id === 'E')?.locality_change).toBe('attaching');
  });

  it('selections keep the columns and pick the actor rows: entered, left, detaching', () => {
    const all = changesTable(comparison, network);
    const ids = (selection: 'entered' | 'left' | 'detaching') => {
      const table = changesTable(comparison, network, selection);
      expect(table.header).toEqual(all.header);
      return table.rows.map((row) => `${row[0]} ${row[2]}`);
    };
    expect(ids('entered')).toEqual(['actor C', 'actor F']);
    expect(ids('left')).toEqual([]);
    expect(ids('detaching')).toEqual(['actor A', 'actor B']);
  });

  it('labels that look like formulas are written as text', () => {
    const { ecosystem } = buildEcosystem({
      actors: [
        { id: 'x', label: '=HYPERLINK("http://evil")', kind: 'firm', fields: { region: 'R' } },
        { id: 'y', label: '+cmd', kind: 'firm', fields: { region: 'R' } },
      ],
      relations: [{ source: 'x', target: 'y', kind: 'cooperation', fields: { year: 2020 } }],
    });
    const compared = compareWindows(ecosystem, { from: 2019, to: 2019 }, { from: 2020, to: 2020 });
    const csv = writeChangesCsv(changesTable(compared, ecosystem, 'entered'));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`'+cmd`);
    expect(csv).not.toMatch(/(^|,)[=+]/m);
  });
});

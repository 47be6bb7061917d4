import { describe, expect, it } from 'vitest';
import type { RegisteredMeasure } from '../../../src/analysis/registry.ts';
import type { AnalysisResult } from '../../../src/analysis/runner.ts';
import type { MeasureDescriptor } from '../../../src/analysis/types.ts';
import {
  columnsByFamily,
  DEFAULT_COLUMN_IDS,
  KIND_COLUMN,
  LABEL_COLUMN,
  type RankingColumn,
  rankingColumns,
  visibleColumns,
} from '../../../src/app/views/rankings/columns.ts';
import { rankingsCsv, rankingsFileName } from '../../../src/app/views/rankings/csv.ts';
import { filterByLabel } from '../../../src/app/views/rankings/filter.ts';
import {
  cellText,
  cellTitle,
  formatFloat,
  formatMeasure,
  fullMeasure,
} from '../../../src/app/views/rankings/format.ts';
import {
  collationRanks,
  naturalIndices,
  nextSort,
  sortedIndices,
  sortKeys,
} from '../../../src/app/views/rankings/sort.ts';
import { buildRankingTable, type RankingTable } from '../../../src/app/views/rankings/table.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const EN = wordingFor('en');
const NL = wordingFor('nl');

function measure(id: string, family: MeasureDescriptor['family'], outputs: MeasureDescriptor['outputs']) {
  return { id, label: id, family, method: '', outputs, options: {}, compute: () => ({ columns: {} }) };
}

// Measures outside the registry on purpose: the columns follow whatever registry they are given (the
// category column borrows a registry output id, so its categories have their words in the catalogs).
const REGISTRY = [
  measure('degree', 'centrality', [
    { id: 'degree', label: 'Degree', integer: true },
    { id: 'weighted_degree', label: 'Weighted degree' },
  ]),
  measure('paths', 'centrality', [{ id: 'betweenness', label: 'Betweenness' }]),
  measure('holes', 'structural-holes', [{ id: 'constraint', label: 'Constraint' }]),
  measure('role', 'locality', [
    {
      id: 'giuliani_bell_role',
      label: 'Role',
      integer: true,
      categories: ['isolated', 'mutual exchanger', 'external star'],
    },
  ]),
] as unknown as RegisteredMeasure[];

const { ecosystem } = buildEcosystem({
  actors: [
    { id: 'a', label: 'Müller GmbH', kind: 'firm' },
    { id: 'b', label: '=HYPERLINK("x")', kind: 'firm' },
    { id: 'c', label: 'Universiteit Twente', kind: 'knowledge' },
    { id: 'd', label: 'mueller consult', kind: 'intermediary' },
  ],
  relations: [{ source: 'a', target: 'b', kind: 'supply' }],
});

const analysis: AnalysisResult = {
  columns: {
    degree: Float64Array.from([3, 1, 3, 0]),
    betweenness: Float64Array.from([0.123456789, Number.NaN, 0.5, 0]),
    constraint: Float64Array.from([Number.NaN, 1, 0.25, Number.NaN]),
    giuliani_bell_role: Float64Array.from([2, 0, Number.NaN, 1]),
    // A column from another network (wrong length) must be ignored.
    stale: Float64Array.from([1, 2]),
  },
  graph: {},
  tables: {},
  timings: {},
} as unknown as AnalysisResult;

const table: RankingTable = buildRankingTable(ecosystem, analysis);
const columns = rankingColumns(REGISTRY, (id) => id in table.measures);
const column = (id: string) => columns.find((candidate) => candidate.id === id) as RankingColumn;

describe('ranking table', () => {
  it('follows the ecosystem node order and keeps only aligned columns', () => {
    expect(table.keys).toEqual(ecosystem.nodes());
    expect(table.labels[0]).toBe('Müller GmbH');
    expect(table.kinds).toEqual(['firm', 'firm', 'knowledge', 'intermediary']);
    expect(Object.keys(table.measures).sort()).toEqual([
      'betweenness',
      'constraint',
      'degree',
      'giuliani_bell_role',
    ]);
  });

  it('has label and kind only before the analysis', () => {
    const empty = buildRankingTable(ecosystem, null);
    expect(rankingColumns(REGISTRY, (id) => id in empty.measures)).toEqual([LABEL_COLUMN, KIND_COLUMN]);
  });
});

describe('ranking columns', () => {
  it('lists label, kind, then the available outputs in registry order', () => {
    expect(columns.map((entry) => entry.id)).toEqual([
      'label',
      'kind',
      'degree',
      'betweenness',
      'constraint',
      'giuliani_bell_role',
    ]);
  });

  it('always shows the label, then what was chosen, in table order', () => {
    const shown = visibleColumns(columns, new Set(['giuliani_bell_role', 'degree']));
    expect(shown.map((entry) => entry.id)).toEqual(['label', 'degree', 'giuliani_bell_role']);
  });

  it('defaults to the central, brokerage and community measures', () => {
    expect(DEFAULT_COLUMN_IDS).toEqual(
      expect.arrayContaining(['label', 'kind', 'degree', 'betweenness', 'community']),
    );
    expect(visibleColumns(columns, new Set(DEFAULT_COLUMN_IDS)).map((entry) => entry.id)).toEqual([
      'label',
      'kind',
      'degree',
      'betweenness',
      'constraint',
    ]);
  });

  it('groups measure columns by family in registry order', () => {
    const groups = columnsByFamily(columns);
    expect(groups.map((group) => group.family)).toEqual(['centrality', 'structural-holes', 'locality']);
    expect(groups[0].columns.map((entry) => entry.id)).toEqual(['degree', 'betweenness']);
  });
});

describe('cell formatting', () => {
  it('shortens floats to four significant digits without losing the integer part', () => {
    expect(formatFloat(0.123456789, EN)).toBe('0.1235');
    expect(formatFloat(12.3456, EN)).toBe('12.35');
    expect(formatFloat(0.5, EN)).toBe('0.5');
    expect(formatFloat(12345.678, EN)).toBe('12346');
    expect(formatFloat(-0.000012345, EN)).toBe('-1.23e-5');
    expect(formatFloat(0, EN)).toBe('0');
    expect(formatFloat(Number.NaN, EN)).toBe('');
    expect(formatFloat(0.123456789, NL)).toBe('0,1235');
    expect(formatFloat(-0.000012345, NL)).toBe('-1,23e-5');
  });

  it('shows categories by label, counts without decimals, NaN as nothing', () => {
    const role = column('giuliani_bell_role');
    const degree = column('degree');
    if (role.type !== 'measure' || degree.type !== 'measure') throw new Error('measure columns expected');
    expect(formatMeasure(1, role.output, EN)).toBe('mutual exchanger');
    expect(formatMeasure(3, degree.output, EN)).toBe('3');
    expect(formatMeasure(Number.NaN, degree.output, EN)).toBe('');
    expect(fullMeasure(3, degree.output, EN)).toBeUndefined();
  });

  it('puts the full value in the tooltip only when the cell shortens it', () => {
    expect(cellText(table, column('betweenness'), 0, EN)).toBe('0.1235');
    expect(cellTitle(table, column('betweenness'), 0, EN)).toBe('0.123456789');
    expect(cellTitle(table, column('betweenness'), 2, EN)).toBeUndefined();
    expect(cellText(table, column('kind'), 2, EN)).toBe('Knowledge institution');
    expect(cellText(table, column('kind'), 2, NL)).toBe('Kennisinstelling');
    expect(cellTitle(table, column('betweenness'), 0, NL)).toBe('0,123456789');
    expect(cellText(table, column('constraint'), 0, EN)).toBe('');
  });
});

describe('sorting over node indices', () => {
  it('sorts both ways with undefined values last and ties in node order', () => {
    const keys = Float64Array.from([2, Number.NaN, 1, 2, Number.NaN, 0]);
    expect([...sortedIndices(keys, 'ascending')]).toEqual([5, 2, 0, 3, 1, 4]);
    expect([...sortedIndices(keys, 'descending')]).toEqual([0, 3, 2, 5, 1, 4]);
  });

  it('returns an Int32Array covering every actor once', () => {
    const count = 16_000;
    const keys = Float64Array.from({ length: count }, (_, index) =>
      index % 7 === 0 ? Number.NaN : (index * 7919) % 101,
    );
    const order = sortedIndices(keys, 'descending');
    expect(order).toBeInstanceOf(Int32Array);
    expect(new Set(order).size).toBe(count);
    for (let position = 1; position < count; position++) {
      const previous = keys[order[position - 1]];
      const current = keys[order[position]];
      if (Number.isNaN(previous)) expect(current).toBeNaN();
      else if (!Number.isNaN(current)) {
        expect(previous).toBeGreaterThanOrEqual(current);
        if (previous === current) expect(order[position - 1]).toBeLessThan(order[position]);
      }
    }
  });

  it('ranks text ignoring case and accents, numbers in numeric order', () => {
    expect([...collationRanks(['b', 'A', 'a', 'Ä', 'item 10', 'item 9'])]).toEqual([1, 0, 0, 0, 3, 2]);
  });

  it('sorts labels alphabetically and categories by code', () => {
    expect(
      [...sortedIndices(sortKeys(table, column('label')), 'ascending')].map((i) => table.labels[i]),
    ).toEqual(['=HYPERLINK("x")', 'mueller consult', 'Müller GmbH', 'Universiteit Twente']);
    expect([...sortedIndices(sortKeys(table, column('giuliani_bell_role')), 'descending')]).toEqual([
      0, 3, 1, 2,
    ]);
  });

  it('starts measures high-to-low and names A-to-Z, then toggles', () => {
    expect(nextSort(null, column('degree'))).toEqual({ columnId: 'degree', direction: 'descending' });
    expect(nextSort(null, column('label'))).toEqual({ columnId: 'label', direction: 'ascending' });
    const flipped = nextSort({ columnId: 'degree', direction: 'descending' }, column('degree'));
    expect(flipped).toEqual({ columnId: 'degree', direction: 'ascending' });
    expect(nextSort(flipped, column('degree')).direction).toBe('descending');
    expect(nextSort(flipped, column('betweenness'))).toEqual({
      columnId: 'betweenness',
      direction: 'descending',
    });
  });
});

describe('search', () => {
  it('matches labels ignoring case and accents, keeping the sorted order', () => {
    const order = Int32Array.from([3, 2, 1, 0]);
    expect([...filterByLabel(order, table.searchKeys, '  MULLER ')]).toEqual([0]);
    expect([...filterByLabel(order, table.searchKeys, 'u')]).toEqual([3, 2, 0]);
    expect(filterByLabel(order, table.searchKeys, ' ')).toBe(order);
    expect(filterByLabel(naturalIndices(4), table.searchKeys, 'nobody')).toHaveLength(0);
  });
});

describe('CSV of what is shown', () => {
  const shown = visibleColumns(columns, new Set(['kind', 'betweenness', 'giuliani_bell_role']));
  const rows = filterByLabel(
    sortedIndices(sortKeys(table, column('betweenness')), 'descending'),
    table.searchKeys,
    'e',
  );
  const lines = rankingsCsv(table, shown, rows).split('\r\n');

  it('writes an id column, then the shown columns by their CLI names', () => {
    expect(lines[0]).toBe('\ufeffid,label,kind,betweenness,giuliani_bell_role');
  });

  it('keeps the sort and filter, full precision, empty cells for NaN and category labels', () => {
    expect(lines.slice(1, -1)).toEqual([
      'c,Universiteit Twente,knowledge,0.5,',
      'a,Müller GmbH,firm,0.123456789,external star',
      'd,mueller consult,intermediary,0,mutual exchanger',
      `b,"'=HYPERLINK(""x"")",firm,,isolated`,
    ]);
    expect(lines.at(-1)).toBe('');
  });

  it('names the file after the network', () => {
    expect(rankingsFileName('Twente survey.csv')).toBe('twente-survey-rankings.csv');
    expect(rankingsFileName(null)).toBe('network-rankings.csv');
  });
});

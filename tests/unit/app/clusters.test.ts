import { describe, expect, it } from 'vitest';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import { runAnalysis } from '../../../src/analysis/runner.ts';
import type { ResultTable } from '../../../src/analysis/types.ts';
import {
  communityLinks,
  linksOf,
  partnerCommunity,
} from '../../../src/app/views/clusters/community-links.ts';
import {
  communityMembers,
  communityName,
  communityRows,
  sortCommunities,
} from '../../../src/app/views/clusters/community-rows.ts';
import { describeClusters } from '../../../src/app/views/clusters/describe-clusters.ts';
import { nextSort, sortRows } from '../../../src/app/views/clusters/sort-rows.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const EN = wordingFor('en');
const NL = wordingFor('nl');

/** Two triangles (A B C, D E F) joined by C–D, plus a tie F–G to a third community {G}. */
const { ecosystem } = buildEcosystem({
  actors: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => ({
    id,
    label: `Actor ${id}`,
    kind: 'firm' as const,
  })),
  relations: [
    { source: 'A', target: 'B', kind: 'supply' },
    { source: 'B', target: 'A', kind: 'knowledge' },
    { source: 'B', target: 'C', kind: 'supply' },
    { source: 'A', target: 'C', kind: 'supply' },
    { source: 'C', target: 'D', kind: 'supply' },
    { source: 'D', target: 'C', kind: 'cooperation' },
    { source: 'D', target: 'E', kind: 'supply' },
    { source: 'E', target: 'F', kind: 'supply' },
    { source: 'D', target: 'F', kind: 'supply' },
    { source: 'F', target: 'G', kind: 'supply' },
  ],
});
const community = Float64Array.from([0, 0, 0, 1, 1, 1, 2]);

describe('ties between communities', () => {
  it('counts each pair of actors once, whatever the number and direction of relations', () => {
    const links = communityLinks(ecosystem, community);
    expect(links.pairs).toEqual([
      { first: 0, second: 1, ties: 1 },
      { first: 1, second: 2, ties: 1 },
    ]);
    expect(links.betweenTies).toBe(2);
    expect(links.withinTies).toBe(6);
  });

  it('orders pairs by ties and puts the smaller community first', () => {
    const reversed = Float64Array.from([2, 2, 2, 1, 1, 0, 0]);
    const links = communityLinks(ecosystem, reversed);
    // C–D joins 2 and 1; D–F and E–F join 1 and 0; F–G is inside 0.
    expect(links.pairs).toEqual([
      { first: 0, second: 1, ties: 2 },
      { first: 1, second: 2, ties: 1 },
    ]);
  });

  it('skips actors without a community', () => {
    const partial = Float64Array.from([0, 0, 0, 1, 1, 1, Number.NaN]);
    expect(communityLinks(ecosystem, partial).pairs).toEqual([{ first: 0, second: 1, ties: 1 }]);
  });

  it('lists the links of one community and names the other side', () => {
    const links = communityLinks(ecosystem, community);
    expect(linksOf(links, 2)).toEqual([{ first: 1, second: 2, ties: 1 }]);
    expect(partnerCommunity(links.pairs[0], 1)).toBe(0);
  });

  it('agrees with the external ties of the communities table', () => {
    const analysis = runAnalysis(buildAnalysisInput(ecosystem));
    const column = analysis.columns.community ?? new Float64Array(0);
    const links = communityLinks(ecosystem, column);
    const rows = communityRows(analysis.tables.communities, ecosystem.nodes(), (key) => key);
    const externalEnds = rows.reduce((sum, row) => sum + row.externalTies, 0);
    expect(2 * links.betweenTies).toBe(externalEnds);
    expect(links.withinTies).toBe(rows.reduce((sum, row) => sum + row.internalTies, 0));
  });
});

describe('community rows', () => {
  const table: ResultTable = {
    label: 'Communities',
    columns: [],
    rows: [
      {
        community: 0,
        size: 3,
        density: 1,
        internal_ties: 3,
        external_ties: 1,
        ei_index: -0.5,
        top_brokers: [2, 0],
        dominant_kind: 'firm',
        dominant_kind_share: 1,
        dominant_sector: null,
        dominant_sector_share: null,
        dominant_region: 'North',
        dominant_region_share: 2 / 3,
      },
      {
        community: 1,
        size: 1,
        density: null,
        internal_ties: 0,
        external_ties: 0,
        ei_index: null,
        top_brokers: [],
      },
    ],
  };
  const keys = ['A', 'B', 'C', 'D'];

  it('names brokers by key and label and keeps dominant shares', () => {
    const rows = communityRows(table, keys, (key) => `Actor ${key}`);
    expect(communityName(EN.t, rows[0].community)).toBe('Community 1');
    expect(rows[0].brokers).toEqual([
      { key: 'C', label: 'Actor C' },
      { key: 'A', label: 'Actor A' },
    ]);
    expect(rows[0].kind).toEqual({ value: 'firm', share: 1 });
    expect(rows[0].sector).toBeNull();
    expect(rows[0].region?.value).toBe('North');
    expect(rows[1]).toMatchObject({ density: null, ei: null, brokers: [], kind: null });
  });

  it('is empty without a table', () => {
    expect(communityRows(undefined, keys, String)).toEqual([]);
  });

  it('sorts by a column, missing values last in both directions', () => {
    const rows = communityRows(table, keys, String);
    expect(
      sortCommunities(rows, { column: 'ei', direction: 'ascending' }).map((row) => row.community),
    ).toEqual([0, 1]);
    expect(
      sortCommunities(rows, { column: 'ei', direction: 'descending' }).map((row) => row.community),
    ).toEqual([0, 1]);
    expect(
      sortCommunities(rows, { column: 'size', direction: 'ascending' }).map((row) => row.community),
    ).toEqual([1, 0]);
  });

  it('finds the members of a community', () => {
    expect(communityMembers(['A', 'B', 'C', 'D'], [1, 0, 1, 2], 1)).toEqual(['A', 'C']);
  });

  it('names communities like the map legend', () => {
    expect(communityName(EN.t, 4)).toBe('Community 5');
    expect(communityName(NL.t, 1233)).toBe('Community 1.234');
  });
});

describe('sorting view tables', () => {
  it('sorts text with numeric collation and keeps input order for equal keys', () => {
    const rows = [{ name: 'b10' }, { name: 'B2' }, { name: 'a' }, { name: 'b2' }];
    expect(sortRows(rows, (row) => row.name, 'ascending').map((row) => row.name)).toEqual([
      'a',
      'B2',
      'b2',
      'b10',
    ]);
  });

  it('starts numbers largest first, text A to Z, and flips on a second click', () => {
    expect(nextSort({ column: 'size', direction: 'descending' }, 'ei')).toEqual({
      column: 'ei',
      direction: 'descending',
    });
    expect(nextSort({ column: 'size', direction: 'descending' }, 'name', ['name'])).toEqual({
      column: 'name',
      direction: 'ascending',
    });
    expect(nextSort({ column: 'ei', direction: 'descending' }, 'ei')).toEqual({
      column: 'ei',
      direction: 'ascending',
    });
  });
});

describe('clusters in words', () => {
  it('says the count, the modularity, single actors and the busiest link', () => {
    const links = communityLinks(ecosystem, community);
    const rows = communityRows(
      {
        label: '',
        columns: [],
        rows: [
          { community: 0, size: 3 },
          { community: 1, size: 3 },
          { community: 2, size: 1 },
        ],
      },
      [],
      String,
    );
    expect(describeClusters(3, 0.35, rows, links, EN)).toEqual([
      'The Louvain method finds 3 communities; modularity 0.35 means clear groups, with many more ties inside than between them.',
      '1 community is a single actor without ties inside the network.',
      '25% of ties (2 of 8) run between communities; the busiest link joins Community 1 and Community 2 (1 tie).',
    ]);
    expect(describeClusters(3, 0.35, rows, links, NL)).toEqual([
      "De Louvain-methode vindt 3 community's; modulariteit 0,35 betekent duidelijke groepen, met veel meer banden binnen dan tussen de groepen.",
      '1 community is een losse actor zonder banden binnen het netwerk.',
      "25% van de banden (2 van 8) loopt tussen community's; de drukste verbinding is die tussen Community 1 en Community 2 (1 band).",
    ]);
  });

  it('says nothing before the analysis', () => {
    expect(describeClusters(null, null, [], null, EN)).toEqual([]);
  });
});

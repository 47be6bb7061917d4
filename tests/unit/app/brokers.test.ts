import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import { runAnalysis } from '../../../src/analysis/runner.ts';
import { ScatterChart } from '../../../src/app/charts/ScatterChart.tsx';
import {
  axisFraction,
  nearestPoint,
  pointOfActor,
  projectPoints,
  scatterAxis,
  seriesPaths,
} from '../../../src/app/charts/scatter.ts';
import {
  brokerageColumns,
  brokerageRows,
  DEFAULT_BROKERAGE_SORT,
  significantActors,
} from '../../../src/app/views/brokers/brokerage-table.ts';
import { currentGrouping, groupingChoices } from '../../../src/app/views/brokers/grouping.ts';
import {
  giulianiBellQuadrants,
  kindSeries,
  structuralHolesPoints,
} from '../../../src/app/views/brokers/quadrants.ts';
import {
  BROKERAGE_ROLE_INFO,
  describeRoleAgainstChance,
  roleFigures,
} from '../../../src/app/views/brokers/roles.ts';
import { buildRankingTable } from '../../../src/app/views/rankings/table.ts';
import { createI18n, wordingFor } from '../../../src/i18n/i18n.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const EN = wordingFor('en');
const NL = wordingFor('nl');

const NaN_ = Number.NaN;
const PLOT = { left: 0, top: 0, width: 100, height: 100 };

/** The value, or a failed test when there is none. */
function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
const gatekeeper = defined(BROKERAGE_ROLE_INFO.find((role) => role.id === 'gatekeeper'));

describe('scatter axes', () => {
  it('run a linear axis from zero to a round number with round ticks', () => {
    const axis = scatterAxis([0.2, 0.9, NaN_, 1.1], 'linear');
    expect(axis).toMatchObject({ min: 0, max: 1.5, scale: 'linear' });
    expect(axis.ticks).toEqual([0, 0.5, 1, 1.5]);
  });

  it('take in negative values', () => {
    const axis = scatterAxis([-3, 7], 'linear');
    expect(axis.min).toBeLessThanOrEqual(-3);
    expect(axis.max).toBeGreaterThanOrEqual(7);
  });

  it('spread small counts on a square-root axis, ticks far enough apart, and fall back to linear for negatives', () => {
    const axis = scatterAxis([0, 1, 3, 180], 'sqrt');
    expect(axis.max).toBe(200);
    expect(axis.ticks[0]).toBe(0);
    for (let i = 1; i < axis.ticks.length; i++)
      expect(axisFraction(axis, axis.ticks[i]) - axisFraction(axis, axis.ticks[i - 1])).toBeGreaterThan(0.1);
    expect(axisFraction(axis, 50)).toBeCloseTo(0.5);
    expect(scatterAxis([-1, 4], 'sqrt').scale).toBe('linear');
  });

  it('give an empty or constant column a usable range', () => {
    expect(scatterAxis([], 'linear').max).toBeGreaterThan(0);
    expect(scatterAxis([0, 0], 'sqrt').max).toBeGreaterThan(0);
  });
});

describe('scatter points', () => {
  const xAxis = scatterAxis([0, 10], 'linear');
  const yAxis = scatterAxis([0, 10], 'linear');
  const points = projectPoints([0, 10, NaN_, 5, 5], [0, 10, 3, 5, 5], xAxis, yAxis, PLOT);

  it('leave out actors with an undefined value and put y upwards', () => {
    expect(Array.from(points.index)).toEqual([0, 1, 3, 4]);
    expect(points.x[1]).toBe(100);
    expect(points.y[1]).toBe(0);
    expect(points.y[0]).toBe(100);
    expect(pointOfActor(points, 3)).toBe(2);
    expect(pointOfActor(points, 2)).toBe(-1);
  });

  it('draw one path per series and each spot once', () => {
    const paths = seriesPaths(points, [0, 1, 0, 1, 1], 2);
    expect(paths).toEqual(['M0 100h0', 'M100 0h0M50 50h0']);
    expect(seriesPaths(points, [-1, -1, -1, -1, -1], 1)).toEqual(['']);
  });

  it('find the nearest point within reach, else none', () => {
    expect(nearestPoint(points, 97, 4, 8)).toBe(1);
    expect(points.index[nearestPoint(points, 51, 51, 8)]).toBe(4);
    expect(nearestPoint(points, 30, 30, 8)).toBe(-1);
  });

  it('render as a few elements whatever the number of actors', () => {
    const count = 16000;
    const xs = Float64Array.from({ length: count }, (_, i) => i % 97);
    const ys = Float64Array.from({ length: count }, (_, i) => (i * 7) % 89);
    const markup = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n: createI18n('en') },
        createElement(ScatterChart, {
          title: 'Test',
          summary: 'A test chart.',
          xLabel: 'x',
          yLabel: 'y',
          xs,
          ys,
          series: [
            { id: 'a', label: 'A', colour: '#000' },
            { id: 'b', label: 'B', colour: '#f00' },
          ],
          seriesOf: Float64Array.from({ length: count }, (_, i) => i % 2),
          referenceLines: [{ axis: 'x', value: 40, label: 'mean' }],
          cornerLabels: { 'top-right': 'Gatekeepers · 3' },
          pointLabel: (actor) => `actor ${actor}`,
          testId: 'test-chart',
        }),
      ),
    );
    expect(markup.match(/<path /g)).toHaveLength(2);
    expect(markup.match(/<circle /g)).toBeNull();
    expect(markup).toContain('data-testid="test-chart"');
    expect(markup).toContain('aria-label="A test chart."');
    expect(markup).toContain('Gatekeepers · 3');
    expect(markup).toContain('mean 40');
  });
});

describe('brokerage against chance, in words', () => {
  it('says how many times as often as chance, with z', () => {
    expect(describeRoleAgainstChance(gatekeeper, { raw: 1230, expected: 145, z: 84.2 }, EN)).toBe(
      'Gatekeeping happens 8.5 times as often as chance would have it (z = 84.2): 1,230 open two-paths against 145 expected.',
    );
  });

  it('says less often and about as often, and copes without an expectation or a run', () => {
    expect(describeRoleAgainstChance(gatekeeper, { raw: 40, expected: 100, z: -3 }, EN)).toMatch(
      /^Gatekeeping happens less often than chance would have it, 0.4 times as often \(z = −3\)/,
    );
    expect(describeRoleAgainstChance(gatekeeper, { raw: 100, expected: 101, z: null }, EN)).toMatch(
      /^Gatekeeping happens about as often as chance would have it: 100 open two-paths/,
    );
    expect(describeRoleAgainstChance(gatekeeper, { raw: 3, expected: 0, z: null }, EN)).toMatch(
      /no comparison/,
    );
    expect(describeRoleAgainstChance(gatekeeper, { raw: 0, expected: 0, z: null }, EN)).toBe(
      'Gatekeeping: none, and chance would have none either.',
    );
    expect(describeRoleAgainstChance(gatekeeper, { raw: 0, expected: 2, z: -1.5 }, EN)).toMatch(
      /does not happen/,
    );
    expect(describeRoleAgainstChance(gatekeeper, { raw: null, expected: null, z: null }, EN)).toBeNull();
  });

  it('says it in Dutch, with Dutch numbers', () => {
    expect(describeRoleAgainstChance(gatekeeper, { raw: 1230, expected: 145, z: 84.2 }, NL)).toBe(
      'Poortwachterschap komt 8,5 keer zo vaak voor als toeval zou geven (z = 84,2): 1.230 open paden van twee stappen tegen 145 verwacht.',
    );
  });

  it('reads the graph figures of a role, the total under its own name', () => {
    const total = defined(BROKERAGE_ROLE_INFO.find((role) => role.id === 'brokerage_total'));
    expect(
      roleFigures(
        { brokerage_graph_total_raw: 10, brokerage_graph_total_expected: 4, brokerage_graph_total_z: null },
        total,
      ),
    ).toEqual({ raw: 10, expected: 4, z: null });
  });
});

describe('grouping choices', () => {
  it('offers the locality field, actor kind, then other categorical fields, each once', () => {
    const choices = groupingChoices({}, ['region', 'sector', 'country'], EN.t);
    expect(choices.map((choice) => choice.field)).toEqual(['region', 'kind', 'sector', 'country']);
    expect(choices[0].label).toBe('Locality (region)');
  });

  it('follows the analysis: groupBy, else the locality field, and always lists the current one', () => {
    expect(currentGrouping({})).toBe('region');
    expect(currentGrouping({ localBy: 'country' })).toBe('country');
    expect(currentGrouping({ localBy: 'country', groupBy: 'kind' })).toBe('kind');
    const choices = groupingChoices({ localBy: 'country', groupBy: 'cluster' }, ['sector'], EN.t);
    expect(choices.map((choice) => choice.field)).toEqual(['country', 'kind', 'sector', 'cluster']);
  });
});

describe('from the analysis to the view', () => {
  // North: A, B, F; South: C, E; G has no region. Arcs make open two-paths across regions.
  const { ecosystem } = buildEcosystem({
    actors: [
      { id: 'A', label: 'Alpha', kind: 'firm', fields: { region: 'North' } },
      { id: 'B', label: 'Beta', kind: 'firm', fields: { region: 'North' } },
      { id: 'C', label: 'Gamma', kind: 'knowledge', fields: { region: 'South' } },
      { id: 'E', label: 'Epsilon', kind: 'firm', fields: { region: 'South' } },
      { id: 'F', label: 'Phi', kind: 'firm', fields: { region: 'North' } },
      { id: 'G', label: 'Lonely', kind: 'government' },
    ],
    relations: [
      { source: 'C', target: 'A', kind: 'supply' },
      { source: 'E', target: 'A', kind: 'supply' },
      { source: 'A', target: 'B', kind: 'supply' },
      { source: 'A', target: 'F', kind: 'supply' },
      { source: 'B', target: 'C', kind: 'supply' },
    ],
  });
  const analysis = runAnalysis(buildAnalysisInput(ecosystem));
  const table = buildRankingTable(ecosystem, analysis);
  const columns = brokerageColumns();

  it('lists each role with its count and z-score after the actor', () => {
    expect(columns.map((entry) => entry.column.id)).toEqual([
      'label',
      'coordinator',
      'coordinator_z',
      'itinerant',
      'itinerant_z',
      'representative',
      'representative_z',
      'gatekeeper',
      'gatekeeper_z',
      'liaison',
      'liaison_z',
      'brokerage_total',
      'brokerage_total_z',
    ]);
    for (const entry of columns.slice(1)) {
      expect(entry.column.type).toBe('measure');
      if (entry.column.type === 'measure') expect(table.measures[entry.column.id]).toBeDefined();
    }
  });

  it('puts the strongest gatekeeper first by default, and sorts and searches like the rankings', () => {
    const rows = brokerageRows(table, columns, DEFAULT_BROKERAGE_SORT, '');
    expect(rows).toHaveLength(6);
    expect(table.keys[rows[0]]).toBe('A');
    const byName = brokerageRows(table, columns, { columnId: 'label', direction: 'ascending' }, '');
    expect(Array.from(byName, (index) => table.labels[index])).toEqual([
      'Alpha',
      'Beta',
      'Epsilon',
      'Gamma',
      'Lonely',
      'Phi',
    ]);
    const found = brokerageRows(table, columns, DEFAULT_BROKERAGE_SORT, 'GAM');
    expect(Array.from(found, (index) => table.keys[index])).toEqual(['C']);
  });

  it('highlights the actors whose z-score passes the threshold', () => {
    const scores = defined(table.measures.gatekeeper_z);
    const expected = table.keys.filter((_key, index) => scores[index] > 0.5);
    expect(significantActors(table, gatekeeper, 0.5)).toEqual(expected);
    expect(significantActors(table, gatekeeper, 1e9)).toEqual([]);
  });

  it('places actors in the Giuliani–Bell quadrants as the measure does', () => {
    const quadrants = defined(giulianiBellQuadrants(analysis.columns, analysis.graph));
    expect(quadrants.meanLocal).toBe(analysis.graph.giuliani_bell_mean_local_ties);
    expect(Array.from(quadrants.roles)).toEqual(Array.from(defined(analysis.columns.giuliani_bell_role)));
    // The rule lives in the measure only: without its outputs the chart has nothing to show.
    const { giuliani_bell_role: _role, ...withoutRole } = analysis.columns;
    expect(giulianiBellQuadrants(withoutRole, analysis.graph)).toBeNull();
    expect(quadrants.meanExternal).toBe(analysis.graph.giuliani_bell_mean_external_ties);
    expect(quadrants.counts.reduce((sum, count) => sum + count, 0)).toBe(6);
    expect(giulianiBellQuadrants({}, {})).toBeNull();
  });

  it('plots constraint against effective size for actors with partners, coloured by kind', () => {
    const points = defined(structuralHolesPoints(analysis.columns));
    expect(points.plotted).toBe(5);
    expect(Array.from(kindSeries(['firm', 'knowledge', 'alien'], ['firm', 'knowledge']))).toEqual([0, 1, -1]);
    expect(structuralHolesPoints({})).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import { runAnalysis } from '../../../src/analysis/runner.ts';
import type { ResultTable } from '../../../src/analysis/types.ts';
import { ACTOR_KIND_COLOURS } from '../../../src/app/palette.ts';
import {
  actorFieldValues,
  actorKindBars,
  fieldBreakdown,
  relationKindBars,
  topIndices,
} from '../../../src/app/views/overview/composition.ts';
import {
  describeAssortativity,
  describeClosure,
  describeComponents,
  describeDensity,
  describeDistances,
  describeNetwork,
  describeSize,
} from '../../../src/app/views/overview/describe.ts';
import {
  describeBrokerage,
  describeCommunities,
  describeLocality,
  inwardAndOutward,
  localityWords,
} from '../../../src/app/views/overview/describe-groups.ts';
import {
  DISTRIBUTIONS,
  distributionChart,
  distributionCharts,
} from '../../../src/app/views/overview/distributions.ts';
import { type NetworkFigures, networkFigures } from '../../../src/app/views/overview/network-figures.ts';
import { topActorLists } from '../../../src/app/views/overview/top-actors.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const EN = wordingFor('en');

/** Figures of the border-ecosystem sample as the analysis gives them (rounded). */
const BORDER: NetworkFigures = {
  actorsByKind: { firm: 834, knowledge: 50, government: 22, intermediary: 20 },
  relationsByKind: { supply: 1200, cooperation: 600, knowledge: 370 },
  graph: {
    node_count: 926,
    tie_count: 2165,
    density: 0.005055,
    components: 5,
    largest_component_size: 900,
    betweenness_pivots: 926,
    average_path_length: 4.17,
    diameter: 8,
    transitivity: 0.03016,
    average_clustering: 0.01989,
    degree_assortativity: -0.0562,
    kind_assortativity: -0.1377,
    locality_assortativity: 0.3177,
    community_count: 18,
    modularity: 0.522,
    modularity_locality: 0.281,
    local_ties: 857,
    external_ties: 1308,
    unclassified_ties: 0,
    ei_index: 0.2083,
    brokerage_graph_gatekeeper_raw: 4838,
    brokerage_graph_gatekeeper_expected: 572.46,
    brokerage_graph_gatekeeper_z: 84.51,
    brokerage_graph_liaison_raw: 6481,
    brokerage_graph_liaison_expected: 9416.8,
    giuliani_bell_gatekeepers: 243,
    giuliani_bell_mean_local_ties: 1.851,
    giuliani_bell_mean_external_ties: 2.825,
    frontier_actors: 10,
    firms_with_frontier_partner_share: 0.1595,
  },
  tables: {},
  medianDegree: 3,
  isolates: 4,
  localBy: 'region',
  groupBy: 'region',
};

const withGraph = (graph: NetworkFigures['graph'], rest: Partial<NetworkFigures> = {}): NetworkFigures => ({
  ...BORDER,
  ...rest,
  graph: { ...BORDER.graph, ...graph },
});

function table(rows: Record<string, number | string | null>[]): ResultTable {
  return { label: 'test', columns: [], rows };
}

describe('the network in plain language', () => {
  const text = (paragraph: { text: string } | null) => paragraph?.text ?? '';

  it('says what the network is made of, by kind', () => {
    expect(text(describeSize(BORDER, EN))).toBe(
      '926 actors: 834 firms, 50 knowledge institutions, 22 government bodies, 20 intermediaries. ' +
        '2,170 relations (1,200 supply, 370 knowledge, 600 cooperation). ' +
        'They join 2,165 pairs of actors; a pair can have several relations.',
    );
  });

  it('explains density as one in so many pairs, with partners per actor', () => {
    const density = text(describeDensity(BORDER, EN));
    expect(density).toContain(
      'Density 0.0051: of all 428,275 possible pairs of actors, 2,165 work together — about 1 in 198.',
    );
    expect(density).toContain('The average actor has 4.7 partners (median 3).');
    expect(text(describeDensity(withGraph({ density: 0.25, node_count: 10, tie_count: 11 }), EN))).toContain(
      '— 25%.',
    );
    expect(text(describeDensity(withGraph({ tie_count: 0, density: 0 }), EN))).toBe(
      'No two actors are tied (density 0).',
    );
  });

  it('describes the core and what is cut off from it', () => {
    expect(text(describeComponents(BORDER, EN))).toBe(
      'One connected core of 900 actors holds 97% of the network; the other 26 actors are in 4 groups cut off from it (all single actors without any tie).',
    );
    expect(text(describeComponents(withGraph({ components: 1, largest_component_size: 926 }), EN))).toMatch(
      /^All 926 actors are connected/,
    );
    expect(
      text(
        describeComponents(withGraph({ components: 40, largest_component_size: 300 }, { isolates: 25 }), EN),
      ),
    ).toBe(
      'The network falls apart into 40 separate parts; the largest holds only 300 actors (32%). 25 actors have no tie at all.',
    );
  });

  it('gives distances in steps, against a random network of the same size', () => {
    const distances = text(describeDistances(BORDER, EN));
    expect(distances).toContain('Any two actors in the core are on average 4.2 steps apart');
    expect(distances).toContain('the farthest two are 8 steps apart (diameter)');
    expect(distances).toContain('roughly 4.4: the paths are as short as random ties would make them.');
  });

  it('says why distances are missing when betweenness was sampled', () => {
    const sampled = withGraph({ average_path_length: null, diameter: null, betweenness_pivots: 500 });
    expect(text(describeDistances(sampled, EN))).toContain('estimated from 500 sampled actors');
    expect(describeDistances(withGraph({ average_path_length: null, diameter: null }), EN)).toBeNull();
  });

  it('reads closure against the chance that two actors are tied', () => {
    const closure = text(describeClosure(BORDER, EN));
    expect(closure).toMatch(/^Partners of a partner are rarely partners themselves/);
    expect(closure).toContain(
      'in 3.0% of cases (transitivity 0.030), 6 times the 0.5% of two actors picked at random.',
    );
    expect(closure).toContain('(average clustering 0.020;');
    expect(text(describeClosure(withGraph({ transitivity: 0.45 }), EN))).toMatch(
      /are often partners themselves/,
    );
  });

  it('words assortativity only when it is notable', () => {
    expect(text(describeAssortativity(BORDER, EN))).toBe(
      'Well-connected actors show no clear preference for well- or less-connected partners (degree assortativity \u22120.056). ' +
        'Ties tend to join actors of different kinds (kind assortativity \u22120.14).',
    );
    expect(text(describeAssortativity(withGraph({ degree_assortativity: -0.26 }), EN))).toMatch(
      /^Well-connected actors tend to work with less connected ones \(degree assortativity \u22120.26\)/,
    );
    expect(text(describeAssortativity(withGraph({ degree_assortativity: 0.4 }), EN))).toMatch(
      /clearly tend to work with each other/,
    );
    expect(
      describeAssortativity(withGraph({ degree_assortativity: null, kind_assortativity: 0.05 }), EN),
    ).toBeNull();
  });

  it('reads modularity with the community sizes', () => {
    const communities = describeCommunities(
      withGraph(
        {},
        { tables: { communities: table([{ size: 128 }, { size: 300 }, { size: 1 }, { size: 20 }]) } },
      ),
      EN,
    );
    expect(text(communities)).toContain('finds 18 communities; modularity 0.52 means clear groups');
    expect(text(communities)).toContain(
      'The largest holds 300 actors (32%), the three largest together 48%.',
    );
    expect(text(communities)).toContain('1 community is a single actor without ties.');
    expect(text(communities)).toContain(
      'Split by region instead, modularity is 0.28: they explain part of the grouping.',
    );
    expect(text(describeCommunities(withGraph({ modularity: 0.12 }), EN))).toContain('weak groups');
    expect(text(describeCommunities(withGraph({ modularity: 0.8 }), EN))).toContain('very distinct groups');
  });

  it('gives the share of ties that cross borders, with the E-I index', () => {
    const locality = text(describeLocality(BORDER, EN));
    expect(locality).toMatch(
      /^60% of ties cross regional borders \(1,308 of 2,165; E-I index 0.21\): the network is mostly outward-looking\./,
    );
    expect(locality).toContain(
      'Still, ties stay within a region more often than chance would give (region assortativity 0.32).',
    );
  });

  it('names the locality rule in the words of its field or distance', () => {
    expect(localityWords(EN, 'country').crossing).toBe('cross national borders');
    expect(localityWords(EN, 'sector').crossing).toBe('join actors with a different sector');
    expect(localityWords(EN, 'region', 50).crossing).toBe('are longer than 50 km');
    const byDistance = text(describeLocality(withGraph({ unclassified_ties: 3 }, { localKm: 50 }), EN));
    expect(byDistance).toContain('of ties are longer than 50 km');
    expect(byDistance).not.toContain('assortativity');
    expect(byDistance).toContain('3 ties involve an actor without a location and are not counted.');
  });

  it('asks for another field when no tie can be classified', () => {
    const none = withGraph({ local_ties: 0, external_ties: 0, ei_index: null }, { localBy: 'province' });
    expect(text(describeLocality(none, EN))).toContain('Choose another locality field.');
  });

  it('finds the most inward- and outward-looking groups with enough ties', () => {
    const groups = table([
      { group: 'Limburg', local_ties: 40, external_ties: 10, ei_index: -0.6 },
      { group: 'Liège', local_ties: 5, external_ties: 20, ei_index: 0.6 },
      { group: 'Tiny', local_ties: 0, external_ties: 2, ei_index: 1 },
    ]);
    expect(inwardAndOutward(groups)).toEqual({
      inward: { group: 'Limburg', ei: -0.6 },
      outward: { group: 'Liège', ei: 0.6 },
    });
    expect(
      inwardAndOutward(table([{ group: 'Only', local_ties: 30, external_ties: 0, ei_index: -1 }])),
    ).toBeNull();
  });

  it('compares gatekeeping with chance', () => {
    const brokerage = text(describeBrokerage(BORDER, EN));
    expect(brokerage).toContain('That happens on 4,838 open two-step paths, 8.5 times the 572 expected');
    expect(brokerage).toContain('(z = 84.5): more often than chance.');
    expect(brokerage).toContain('liaison 6,481 (expected 9,417)');
    expect(brokerage).toContain('243 actors are Giuliani–Bell gatekeepers');
    expect(text(describeBrokerage(withGraph({ brokerage_graph_gatekeeper_z: -1 }), EN))).toContain(
      'about as often as chance',
    );
  });

  it('leaves out what the analysis has not given, in a fixed order', () => {
    const beforeAnalysis = describeNetwork({ ...BORDER, graph: {} }, EN);
    expect(beforeAnalysis.map((paragraph) => paragraph.topic)).toEqual(['size']);
    expect(describeNetwork(BORDER, EN).map((paragraph) => paragraph.topic)).toEqual([
      'size',
      'density',
      'components',
      'distances',
      'closure',
      'assortativity',
      'communities',
      'locality',
      'brokerage',
      'frontier',
    ]);
  });
});

describe('composition', () => {
  it('orders kinds as the legend does, in its colours', () => {
    const bars = actorKindBars({ knowledge: 2, firm: 5, robot: 1 }, EN.t);
    expect(bars.map((bar) => bar.key)).toEqual(['firm', 'knowledge', 'robot']);
    expect(bars[0]).toMatchObject({ label: 'Firm', value: 5, colour: ACTOR_KIND_COLOURS.firm });
    expect(relationKindBars({ supply: 3 }, EN.t)[0].label).toBe('Supply');
  });

  it('keeps the largest values and groups the rest', () => {
    const values = ['A', 'A', 'A', 'B', 'B', 'C', 'D', null, undefined, ''];
    const breakdown = fieldBreakdown(values, EN.t, 2);
    expect(breakdown.distinctValues).toBe(4);
    expect(breakdown.missing).toBe(3);
    expect(breakdown.items.map((item) => [item.label, item.value])).toEqual([
      ['A', 3],
      ['B', 2],
      ['Other (2 more)', 2],
      ['No value', 3],
    ]);
  });

  it('ranks actors by a column, undefined values out, equal values alphabetically', () => {
    const column = Float64Array.from([2, Number.NaN, 5, 2, 0]);
    expect(topIndices(column, ['b', 'x', 'c', 'a', 'd'], 3)).toEqual([2, 3, 0]);
  });
});

describe('distributions', () => {
  it('draws short-range counts one bin per value and long-tailed ones on log bins', () => {
    const degree = DISTRIBUTIONS.find((spec) => spec.column === 'degree');
    if (!degree) throw new Error('degree is drawn');
    expect(distributionChart(degree, Float64Array.from([1, 2, 3, 12]), EN)?.scale).toBe('linear');
    const hub = distributionChart(degree, Float64Array.from([1, 2, 3, 120]), EN);
    expect(hub?.scale).toBe('log');
    expect(hub?.bins.map((bin) => bin.label)).toContain('64–127');
  });

  it('draws only the measures the analysis has, with defined values', () => {
    const charts = distributionCharts(
      {
        closeness: Float64Array.from([0.2, 0.4]),
        constraint: Float64Array.from([Number.NaN]),
        eigenvector: Float64Array.from([0.1]),
      },
      EN,
    );
    expect(charts.map((chart) => chart.spec.column)).toEqual(['closeness']);
    expect(charts[0].title).toBe('Closeness');
    expect(charts[0].summary).toMatch(/^Closeness of 2 actors: median 0.30/);
  });
});

describe('from the store to the figures', () => {
  const { ecosystem } = buildEcosystem({
    actors: [
      { id: 'A', label: 'Alpha', kind: 'firm', fields: { region: 'North' } },
      { id: 'B', label: 'Beta', kind: 'firm', fields: { region: 'North' } },
      { id: 'C', label: 'Gamma', kind: 'knowledge', fields: { region: 'South' } },
      { id: 'D', label: 'Delta', kind: 'government' },
      { id: 'E', label: 'Lonely', kind: 'firm', fields: { region: 'South' } },
    ],
    relations: [
      { source: 'A', target: 'B', kind: 'supply' },
      { source: 'A', target: 'C', kind: 'knowledge' },
      { source: 'B', target: 'C', kind: 'cooperation' },
      { source: 'C', target: 'D', kind: 'government' },
    ],
  });
  const analysis = runAnalysis(buildAnalysisInput(ecosystem));

  it('reads counts, figures and degree statistics', () => {
    const figures = networkFigures(ecosystem, analysis, {});
    expect(figures.actorsByKind).toEqual({ firm: 3, knowledge: 1, government: 1 });
    expect(figures.isolates).toBe(1);
    expect(figures.medianDegree).toBe(2);
    expect(figures.localBy).toBe('region');
    expect(figures.groupBy).toBe('region');
    const paragraphs = describeNetwork(figures, EN);
    expect(paragraphs.find((paragraph) => paragraph.topic === 'components')?.text).toBe(
      'One connected core of 4 actors holds 80% of the network; the other 1 actor is in 1 group cut off from it (a single actor without any tie).',
    );
  });

  it('lists leading actors with their keys, labels and kinds', () => {
    const [byDegree] = topActorLists(ecosystem, analysis.columns, EN.t, 2);
    expect(byDegree.id).toBe('degree');
    expect(byDegree.actors).toEqual([
      { key: 'C', label: 'Gamma', kind: 'knowledge', value: 3 },
      { key: 'A', label: 'Alpha', kind: 'firm', value: 2 },
    ]);
  });

  it('counts the locality field over all actors', () => {
    const breakdown = fieldBreakdown(actorFieldValues(ecosystem, 'region'), EN.t);
    expect(breakdown.items.map((item) => [item.label, item.value])).toEqual([
      ['North', 2],
      ['South', 2],
      ['No value', 1],
    ]);
  });
});

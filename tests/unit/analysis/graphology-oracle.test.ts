/**
 * graphology-metrics as a second, independent oracle beside the NetworkX/igraph/sna fixtures:
 * on every reference network, our degree, betweenness, closeness, eigenvector and PageRank agree
 * with graphology-metrics where the two define the same thing. Where they differ by definition,
 * the difference is asserted and named here, so a change on either side shows.
 */
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { undirectedDensity } from 'graphology-metrics/graph/density.js';
import modularity from 'graphology-metrics/graph/modularity.js';
import { describe, expect, test } from 'vitest';
import { modularity as ourModularity } from '../../../src/analysis/louvain.ts';
import { MEASURES } from '../../../src/analysis/registry.ts';
import { runAnalysis } from '../../../src/analysis/runner.ts';
import type { TieView } from '../../../src/model/views.ts';
import { fixtureInput, fixtureNames, loadFixture } from './reference.ts';

function graphOf(tie: TieView): Graph {
  const graph = new Graph({ type: 'undirected' });
  tie.ids.forEach((id) => {
    graph.addNode(id);
  });
  for (let u = 0; u < tie.nodeCount; u++) {
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      if (u < v) graph.addEdge(tie.ids[u], tie.ids[v], { weight: tie.strengths[k] });
    }
  }
  return graph;
}

function largestDifference(ours: ArrayLike<number>, theirs: Record<string, number>, ids: readonly string[]) {
  let largest = 0;
  ids.forEach((id, i) => {
    largest = Math.max(largest, Math.abs(ours[i] - theirs[id]));
  });
  return largest;
}

const ALL = MEASURES.filter((measure) =>
  ['degree', 'paths', 'eigenvector', 'pagerank', 'network'].includes(measure.id),
);

describe.each(fixtureNames().filter((name) => loadFixture(name).nodes.length > 2))(
  'graphology-metrics on %s',
  (name) => {
    const fixture = loadFixture(name);
    const input = fixtureInput(fixture);
    const { tie } = input;
    const graph = graphOf(tie);
    const result = runAnalysis(input, { measures: ALL });
    const n = tie.nodeCount;
    const columns = result.columns as Record<string, Float64Array>;

    test('degree: graphology normalises by n − 1', () => {
      const theirs = degreeCentrality(graph);
      expect(
        largestDifference(
          columns.degree.map((d) => d / (n - 1)),
          theirs,
          tie.ids,
        ),
      ).toBeLessThan(1e-12);
    });

    test('betweenness, normalised as NetworkX', () => {
      const theirs = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
      expect(largestDifference(columns.betweenness, theirs, tie.ids)).toBeLessThan(1e-9);
    });

    test('closeness with the Wasserman–Faust correction for disconnected graphs', () => {
      const theirs = closenessCentrality(graph, { wassermanFaust: true });
      expect(largestDifference(columns.closeness, theirs, tie.ids)).toBeLessThan(1e-9);
    });

    test('PageRank: the same iteration, dangling rank spread uniformly', () => {
      const theirs = pagerank(graph, {
        getEdgeWeight: null,
        alpha: 0.85,
        tolerance: 1e-12,
        maxIterations: 10_000,
      });
      expect(largestDifference(columns.pagerank, theirs, tie.ids)).toBeLessThan(1e-6);
    });

    test('weighted: betweenness with length 1/strength, PageRank with weight = strength', () => {
      const weighted = runAnalysis(input, {
        measures: ALL.filter((measure) => measure.id === 'paths' || measure.id === 'pagerank'),
        options: { paths: { weighted: true }, pagerank: { weighted: true } },
      }).columns as Record<string, Float64Array>;
      const length = (_edge: string, attributes: Record<string, number>) => 1 / attributes.weight;
      const betweenness = betweennessCentrality(graph, { normalized: true, getEdgeWeight: length });
      // graphology compares float path lengths exactly (as NetworkX does), we within a relative
      // 1e-10 (as igraph): equal lengths reached by different sums of 1/strength differ in the
      // last bits, and graphology drops one of the tied paths. Where the two disagree (karate
      // club, directed regions), ours is the exact value (rational arithmetic, in the fixture).
      const exact = fixture.node_measures.betweenness_weighted;
      tie.ids.forEach((id, i) => {
        if (Math.abs(weighted.betweenness[i] - betweenness[id]) > 1e-6)
          expect(Math.abs(weighted.betweenness[i] - (exact[id] as number)), id).toBeLessThan(1e-9);
      });
      const rank = pagerank(graph, {
        getEdgeWeight: 'weight',
        alpha: 0.85,
        tolerance: 1e-12,
        maxIterations: 10_000,
      });
      expect(largestDifference(weighted.pagerank, rank, tie.ids)).toBeLessThan(1e-6);
    });

    // On a disconnected network the leading eigenvector is not unique; both iterate from the
    // uniform vector but normalise differently, so only connected networks are compared.
    test('eigenvector: the same vector up to the stopping rule (connected networks)', () => {
      if (result.graph.components !== 1 || tie.tieCount === 0) return;
      const theirs = eigenvectorCentrality(graph, {
        getEdgeWeight: null,
        tolerance: 1e-12,
        maxIterations: 10_000,
      });
      expect(largestDifference(columns.eigenvector, theirs, tie.ids)).toBeLessThan(1e-6);
    });

    test('density and modularity of the locality partition, as the network summary reports them', () => {
      expect(result.graph.density).toBeCloseTo(n > 1 ? undirectedDensity(n, tie.tieCount) : 0, 12);
      if (tie.tieCount === 0) return;
      const field = fixture.locality_field;
      const codes = new Map<string, number>();
      const community = Int32Array.from(fixture.nodes, (node) => {
        const label = String(node[field] ?? '');
        if (!codes.has(label)) codes.set(label, codes.size);
        return codes.get(label) as number;
      });
      const theirs = modularity(graph, {
        getNodeCommunity: (node) => community[tie.ids.indexOf(node)],
        getEdgeWeight: null,
      });
      expect(ourModularity(tie, community, { resolution: 1, weighted: false })).toBeCloseTo(theirs, 12);
    });
  },
);

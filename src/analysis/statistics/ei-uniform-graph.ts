/**
 * E-I index against a conditional uniform graph (CUG) with the same number of ties: the actors
 * keep their labels, the ties are thrown anew, uniformly over all pairs, as many as observed.
 * This asks whether the network's E-I is more (or less) local than a random network of the
 * same density among the same actors would be.
 */
import type { Random } from '../seeded-random.ts';
import { NO_PROGRESS } from '../types.ts';
import { eiGrouping, eiStatistics, observedEi, tieListOf } from './ei-counts.ts';
import { EI_TEST_OPTIONS } from './ei-permutation.ts';
import { permutationRandom } from './permutation.ts';
import { defineTest, TestInputError } from './types.ts';

export const eiUniformGraph = defineTest({
  id: 'ei-uniform-graph',
  label: 'E-I index against a random graph of the same density',
  nullModel: 'uniform-graph',
  twoSidedRule: 'doubled',
  method:
    'The E-I index of the network and of each group, as in the E-I permutation test, against a conditional uniform ' +
    'graph: in each draw the observed number of ties m is placed uniformly at random over the n(n − 1)/2 pairs of ' +
    'actors (every graph with n actors and m ties equally likely), and the actors keep their own values of the field. ' +
    'Matches sna::cug.test(graph, E-I, mode = "graph", cmode = "edges") (R sna 2.7): the same statistic, and ' +
    'p-values within Monte Carlo error. p(≥) and p(≤) are the shares of draws at least / at most the observed E-I ' +
    '(sna’s Pr(X ≥ Obs) and Pr(X ≤ Obs)); the two-sided p is twice the smaller, at most 1; standard errors ' +
    '√(p(1 − p)/R). Draws in which a group gets no tie leave its E-I undefined and are not counted for it.',
  options: EI_TEST_OPTIONS,
  observe(input, options) {
    const { ties, statistics } = observedEi(input, options.field, options.perGroup);
    if (ties === 0)
      throw new TestInputError('the network has no ties; a random graph of its density has none');
    const n = input.tie.nodeCount;
    return { ...statistics, figures: { ties, density: (2 * ties) / (n * (n - 1)) } };
  },
  permute(input, options, first, count, progress = NO_PROGRESS) {
    const grouping = eiGrouping(input, options.field);
    const ties = tieListOf(input, '').from.length;
    const n = input.tie.nodeCount;
    const groups = grouping.labels.length;
    const statistics = options.perGroup ? groups + 1 : 1;
    const draws = Array.from({ length: statistics }, () => new Float64Array(count));
    const internal = new Float64Array(groups);
    const external = new Float64Array(groups);
    const out = new Float64Array(statistics);
    const from = new Int32Array(ties);
    const to = new Int32Array(ties);
    for (let k = 0; k < count; k++) {
      if (k % 16 === 0) {
        progress.checkpoint();
        progress.report(k / count);
      }
      uniformGraph(n, ties, permutationRandom(options.seed, first + k), from, to);
      eiStatistics(from, to, ties, grouping.codes, internal, external, out);
      for (let s = 0; s < statistics; s++) draws[s][k] = out[s];
    }
    progress.report(1);
    return { first, draws };
  },
});

/**
 * m distinct pairs {u, v} of n actors, uniformly: rejection of repeated pairs while m is at most
 * half of all pairs, otherwise every pair but a uniformly drawn set of the rest.
 */
export function uniformGraph(n: number, m: number, random: Random, from: Int32Array, to: Int32Array): void {
  const pairs = (n * (n - 1)) / 2;
  const drawPairs = (count: number) => {
    const chosen = new Set<number>();
    while (chosen.size < count) {
      const u = Math.floor(random() * n);
      const v = Math.floor(random() * n);
      if (u !== v) chosen.add(u < v ? u * n + v : v * n + u);
    }
    return chosen;
  };
  let t = 0;
  if (m <= pairs / 2) {
    for (const key of drawPairs(m)) {
      from[t] = Math.floor(key / n);
      to[t++] = key % n;
    }
    return;
  }
  const left = drawPairs(pairs - m);
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (left.has(u * n + v)) continue;
      from[t] = u;
      to[t++] = v;
    }
  }
}

/**
 * PageRank on the tie view (each tie an arc both ways), as networkx.pagerank(G, alpha=0.85,
 * tol=1e-10, max_iter=1000): uniform start and teleport, dangling actors (isolates) spread
 * their rank uniformly, stop when Σ|xₖ − xₖ₋₁| < n·tol.
 */
import type { TieView } from '../../model/views.ts';
import { defineMeasure, type OptionValues } from '../types.ts';

export const PAGERANK_DEFAULTS = { alpha: 0.85, maxIterations: 1000, tolerance: 1e-10, weighted: false };

/** The PageRank vector, or null when the iteration did not converge within the limit. */
export function pagerankScores(tie: TieView, options: OptionValues = {}): Float64Array | null {
  const n = tie.nodeCount;
  const alpha = Number(options.alpha ?? PAGERANK_DEFAULTS.alpha);
  const maxIterations = Number(options.maxIterations ?? PAGERANK_DEFAULTS.maxIterations);
  const tolerance = Number(options.tolerance ?? PAGERANK_DEFAULTS.tolerance);
  const weighted = Boolean(options.weighted ?? PAGERANK_DEFAULTS.weighted);
  if (n === 0) return new Float64Array(0);
  const outWeight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) outWeight[v] += weighted ? tie.strengths[k] : 1;
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let danglingRank = 0;
    next.fill(0);
    for (let v = 0; v < n; v++) {
      if (outWeight[v] === 0) {
        danglingRank += x[v];
        continue;
      }
      const share = x[v] / outWeight[v];
      for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
        next[tie.neighbours[k]] += weighted ? share * tie.strengths[k] : share;
      }
    }
    const uniform = (alpha * danglingRank + (1 - alpha)) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = alpha * next[v] + uniform;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return x;
  }
  return null;
}

export const pagerank = defineMeasure({
  id: 'pagerank',
  label: 'PageRank',
  family: 'centrality',
  method:
    'PageRank on the tie view, each tie followed both ways, as networkx.pagerank(G, alpha=0.85, tol=1e-10, ' +
    'max_iter=1000): start and teleport uniform, actors without ties (dangling) spread their rank uniformly over all ' +
    'actors, iterate until the summed absolute change is below n·tol. Unweighted by default (each tie splits an ' +
    'actor’s rank equally); option weighted splits it in proportion to tie strength, as NetworkX with ' +
    'weight="weight". Empty when the iteration does not converge (NetworkX raises an error).',
  outputs: [{ id: 'pagerank', label: 'PageRank' }],
  options: {
    weighted: { type: 'boolean', label: 'Weight by tie strength', default: PAGERANK_DEFAULTS.weighted },
    alpha: { type: 'number', label: 'Damping factor', default: PAGERANK_DEFAULTS.alpha, min: 0, max: 1 },
    maxIterations: {
      type: 'number',
      integer: true,
      label: 'Maximum iterations',
      default: PAGERANK_DEFAULTS.maxIterations,
      min: 1,
    },
    tolerance: { type: 'number', label: 'Tolerance', default: PAGERANK_DEFAULTS.tolerance, min: 0 },
  },
  compute({ tie }, options) {
    const values = pagerankScores(tie, options);
    return {
      columns: { pagerank: values ?? new Float64Array(tie.nodeCount).fill(Number.NaN) },
      graph: { pagerank_converged: values ? 1 : 0 },
    };
  },
});

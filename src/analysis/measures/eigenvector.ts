/**
 * Eigenvector centrality by power iteration on A + I, exactly as
 * networkx.eigenvector_centrality: start at 1/n, normalise by the Euclidean norm after each
 * step, stop when Σ|xₖ − xₖ₋₁| < n·tol.
 */
import type { TieView } from '../../model/views.ts';
import { defineMeasure, type OptionValues } from '../types.ts';

export const EIGENVECTOR_DEFAULTS = { maxIterations: 1000, tolerance: 1e-10, weighted: false };

/** The centrality vector, or null when the iteration did not converge within the limit. */
export function eigenvectorCentrality(tie: TieView, options: OptionValues = {}): Float64Array | null {
  const n = tie.nodeCount;
  const maxIterations = Number(options.maxIterations ?? EIGENVECTOR_DEFAULTS.maxIterations);
  const tolerance = Number(options.tolerance ?? EIGENVECTOR_DEFAULTS.tolerance);
  const weighted = Boolean(options.weighted ?? EIGENVECTOR_DEFAULTS.weighted);
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Iterating with A + I (start from x itself) avoids the oscillation of bipartite graphs.
    next.set(x);
    for (let v = 0; v < n; v++) {
      const value = x[v];
      for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
        next[tie.neighbours[k]] += weighted ? value * tie.strengths[k] : value;
      }
    }
    let squares = 0;
    for (let v = 0; v < n; v++) squares += next[v] * next[v];
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] /= norm;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return x;
  }
  return null;
}

export const eigenvector = defineMeasure({
  id: 'eigenvector',
  label: 'Eigenvector centrality',
  family: 'centrality',
  method:
    'Eigenvector centrality by power iteration on A + I of the tie view, as networkx.eigenvector_centrality(G, ' +
    'max_iter=1000, tol=1e-10): start from 1/n for every actor, normalise to unit Euclidean length after each step, ' +
    'stop when the summed absolute change is below n·tol. On a disconnected graph the iteration converges to the ' +
    'leading eigenvector of the component with the largest eigenvalue; actors of other components tend to 0 (they ' +
    'keep a share only when their component has the same leading eigenvalue). When the iteration does not converge ' +
    'within max_iter steps (NetworkX raises an error) every value is empty. Option weighted uses tie strengths.',
  outputs: [{ id: 'eigenvector', label: 'Eigenvector centrality' }],
  options: {
    weighted: { type: 'boolean', label: 'Weight by tie strength', default: EIGENVECTOR_DEFAULTS.weighted },
    maxIterations: {
      type: 'number',
      integer: true,
      label: 'Maximum iterations',
      default: EIGENVECTOR_DEFAULTS.maxIterations,
      min: 1,
    },
    tolerance: { type: 'number', label: 'Tolerance', default: EIGENVECTOR_DEFAULTS.tolerance, min: 0 },
  },
  compute({ tie }, options) {
    const values = eigenvectorCentrality(tie, options);
    return {
      columns: { eigenvector: values ?? new Float64Array(tie.nodeCount).fill(Number.NaN) },
      graph: { eigenvector_converged: values ? 1 : 0 },
    };
  },
});

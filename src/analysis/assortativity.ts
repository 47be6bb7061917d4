/**
 * Homophily over the ties of the tie view: numeric assortativity (Pearson correlation of a
 * numeric value at the two ends of each tie) and the mixing matrix of a categorical grouping.
 * Attribute (categorical) assortativity is measures/network.ts's attributeAssortativity.
 */
import type { TieView } from '../model/views.ts';
import type { Grouping } from './groups.ts';

/**
 * networkx.numeric_assortativity_coefficient: r = Σ_xy xy(e_xy − a_x b_y)/(σ_a σ_b) over the
 * tie ends, which for an undirected graph is the Pearson correlation of the values at the two
 * ends of each tie, each tie counted in both directions. Ties with an end whose value is NaN are
 * left out. NaN when no tie is left or every end has the same value.
 */
export function numericAssortativity(tie: TieView, values: ArrayLike<number>): number {
  let ends = 0;
  let sum = 0;
  for (let u = 0; u < tie.nodeCount; u++) {
    const x = values[u];
    if (Number.isNaN(x)) continue;
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      if (Number.isNaN(values[tie.neighbours[k]])) continue;
      ends++;
      sum += x;
    }
  }
  if (ends === 0) return Number.NaN;
  // Both end series have the same mean and variance (each tie is listed from both ends); centring first keeps precision.
  const mean = sum / ends;
  let variance = 0;
  let covariance = 0;
  for (let u = 0; u < tie.nodeCount; u++) {
    const x = values[u] - mean;
    if (Number.isNaN(x)) continue;
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const y = values[tie.neighbours[k]] - mean;
      if (Number.isNaN(y)) continue;
      variance += x * x;
      covariance += x * y;
    }
  }
  return variance > 0 ? covariance / variance : Number.NaN;
}

/**
 * Ties between each pair of groups: cell [g][h] is the number of ties with one end in g and the
 * other in h (the matrix is symmetric; the diagonal holds the ties inside a group). Ties with
 * an end without a group (code −1) are left out.
 */
export function mixingMatrix(tie: TieView, grouping: Grouping): Float64Array[] {
  const groups = grouping.labels.length;
  const matrix = Array.from({ length: groups }, () => new Float64Array(groups));
  for (let u = 0; u < tie.nodeCount; u++) {
    const g = grouping.codes[u];
    if (g < 0) continue;
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      const h = grouping.codes[v];
      if (h < 0 || v < u) continue;
      matrix[g][h]++;
      if (g !== h) matrix[h][g]++;
    }
  }
  return matrix;
}

/** A field's values as numbers: NaN where missing or not a number. */
export function numericValues(values: readonly (string | number | boolean | null)[]): Float64Array {
  return Float64Array.from(values, (value) =>
    typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN,
  );
}

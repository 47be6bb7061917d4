/**
 * Borgatti and Everett's (1999) continuous core/periphery model on the tie view (undirected,
 * 0/1): coreness c_i such that c_i·c_j approximates the ties a_ij over all pairs i ≠ j in the
 * least-squares sense (MINRES, Boyd, Fitzgerald and Beck 2006).
 */
import type { TieView } from '../model/views.ts';
import { degrees } from './core-periphery.ts';
import type { Progress } from './types.ts';
import { NO_PROGRESS } from './types.ts';

const pairs = (k: number) => (k * (k - 1)) / 2;

export interface Coreness {
  /** Coreness per actor, scaled to unit Euclidean norm, non-negative. */
  readonly coreness: Float64Array;
  /** Pearson correlation between a_ij and c_i c_j over the pairs i ≠ j. */
  readonly fit: number;
  readonly iterations: number;
  readonly converged: boolean;
}

const MINRES = { maxIterations: 10000, tolerance: 1e-13 };

/**
 * MINRES: minimises Σ_{i≠j} (a_ij − c_i c_j)² by the fixed point c_i = Σ_j a_ij c_j / Σ_{j≠i} c_j²
 * (Boyd, Fitzgerald and Beck 2006), from c ∝ degree. Before each sweep c is put at the scale that
 * fits its direction best, s² = Σ_{i≠j} a_ij u_i u_j / Σ_{i≠j} u_i² u_j² for the unit vector u
 * (without it the sweep's scale swings between s and 1/s); the iteration stops when the
 * direction moves by no more than 1e-13 in any entry.
 */
export function continuousCoreness(tie: TieView, progress: Progress = NO_PROGRESS): Coreness {
  const n = tie.nodeCount;
  const undefinedResult = {
    coreness: new Float64Array(n).fill(Number.NaN),
    fit: Number.NaN,
    iterations: 0,
    converged: true,
  };
  if (tie.tieCount === 0) return undefinedResult;
  let direction = unit(Float64Array.from(degrees(tie)));
  let iterations = 0;
  let converged = false;
  const c = new Float64Array(n);
  while (iterations < MINRES.maxIterations && !converged) {
    if (iterations % 100 === 0) progress.checkpoint();
    iterations++;
    let fourth = 0;
    for (let i = 0; i < n; i++) fourth += direction[i] ** 4;
    const scaleSquared = quadraticForm(tie, direction) / (1 - fourth);
    if (!(scaleSquared > 0)) return undefinedResult;
    const scale = Math.sqrt(scaleSquared);
    for (let i = 0; i < n; i++) c[i] = scale * direction[i];
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let k = tie.offsets[i]; k < tie.offsets[i + 1]; k++) sum += c[tie.neighbours[k]];
      const denominator = scaleSquared - c[i] * c[i];
      next[i] = denominator > 0 ? sum / denominator : 0;
    }
    const nextDirection = unit(next);
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(nextDirection[i] - direction[i]));
    direction = nextDirection;
    converged = change <= MINRES.tolerance;
  }
  const coreness = direction.map(Math.abs);
  return { coreness, fit: corenessFit(tie, coreness), iterations, converged };
}

function unit(values: Float64Array): Float64Array {
  let squares = 0;
  for (const value of values) squares += value * value;
  const norm = Math.sqrt(squares);
  return values.map((value) => value / norm);
}

/** Σ_{i≠j} a_ij u_i u_j over ordered pairs. */
function quadraticForm(tie: TieView, u: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < tie.nodeCount; i++) {
    for (let k = tie.offsets[i]; k < tie.offsets[i + 1]; k++) sum += u[i] * u[tie.neighbours[k]];
  }
  return sum;
}

/** Pearson correlation between the ties and c_i c_j over the unordered pairs i < j. */
export function corenessFit(tie: TieView, c: Float64Array): number {
  const n = tie.nodeCount;
  const cells = pairs(n);
  let sumC = 0;
  let squaresC = 0;
  for (let i = 0; i < n; i++) {
    sumC += c[i];
    squaresC += c[i] * c[i];
  }
  // Σ_{i<j} c_i c_j and Σ_{i<j} (c_i c_j)² from power sums; Σ over ties of c_i c_j directly.
  const sumIdeal = (sumC * sumC - squaresC) / 2;
  let fourth = 0;
  for (let i = 0; i < n; i++) fourth += c[i] ** 4;
  const squaresIdeal = (squaresC * squaresC - fourth) / 2;
  let both = 0;
  for (let u = 0; u < n; u++) {
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      if (v > u) both += c[u] * c[v];
    }
  }
  const ties = tie.tieCount;
  const covariance = cells * both - ties * sumIdeal;
  const varianceTies = cells * ties - ties * ties;
  const varianceIdeal = cells * squaresIdeal - sumIdeal * sumIdeal;
  return varianceTies > 0 && varianceIdeal > 0
    ? covariance / Math.sqrt(varianceTies * varianceIdeal)
    : Number.NaN;
}

/**
 * Ordinary least squares for the MRQAP regression: a Householder QR for the fits on the data
 * (accurate, as R's qr, which sna::netlm uses) and a Cholesky solve of the small normal
 * equations for the permuted fits, where only one column changes from draw to draw.
 */

export interface LeastSquaresFit {
  readonly coefficients: Float64Array;
  readonly residuals: Float64Array;
  /** Diagonal of (XᵀX)⁻¹, for the standard errors. */
  readonly inverseDiagonal: Float64Array;
  readonly residualSumOfSquares: number;
}

/** Relative size below which a column counts as a combination of the columns before it (R's qr tol). */
const RANK_TOLERANCE = 1e-7;

export class CollinearError extends Error {
  constructor(readonly column: number) {
    super(`column ${column} is a linear combination of the others`);
  }
}

/** Least squares of y on the given columns (each of length N); throws CollinearError when rank-deficient. */
export function leastSquares(columns: readonly Float64Array[], y: Float64Array): LeastSquaresFit {
  const p = columns.length;
  const N = y.length;
  const work = columns.map((column) => column.slice());
  const qty = y.slice();
  const R = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    const column = work[j];
    let originalNorm = 0;
    for (let i = 0; i < N; i++) originalNorm += columns[j][i] * columns[j][i];
    let norm = 0;
    for (let i = j; i < N; i++) norm += column[i] * column[i];
    norm = Math.sqrt(norm);
    if (norm <= RANK_TOLERANCE * Math.sqrt(originalNorm) || norm === 0) throw new CollinearError(j);
    // Householder vector v = x + sign(x_j)·‖x‖·e_j, stored in place; R_jj = −sign(x_j)·‖x‖.
    const alpha = column[j] >= 0 ? -norm : norm;
    column[j] -= alpha;
    let vv = 0;
    for (let i = j; i < N; i++) vv += column[i] * column[i];
    const reflect = (target: Float64Array) => {
      let dot = 0;
      for (let i = j; i < N; i++) dot += column[i] * target[i];
      const scale = (2 * dot) / vv;
      for (let i = j; i < N; i++) target[i] -= scale * column[i];
    };
    for (let k = j + 1; k < p; k++) reflect(work[k]);
    reflect(qty);
    R[j * p + j] = alpha;
    for (let k = j + 1; k < p; k++) R[j * p + k] = work[k][j];
  }
  const coefficients = new Float64Array(p);
  for (let j = p - 1; j >= 0; j--) {
    let sum = qty[j];
    for (let k = j + 1; k < p; k++) sum -= R[j * p + k] * coefficients[k];
    coefficients[j] = sum / R[j * p + j];
  }
  const residuals = y.slice();
  for (let j = 0; j < p; j++) {
    const b = coefficients[j];
    const column = columns[j];
    for (let i = 0; i < N; i++) residuals[i] -= b * column[i];
  }
  let rss = 0;
  for (let i = 0; i < N; i++) rss += residuals[i] * residuals[i];
  return { coefficients, residuals, inverseDiagonal: inverseDiagonalOfRtR(R, p), residualSumOfSquares: rss };
}

/** diag((RᵀR)⁻¹) = row sums of squares of R⁻¹ (R upper triangular, p × p). */
function inverseDiagonalOfRtR(R: Float64Array, p: number): Float64Array {
  const inverse = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    inverse[j * p + j] = 1 / R[j * p + j];
    for (let i = j - 1; i >= 0; i--) {
      let sum = 0;
      for (let k = i + 1; k <= j; k++) sum += R[i * p + k] * inverse[k * p + j];
      inverse[i * p + j] = -sum / R[i * p + i];
    }
  }
  const diagonal = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = 0;
    for (let j = i; j < p; j++) sum += inverse[i * p + j] ** 2;
    diagonal[i] = sum;
  }
  return diagonal;
}

/**
 * Solves G b = r for a symmetric positive definite p × p matrix G (row-major) by Cholesky, and
 * returns b with L_pp, the last diagonal entry of the factor: (G⁻¹)_pp = 1 / L_pp².
 * Returns null when G is not positive definite (a permuted column collinear with the rest).
 */
export function choleskySolve(
  G: Float64Array,
  r: Float64Array,
  p: number,
): { b: Float64Array; lastPivot: number } | null {
  const L = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = G[i * p + j];
      for (let k = 0; k < j; k++) sum -= L[i * p + k] * L[j * p + k];
      if (i === j) {
        if (!(sum > 0)) return null;
        L[i * p + i] = Math.sqrt(sum);
      } else {
        L[i * p + j] = sum / L[j * p + j];
      }
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = r[i];
    for (let k = 0; k < i; k++) sum -= L[i * p + k] * z[k];
    z[i] = sum / L[i * p + i];
  }
  const b = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < p; k++) sum -= L[k * p + i] * b[k];
    b[i] = sum / L[i * p + i];
  }
  return { b, lastPivot: L[p * p - 1] };
}

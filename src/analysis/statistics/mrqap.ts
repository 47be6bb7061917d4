/**
 * MRQAP: least-squares regression of one dyadic term on others (relations, same-group and
 * distance matrices), with Dekker, Krackhardt and Snijders' semi-partialling QAP, as
 * sna::netlm(y, x, nullhyp = "qap"): for each term, its residual on the other terms is
 * permuted (rows and columns together) and the model refitted; the t-value of the permuted
 * residual forms the null distribution of that term's t-value.
 */
import { memoPerInput } from '../groups.ts';
import type { AnalysisInput, ResultTable } from '../types.ts';
import { NO_PROGRESS } from '../types.ts';
import { actorsWithValues, checkTerms, denseMatrix, parseDyadTerms, termLabel, termText } from './dyads.ts';
import { CollinearError, choleskySolve, leastSquares } from './least-squares.ts';
import { permutationRandom, randomPermutation } from './permutation.ts';
import { defineTest, PERMUTATION_OPTIONS, TestInputError } from './types.ts';

/** Dense matrices of k² cells each: above this many actors the regression would not fit in memory. */
export const MRQAP_MAX_ACTORS = 2500;

const INTERCEPT = '(intercept)';

interface Design {
  readonly kept: Int32Array;
  readonly terms: readonly string[];
  readonly labels: readonly string[];
  /** y and each term over the cells (a, b), a ≠ b, row-major. */
  readonly y: Float64Array;
  readonly columns: readonly Float64Array[];
  /** Per term: its residual on the other terms as a k × k matrix (diagonal 0), for permuting. */
  readonly residualMatrices: readonly Float64Array[];
  readonly fit: ReturnType<typeof leastSquares>;
}

function cellsOf(matrix: Float64Array, k: number): Float64Array {
  const cells = new Float64Array(k * (k - 1));
  let c = 0;
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) if (a !== b) cells[c++] = matrix[a * k + b];
  return cells;
}

function matrixOf(cells: Float64Array, k: number): Float64Array {
  const matrix = new Float64Array(k * k);
  let c = 0;
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) if (a !== b) matrix[a * k + b] = cells[c++];
  return matrix;
}

const designOf = memoPerInput((input: AnalysisInput, key: string): Design => {
  const options = JSON.parse(key) as {
    dependent: string;
    predictors: string;
    valued: boolean;
    intercept: boolean;
  };
  const [dependent] = parseDyadTerms(options.dependent);
  const predictors = parseDyadTerms(options.predictors);
  checkTerms(input, [dependent, ...predictors]);
  const kept = actorsWithValues(input, [dependent, ...predictors]);
  const k = kept.length;
  if (k > MRQAP_MAX_ACTORS)
    throw new TestInputError(
      `${k} actors: MRQAP holds k × k matrices and is limited to ${MRQAP_MAX_ACTORS} actors`,
    );
  if (k < 3) throw new TestInputError(`${k} actors have every value the terms need; MRQAP needs at least 3`);
  const y = cellsOf(denseMatrix(input, dependent, kept, options.valued), k);
  const columns = predictors.map((term) => cellsOf(denseMatrix(input, term, kept, options.valued), k));
  const terms = predictors.map(termText);
  const labels = predictors.map(termLabel);
  if (options.intercept) {
    columns.unshift(new Float64Array(y.length).fill(1));
    terms.unshift(INTERCEPT);
    labels.unshift('the intercept');
  }
  let fit: ReturnType<typeof leastSquares>;
  try {
    fit = leastSquares(columns, y);
  } catch (error) {
    if (error instanceof CollinearError)
      throw new TestInputError(
        `${terms[error.column]} is a linear combination of the other terms (or constant)`,
      );
    throw error;
  }
  const residualMatrices = columns.map((column, i) => {
    const others = columns.filter((_, j) => j !== i);
    const residuals = others.length > 0 ? leastSquares(others, column).residuals : column;
    return matrixOf(residuals, k);
  });
  return { kept, terms, labels, y, columns, residualMatrices, fit };
});

const designKey = (options: { dependent: string; predictors: string; valued: boolean; intercept: boolean }) =>
  JSON.stringify({
    dependent: options.dependent,
    predictors: options.predictors,
    valued: options.valued,
    intercept: options.intercept,
  });

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * A column as the permuted fits read it: a constant (the intercept: its product with a permuted
 * residual is the residual's sum, which no permutation changes), the cells where a sparse
 * column is not 0 (a relation: a few arcs among k² cells), or dense.
 */
type ColumnShape =
  | { readonly kind: 'constant'; readonly value: number }
  | {
      readonly kind: 'sparse';
      readonly rows: Int32Array;
      readonly columns: Int32Array;
      readonly values: Float64Array;
    }
  | { readonly kind: 'dense'; readonly cells: Float64Array };

function shapeOf(cells: Float64Array, k: number): ColumnShape {
  const first = cells[0];
  if (cells.every((value) => value === first)) return { kind: 'constant', value: first };
  let nonzero = 0;
  for (const value of cells) if (value !== 0) nonzero++;
  if (nonzero > cells.length / 8) return { kind: 'dense', cells };
  const rows = new Int32Array(nonzero);
  const columns = new Int32Array(nonzero);
  const values = new Float64Array(nonzero);
  let c = 0;
  let s = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      if (a === b) continue;
      if (cells[c] !== 0) {
        rows[s] = a;
        columns[s] = b;
        values[s++] = cells[c];
      }
      c++;
    }
  }
  return { kind: 'sparse', rows, columns, values };
}

/** What stays the same in every permuted fit of term i: the other terms' cross products. */
interface BaseSums {
  readonly gram: Float64Array;
  readonly crossY: Float64Array;
  readonly residualSquares: number;
  readonly residualSum: number;
  readonly squaresY: number;
  readonly y: ColumnShape;
  readonly others: readonly ColumnShape[];
}

function baseSums(design: Design, others: readonly Float64Array[], i: number): BaseSums {
  const q = others.length;
  const k = design.kept.length;
  const gram = new Float64Array(q * q);
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) gram[a * q + b] = dot(others[a], others[b]);
  const residual = cellsOf(design.residualMatrices[i], k);
  return {
    gram,
    crossY: Float64Array.from(others, (column) => dot(column, design.y)),
    residualSquares: dot(residual, residual),
    residualSum: residual.reduce((sum, value) => sum + value, 0),
    squaresY: dot(design.y, design.y),
    y: shapeOf(design.y, k),
    others: others.map((column) => shapeOf(column, k)),
  };
}

/**
 * Σ over cells of the residual permuted by `order` times a column. `permuted` holds the gathered
 * residual when some column is dense (gathered once per draw by the caller).
 */
function crossProduct(
  shape: ColumnShape,
  residual: Float64Array,
  order: Int32Array,
  k: number,
  sum: number,
  permuted: Float64Array,
): number {
  if (shape.kind === 'constant') return shape.value * sum;
  if (shape.kind === 'dense') return dot(permuted, shape.cells);
  let total = 0;
  for (let s = 0; s < shape.values.length; s++)
    total += shape.values[s] * residual[order[shape.rows[s]] * k + order[shape.columns[s]]];
  return total;
}

/**
 * The t-value of term i's residual, permuted by `order`, in the model with every other term
 * (the last coefficient of sna's refit). NaN when the permuted fit is degenerate. `permuted` is
 * scratch space of one slot per cell.
 */
function permutedT(
  design: Design,
  i: number,
  order: Int32Array,
  base: BaseSums,
  permuted: Float64Array,
): number {
  const k = design.kept.length;
  const residual = design.residualMatrices[i];
  if (base.y.kind === 'dense' || base.others.some((shape) => shape.kind === 'dense')) {
    let c = 0;
    for (let a = 0; a < k; a++) {
      const row = order[a] * k;
      for (let b = 0; b < a; b++) permuted[c++] = residual[row + order[b]];
      for (let b = a + 1; b < k; b++) permuted[c++] = residual[row + order[b]];
    }
  }
  const q = base.others.length;
  const p = q + 1;
  const G = new Float64Array(p * p);
  const r = new Float64Array(p);
  for (let a = 0; a < q; a++) {
    for (let b = 0; b < q; b++) G[a * p + b] = base.gram[a * q + b];
    const cross = crossProduct(base.others[a], residual, order, k, base.residualSum, permuted);
    G[a * p + p - 1] = cross;
    G[(p - 1) * p + a] = cross;
    r[a] = base.crossY[a];
  }
  G[p * p - 1] = base.residualSquares;
  r[p - 1] = crossProduct(base.y, residual, order, k, base.residualSum, permuted);
  const solved = choleskySolve(G, r, p);
  if (!solved) return Number.NaN;
  let explained = 0;
  for (let a = 0; a < p; a++) explained += solved.b[a] * r[a];
  const rss = Math.max(base.squaresY - explained, 0);
  const df = design.y.length - p;
  return rss > 0 && df > 0 ? (solved.b[p - 1] * solved.lastPivot) / Math.sqrt(rss / df) : Number.NaN;
}

export const mrqap = defineTest({
  id: 'mrqap',
  label: 'MRQAP regression',
  nullModel: 'qap-semipartial',
  twoSidedRule: 'absolute',
  method:
    'Ordinary least squares of a dependent dyadic term (a relation kind) on predictor terms (relation kinds, ' +
    'same:FIELD, diff:FIELD, km) and an intercept, over every ordered pair of distinct actors (the n × n matrices ' +
    'without their diagonal), as sna::netlm(y, x, mode = "digraph", diag = FALSE). Test statistic: each ' +
    'coefficient’s t-value b/se. Null model: Dekker, Krackhardt and Snijders’ (2007) semi-partialling QAP, ' +
    'sna::netlm’s nullhyp = "qap": for each term the residual of that term regressed on the other terms is permuted ' +
    '(rows and columns together) and the model refitted with it in place of the term; its t-value is one draw. ' +
    'Matches R sna 2.7: the same coefficients and t-values, and p-values within Monte Carlo error. p(≤), p(≥) and ' +
    'the two-sided p are sna’s Pr(<=b), Pr(>=b) and Pr(>=|b|) (the share of draws with |t| at least the observed ' +
    '|t|); standard errors √(p(1 − p)/R). Actors lacking a value a term needs are left out of every matrix; up to ' +
    `${MRQAP_MAX_ACTORS} actors. Figures: R², adjusted R², residual standard error and degrees of freedom, as ` +
    'sna’s summary.',
  options: {
    dependent: { type: 'terms', label: 'Dependent relation', default: 'knowledge', minTerms: 1, maxTerms: 1 },
    predictors: { type: 'terms', label: 'Predictor terms', default: 'supply,same:region', minTerms: 1 },
    valued: { type: 'boolean', label: 'Use tie strengths', default: false },
    intercept: { type: 'boolean', label: 'Intercept', default: true },
    ...PERMUTATION_OPTIONS,
  },
  observe(input, options) {
    const design = designOf(input, designKey(options));
    const { fit, y, terms, labels } = design;
    const N = y.length;
    const p = terms.length;
    const df = N - p;
    const residualVariance = fit.residualSumOfSquares / df;
    const standardErrors = Array.from(fit.inverseDiagonal, (d) => Math.sqrt(d * residualVariance));
    const tValues = Array.from(fit.coefficients, (b, i) => b / standardErrors[i]);
    const fitted = y.map((value, c) => value - fit.residuals[c]);
    const fittedMean = fitted.reduce((sum, value) => sum + value, 0) / N;
    const modelSquares = options.intercept
      ? fitted.reduce((sum, value) => sum + (value - fittedMean) ** 2, 0)
      : dot(fitted, fitted);
    const rSquared = modelSquares / (modelSquares + fit.residualSumOfSquares);
    const coefficients: ResultTable = {
      label: 'Coefficients',
      columns: [
        { id: 'term', label: 'Term' },
        { id: 'estimate', label: 'Estimate' },
        { id: 'std_error', label: 'Standard error' },
        { id: 't_value', label: 't-value' },
      ],
      rows: terms.map((term, i) => ({
        term,
        estimate: fit.coefficients[i],
        std_error: standardErrors[i],
        t_value: tValues[i],
      })),
    };
    return {
      ids: terms.map((term) => `t:${term}`),
      names: labels.map((label) => `t-value of ${label}`),
      subjects: terms.map((term) => ({ kind: 'term', term }) as const),
      values: tValues.map((t) => (Number.isFinite(t) ? t : null)),
      figures: {
        dependent: options.dependent,
        actors: design.kept.length,
        actors_left_out: input.tie.nodeCount - design.kept.length,
        cells: N,
        residual_df: df,
        residual_standard_error: Math.sqrt(residualVariance),
        r_squared: rSquared,
        adjusted_r_squared: 1 - (1 - rSquared) * ((N - (options.intercept ? 1 : 0)) / df),
        ...Object.fromEntries(terms.map((term, i) => [`coefficient:${term}`, fit.coefficients[i]])),
      },
      tables: { coefficients },
    };
  },
  permute(input, options, first, count, progress = NO_PROGRESS) {
    const design = designOf(input, designKey(options));
    const p = design.terms.length;
    const draws = Array.from({ length: p }, () => new Float64Array(count));
    const k = design.kept.length;
    const permuted = new Float64Array(design.y.length);
    const bases = design.terms.map((_, i) =>
      baseSums(
        design,
        design.columns.filter((_, j) => j !== i),
        i,
      ),
    );
    // sna draws all permutations of the first term, then of the second, …; each draw here has its
    // own stream, (seed, term × R + r), so the terms' draws are independent as in sna.
    for (let i = 0; i < p; i++) {
      for (let r = 0; r < count; r++) {
        if (r % 8 === 0) {
          progress.checkpoint();
          progress.report((i * count + r) / (p * count));
        }
        const order = randomPermutation(
          k,
          permutationRandom(options.seed, i * options.permutations + first + r),
        );
        draws[i][r] = permutedT(design, i, order, bases[i], permuted);
      }
    }
    progress.report(1);
    return { first, draws };
  },
});

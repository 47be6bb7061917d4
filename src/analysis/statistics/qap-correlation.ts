/**
 * QAP correlation between two dyadic terms (e.g. supply and knowledge relations): the Pearson
 * correlation of their cells, against the same correlation after the actors of one matrix are
 * permuted (rows and columns together), as sna::qaptest(list(x, y), gcor, g1 = 1, g2 = 2).
 */
import { memoPerInput } from '../groups.ts';
import type { AnalysisInput } from '../types.ts';
import { NO_PROGRESS } from '../types.ts';
import {
  actorsWithValues,
  checkTerms,
  denseMatrix,
  isRelationTerm,
  parseDyadTerms,
  type SparseRows,
  sparseRows,
  termLabel,
  termText,
} from './dyads.ts';
import { permutationRandom, randomPermutation } from './permutation.ts';
import { defineTest, PERMUTATION_OPTIONS } from './types.ts';

/** The two matrices and the permutation-invariant sums of the correlation. */
interface QapData {
  readonly actors: number;
  readonly cells: number;
  /** Σx·y with y's actors permuted by `order` (identity: the observed sum). */
  crossSum(order: Int32Array): number;
  readonly sumX: number;
  readonly sumY: number;
  readonly squaresX: number;
  readonly squaresY: number;
  readonly keptActors: number;
}

const qapData = memoPerInput((input: AnalysisInput, key: string): QapData => {
  const { relations, valued } = JSON.parse(key) as { relations: string; valued: boolean };
  const [x, y] = parseDyadTerms(relations);
  checkTerms(input, [x, y]);
  if (isRelationTerm(x) && isRelationTerm(y))
    return sparseData(input.tie.nodeCount, sparseRows(input, x, valued), sparseRows(input, y, valued));
  const kept = actorsWithValues(input, [x, y]);
  return denseData(kept.length, denseMatrix(input, x, kept, valued), denseMatrix(input, y, kept, valued));
});

function sums(values: ArrayLike<number>) {
  let sum = 0;
  let squares = 0;
  for (let k = 0; k < values.length; k++) {
    sum += values[k];
    squares += values[k] * values[k];
  }
  return { sum, squares };
}

/** Relation terms: only the arcs are stored; a permuted cell of y is found by binary search. */
function sparseData(n: number, x: SparseRows, y: SparseRows): QapData {
  const sx = sums(x.values);
  const sy = sums(y.values);
  const lookup = (row: number, column: number) => {
    let lo = y.offsets[row];
    let hi = y.offsets[row + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const target = y.targets[mid];
      if (target === column) return y.values[mid];
      if (target < column) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
  return {
    actors: n,
    keptActors: n,
    cells: n * (n - 1),
    sumX: sx.sum,
    squaresX: sx.squares,
    sumY: sy.sum,
    squaresY: sy.squares,
    crossSum(order) {
      let total = 0;
      for (let i = 0; i < n; i++) {
        const row = order[i];
        for (let s = x.offsets[i]; s < x.offsets[i + 1]; s++)
          total += x.values[s] * lookup(row, order[x.targets[s]]);
      }
      return total;
    },
  };
}

function denseData(k: number, x: Float64Array, y: Float64Array): QapData {
  const sx = sums(x);
  const sy = sums(y);
  return {
    actors: k,
    keptActors: k,
    cells: k * (k - 1),
    sumX: sx.sum,
    squaresX: sx.squares,
    sumY: sy.sum,
    squaresY: sy.squares,
    crossSum(order) {
      let total = 0;
      for (let a = 0; a < k; a++) {
        const rowX = a * k;
        const rowY = order[a] * k;
        for (let b = 0; b < k; b++) if (a !== b) total += x[rowX + b] * y[rowY + order[b]];
      }
      return total;
    },
  };
}

/** Pearson correlation from the sums over N cells; NaN when either term is constant. */
function correlation(data: QapData, crossSum: number): number {
  const N = data.cells;
  const covariance = N * crossSum - data.sumX * data.sumY;
  const varianceX = N * data.squaresX - data.sumX * data.sumX;
  const varianceY = N * data.squaresY - data.sumY * data.sumY;
  return varianceX > 0 && varianceY > 0 ? covariance / Math.sqrt(varianceX * varianceY) : Number.NaN;
}

function identity(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

const dataKey = (options: { relations: string; valued: boolean }) =>
  JSON.stringify({ relations: options.relations, valued: options.valued });

export const qapCorrelation = defineTest({
  id: 'qap-correlation',
  label: 'QAP correlation between two relations',
  nullModel: 'qap',
  twoSidedRule: 'doubled',
  method:
    'Pearson correlation between two dyadic terms over every ordered pair of distinct actors (i, j), i ≠ j: the ' +
    'correlation of two n × n matrices with the diagonal left out, as sna::gcor(mode = "digraph", diag = FALSE). ' +
    'A relation kind gives 1 where a relation of that kind runs i → j (mutual relations both ways; with valued, the ' +
    'summed strength); same:FIELD, diff:FIELD and km give attribute matrices (actors lacking a value are left out). ' +
    'Null model: quadratic assignment, the actors of the second matrix permuted (rows and columns together), as ' +
    'sna::qaptest(list(x, y), gcor, g1 = 1, g2 = 2), the reference (R sna 2.7): the same correlation, and p-values ' +
    'within Monte Carlo error. p(≥) and p(≤) are the shares of permutations with a correlation at least / at most ' +
    'the observed one (sna’s pgreq and pleeq); the two-sided p is twice the smaller, at most 1; standard errors ' +
    '√(p(1 − p)/R).',
  options: {
    relations: {
      type: 'terms',
      label: 'Two relations or terms',
      default: 'supply,knowledge',
      minTerms: 2,
      maxTerms: 2,
    },
    valued: { type: 'boolean', label: 'Use tie strengths', default: false },
    ...PERMUTATION_OPTIONS,
  },
  observe(input, options) {
    const [x, y] = parseDyadTerms(options.relations);
    const data = qapData(input, dataKey(options));
    const observed = correlation(data, data.crossSum(identity(data.actors)));
    return {
      ids: ['correlation'],
      names: [`QAP correlation of ${termLabel(x)} and ${termLabel(y)}`],
      subjects: [{ kind: 'term', term: `${termText(x)},${termText(y)}` }],
      values: [Number.isNaN(observed) ? null : observed],
      figures: {
        actors: data.keptActors,
        actors_left_out: input.tie.nodeCount - data.keptActors,
        cells: data.cells,
        mean_x: data.cells > 0 ? data.sumX / data.cells : null,
        mean_y: data.cells > 0 ? data.sumY / data.cells : null,
      },
    };
  },
  permute(input, options, first, count, progress = NO_PROGRESS) {
    const data = qapData(input, dataKey(options));
    const draws = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      if (k % 16 === 0) {
        progress.checkpoint();
        progress.report(k / count);
      }
      const order = randomPermutation(data.actors, permutationRandom(options.seed, first + k));
      draws[k] = correlation(data, data.crossSum(order));
    }
    progress.report(1);
    return { first, draws: [draws] };
  },
});

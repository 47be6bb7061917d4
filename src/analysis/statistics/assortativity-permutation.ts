/**
 * Assortativity against permuted values: do ties join actors with the same (or similar) value
 * of a field — or of a measure, such as degree or betweenness — more than chance would give?
 * The values are shuffled over the actors that have one, the ties kept.
 */
import { numericAssortativity, numericValues } from '../assortativity.ts';
import { fieldGrouping } from '../groups.ts';
import { attributeAssortativity } from '../measures/network.ts';
import type { AnalysisInput } from '../types.ts';
import { NO_PROGRESS } from '../types.ts';
import { permutationRandom, shuffledLabels } from './permutation.ts';
import { defineTest, PERMUTATION_OPTIONS, TestInputError } from './types.ts';

interface Prepared {
  /** The statistic for one placement of the values: group codes, or numbers (NaN where missing). */
  statistic(codes: Int32Array | null, values: Float64Array | null): number;
  readonly codes: Int32Array | null;
  readonly values: Float64Array | null;
  readonly present: Int32Array;
}

function prepare(input: AnalysisInput, field: string, numeric: boolean): Prepared {
  const { tie } = input;
  if (tie.tieCount === 0) throw new TestInputError('the network has no ties');
  if (numeric) {
    const values = numericValues(input.actors.field(field));
    const present: number[] = [];
    values.forEach((value, i) => {
      if (!Number.isNaN(value)) present.push(i);
    });
    if (present.length < 3)
      throw new TestInputError(`${present.length} actors have a numeric value of "${field}"`);
    return {
      codes: null,
      values,
      present: Int32Array.from(present),
      statistic: (_codes, current) => numericAssortativity(tie, current as Float64Array),
    };
  }
  const grouping = fieldGrouping(input.actors, field, 'left-out');
  if (grouping.labels.length < 2)
    throw new TestInputError(
      `"${field}" has ${grouping.labels.length === 0 ? 'no values' : 'one value'}; assortativity needs two`,
    );
  const present: number[] = [];
  grouping.codes.forEach((code, i) => {
    if (code >= 0) present.push(i);
  });
  return {
    codes: grouping.codes,
    values: null,
    present: Int32Array.from(present),
    statistic: (current) => attributeAssortativity(tie, { ...grouping, codes: current as Int32Array }),
  };
}

/** Numeric values shuffled over the actors that have one. */
function shuffledValues(values: Float64Array, present: Int32Array, random: () => number): Float64Array {
  const shuffled = values.slice();
  for (let k = present.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const a = present[k];
    const b = present[j];
    const swap = shuffled[a];
    shuffled[a] = shuffled[b];
    shuffled[b] = swap;
  }
  return shuffled;
}

export const assortativityPermutation = defineTest({
  id: 'assortativity-permutation',
  label: 'Assortativity against permuted values',
  nullModel: 'label-permutation',
  twoSidedRule: 'doubled',
  method:
    'Assortativity of the tie view by a field or a measure column: for a categorical one Newman’s r = (Σ e_gg − ' +
    'Σ a_g²)/(1 − Σ a_g²) over the tie ends (networkx.attribute_assortativity_coefficient, igraph ' +
    'assortativity_nominal); with numeric, the Pearson correlation of the values at the two ends of each tie ' +
    '(networkx.numeric_assortativity_coefficient, igraph assortativity). Ties with an actor lacking a value are left ' +
    'out. Null model: the values shuffled over the actors that have one, the ties kept. Reference: R igraph on the ' +
    'actors with a value, with sample(values) per permutation: the same r, p-values within Monte Carlo error. p(≥) ' +
    'and p(≤) are the shares of permutations with an r at least / at most the observed one; the two-sided p is ' +
    'twice the smaller, at most 1; standard errors √(p(1 − p)/R). A positive r above the null means ties join ' +
    'actors with the same or similar values more than chance gives.',
  options: {
    field: { type: 'field', label: 'Field or measure', default: 'kind' },
    numeric: { type: 'boolean', label: 'Numeric (correlation of values)', default: false },
    ...PERMUTATION_OPTIONS,
  },
  observe(input, options) {
    const prepared = prepare(input, options.field, options.numeric);
    const observed = prepared.statistic(prepared.codes, prepared.values);
    return {
      ids: ['assortativity'],
      names: [`${options.numeric ? 'Numeric' : 'Attribute'} assortativity of ${options.field}`],
      subjects: [{ kind: 'network' }],
      values: [Number.isNaN(observed) ? null : observed],
      figures: { actors_with_value: prepared.present.length },
    };
  },
  permute(input, options, first, count, progress = NO_PROGRESS) {
    const prepared = prepare(input, options.field, options.numeric);
    const draws = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      if (k % 64 === 0) {
        progress.checkpoint();
        progress.report(k / count);
      }
      const random = permutationRandom(options.seed, first + k);
      draws[k] = prepared.codes
        ? prepared.statistic(shuffledLabels(prepared.codes, random), null)
        : prepared.statistic(null, shuffledValues(prepared.values as Float64Array, prepared.present, random));
    }
    progress.report(1);
    return { first, draws: [draws] };
  },
});

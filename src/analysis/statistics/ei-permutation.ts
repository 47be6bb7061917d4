/**
 * E-I index against random assignment of the group labels (UCINET's E-I permutation test):
 * the network keeps its ties, the labels of a field are shuffled over the actors that have one,
 * and the E-I of the network and of each group is computed again.
 */
import { eiIndex } from '../locality.ts';
import { NO_PROGRESS } from '../types.ts';
import { eiGrouping, eiStatistics, observedEi, tieListOf } from './ei-counts.ts';
import { permutationRandom, shuffledLabels } from './permutation.ts';
import { defineTest, PERMUTATION_OPTIONS } from './types.ts';

export const EI_TEST_OPTIONS = {
  field: { type: 'field', label: 'Groups from field', default: 'region' },
  perGroup: { type: 'boolean', label: 'Test each group too', default: true },
  ...PERMUTATION_OPTIONS,
} as const;

export const eiPermutation = defineTest({
  id: 'ei-permutation',
  label: 'E-I index against random group labels',
  nullModel: 'label-permutation',
  twoSidedRule: 'doubled',
  method:
    'Krackhardt and Stern’s E-I index (E − I)/(E + I) of the tie view, E the ties between actors with different ' +
    'values of the field and I the ties within one value (ties with an actor lacking a value are left out), for the ' +
    'network and for each group (I: ties with both ends in the group, E: ties with one). Null model: the values are ' +
    'shuffled over the actors that have one (group sizes kept, ties kept), as UCINET’s E-I permutation test; ' +
    'equivalently, sna::qaptest permuting the actors of the graph with the labels fixed, which is the reference ' +
    '(R sna 2.7). p(≥) and p(≤) are the shares of permutations with an E-I at least / at most the observed one ' +
    '(sna’s pgreq and pleeq; the observed labelling is not counted as a draw); the two-sided p is twice the smaller, ' +
    'at most 1. Each p has Monte Carlo standard error √(p(1 − p)/R). A negative E-I below the null means ties stay ' +
    'inside groups more than chance gives. Figures: the E-I a uniform random graph would have in expectation given ' +
    'the group sizes, (pairs across − pairs within)/(all classified pairs).',
  options: EI_TEST_OPTIONS,
  observe(input, options) {
    const { grouping, statistics } = observedEi(input, options.field, options.perGroup);
    const groups = grouping.labels.length;
    let classified = 0;
    let within = 0;
    for (const size of grouping.sizes) {
      classified += size;
      within += (size * (size - 1)) / 2;
    }
    const pairs = (classified * (classified - 1)) / 2;
    return {
      ...statistics,
      figures: {
        groups,
        actors_with_value: classified,
        actors_without_value: input.tie.nodeCount - classified,
        ei_index_expected_uniform: nullIfNaN(eiIndex(pairs - within, within)),
      },
    };
  },
  permute(input, options, first, count, progress = NO_PROGRESS) {
    const grouping = eiGrouping(input, options.field);
    const { from, to } = tieListOf(input, '');
    const groups = grouping.labels.length;
    const statistics = options.perGroup ? groups + 1 : 1;
    const draws = Array.from({ length: statistics }, () => new Float64Array(count));
    const internal = new Float64Array(groups);
    const external = new Float64Array(groups);
    const out = new Float64Array(statistics);
    for (let k = 0; k < count; k++) {
      if (k % 64 === 0) {
        progress.checkpoint();
        progress.report(k / count);
      }
      const codes = shuffledLabels(grouping.codes, permutationRandom(options.seed, first + k));
      eiStatistics(from, to, from.length, codes, internal, external, out);
      for (let s = 0; s < statistics; s++) draws[s][k] = out[s];
    }
    progress.report(1);
    return { first, draws };
  },
});

function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

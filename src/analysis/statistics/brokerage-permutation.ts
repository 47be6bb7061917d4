/**
 * Gould–Fernandez brokerage against permuted group labels: the observed role counts (network
 * totals and each actor's) against the counts after the group labels are shuffled over the
 * actors, the network kept. It asks whether brokers sit between groups more than the same
 * network with groups drawn at random would make them — beside sna's analytical z-scores,
 * which compare with a random graph of the same density instead.
 */
import { BROKERAGE_ROLES, brokerageCounts, gouldFernandez } from '../gould-fernandez.ts';
import { fieldGrouping } from '../groups.ts';
import { NO_PROGRESS } from '../types.ts';
import { permutationRandom, shuffledLabels } from './permutation.ts';
import { defineTest, PERMUTATION_OPTIONS, TestInputError } from './types.ts';

/** The five roles; the total does not depend on the labels. */
export const TESTED_ROLES = BROKERAGE_ROLES.slice(0, 5);

export const brokeragePermutation = defineTest({
  id: 'brokerage-permutation',
  label: 'Gould–Fernandez brokerage against random group labels',
  nullModel: 'label-permutation',
  twoSidedRule: 'doubled',
  method:
    'Gould and Fernandez’s role counts on the flow view (coordinator, itinerant, representative, gatekeeper, ' +
    'liaison; as the brokerage measure and R sna::brokerage raw.nli), summed over the network and per actor. Null ' +
    'model: the values of the grouping field are shuffled over all actors (actors without a value form one group, ' +
    'as in the measure; group sizes and arcs kept), and the counts are taken again. p(≥) and p(≤) are the shares of ' +
    'permutations with a count at least / at most the observed one; the two-sided p is twice the smaller, at most 1; ' +
    'standard errors √(p(1 − p)/R). Reference: R sna::brokerage applied to each permuted labelling ' +
    '(sample(groups)), p-values within Monte Carlo error. Per actor, columns <role>_p_greater and <role>_p_less. ' +
    'Figures: sna’s analytical z-scores of the network counts (z.gli), for comparison.',
  options: {
    groupBy: { type: 'field', label: 'Groups from field', default: 'region' },
    ...PERMUTATION_OPTIONS,
  },
  observe(input, options) {
    const grouping = fieldGrouping(input.actors, options.groupBy, 'own-group');
    if (grouping.labels.length < 2)
      throw new TestInputError(
        `every actor has the same value of "${options.groupBy}"; brokerage roles need two groups`,
      );
    const analytic = gouldFernandez(input.flow, grouping);
    const totals = TESTED_ROLES.map((_, role) => analytic.graphRaw[role]);
    const figures: Record<string, number | null> = { groups: grouping.labels.length };
    TESTED_ROLES.forEach((role, r) => {
      const sd = analytic.graphSd[r];
      const z = (analytic.graphRaw[r] - analytic.graphExpected[r]) / sd;
      figures[`${role}_z_analytic`] = sd > 0 && Number.isFinite(z) ? z : null;
    });
    return {
      ids: [...TESTED_ROLES],
      names: TESTED_ROLES.map((role) => `${role} brokerage (network total)`),
      subjects: TESTED_ROLES.map((role) => ({ kind: 'role', role }) as const),
      values: totals,
      actorValues: Object.fromEntries(TESTED_ROLES.map((role, r) => [role, analytic.raw[r]])),
      figures,
    };
  },
  permute(input, options, first, count, progress = NO_PROGRESS) {
    const grouping = fieldGrouping(input.actors, options.groupBy, 'own-group');
    const n = input.flow.nodeCount;
    const observed = brokerageCounts(input.flow, grouping.codes);
    const draws = TESTED_ROLES.map(() => new Float64Array(count));
    const greater = TESTED_ROLES.map(() => new Float64Array(n));
    const less = TESTED_ROLES.map(() => new Float64Array(n));
    for (let k = 0; k < count; k++) {
      if (k % 8 === 0) {
        progress.checkpoint();
        progress.report(k / count);
      }
      const codes = shuffledLabels(grouping.codes, permutationRandom(options.seed, first + k));
      const counts = brokerageCounts(input.flow, codes);
      TESTED_ROLES.forEach((_, r) => {
        let total = 0;
        const column = counts[r];
        const seen = observed[r];
        for (let v = 0; v < n; v++) {
          total += column[v];
          if (column[v] >= seen[v]) greater[r][v]++;
          if (column[v] <= seen[v]) less[r][v]++;
        }
        draws[r][k] = total;
      });
    }
    progress.report(1);
    return {
      first,
      draws,
      greater: Object.fromEntries(TESTED_ROLES.map((role, r) => [role, greater[r]])),
      less: Object.fromEntries(TESTED_ROLES.map((role, r) => [role, less[r]])),
    };
  },
});

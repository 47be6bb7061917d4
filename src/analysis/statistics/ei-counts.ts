/**
 * The E-I index of a network and of each group from a list of ties and group codes: the
 * statistic both E-I tests draw again and again, so it works on flat arrays.
 */
import type { TieView } from '../../model/views.ts';
import { fieldGrouping, type Grouping, memoPerInput } from '../groups.ts';
import { eiIndex } from '../locality.ts';
import type { AnalysisInput } from '../types.ts';
import type { StatisticSubject } from './types.ts';
import { TestInputError } from './types.ts';

/** Each tie once (u < v), as two aligned arrays. */
export interface TieList {
  readonly from: Int32Array;
  readonly to: Int32Array;
}

export function tieList(tie: TieView): TieList {
  const from = new Int32Array(tie.tieCount);
  const to = new Int32Array(tie.tieCount);
  let t = 0;
  for (let u = 0; u < tie.nodeCount; u++) {
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      if (v > u) {
        from[t] = u;
        to[t++] = v;
      }
    }
  }
  return { from, to };
}

export const tieListOf = memoPerInput((input: AnalysisInput, _key: string) => tieList(input.tie));

/**
 * The grouping an E-I test uses: actors without a value are left out (their ties are neither
 * internal nor external, as in the locality measure). Throws when fewer than two groups exist.
 */
export function eiGrouping(input: AnalysisInput, field: string): Grouping {
  const grouping = fieldGrouping(input.actors, field, 'left-out');
  if (grouping.labels.length < 2) {
    throw new TestInputError(
      grouping.labels.length === 0
        ? `no actor has a value of "${field}"`
        : `every actor with a value of "${field}" has the same one ("${grouping.labels[0]}"); E-I needs two groups or more`,
    );
  }
  return grouping;
}

/**
 * Writes into `out` the network E-I, then (with `perGroup`) each group's E-I: internal ties
 * have both ends in the group, external ties exactly one. NaN where a group has no ties.
 * `internal` and `external` are scratch arrays of one slot per group.
 */
export function eiStatistics(
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  count: number,
  codes: Int32Array,
  internal: Float64Array,
  external: Float64Array,
  out: Float64Array,
): void {
  internal.fill(0);
  external.fill(0);
  let inside = 0;
  let across = 0;
  for (let t = 0; t < count; t++) {
    const a = codes[from[t]];
    const b = codes[to[t]];
    if (a < 0 || b < 0) continue;
    if (a === b) {
      inside++;
      internal[a]++;
    } else {
      across++;
      external[a]++;
      external[b]++;
    }
  }
  out[0] = eiIndex(across, inside);
  for (let g = 0; g < out.length - 1; g++) out[g + 1] = eiIndex(external[g], internal[g]);
}

/** Ids, names and subjects of the statistics eiStatistics writes, for a grouping. */
export function eiStatisticLabels(grouping: Grouping, field: string, perGroup: boolean) {
  const groups = perGroup ? grouping.labels : [];
  return {
    ids: ['ei_index', ...groups.map((group) => `ei_index:${group}`)],
    names: [`E-I index by ${field}`, ...groups.map((group) => `E-I index of ${group}`)],
    subjects: [
      { kind: 'network' } as StatisticSubject,
      ...groups.map((group): StatisticSubject => ({ kind: 'group', group })),
    ],
  };
}

/**
 * The observed E-I of the network (and of each group when asked), as every E-I test reports it:
 * statistic ids, names and subjects, values (null where undefined), and the grouping and tie
 * count its figures are made from.
 */
export function observedEi(input: AnalysisInput, field: string, perGroup: boolean) {
  const grouping = eiGrouping(input, field);
  const { from, to } = tieListOf(input, '');
  const groups = grouping.labels.length;
  const out = new Float64Array(perGroup ? groups + 1 : 1);
  eiStatistics(
    from,
    to,
    from.length,
    grouping.codes,
    new Float64Array(groups),
    new Float64Array(groups),
    out,
  );
  return {
    grouping,
    ties: from.length,
    statistics: {
      ...eiStatisticLabels(grouping, field, perGroup),
      values: Array.from(out, (value) => (Number.isNaN(value) ? null : value)),
    },
  };
}

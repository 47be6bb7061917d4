/**
 * Per-community summaries for a partition of the tie view: size, density, internal and
 * external ties, E-I index, top brokers and the dominant values of categorical fields.
 * A table (one row per community) so an app panel or the JSON summary can read it directly.
 */
import type { TieView } from '../model/views.ts';
import { fieldGrouping } from './groups.ts';
import { eiIndex } from './locality.ts';
import { constraintOnDemand } from './measures/structural-holes.ts';
import type { AnalysisInput, ResultTable, TableValue } from './types.ts';

export interface CommunitySummaryOptions {
  /** Broker score per node; default Burt's constraint, where lower means more of a broker. */
  brokerScore?: ArrayLike<number>;
  /** True when a higher score means more of a broker (betweenness); false for constraint. */
  higherIsBroker?: boolean;
  /** How many brokers to list per community. */
  topBrokers?: number;
  /** Categorical fields whose most frequent value is reported. */
  fields?: readonly string[];
}

export const COMMUNITY_SUMMARY_DEFAULTS = { topBrokers: 3, fields: ['kind', 'sector', 'region'] };

export function communitySummaries(
  input: AnalysisInput,
  community: ArrayLike<number>,
  options: CommunitySummaryOptions = {},
): ResultTable {
  const { tie } = input;
  const n = tie.nodeCount;
  const fields = options.fields ?? COMMUNITY_SUMMARY_DEFAULTS.fields;
  const topCount = options.topBrokers ?? COMMUNITY_SUMMARY_DEFAULTS.topBrokers;
  const { brokerScore } = options;
  const higherIsBroker = brokerScore ? (options.higherIsBroker ?? true) : false;
  const brokersOf = brokerScore
    ? (list: number[]) => topBrokers(list, brokerScore, higherIsBroker, topCount)
    : leastConstrained(tie, topCount);
  let count = 0;
  for (let v = 0; v < n; v++) count = Math.max(count, community[v] + 1);
  const size = new Float64Array(count);
  const internal = new Float64Array(count);
  const external = new Float64Array(count);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < n; v++) {
    const c = community[v];
    size[c]++;
    members[c].push(v);
    for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
      const w = tie.neighbours[k];
      if (community[w] !== c) external[c]++;
      else if (w > v) internal[c]++;
    }
  }
  const dominant = fields.map((field) => dominantValues(input, field, members));
  const rows = members.map((list, c) => {
    const row: Record<string, TableValue> = {
      community: c,
      size: size[c],
      density: size[c] > 1 ? internal[c] / ((size[c] * (size[c] - 1)) / 2) : null,
      internal_ties: internal[c],
      external_ties: external[c],
      ei_index: nanToNull(eiIndex(external[c], internal[c])),
      top_brokers: brokersOf(list),
    };
    fields.forEach((field, f) => {
      row[`dominant_${field}`] = dominant[f][c].value;
      row[`dominant_${field}_share`] = dominant[f][c].share;
    });
    return row;
  });
  return {
    label: 'Communities',
    columns: [
      { id: 'community', label: 'Community' },
      { id: 'size', label: 'Actors' },
      { id: 'density', label: 'Density' },
      { id: 'internal_ties', label: 'Internal ties' },
      { id: 'external_ties', label: 'External ties' },
      { id: 'ei_index', label: 'E-I index' },
      { id: 'top_brokers', label: higherIsBroker ? 'Top brokers' : 'Top brokers (lowest constraint)' },
      ...fields.flatMap((field) => [
        { id: `dominant_${field}`, label: `Most frequent ${field}` },
        { id: `dominant_${field}_share`, label: `Share of most frequent ${field}` },
      ]),
    ],
    rows,
  };
}

/** Members ordered by broker score (NaN last), best first, ties by node index. */
function topBrokers(members: number[], score: ArrayLike<number>, higherIsBroker: boolean, count: number) {
  const key = (v: number) =>
    Number.isNaN(score[v]) ? Number.NEGATIVE_INFINITY : higherIsBroker ? score[v] : -score[v];
  return members
    .filter((v) => !Number.isNaN(score[v]))
    .sort((a, b) => key(b) - key(a) || a - b)
    .slice(0, count);
}

/**
 * The members of lowest Burt constraint (empty ones, the isolates, left out), lowest first, ties
 * by node index: the same list as `topBrokers` over every member's constraint, with constraint
 * computed for few of them. An actor with k partners has constraint at least 1/k, each partner
 * contributing at least (1/k)², so members are taken from most to fewest partners and the search
 * stops once 1/k exceeds the constraint of the last broker listed. On the 10⁷-tie ladder rung the
 * summaries' constraint for every actor took 23 s, the slowest part of the communities.
 */
function leastConstrained(tie: TieView, count: number): (members: number[]) => number[] {
  const constraintOf = constraintOnDemand(tie);
  const { offsets } = tie;
  const partners = (v: number) => offsets[v + 1] - offsets[v];
  type Broker = { v: number; constraint: number };
  const ranksBefore = (a: Broker, b: Broker) =>
    a.constraint < b.constraint || (a.constraint === b.constraint && a.v < b.v);
  return (members) => {
    if (count <= 0) return [];
    const byPartners = members
      .filter((v) => partners(v) > 0)
      .sort((a, b) => partners(b) - partners(a) || a - b);
    const best: Broker[] = [];
    for (const v of byPartners) {
      const last = best[count - 1];
      // 1/k rounded down a little, so that a sum of k terms (1/k)² rounded below 1/k is still above it.
      if (last && (1 / partners(v)) * (1 - 1e-9) > last.constraint) break;
      const broker = { v, constraint: constraintOf(v) };
      if (last && !ranksBefore(broker, last)) continue;
      const at = best.findIndex((other) => ranksBefore(broker, other));
      best.splice(at < 0 ? best.length : at, 0, broker);
      if (best.length > count) best.pop();
    }
    return best.map(({ v }) => v);
  };
}

function dominantValues(input: AnalysisInput, field: string, members: number[][]) {
  const grouping = fieldGrouping(input.actors, field, 'left-out');
  const counts = new Float64Array(grouping.labels.length);
  return members.map((list) => {
    counts.fill(0);
    for (const v of list) if (grouping.codes[v] >= 0) counts[grouping.codes[v]]++;
    let best = -1;
    for (let g = 0; g < counts.length; g++)
      if (counts[g] > 0 && (best < 0 || counts[g] > counts[best])) best = g;
    return best < 0
      ? { value: null, share: null }
      : { value: grouping.labels[best], share: counts[best] / list.length };
  });
}

function nanToNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

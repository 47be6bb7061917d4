/**
 * Gould–Fernandez brokerage roles (coordinator, itinerant, representative, gatekeeper,
 * liaison) on the flow view, as R sna::brokerage. One computation gives the raw counts and
 * sna's z-scores; two descriptors publish them, because the z-scores come after the public
 * columns of the CLI: `brokerage` (raw counts, graph figures, and the z-scores for
 * `brokerage-z`) splits its brokers across workers; `brokerage-z` is produced by it and
 * computes alone only when run without it.
 */
import { addCounts, brokerageCountsFor, brokerageWork, rankedSkeleton } from '../brokerage-counts.ts';
import {
  BROKERAGE_ROLES,
  type Brokerage,
  type BrokerageRole,
  brokerageFromCounts,
  gouldFernandez,
  roleColumns,
} from '../gould-fernandez.ts';
import { fieldGrouping, type Grouping, MISSING_GROUP } from '../groups.ts';
import { type AnalysisInput, type Column, defineMeasure, type OptionSpecs } from '../types.ts';

export const BROKERAGE_DEFAULTS = { groupBy: 'region' };

const ROLE_LABELS = [
  'Coordinator',
  'Itinerant',
  'Representative',
  'Gatekeeper',
  'Liaison',
  'Brokerage total',
];
const GRAPH_ROLE_NAMES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'];

const groupingOf = (input: AnalysisInput, groupBy: string): Grouping =>
  fieldGrouping(input.actors, groupBy, 'own-group');

/** The ranked skeleton of a flow view, built once per worker and reused by every piece. */
const skeletons = new WeakMap<object, ReturnType<typeof rankedSkeleton>>();
function skeletonOf(input: AnalysisInput) {
  let skeleton = skeletons.get(input.flow);
  if (!skeleton) {
    skeleton = rankedSkeleton(input.flow);
    skeletons.set(input.flow, skeleton);
  }
  return skeleton;
}

const groupOption = {
  groupBy: { type: 'field', label: 'Group by', default: BROKERAGE_DEFAULTS.groupBy },
} as const satisfies OptionSpecs;

const METHOD =
  'Gould and Fernandez (1989) on the flow view (directed relations keep their direction, mutual ones count both ways; ' +
  'strengths ignored), grouped by a field (default region). For each two-path a → v → b with a ≠ b and no arc a → b, ' +
  'broker v scores once: coordinator when a, v and b share a group; itinerant when a and b share a group that v is ' +
  'not in; representative when a and v share a group and b is outside; gatekeeper when v and b share a group and a is ' +
  'outside; liaison when all three differ. Matches R sna::brokerage raw.nli; its z-scores (z.nli) use sna’s ' +
  'expected values and variances for a random graph with the same density d = arcs/(N(N − 1)) and group sizes, and ' +
  'are empty where sna divides by a zero variance. Actors without a value of the grouping field form one group of ' +
  'their own, "' +
  MISSING_GROUP +
  '" (sna itself returns NA for every expectation when the grouping has NA). Graph figures: sna’s raw.gli, exp.gli, ' +
  'sd.gli and z.gli per role.';

export const brokerage = defineMeasure({
  id: 'brokerage',
  label: 'Gould–Fernandez brokerage',
  family: 'brokerage',
  method: METHOD,
  outputs: BROKERAGE_ROLES.map((id, role) => ({ id, label: ROLE_LABELS[role], integer: true })),
  options: groupOption,
  compute(input, options) {
    return brokerageResult(input, gouldFernandez(input.flow, groupingOf(input, options.groupBy)));
  },
  splitBySource: {
    unit: 'brokers',
    sources: (input) => Int32Array.from({ length: input.flow.nodeCount }, (_, v) => v),
    weights: (input) => brokerageWork(input.flow, skeletonOf(input)),
    partial(input, options, brokers, progress) {
      const grouping = groupingOf(input, options.groupBy);
      return brokerageCountsFor(
        input.flow,
        skeletonOf(input),
        grouping.codes,
        grouping.labels.length,
        brokers,
        (done) => progress.report(done / brokers.length),
      );
    },
    merge: (parts) => addCounts(parts as Float64Array[]),
    finish(input, options, total) {
      const n = input.flow.nodeCount;
      const grouping = groupingOf(input, options.groupBy);
      return brokerageResult(
        input,
        brokerageFromCounts(input.flow, grouping, roleColumns(total as Float64Array, n)),
      );
    },
  },
});

/** Raw counts and graph figures under brokerage's outputs, z-scores under brokerage-z's. */
function brokerageResult(input: AnalysisInput, result: Brokerage) {
  const n = input.flow.nodeCount;
  const columns = Object.fromEntries([
    ...BROKERAGE_ROLES.map((id, role) => [id, result.raw[role]]),
    ...BROKERAGE_ROLES.map((id, role) => [`${id}_z`, result.z[role]]),
  ]) as Record<BrokerageRole | `${BrokerageRole}_z`, Column>;
  const graph: Record<string, number | null> = {};
  GRAPH_ROLE_NAMES.forEach((name, role) => {
    const sd = result.graphSd[role];
    const z = (result.graphRaw[role] - result.graphExpected[role]) / sd;
    graph[`brokerage_graph_${name}_raw`] = n === 0 ? null : result.graphRaw[role];
    graph[`brokerage_graph_${name}_expected`] = finiteOrNull(result.graphExpected[role]);
    graph[`brokerage_graph_${name}_sd`] = finiteOrNull(sd);
    graph[`brokerage_graph_${name}_z`] = sd > 0 ? finiteOrNull(z) : null;
  });
  return { columns, graph };
}

export const brokerageZ = defineMeasure({
  id: 'brokerage-z',
  label: 'Gould–Fernandez brokerage z-scores',
  family: 'brokerage',
  method: METHOD,
  outputs: BROKERAGE_ROLES.map((id, role) => ({ id: `${id}_z` as const, label: `${ROLE_LABELS[role]} (z)` })),
  options: groupOption,
  producedBy: 'brokerage',
  compute(input, options) {
    const result = gouldFernandez(input.flow, groupingOf(input, options.groupBy));
    const columns = Object.fromEntries(BROKERAGE_ROLES.map((id, role) => [`${id}_z`, result.z[role]]));
    return { columns: columns as Record<`${BrokerageRole}_z`, Column> };
  },
});

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

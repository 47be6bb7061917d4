/**
 * Gould–Fernandez brokerage roles (coordinator, itinerant, representative, gatekeeper,
 * liaison) on the flow view, as R sna::brokerage. Two descriptors share one computation:
 * `brokerage` publishes the raw counts (and the graph-level figures), `brokerage-z` sna's
 * z-scores, which come after the public columns of the CLI.
 */
import { BROKERAGE_ROLES, type Brokerage, type BrokerageRole, gouldFernandez } from '../gould-fernandez.ts';
import { fieldGrouping, MISSING_GROUP, memoPerInput } from '../groups.ts';
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

export const brokerageOf = memoPerInput(
  (input: AnalysisInput, groupBy: string): Brokerage =>
    gouldFernandez(input.flow, fieldGrouping(input.actors, groupBy, 'own-group')),
);

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
    const n = input.flow.nodeCount;
    const result = brokerageOf(input, options.groupBy);
    const columns = Object.fromEntries(BROKERAGE_ROLES.map((id, role) => [id, result.raw[role]])) as Record<
      BrokerageRole,
      Column
    >;
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
  },
});

export const brokerageZ = defineMeasure({
  id: 'brokerage-z',
  label: 'Gould–Fernandez brokerage z-scores',
  family: 'brokerage',
  method: METHOD,
  outputs: BROKERAGE_ROLES.map((id, role) => ({ id: `${id}_z` as const, label: `${ROLE_LABELS[role]} (z)` })),
  options: groupOption,
  compute(input, options) {
    const result = brokerageOf(input, options.groupBy);
    const columns = Object.fromEntries(BROKERAGE_ROLES.map((id, role) => [`${id}_z`, result.z[role]]));
    return { columns: columns as Record<`${BrokerageRole}_z`, Column> };
  },
});

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

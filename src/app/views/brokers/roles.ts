/**
 * The Gould–Fernandez roles as the view names and explains them, and the network-level line
 * per role ("Gatekeeping happens 8.5 times as often as chance would have it (z = 84)") read
 * from the analysis' graph figures `brokerage_graph_<role>_raw/_expected/_z`.
 */
import type { BrokerageRole } from '../../../analysis/gould-fernandez.ts';
import { countOf, formatNumber, formatTimes } from '../../charts/format.ts';
import { figure, type GraphFigures } from '../overview/network-figures.ts';

export interface BrokerageRoleInfo {
  /** Column id of the raw count; the z-score is `<id>_z`. */
  readonly id: BrokerageRole;
  /** The name of the graph figures, `brokerage_graph_<graphName>_…`. */
  readonly graphName: string;
  readonly label: string;
  /** The activity, for "… happens N times as often". */
  readonly activity: string;
  /** The two-path a → v → b the role counts, in words; v is the broker. */
  readonly explanation: string;
}

export const BROKERAGE_ROLE_INFO: readonly BrokerageRoleInfo[] = [
  {
    id: 'coordinator',
    graphName: 'coordinator',
    label: 'Coordinator',
    activity: 'Coordination',
    explanation: 'links two actors of its own group: a, the broker and b are all in one group.',
  },
  {
    id: 'itinerant',
    graphName: 'itinerant',
    label: 'Itinerant',
    activity: 'Itinerant brokerage',
    explanation:
      'links two actors of one group while belonging to another — an outsider who connects members of a group.',
  },
  {
    id: 'representative',
    graphName: 'representative',
    label: 'Representative',
    activity: 'Representation',
    explanation:
      'passes what comes from its own group on to an actor outside it (a and the broker share a group, b does not).',
  },
  {
    id: 'gatekeeper',
    graphName: 'gatekeeper',
    label: 'Gatekeeper',
    activity: 'Gatekeeping',
    explanation:
      'brings what comes from outside into its own group (a is outside, the broker and b share a group).',
  },
  {
    id: 'liaison',
    graphName: 'liaison',
    label: 'Liaison',
    activity: 'Liaison brokerage',
    explanation: 'links two actors of two other groups: a, the broker and b are in three different groups.',
  },
  {
    id: 'brokerage_total',
    graphName: 'total',
    label: 'Total',
    activity: 'Brokerage of any kind',
    explanation: 'all open two-paths through the actor, whatever the groups.',
  },
];

/** Two-sided 5% significance: a z-score above this is unlikely under chance. */
export const SIGNIFICANT_Z = 1.96;

export interface RoleFigures {
  readonly raw: number | null;
  readonly expected: number | null;
  readonly z: number | null;
}

export function roleFigures(graph: GraphFigures, role: BrokerageRoleInfo): RoleFigures {
  const name = `brokerage_graph_${role.graphName}`;
  return {
    raw: figure(graph, `${name}_raw`),
    expected: figure(graph, `${name}_expected`),
    z: figure(graph, `${name}_z`),
  };
}

/** How often, compared with chance, in words; null before the analysis has run. */
export function describeRoleAgainstChance(role: BrokerageRoleInfo, figures: RoleFigures): string | null {
  const { raw, expected, z } = figures;
  if (raw === null) return null;
  const paths = countOf(raw, 'open two-path', 'open two-paths');
  const zText = z !== null ? ` (z = ${formatNumber(z)})` : '';
  if (expected === null || expected <= 0) {
    if (raw === 0) return `${role.activity}: none, and chance would have none either.`;
    return `${role.activity}: ${paths}; chance would have none, so no comparison can be made.`;
  }
  const ratio = raw / expected;
  const against = `${paths} against ${formatNumber(expected)} expected`;
  if (raw === 0)
    return `${role.activity} does not happen, where chance would have ${formatNumber(expected)}${zText}.`;
  if (ratio >= 1.05)
    return `${role.activity} happens ${formatTimes(ratio)} times as often as chance would have it${zText}: ${against}.`;
  if (ratio <= 0.95)
    return `${role.activity} happens less often than chance would have it, ${formatTimes(ratio)} times as often${zText}: ${against}.`;
  return `${role.activity} happens about as often as chance would have it${zText}: ${against}.`;
}

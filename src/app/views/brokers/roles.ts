/**
 * The Gould–Fernandez roles as the view names and explains them (brokers.role.<id>.name,
 * .activity and .explanation in the catalogs), and the network-level line per role
 * ("Gatekeeping happens 8.5 times as often as chance would have it (z = 84)") read from the
 * analysis' graph figures `brokerage_graph_<role>_raw/_expected/_z`.
 */
import type { BrokerageRole } from '../../../analysis/gould-fernandez.ts';
import type { Translate, Wording } from '../../../i18n/i18n.ts';
import { formatNumber, formatTimes } from '../../charts/format.ts';
import { figure, type GraphFigures } from '../overview/network-figures.ts';

export interface BrokerageRoleInfo {
  /** Column id of the raw count; the z-score is `<id>_z`. */
  readonly id: BrokerageRole;
  /** The name of the graph figures, `brokerage_graph_<graphName>_…`. */
  readonly graphName: string;
}

export const BROKERAGE_ROLE_INFO: readonly BrokerageRoleInfo[] = [
  { id: 'coordinator', graphName: 'coordinator' },
  { id: 'itinerant', graphName: 'itinerant' },
  { id: 'representative', graphName: 'representative' },
  { id: 'gatekeeper', graphName: 'gatekeeper' },
  { id: 'liaison', graphName: 'liaison' },
  { id: 'brokerage_total', graphName: 'total' },
];

/** The role's name: "Gatekeeper". */
export function roleName(t: Translate, role: BrokerageRoleInfo): string {
  return t(`brokers.role.${role.id}.name`);
}

/** The activity, for "… happens N times as often": "Gatekeeping". */
export function roleActivity(t: Translate, role: BrokerageRoleInfo): string {
  return t(`brokers.role.${role.id}.activity`);
}

/** The two-path a → v → b the role counts, in words; v is the broker. */
export function roleExplanation(t: Translate, role: BrokerageRoleInfo): string {
  return t(`brokers.role.${role.id}.explanation`);
}
export { SIGNIFICANT_Z } from '../../../analysis/gould-fernandez.ts';

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
export function describeRoleAgainstChance(
  role: BrokerageRoleInfo,
  figures: RoleFigures,
  { t, language }: Wording,
): string | null {
  const { raw, expected, z } = figures;
  if (raw === null) return null;
  const activity = roleActivity(t, role);
  if (expected === null || expected <= 0) {
    return raw === 0
      ? t('brokers.chance.neither', { activity })
      : t('brokers.chance.noExpectation', { activity, count: raw });
  }
  const ratio = raw / expected;
  const values = {
    activity,
    count: raw,
    expected: formatNumber(expected, language),
    times: formatTimes(ratio, language),
    scored: z === null ? 'no' : 'yes',
    z: z === null ? '' : formatNumber(z, language),
  };
  if (raw === 0) return t('brokers.chance.absent', values);
  if (ratio >= 1.05) return t('brokers.chance.more', values);
  if (ratio <= 0.95) return t('brokers.chance.less', values);
  return t('brokers.chance.even', values);
}

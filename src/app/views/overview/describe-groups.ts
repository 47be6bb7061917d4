/**
 * The plain-language paragraphs about groups: communities, local versus external ties,
 * brokerage across groups and reach to frontier actors. Split from describe.ts, which holds
 * the paragraphs about the network's overall shape.
 */
import type { ResultTable } from '../../../analysis/types.ts';
import { countOf, formatCount, formatNumber, formatPercent, formatTimes } from '../../charts/format.ts';
import { figure, type NetworkFigures, type SummaryParagraph } from './network-figures.ts';
import {
  chanceWords,
  EI_LEANING,
  eiWords,
  LOCALITY_EXPLAINS,
  MODULARITY_CLEAR,
  modularityWords,
  tendency,
} from './thresholds.ts';

/** Groups with fewer classified ties than this are too small to call inward or outward. */
const MIN_GROUP_TIES = 10;

function rowNumber(row: Readonly<Record<string, unknown>>, column: string): number | null {
  const value = row[column];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function describeCommunities({ graph, tables, localBy }: NetworkFigures): SummaryParagraph | null {
  const count = figure(graph, 'community_count');
  const modularity = figure(graph, 'modularity');
  const nodes = figure(graph, 'node_count');
  if (count === null || modularity === null || !nodes) return null;
  let text = `The Louvain method finds ${countOf(count, 'community', 'communities')}; modularity ${formatNumber(modularity)} means ${modularityWords(modularity)}.`;
  const sizes = communitySizes(tables.communities);
  if (sizes.length > 1) {
    const topThree = sizes.slice(0, 3).reduce((sum, size) => sum + size, 0);
    const singles = sizes.filter((size) => size === 1).length;
    text += ` The largest holds ${formatCount(sizes[0])} actors (${formatPercent(sizes[0] / nodes)})`;
    text += sizes.length > 3 ? `, the three largest together ${formatPercent(topThree / nodes)}.` : '.';
    if (singles > 0)
      text += ` ${countOf(singles, 'community is a single actor', 'communities are single actors')} without ties.`;
  }
  const byLocality = figure(graph, 'modularity_locality');
  if (byLocality !== null) {
    text += ` Split by ${localBy} instead, modularity is ${formatNumber(byLocality)}: ${
      byLocality >= MODULARITY_CLEAR
        ? 'these groups are clear communities of their own'
        : byLocality >= LOCALITY_EXPLAINS
          ? 'they explain part of the grouping'
          : 'they hardly separate the network'
    }.`;
  }
  return { topic: 'communities', heading: 'Communities', text };
}

function communitySizes(table: ResultTable | undefined): number[] {
  if (!table) return [];
  return table.rows
    .map((row) => rowNumber(row, 'size'))
    .filter((size): size is number => size !== null)
    .sort((a, b) => b - a);
}

/** The words for the locality rule: what a local tie shares, and what an external one crosses. */
export function localityWords(localBy: string, localKm?: number): { group: string; crossing: string } {
  if (localKm && localKm > 0)
    return { group: 'area', crossing: `are longer than ${formatNumber(localKm)} km` };
  if (localBy === 'region') return { group: 'region', crossing: 'cross regional borders' };
  if (localBy === 'country') return { group: 'country', crossing: 'cross national borders' };
  return { group: `${localBy} group`, crossing: `join actors with a different ${localBy}` };
}

export function describeLocality({
  graph,
  tables,
  localBy,
  localKm,
}: NetworkFigures): SummaryParagraph | null {
  const local = figure(graph, 'local_ties');
  const external = figure(graph, 'external_ties');
  const unclassified = figure(graph, 'unclassified_ties') ?? 0;
  if (local === null || external === null) return null;
  const heading = 'Local and external ties';
  const words = localityWords(localBy, localKm);
  const classified = local + external;
  if (classified === 0) {
    return {
      topic: 'locality',
      heading,
      text: `No tie can be called local or external: no pair of partners both have a value for “${localBy}”. Choose another locality field.`,
    };
  }
  const ei = figure(graph, 'ei_index') ?? (external - local) / classified;
  let text =
    `${formatPercent(external / classified)} of ties ${words.crossing} (${formatCount(external)} of ${formatCount(classified)}; ` +
    `E-I index ${formatNumber(ei)}): the network is ${eiWords(ei)}.`;
  const assortativity = localKm ? null : figure(graph, 'locality_assortativity');
  if (assortativity !== null) {
    const figureText = `(${localBy} assortativity ${formatNumber(assortativity)})`;
    const strength = tendency(assortativity);
    if (strength === 'none')
      text += ` Ties stay within a ${words.group} about as often as chance would give ${figureText}.`;
    else if (assortativity > 0)
      text += ` ${ei >= EI_LEANING ? 'Still, ties' : 'Ties'} stay within a ${words.group} more often than chance would give ${figureText}.`;
    else text += ` Ties cross ${words.group} lines even more often than chance would give ${figureText}.`;
  }
  if (unclassified > 0) {
    text += ` ${countOf(unclassified, 'tie involves', 'ties involve')} an actor without a ${localKm ? 'location' : localBy} and ${unclassified === 1 ? 'is' : 'are'} not counted.`;
  }
  const extremes = inwardAndOutward(tables.locality_groups);
  if (extremes) {
    text +=
      ` Most inward-looking: ${extremes.inward.group} (E-I ${formatNumber(extremes.inward.ei)}); ` +
      `most outward-looking: ${extremes.outward.group} (E-I ${formatNumber(extremes.outward.ei)}).`;
  }
  return { topic: 'locality', heading, text };
}

interface GroupEi {
  group: string;
  ei: number;
}

/** The locality groups with the lowest and highest E-I index, among groups with enough ties to tell. */
export function inwardAndOutward(
  table: ResultTable | undefined,
): { inward: GroupEi; outward: GroupEi } | null {
  if (!table) return null;
  const groups: GroupEi[] = [];
  for (const row of table.rows) {
    const ei = rowNumber(row, 'ei_index');
    const ties = (rowNumber(row, 'local_ties') ?? 0) + (rowNumber(row, 'external_ties') ?? 0);
    if (ei === null || ties < MIN_GROUP_TIES || typeof row.group !== 'string') continue;
    groups.push({ group: row.group, ei });
  }
  if (groups.length < 2) return null;
  groups.sort((a, b) => a.ei - b.ei || a.group.localeCompare(b.group));
  const inward = groups[0];
  const outward = groups[groups.length - 1];
  return inward.ei === outward.ei ? null : { inward, outward };
}

const OTHER_ROLES = ['coordinator', 'representative', 'itinerant', 'liaison'] as const;

export function describeBrokerage({ graph, groupBy }: NetworkFigures): SummaryParagraph | null {
  const raw = figure(graph, 'brokerage_graph_gatekeeper_raw');
  if (raw === null) return null;
  const expected = figure(graph, 'brokerage_graph_gatekeeper_expected');
  const z = figure(graph, 'brokerage_graph_gatekeeper_z');
  const group = localityWords(groupBy).group;
  let text =
    `Gatekeepers pass on to their own ${group} what comes from outside it (a → v → b with a outside v’s ${group}, b inside). ` +
    `That happens on ${countOf(raw, 'open two-step path', 'open two-step paths')}`;
  if (expected !== null && expected > 0) {
    text += `, ${formatTimes(raw / expected)} times the ${formatNumber(expected)} expected from random ties with the same density and ${group} sizes`;
  }
  text += z !== null ? ` (z = ${formatNumber(z)}): ${chanceWords(z)}.` : '.';
  const others = OTHER_ROLES.flatMap((role) => {
    const roleRaw = figure(graph, `brokerage_graph_${role}_raw`);
    const roleExpected = figure(graph, `brokerage_graph_${role}_expected`);
    if (roleRaw === null || roleExpected === null) return [];
    return [`${role} ${formatCount(roleRaw)} (expected ${formatNumber(roleExpected)})`];
  });
  if (others.length) text += ` The other roles: ${others.join(', ')}.`;
  const giulianiBell = figure(graph, 'giuliani_bell_gatekeepers');
  const meanLocal = figure(graph, 'giuliani_bell_mean_local_ties');
  const meanExternal = figure(graph, 'giuliani_bell_mean_external_ties');
  if (giulianiBell !== null && meanLocal !== null && meanExternal !== null) {
    text +=
      ` ${countOf(giulianiBell, 'actor is a Giuliani–Bell gatekeeper', 'actors are Giuliani–Bell gatekeepers')}: ` +
      `more local ties than the average ${formatNumber(meanLocal)} and more external ties than the average ${formatNumber(meanExternal)}.`;
  }
  return { topic: 'brokerage', heading: 'Brokers and gatekeepers', text };
}

export function describeFrontier({ graph }: NetworkFigures): SummaryParagraph | null {
  const frontier = figure(graph, 'frontier_actors');
  if (!frontier) return null;
  const share = figure(graph, 'firms_with_frontier_partner_share');
  let text = `${countOf(frontier, 'actor is marked as a frontier actor', 'actors are marked as frontier actors')} (such as top R&D spenders).`;
  if (share !== null) text += ` ${formatPercent(share)} of firms have one among their direct partners.`;
  return { topic: 'frontier', heading: 'Reach to the frontier', text };
}

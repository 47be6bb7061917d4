/**
 * The plain-language paragraphs about groups: communities, local versus external ties,
 * brokerage across groups and reach to frontier actors. Split from describe.ts, which holds
 * the paragraphs about the network's overall shape.
 */
import type { ResultTable } from '../../../analysis/types.ts';
import type { Translate, Wording } from '../../../i18n/i18n.ts';
import { formatNumber, formatPercent, formatTimes } from '../../charts/format.ts';
import { fieldLabel, groupName } from '../../words.ts';
import { figure, type NetworkFigures, type SummaryParagraph } from './network-figures.ts';
import {
  chanceLevel,
  EI_LEANING,
  eiLean,
  LOCALITY_EXPLAINS,
  MODULARITY_CLEAR,
  modularityLevel,
  tendency,
} from './thresholds.ts';

/** Groups with fewer classified ties than this are too small to call inward or outward. */
const MIN_GROUP_TIES = 10;

function rowNumber(row: Readonly<Record<string, unknown>>, column: string): number | null {
  const value = row[column];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** "clear groups, with many more ties inside than between them", for a modularity. */
export function modularityWords(t: Translate, modularity: number): string {
  return t('overview.modularityWords', { level: modularityLevel(modularity) });
}

/** "mostly outward-looking", for a network E-I index. */
export function eiWords(t: Translate, ei: number): string {
  return t('overview.eiWords', { lean: eiLean(ei) });
}

export function describeCommunities(
  { graph, tables, localBy }: NetworkFigures,
  { t, language }: Wording,
): SummaryParagraph | null {
  const count = figure(graph, 'community_count');
  const modularity = figure(graph, 'modularity');
  const nodes = figure(graph, 'node_count');
  if (count === null || modularity === null || !nodes) return null;
  const sentences = [
    t('overview.communities.main', {
      count,
      modularity: formatNumber(modularity, language),
      words: modularityWords(t, modularity),
    }),
  ];
  const sizes = communitySizes(tables.communities);
  if (sizes.length > 1) {
    const topThree = sizes.slice(0, 3).reduce((sum, size) => sum + size, 0);
    sentences.push(
      t('overview.communities.largest', {
        size: sizes[0],
        share: formatPercent(sizes[0] / nodes, language),
        three: sizes.length > 3 ? 'yes' : 'no',
        shareThree: formatPercent(topThree / nodes, language),
      }),
    );
    const singles = sizes.filter((size) => size === 1).length;
    if (singles > 0) sentences.push(t('overview.communities.singles', { count: singles }));
  }
  const byLocality = figure(graph, 'modularity_locality');
  if (byLocality !== null) {
    sentences.push(
      t('overview.communities.byLocality', {
        field: fieldLabel(t, localBy),
        value: formatNumber(byLocality, language),
        level: byLocality >= MODULARITY_CLEAR ? 'clear' : byLocality >= LOCALITY_EXPLAINS ? 'partly' : 'none',
      }),
    );
  }
  return { topic: 'communities', heading: t('overview.communities.heading'), text: sentences.join(' ') };
}

function communitySizes(table: ResultTable | undefined): number[] {
  if (!table) return [];
  return table.rows
    .map((row) => rowNumber(row, 'size'))
    .filter((size): size is number => size !== null)
    .sort((a, b) => b - a);
}

/** The locality rule's kind, as the catalog's selects name it. */
function ruleOf(localBy: string, localKm?: number): 'km' | 'region' | 'country' | 'field' {
  if (localKm && localKm > 0) return 'km';
  return localBy === 'region' || localBy === 'country' ? localBy : 'field';
}

/** The words for the locality rule: what a local tie shares, and what an external one crosses. */
export function localityWords(
  { t, language }: Wording,
  localBy: string,
  localKm?: number,
): { group: string; crossing: string } {
  const values = {
    rule: ruleOf(localBy, localKm),
    field: fieldLabel(t, localBy),
    km: localKm ? formatNumber(localKm, language) : '',
  };
  return { group: t('overview.locality.group', values), crossing: t('overview.locality.crossing', values) };
}

export function describeLocality(
  { graph, tables, localBy, localKm }: NetworkFigures,
  wording: Wording,
): SummaryParagraph | null {
  const { t, language } = wording;
  const local = figure(graph, 'local_ties');
  const external = figure(graph, 'external_ties');
  const unclassified = figure(graph, 'unclassified_ties') ?? 0;
  if (local === null || external === null) return null;
  const heading = t('overview.locality.heading');
  const words = localityWords(wording, localBy, localKm);
  const field = fieldLabel(t, localBy);
  const classified = local + external;
  if (classified === 0) return { topic: 'locality', heading, text: t('overview.locality.none', { field }) };
  const ei = figure(graph, 'ei_index') ?? (external - local) / classified;
  const sentences = [
    t('overview.locality.main', {
      share: formatPercent(external / classified, language),
      crossing: words.crossing,
      external,
      classified,
      ei: formatNumber(ei, language),
      words: eiWords(t, ei),
    }),
  ];
  const assortativity = localKm ? null : figure(graph, 'locality_assortativity');
  if (assortativity !== null) {
    const values = { group: words.group, field, value: formatNumber(assortativity, language) };
    if (tendency(assortativity) === 'none') sentences.push(t('overview.locality.chance', values));
    else if (assortativity > 0)
      sentences.push(t('overview.locality.stayMore', { ...values, still: ei >= EI_LEANING ? 'yes' : 'no' }));
    else sentences.push(t('overview.locality.crossMore', values));
  }
  if (unclassified > 0)
    sentences.push(
      t('overview.locality.unclassified', { count: unclassified, rule: localKm ? 'km' : 'field', field }),
    );
  const extremes = inwardAndOutward(tables.locality_groups);
  if (extremes) {
    sentences.push(
      t('overview.locality.extremes', {
        inward: groupName(t, extremes.inward.group),
        inwardEi: formatNumber(extremes.inward.ei, language),
        outward: groupName(t, extremes.outward.group),
        outwardEi: formatNumber(extremes.outward.ei, language),
      }),
    );
  }
  return { topic: 'locality', heading, text: sentences.join(' ') };
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

export function describeBrokerage(
  { graph, groupBy }: NetworkFigures,
  wording: Wording,
): SummaryParagraph | null {
  const { t, language } = wording;
  const raw = figure(graph, 'brokerage_graph_gatekeeper_raw');
  if (raw === null) return null;
  const expected = figure(graph, 'brokerage_graph_gatekeeper_expected');
  const z = figure(graph, 'brokerage_graph_gatekeeper_z');
  const group = localityWords(wording, groupBy).group;
  const compared = expected !== null && expected > 0;
  const sentences = [
    t('overview.brokerage.intro', { group }),
    t('overview.brokerage.paths', {
      count: raw,
      compared: compared ? 'yes' : 'no',
      times: compared ? formatTimes(raw / expected, language) : '',
      expected: expected === null ? '' : formatNumber(expected, language),
      group,
      scored: z === null ? 'no' : 'yes',
      z: z === null ? '' : formatNumber(z, language),
      chance: z === null ? '' : t('overview.chanceWords', { level: chanceLevel(z) }),
    }),
  ];
  const others = OTHER_ROLES.flatMap((role) => {
    const roleRaw = figure(graph, `brokerage_graph_${role}_raw`);
    const roleExpected = figure(graph, `brokerage_graph_${role}_expected`);
    if (roleRaw === null || roleExpected === null) return [];
    return [
      t('overview.brokerage.other', {
        role: t(`brokers.role.${role}.name`).toLocaleLowerCase(language),
        count: roleRaw,
        expected: formatNumber(roleExpected, language),
      }),
    ];
  });
  if (others.length) sentences.push(t('overview.brokerage.others', { list: others.join(', ') }));
  const giulianiBell = figure(graph, 'giuliani_bell_gatekeepers');
  const meanLocal = figure(graph, 'giuliani_bell_mean_local_ties');
  const meanExternal = figure(graph, 'giuliani_bell_mean_external_ties');
  if (giulianiBell !== null && meanLocal !== null && meanExternal !== null) {
    sentences.push(
      t('overview.brokerage.giulianiBell', {
        count: giulianiBell,
        local: formatNumber(meanLocal, language),
        external: formatNumber(meanExternal, language),
      }),
    );
  }
  return { topic: 'brokerage', heading: t('overview.brokerage.heading'), text: sentences.join(' ') };
}

export function describeFrontier(
  { graph }: NetworkFigures,
  { t, language }: Wording,
): SummaryParagraph | null {
  const frontier = figure(graph, 'frontier_actors');
  if (!frontier) return null;
  const share = figure(graph, 'firms_with_frontier_partner_share');
  const sentences = [t('overview.frontier.actors', { count: frontier })];
  if (share !== null) sentences.push(t('overview.frontier.share', { share: formatPercent(share, language) }));
  return { topic: 'frontier', heading: t('overview.frontier.heading'), text: sentences.join(' ') };
}

/**
 * The communities table of the analysis (analysis/community-summary.ts) read into typed rows
 * for the clusters view: broker indices become actor keys and labels, dominant values keep
 * their shares. Nothing is computed here beyond naming what the analysis reported.
 */
import type { ResultTable, TableValue } from '../../../analysis/types.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { type SortKey, type SortState, sortRows } from './sort-rows.ts';

export interface NamedActor {
  readonly key: string;
  readonly label: string;
}

export interface DominantValue {
  readonly value: string;
  /** Share of the community's members with this value. */
  readonly share: number;
}

export interface CommunityRow {
  /** The community number in the `community` column (0 is the largest). */
  readonly community: number;
  readonly size: number;
  readonly density: number | null;
  readonly internalTies: number;
  readonly externalTies: number;
  readonly ei: number | null;
  readonly brokers: readonly NamedActor[];
  readonly kind: DominantValue | null;
  readonly sector: DominantValue | null;
  readonly region: DominantValue | null;
}

/** Named like the map legend names community colours ("Community 1" for number 0), so both agree. */
export function communityName(t: Translate, community: number): string {
  return t('clusters.name', { number: community + 1 });
}

/**
 * A name a person can recognise a community by on the map: its number, its leading broker, and
 * the region and sector most of its members share (when more than half do).
 */
export function communityTitle(row: CommunityRow): string {
  const parts = [String(row.community + 1)];
  if (row.brokers[0]) parts.push(row.brokers[0].label);
  for (const value of [row.region, row.sector]) if (value && value.share > 0.5) parts.push(value.value);
  return parts.join(' · ');
}

function numberOr(value: TableValue | undefined, fallback: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function dominant(row: Readonly<Record<string, TableValue>>, field: string): DominantValue | null {
  const value = row[`dominant_${field}`];
  const share = row[`dominant_${field}_share`];
  if (value === null || value === undefined || typeof share !== 'number') return null;
  return { value: String(value), share };
}

export function communityRows(
  table: ResultTable | undefined,
  keys: readonly string[],
  labelOf: (key: string) => string,
): CommunityRow[] {
  if (!table) return [];
  return table.rows.map((row, position) => {
    const community = numberOr(row.community, position) as number;
    const brokerIndices = Array.isArray(row.top_brokers) ? (row.top_brokers as readonly number[]) : [];
    return {
      community,
      size: numberOr(row.size, 0) as number,
      density: numberOr(row.density, null),
      internalTies: numberOr(row.internal_ties, 0) as number,
      externalTies: numberOr(row.external_ties, 0) as number,
      ei: numberOr(row.ei_index, null),
      brokers: brokerIndices
        .filter((index) => index >= 0 && index < keys.length)
        .map((index) => ({ key: keys[index], label: labelOf(keys[index]) })),
      kind: dominant(row, 'kind'),
      sector: dominant(row, 'sector'),
      region: dominant(row, 'region'),
    };
  });
}

export type CommunityColumn = 'community' | 'size' | 'density' | 'internalTies' | 'externalTies' | 'ei';

export const COMMUNITY_TEXT_COLUMNS: readonly CommunityColumn[] = ['community'];

export const DEFAULT_COMMUNITY_SORT: SortState<CommunityColumn> = { column: 'size', direction: 'descending' };

export function sortCommunities(
  rows: readonly CommunityRow[],
  sort: SortState<CommunityColumn>,
): CommunityRow[] {
  const keyOf = (row: CommunityRow): SortKey => row[sort.column];
  return sortRows(rows, keyOf, sort.direction);
}

/** The actors of one community, by their keys, read from the `community` column. */
export function communityMembers(
  keys: readonly string[],
  community: ArrayLike<number>,
  wanted: number,
): string[] {
  const members: string[] = [];
  for (let index = 0; index < keys.length; index++)
    if (community[index] === wanted) members.push(keys[index]);
  return members;
}

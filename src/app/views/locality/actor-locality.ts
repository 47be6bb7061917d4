/**
 * Per-actor locality read from the analysis columns (`local_ties`, `external_ties`,
 * `ei_index`): rows for the actor table, its search and sort, and the firms whose ties are
 * mostly external — the "local detachment" of firms pulled away from their cluster.
 */
import type { Ecosystem } from '../../../model/ecosystem.ts';
import { type SortKey, type SortState, sortRows } from '../clusters/sort-rows.ts';

export interface ActorLocality {
  readonly key: string;
  readonly label: string;
  readonly kind: string;
  readonly localTies: number;
  readonly externalTies: number;
  /** Local plus external ties; ties to actors of unknown locality are not counted. */
  readonly classifiedTies: number;
  readonly ei: number;
  /** External ties / classified ties; NaN without classified ties. */
  readonly externalShare: number;
}

export function actorLocalityRows(
  ecosystem: Ecosystem,
  columns: Readonly<Record<string, ArrayLike<number>>>,
): ActorLocality[] {
  const local = columns.local_ties;
  const external = columns.external_ties;
  const ei = columns.ei_index;
  if (!local || !external) return [];
  return ecosystem.nodes().map((key, index) => {
    const localTies = local[index];
    const externalTies = external[index];
    const classifiedTies = localTies + externalTies;
    return {
      key,
      label: ecosystem.getNodeAttribute(key, 'label'),
      kind: ecosystem.getNodeAttribute(key, 'kind'),
      localTies,
      externalTies,
      classifiedTies,
      ei: ei ? ei[index] : Number.NaN,
      externalShare: classifiedTies > 0 ? externalTies / classifiedTies : Number.NaN,
    };
  });
}

/** Case-insensitive match on the label, every word of the query somewhere in it. */
export function searchActors(rows: readonly ActorLocality[], query: string): ActorLocality[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const label = row.label.toLocaleLowerCase();
    return words.every((word) => label.includes(word));
  });
}

export type ActorLocalityColumn = 'label' | 'localTies' | 'externalTies' | 'externalShare' | 'ei';

export const ACTOR_TEXT_COLUMNS: readonly ActorLocalityColumn[] = ['label'];

export const DEFAULT_ACTOR_SORT: SortState<ActorLocalityColumn> = {
  column: 'externalShare',
  direction: 'descending',
};

export function sortActors(
  rows: readonly ActorLocality[],
  sort: SortState<ActorLocalityColumn>,
): ActorLocality[] {
  const keyOf = (row: ActorLocality): SortKey => row[sort.column];
  return sortRows(rows, keyOf, sort.direction);
}

/**
 * The rule of the "mostly external" list: a firm with at least three classified ties of which
 * three quarters or more leave its locality. Fewer ties say too little about a firm's
 * orientation; three quarters is well past the even split that E-I 0 marks.
 */
export const MOSTLY_EXTERNAL = { minExternalShare: 0.75, minTies: 3 } as const;

/** Firms meeting the rule, most external first, then those with more ties. */
export function mostlyExternalFirms(
  rows: readonly ActorLocality[],
  rule: { minExternalShare: number; minTies: number } = MOSTLY_EXTERNAL,
): ActorLocality[] {
  return rows
    .filter(
      (row) =>
        row.kind === 'firm' &&
        row.classifiedTies >= rule.minTies &&
        row.externalShare >= rule.minExternalShare,
    )
    .sort(
      (a, b) =>
        b.externalShare - a.externalShare ||
        b.classifiedTies - a.classifiedTies ||
        a.label.localeCompare(b.label),
    );
}

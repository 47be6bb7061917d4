/**
 * A comparison as one table: one row per tie of either window (entered, left, persisted) and one
 * per actor of either window (entered, left, stayed), so that a spreadsheet or R reads it in one
 * go; `record` tells the two apart and the columns of the other kind are empty. Actor rows carry
 * the shares of local ties and local attachment in both windows and per year (the detachment
 * paths), the Giuliani–Bell roles, the communities and the rank changes. Cells are plain values
 * (NaN and null are empty); io/write-changes.ts writes them as CSV. What `clusterscope compare`
 * writes and what the explorer's Changes view exports, whole or as a selection of its rows.
 */
import { actorId, type Ecosystem } from '../../model/ecosystem.ts';
import type { FieldValue } from '../../model/fields.ts';
import { GIULIANI_BELL_ROLES } from '../measures/giuliani-bell.ts';
import { ACTOR_STATUSES, type Comparison } from './compare.ts';
import { TIE_STATUSES } from './tie-changes.ts';

/**
 * Which rows: all of them, or the actor rows of those who entered, who left, or whose ties went
 * abroad (their share of local ties fell: `locality_change` = detaching). Columns are always all.
 */
export const CHANGES_SELECTIONS = ['all', 'entered', 'left', 'detaching'] as const;
export type ChangesSelection = (typeof CHANGES_SELECTIONS)[number];

export interface ChangesTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly FieldValue[])[];
}

const TIE_CLASS: Record<number, boolean> = { 1: true, 0: false };

export function changesTable(
  comparison: Comparison,
  ecosystem: Ecosystem,
  selection: ChangesSelection = 'all',
): ChangesTable {
  const { keys, ties, actors, locality, roles, communities, ranks } = comparison;
  const rankColumns = ranks.flatMap((rank) =>
    ['from', 'to', 'rank_from', 'rank_to', 'rank_change'].map((part) => `${rank.output}_${part}`),
  );
  const years = locality.paths.map((path) => path.year);
  const header = [
    'record',
    'change',
    'id',
    'label',
    'kind',
    'partner_id',
    'partner_label',
    'partner_kind',
    'strength_from',
    'strength_to',
    'local',
    'local_share_from',
    'local_share_to',
    'local_share_change',
    'locality_change',
    'local_attachment_from',
    'local_attachment_to',
    'role_from',
    'role_to',
    'community_from',
    'community_to',
    ...rankColumns,
    ...years.map((year) => `local_share_${year}`),
    ...years.map((year) => `local_attachment_${year}`),
  ];
  const actorWidth = header.length - 11;
  const identity = (v: number): FieldValue[] => {
    const attributes = ecosystem.getNodeAttributes(keys[v]);
    return [actorId(keys[v]), attributes.label, attributes.kind];
  };
  const rows: FieldValue[][] = [];
  if (selection === 'all')
    for (let k = 0; k < ties.status.length; k++) {
      rows.push([
        'tie',
        TIE_STATUSES[ties.status[k]],
        ...identity(ties.source[k]),
        ...identity(ties.target[k]),
        ties.strengthFrom[k],
        ties.strengthTo[k],
        TIE_CLASS[ties.local[k]] ?? null,
        ...new Array<FieldValue>(actorWidth).fill(null),
      ]);
    }
  const detaching = new Set(locality.detaching);
  const attaching = new Set(locality.attaching);
  const role = (code: number) => (Number.isNaN(code) ? null : GIULIANI_BELL_ROLES[code]);
  for (let v = 0; v < keys.length; v++) {
    const status = ACTOR_STATUSES[actors.status[v]];
    if (status === 'absent') continue;
    const change = detaching.has(v) ? 'detaching' : attaching.has(v) ? 'attaching' : null;
    if (!selected(selection, status, change)) continue;
    rows.push([
      'actor',
      status,
      ...identity(v),
      null,
      null,
      null,
      null,
      null,
      null,
      locality.from.localShare[v],
      locality.to.localShare[v],
      locality.change[v],
      change,
      locality.from.localAttachment[v],
      locality.to.localAttachment[v],
      role(roles.from[v]),
      role(roles.to[v]),
      communities.from[v],
      communities.to[v],
      ...ranks.flatMap((rank) =>
        [rank.valueFrom, rank.valueTo, rank.rankFrom, rank.rankTo, rank.change].map((column) => column[v]),
      ),
      ...locality.paths.map((path) => path.localShare[v]),
      ...locality.paths.map((path) => path.localAttachment[v]),
    ]);
  }
  return { header, rows };
}

function selected(selection: ChangesSelection, status: string, change: string | null): boolean {
  if (selection === 'entered' || selection === 'left') return status === selection;
  return selection === 'all' || change === selection;
}

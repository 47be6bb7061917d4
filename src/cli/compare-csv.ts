/**
 * The changes table of `clusterscope compare`: one row per tie of either window (entered, left,
 * persisted) and one per actor of either window (entered, left, stayed), in one CSV so that a
 * spreadsheet or R reads it in one go; `record` tells the two apart and the columns of the other
 * kind are empty. Actor rows carry the shares of local ties and local attachment in both windows
 * and per year (the detachment paths), the Giuliani–Bell roles, the communities and the rank
 * changes. Ids and labels are written as the actors' own; text is safe against formula injection.
 */

import { GIULIANI_BELL_ROLES } from '../analysis/measures/giuliani-bell.ts';
import { ACTOR_STATUSES, type Comparison } from '../analysis/time/compare.ts';
import { TIE_STATUSES } from '../analysis/time/tie-changes.ts';
import { csvCell, csvDocument, numberCell } from '../io/csv-cell.ts';
import { actorId, type Ecosystem } from '../model/ecosystem.ts';

const TIE_CLASS: Record<number, string> = { 1: 'true', 0: 'false' };

export function changesCsv(comparison: Comparison, ecosystem: Ecosystem): string {
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
  const identity = (v: number) => {
    const attributes = ecosystem.getNodeAttributes(keys[v]);
    return [csvCell(actorId(keys[v])), csvCell(attributes.label), csvCell(attributes.kind)];
  };
  const rows: string[][] = [];
  for (let k = 0; k < ties.status.length; k++) {
    rows.push([
      'tie',
      TIE_STATUSES[ties.status[k]],
      ...identity(ties.source[k]),
      ...identity(ties.target[k]),
      numberCell(ties.strengthFrom[k]),
      numberCell(ties.strengthTo[k]),
      TIE_CLASS[ties.local[k]] ?? '',
      ...new Array<string>(actorWidth).fill(''),
    ]);
  }
  const detaching = new Set(locality.detaching);
  const attaching = new Set(locality.attaching);
  const role = (code: number) => (Number.isNaN(code) ? '' : csvCell(GIULIANI_BELL_ROLES[code]));
  for (let v = 0; v < keys.length; v++) {
    const status = ACTOR_STATUSES[actors.status[v]];
    if (status === 'absent') continue;
    rows.push([
      'actor',
      status,
      ...identity(v),
      '',
      '',
      '',
      '',
      '',
      '',
      numberCell(locality.from.localShare[v]),
      numberCell(locality.to.localShare[v]),
      numberCell(locality.change[v]),
      detaching.has(v) ? 'detaching' : attaching.has(v) ? 'attaching' : '',
      numberCell(locality.from.localAttachment[v]),
      numberCell(locality.to.localAttachment[v]),
      role(roles.from[v]),
      role(roles.to[v]),
      numberCell(communities.from[v]),
      numberCell(communities.to[v]),
      ...ranks.flatMap((rank) =>
        [rank.valueFrom, rank.valueTo, rank.rankFrom, rank.rankTo, rank.change].map((column) =>
          numberCell(column[v]),
        ),
      ),
      ...locality.paths.map((path) => numberCell(path.localShare[v])),
      ...locality.paths.map((path) => numberCell(path.localAttachment[v])),
    ]);
  }
  return csvDocument(header, rows);
}

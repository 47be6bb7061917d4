/**
 * The community list: one row per community with its figures from the analysis, its top
 * brokers (clickable) and its most frequent kind, sector and region. Choosing a row points
 * its members out on the map.
 */
import { ACTOR_KIND_LABELS, type ActorKind } from '../../../model/kinds.ts';
import { formatCount, formatNumber, formatPercent } from '../../charts/format.ts';
import {
  COMMUNITY_TEXT_COLUMNS,
  type CommunityColumn,
  type CommunityRow,
  type DominantValue,
} from './community-rows.ts';
import { SortableHeader } from './SortableHeader.tsx';
import { nextSort, type SortState } from './sort-rows.ts';

const COLUMNS: { id: CommunityColumn; label: string; title?: string }[] = [
  { id: 'community', label: 'Community' },
  { id: 'size', label: 'Actors' },
  { id: 'density', label: 'Density', title: 'Share of member pairs that are tied' },
  { id: 'internalTies', label: 'Inside', title: 'Ties between two members' },
  { id: 'externalTies', label: 'Outside', title: 'Ties from a member to an actor of another community' },
  { id: 'ei', label: 'E-I', title: 'E-I index (outside − inside)/(outside + inside): −1 closed, +1 open' },
];

function dominantText(label: string, dominant: DominantValue | null, readValue = (value: string) => value) {
  if (!dominant) return null;
  return (
    <span className="community-dominant">
      <span className="muted">{label}</span> {readValue(dominant.value)} ({formatPercent(dominant.share)})
    </span>
  );
}

function kindLabel(kind: string): string {
  return ACTOR_KIND_LABELS[kind as ActorKind] ?? kind;
}

export function CommunityTable({
  rows,
  sort,
  onSort,
  chosen,
  onChoose,
  onOpenActor,
}: {
  rows: readonly CommunityRow[];
  sort: SortState<CommunityColumn>;
  onSort: (sort: SortState<CommunityColumn>) => void;
  chosen: number | null;
  onChoose: (community: number) => void;
  onOpenActor: (key: string) => void;
}) {
  const sortBy = (column: CommunityColumn) => onSort(nextSort(sort, column, COMMUNITY_TEXT_COLUMNS));
  return (
    <table className="data-table community-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <SortableHeader
              key={column.id}
              column={column.id}
              label={column.label}
              title={column.title}
              sort={sort}
              onSort={sortBy}
              numeric={column.id !== 'community'}
            />
          ))}
          <th scope="col">Top brokers</th>
          <th scope="col">Mostly</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.community}
            data-testid="community-row"
            data-community={row.community}
            className={row.community === chosen ? 'selected' : undefined}
          >
            <td>
              <button
                type="button"
                className="link-button"
                aria-pressed={row.community === chosen}
                onClick={() => onChoose(row.community)}
                title={`Highlight the ${formatCount(row.size)} members of ${row.name} on the map`}
              >
                {row.name}
              </button>
            </td>
            <td className="number">{formatCount(row.size)}</td>
            <td className="number">{row.density === null ? '–' : formatNumber(row.density)}</td>
            <td className="number">{formatCount(row.internalTies)}</td>
            <td className="number">{formatCount(row.externalTies)}</td>
            <td className="number">{row.ei === null ? '–' : formatNumber(row.ei)}</td>
            <td className="community-brokers">
              {row.brokers.map((broker) => (
                <button
                  key={broker.key}
                  type="button"
                  className="link-button"
                  onClick={() => onOpenActor(broker.key)}
                  title={`${broker.label}: select on the map`}
                >
                  {broker.label}
                </button>
              ))}
            </td>
            <td className="community-dominants">
              {dominantText('kind', row.kind, kindLabel)}
              {dominantText('sector', row.sector)}
              {dominantText('region', row.region)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

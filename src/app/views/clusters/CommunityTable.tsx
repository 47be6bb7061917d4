/**
 * The community list: one row per community with its figures from the analysis, its top
 * brokers (clickable) and its most frequent kind, sector and region. Choosing a row points
 * its members out on the map.
 */
import type { Language, Translate } from '../../../i18n/i18n.ts';
import { formatCount, formatNumber, formatPercent } from '../../charts/format.ts';
import { DATA, useWording } from '../../i18n.ts';
import { actorKindLabel, fieldLabel } from '../../words.ts';
import {
  COMMUNITY_TEXT_COLUMNS,
  type CommunityColumn,
  type CommunityRow,
  communityName,
  type DominantValue,
} from './community-rows.ts';
import { SortableHeader } from './SortableHeader.tsx';
import { nextSort, type SortState } from './sort-rows.ts';

function columns(t: Translate): { id: CommunityColumn; label: string; title?: string }[] {
  return [
    { id: 'community', label: t('clusters.table.community') },
    { id: 'size', label: t('clusters.table.actors') },
    { id: 'density', label: t('clusters.table.density'), title: t('clusters.table.densityTitle') },
    { id: 'internalTies', label: t('clusters.table.inside'), title: t('clusters.table.insideTitle') },
    { id: 'externalTies', label: t('clusters.table.outside'), title: t('clusters.table.outsideTitle') },
    { id: 'ei', label: t('clusters.table.ei'), title: t('clusters.table.eiTitle') },
  ];
}

/** "kind Firm (80%)": the most frequent kind, sector or region; a sector or region is the network's data. */
function dominantText(label: string, dominant: DominantValue | null, language: Language, kind?: Translate) {
  if (!dominant) return null;
  return (
    <span className="community-dominant">
      <span className="muted">{label}</span>{' '}
      {kind ? actorKindLabel(kind, dominant.value) : <span {...DATA}>{dominant.value}</span>} (
      {formatPercent(dominant.share, language)})
    </span>
  );
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
  const { t, language } = useWording();
  return (
    <table className="data-table community-table">
      <thead>
        <tr>
          {columns(t).map((column) => (
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
          <th scope="col">{t('clusters.table.brokers')}</th>
          <th scope="col">{t('clusters.table.mostly')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = communityName(t, row.community);
          return (
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
                  title={t('clusters.table.highlight', { count: row.size, name })}
                >
                  {name}
                </button>
              </td>
              <td className="number">{formatCount(row.size, language)}</td>
              <td className="number">{row.density === null ? '–' : formatNumber(row.density, language)}</td>
              <td className="number">{formatCount(row.internalTies, language)}</td>
              <td className="number">{formatCount(row.externalTies, language)}</td>
              <td className="number">{row.ei === null ? '–' : formatNumber(row.ei, language)}</td>
              <td className="community-brokers">
                {row.brokers.map((broker) => (
                  <button
                    key={broker.key}
                    type="button"
                    className="link-button"
                    onClick={() => onOpenActor(broker.key)}
                    title={t('common.selectOnMap', { label: broker.label })}
                    {...DATA}
                  >
                    {broker.label}
                  </button>
                ))}
              </td>
              <td className="community-dominants">
                {dominantText(fieldLabel(t, 'kind'), row.kind, language, t)}
                {dominantText(fieldLabel(t, 'sector'), row.sector, language)}
                {dominantText(fieldLabel(t, 'region'), row.region, language)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

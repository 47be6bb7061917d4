/**
 * Clusters: the communities the analysis found, in plain words and as a sortable list, and
 * which communities are tied to which. Choosing a community fades the rest of the map and
 * fits the camera to its members. Reads the store only; the rows and the links between
 * communities are prepared by the pure helpers in ./clusters/.
 */
import { useMemo, useState } from 'react';
import { focusActor, focusActors } from '../canvas/renderer.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { CommunityLinksList } from './clusters/CommunityLinksList.tsx';
import { CommunityTable } from './clusters/CommunityTable.tsx';
import { type CommunityPair, communityLinks } from './clusters/community-links.ts';
import {
  type CommunityColumn,
  communityMembers,
  communityRows,
  DEFAULT_COMMUNITY_SORT,
  sortCommunities,
} from './clusters/community-rows.ts';
import { describeClusters } from './clusters/describe-clusters.ts';
import type { SortState } from './clusters/sort-rows.ts';
import { figure } from './overview/network-figures.ts';
import './clusters/clusters.css';

function openActor(key: string) {
  useExplorer.getState().select(key);
  focusActor(key);
}

function pointOut(members: string[]) {
  useExplorer.getState().setHighlighted(members);
  focusActors(members);
}

export function ClustersView() {
  const ecosystem = useExplorer((state) => state.ecosystem);
  // Committed with the network by the pipeline: it always describes this ecosystem.
  const analysis = useExplorer((state) => state.analysis);
  const colourBy = useExplorer((state) => state.appearance.colourBy);
  const highlighted = useExplorer((state) => state.highlighted);
  const [sort, setSort] = useState<SortState<CommunityColumn>>(DEFAULT_COMMUNITY_SORT);
  const [chosen, setChosen] = useState<number | null>(null);
  const wording = useWording();
  const { t } = wording;

  const keys = useMemo(() => ecosystem?.nodes() ?? [], [ecosystem]);
  const community = analysis?.columns.community;
  const rows = useMemo(
    () =>
      ecosystem
        ? communityRows(analysis?.tables.communities, keys, (key) => ecosystem.getNodeAttribute(key, 'label'))
        : [],
    [ecosystem, analysis, keys],
  );
  const sortedRows = useMemo(() => sortCommunities(rows, sort), [rows, sort]);
  const links = useMemo(
    () => (ecosystem && community ? communityLinks(ecosystem, community) : null),
    [ecosystem, community],
  );
  const count = analysis ? figure(analysis.graph, 'community_count') : null;
  const modularity = analysis ? figure(analysis.graph, 'modularity') : null;
  const sentences = useMemo(
    () => describeClusters(count, modularity, rows, links, wording),
    [count, modularity, rows, links, wording],
  );

  if (!ecosystem || !analysis || !community || rows.length === 0) {
    return (
      <div className="view-scroll clusters-view" data-testid="clusters-view">
        <p className="muted">{ecosystem ? t('clusters.waiting') : t('clusters.empty')}</p>
      </div>
    );
  }

  const choose = (wanted: number) => {
    setChosen(wanted);
    pointOut(communityMembers(keys, community, wanted));
  };
  const choosePair = (pair: CommunityPair) => {
    pointOut([
      ...communityMembers(keys, community, pair.first),
      ...communityMembers(keys, community, pair.second),
    ]);
  };
  const clear = () => {
    setChosen(null);
    useExplorer.getState().setHighlighted(null);
  };
  const colouredByCommunity = colourBy.type === 'measure' && colourBy.id === 'community';

  return (
    <div className="view-scroll clusters-view" data-testid="clusters-view">
      <section className="clusters-section clusters-summary">
        <h2>{t('clusters.title')}</h2>
        {sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        <div className="clusters-actions">
          <button
            type="button"
            aria-pressed={colouredByCommunity}
            disabled={colouredByCommunity}
            onClick={() =>
              useExplorer.getState().setAppearance({ colourBy: { type: 'measure', id: 'community' } })
            }
          >
            {colouredByCommunity ? t('clusters.coloured') : t('clusters.colour')}
          </button>
          {(chosen !== null || highlighted !== null) && (
            <button type="button" onClick={clear}>
              {t('clusters.showAll')}
            </button>
          )}
        </div>
        <p className="muted small">{t('clusters.note')}</p>
      </section>
      <section className="clusters-section clusters-table-scroll" aria-label={t('clusters.listLabel')}>
        <CommunityTable
          rows={sortedRows}
          sort={sort}
          onSort={setSort}
          chosen={chosen}
          onChoose={choose}
          onOpenActor={openActor}
        />
      </section>
      {links && <CommunityLinksList links={links} chosen={chosen} onChoosePair={choosePair} />}
    </div>
  );
}

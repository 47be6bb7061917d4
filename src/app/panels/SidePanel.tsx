/**
 * The views beside the map: Overview, Rankings, Changes, Methods… open in a panel over the left part
 * of the window while the canvas stays visible and live on the right, so clicking an actor in
 * a table shows it on the map at once.
 */
import { useEffect } from 'react';
import { refitIfFitted } from '../canvas/renderer.ts';
import { ChangesView } from '../changes/ChangesView.tsx';
import { moveWithArrows } from '../controls/arrow-keys.ts';
import { useWording } from '../i18n.ts';
import { SIDE_VIEWS, useExplorer } from '../store.ts';
import { BrokersView } from '../views/BrokersView.tsx';
import { ClustersView } from '../views/ClustersView.tsx';
import { GeographyView } from '../views/GeographyView.tsx';
import { GlossaryView } from '../views/GlossaryView.tsx';
import { LinksView } from '../views/LinksView.tsx';
import { LocalityView } from '../views/LocalityView.tsx';
import { MethodsView } from '../views/MethodsView.tsx';
import { OverviewView } from '../views/OverviewView.tsx';
import { RankingsView } from '../views/RankingsView.tsx';
import { StatisticsView } from '../views/StatisticsView.tsx';

/** Views that need no network: the map itself and the reference pages. */
const ALWAYS_OPEN = new Set(['map', 'methods', 'glossary']);

export function ViewTabs() {
  const view = useExplorer((state) => state.view);
  const ready = useExplorer((state) => state.analysis !== null);
  const { t } = useWording();
  return (
    <div
      className="view-tabs"
      role="tablist"
      aria-label={t('explorer.views')}
      onKeyDown={(event) =>
        moveWithArrows(
          event,
          SIDE_VIEWS,
          view,
          (id) => ready || ALWAYS_OPEN.has(id),
          (id) => useExplorer.setState({ view: id }),
        )
      }
    >
      {SIDE_VIEWS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          data-item={id}
          tabIndex={view === id ? 0 : -1}
          aria-selected={view === id}
          aria-controls={id === 'map' ? undefined : 'side-panel'}
          disabled={!ready && !ALWAYS_OPEN.has(id)}
          onClick={() => useExplorer.setState({ view: id })}
        >
          {t(`explorer.tab.${id}`)}
        </button>
      ))}
    </div>
  );
}

export function SidePanel() {
  const view = useExplorer((state) => state.view);
  useEffect(() => {
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && useExplorer.getState().view !== 'map')
        useExplorer.setState({ view: 'map' });
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, []);
  // The panel changes the part of the canvas left free: a fitted network is framed in it again.
  useEffect(() => {
    if (view !== undefined) refitIfFitted();
  }, [view]);
  if (view === 'map') return null;
  return (
    <section id="side-panel" className="side-panel panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
      {view === 'overview' && <OverviewView />}
      {view === 'rankings' && <RankingsView />}
      {view === 'brokers' && <BrokersView />}
      {view === 'clusters' && <ClustersView />}
      {view === 'locality' && <LocalityView />}
      {view === 'geography' && <GeographyView />}
      {view === 'links' && <LinksView />}
      {view === 'changes' && <ChangesView />}
      {view === 'statistics' && <StatisticsView />}
      {view === 'methods' && <MethodsView />}
      {view === 'glossary' && <GlossaryView />}
    </section>
  );
}

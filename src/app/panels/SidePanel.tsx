/**
 * The views beside the map: Overview, Rankings and Methods open in a panel over the left part
 * of the window while the canvas stays visible and live on the right, so clicking an actor in
 * a table shows it on the map at once.
 */
import { useEffect } from 'react';
import { type SideView, useExplorer } from '../store.ts';
import { BrokersView } from '../views/BrokersView.tsx';
import { ClustersView } from '../views/ClustersView.tsx';
import { GeographyView } from '../views/GeographyView.tsx';
import { LinksView } from '../views/LinksView.tsx';
import { LocalityView } from '../views/LocalityView.tsx';
import { MethodsView } from '../views/MethodsView.tsx';
import { OverviewView } from '../views/OverviewView.tsx';
import { RankingsView } from '../views/RankingsView.tsx';

const VIEWS: { id: SideView; label: string }[] = [
  { id: 'map', label: 'Map' },
  { id: 'overview', label: 'Overview' },
  { id: 'rankings', label: 'Rankings' },
  { id: 'brokers', label: 'Brokers' },
  { id: 'clusters', label: 'Clusters' },
  { id: 'locality', label: 'Local' },
  { id: 'geography', label: 'Geography' },
  { id: 'links', label: 'Links' },
  { id: 'methods', label: 'Methods' },
];

export function ViewTabs() {
  const view = useExplorer((state) => state.view);
  const ready = useExplorer((state) => state.analysis !== null);
  return (
    <div className="view-tabs" role="tablist" aria-label="Views">
      {VIEWS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={view === tab.id}
          aria-controls={tab.id === 'map' ? undefined : 'side-panel'}
          disabled={!ready && tab.id !== 'map' && tab.id !== 'methods'}
          onClick={() => useExplorer.setState({ view: tab.id })}
        >
          {tab.label}
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
      {view === 'methods' && <MethodsView />}
    </section>
  );
}

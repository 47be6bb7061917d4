import { useEffect } from 'react';
import { NetworkCanvas } from './canvas/NetworkCanvas.tsx';
import { ProposedTiesOverlay } from './canvas/ProposedTiesOverlay.tsx';
import { ChangesOverlay } from './changes/ChangesOverlay.tsx';
import { FileMenu } from './controls/FileMenu.tsx';
import { LanguageSwitch } from './controls/LanguageSwitch.tsx';
import { LensBar } from './controls/LensBar.tsx';
import { SearchBox } from './controls/SearchBox.tsx';
import { Toolbar } from './controls/Toolbar.tsx';
import { FiltersPanel } from './filters/FiltersPanel.tsx';
import { loadSample } from './load.ts';
import { MapLegend } from './map/MapLegend.tsx';
import { ActorPanel } from './panels/ActorPanel.tsx';
import { Legend } from './panels/Legend.tsx';
import { SidePanel, ViewTabs } from './panels/SidePanel.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { DEFAULT_SAMPLE } from './samples.ts';
import { useExplorer } from './store.ts';
import { Timeline } from './timeline/Timeline.tsx';
import { openLastWorkspaceOr, startExplorerAutosave, WorkspaceMenu } from './workspace/index.ts';

export function App() {
  useEffect(() => {
    if (useExplorer.getState().phase === 'idle')
      void openLastWorkspaceOr(async () => {
        await loadSample(DEFAULT_SAMPLE);
      });
    return startExplorerAutosave();
  }, []);
  return (
    <div className="explorer">
      <NetworkCanvas />
      <LensBar />
      <ProposedTiesOverlay />
      <ChangesOverlay />
      <header className="top-bar">
        <div className="top-row">
          <h1>Clusterscope</h1>
          <SearchBox />
          <FileMenu />
          <WorkspaceMenu />
          <LanguageSwitch />
        </div>
        <ViewTabs />
      </header>
      <div className="left-column">
        <Legend />
        <MapLegend />
        <FiltersPanel />
      </div>
      <SidePanel />
      <ActorPanel />
      <footer className="bottom-bar">
        <Toolbar />
        <Timeline />
        <StatusBar />
      </footer>
    </div>
  );
}

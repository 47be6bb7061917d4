import { useEffect } from 'react';
import { NetworkCanvas } from './canvas/NetworkCanvas.tsx';
import { FileMenu } from './controls/FileMenu.tsx';
import { SearchBox } from './controls/SearchBox.tsx';
import { Toolbar } from './controls/Toolbar.tsx';
import { FiltersPanel } from './filters/FiltersPanel.tsx';
import { loadSample } from './load.ts';
import { ActorPanel } from './panels/ActorPanel.tsx';
import { Legend } from './panels/Legend.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { DEFAULT_SAMPLE } from './samples.ts';
import { useExplorer } from './store.ts';

export function App() {
  const networkName = useExplorer((state) => state.networkName);
  useEffect(() => {
    if (useExplorer.getState().phase === 'idle') void loadSample(DEFAULT_SAMPLE);
  }, []);
  return (
    <div className="explorer">
      <NetworkCanvas />
      <header className="top-bar">
        <h1>
          Clusterscope <span className="network-name">{networkName}</span>
        </h1>
        <SearchBox />
        <FileMenu />
      </header>
      <div className="left-column">
        <Legend />
        <FiltersPanel />
      </div>
      <ActorPanel />
      <footer className="bottom-bar">
        <Toolbar />
        <StatusBar />
      </footer>
    </div>
  );
}

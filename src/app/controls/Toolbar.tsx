/** Camera and layout controls: zoom, fit, pause/resume the layout, label density. */
import { useTranslation } from 'react-i18next';
import { fitView, zoomIn, zoomOut } from '../canvas/renderer.ts';
import { pauseLayout, resumeLayout, runLayoutAgain } from '../layout/layout-controller.ts';
import { useExplorer } from '../store.ts';

export function Toolbar() {
  const layout = useExplorer((state) => state.layout);
  const labelDensity = useExplorer((state) => state.labelDensity);
  const setLabelDensity = useExplorer((state) => state.setLabelDensity);
  const ready = useExplorer((state) => state.display !== null);
  // On the map the actors stand at their places; the force layout waits for the network view.
  const onMap = useExplorer((state) => state.layoutMode === 'map');
  const running = layout.state === 'running';
  const { t } = useTranslation();
  const pinnedCount = useExplorer((state) => state.pinned.length);
  const setPinned = useExplorer((state) => state.setPinned);
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas controls">
      <button type="button" onClick={zoomIn} disabled={!ready} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={zoomOut} disabled={!ready} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button
        type="button"
        onClick={() => fitView()}
        disabled={!ready}
        aria-label="Fit the network to the window"
        title="Fit"
      >
        ⤢
      </button>
      <button
        type="button"
        onClick={running ? pauseLayout : layout.state === 'settled' ? runLayoutAgain : resumeLayout}
        disabled={!ready || onMap}
        aria-pressed={running}
        data-testid="layout-toggle"
      >
        {running ? 'Pause layout' : layout.state === 'settled' ? 'Run layout again' : 'Resume layout'}
      </button>
      {pinnedCount > 0 && (
        <button
          type="button"
          onClick={() => setPinned(null, false)}
          title={t('pin.hint')}
          data-testid="unpin-all"
        >
          {t('pin.unpinAll', { count: pinnedCount })}
        </button>
      )}
      <span className="layout-status" aria-live="polite" data-testid="layout-status">
        {layoutDescription(layout.state, layout.iterations, layout.elapsedMilliseconds)}
      </span>
      <label className="density">
        Labels
        <input
          type="range"
          min={0.05}
          max={3}
          step={0.05}
          value={labelDensity}
          onChange={(event) => setLabelDensity(Number(event.target.value))}
          aria-label="Label density"
        />
      </label>
    </div>
  );
}

function layoutDescription(state: string, iterations: number, milliseconds: number): string {
  const seconds = (milliseconds / 1000).toFixed(1);
  switch (state) {
    case 'running':
      return `Layout running · ${iterations} iterations`;
    case 'paused':
      return `Layout paused · ${iterations} iterations`;
    case 'settled':
      return `Layout settled · ${iterations} iterations in ${seconds} s`;
    default:
      return '';
  }
}

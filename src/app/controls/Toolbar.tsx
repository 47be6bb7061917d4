/** Camera and layout controls: zoom, fit, pause/resume the layout, label density. */

import type { Translate } from '../../i18n/i18n.ts';
import { fitView, zoomIn, zoomOut } from '../canvas/renderer.ts';
import { useWording } from '../i18n.ts';
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
  const { t } = useWording();
  const pinnedCount = useExplorer((state) => state.pinned.length);
  const setPinned = useExplorer((state) => state.setPinned);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('canvas.controls')}>
      <button
        type="button"
        onClick={zoomIn}
        disabled={!ready}
        aria-label={t('canvas.zoomIn')}
        title={t('canvas.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        onClick={zoomOut}
        disabled={!ready}
        aria-label={t('canvas.zoomOut')}
        title={t('canvas.zoomOut')}
      >
        −
      </button>
      <button
        type="button"
        onClick={() => fitView()}
        disabled={!ready}
        aria-label={t('canvas.fitLabel')}
        title={t('canvas.fit')}
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
        {running
          ? t('canvas.layout.pause')
          : layout.state === 'settled'
            ? t('canvas.layout.again')
            : t('canvas.layout.resume')}
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
        {layoutDescription(layout.state, layout.iterations, layout.elapsedMilliseconds, t)}
      </span>
      <label className="density">
        {t('canvas.labels')}
        <input
          type="range"
          min={0.05}
          max={3}
          step={0.05}
          value={labelDensity}
          onChange={(event) => setLabelDensity(Number(event.target.value))}
          aria-label={t('canvas.labelDensity')}
        />
      </label>
    </div>
  );
}

function layoutDescription(state: string, iterations: number, milliseconds: number, t: Translate): string {
  const values = { iterations, seconds: milliseconds / 1000 };
  switch (state) {
    case 'running':
      return t('canvas.layout.running', values);
    case 'paused':
      return t('canvas.layout.paused', values);
    case 'settled':
      return t('canvas.layout.settled', values);
    default:
      return '';
  }
}

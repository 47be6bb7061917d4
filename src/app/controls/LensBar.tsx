/**
 * The three ways of looking, and the plain network, one click each above the canvas, with one
 * sentence saying what the picture now shows; beside them, whether actors stand where their ties
 * put them or at their places on the map. Choosing a colour in the legend returns to the
 * network view (legend and lens never disagree about what a colour means).
 */

import { LENSES, type Lens } from '../appearance/lenses.ts';
import { useWording } from '../i18n.ts';
import { LayoutSwitch } from '../map/LayoutSwitch.tsx';
import { useExplorer } from '../store.ts';
import { moveWithArrows } from './arrow-keys.ts';

export function LensBar() {
  const { t } = useWording();
  const lens = useExplorer((state) => state.appearance.lens);
  const ready = useExplorer((state) => state.analysis !== null);
  const setAppearance = useExplorer((state) => state.setAppearance);
  // With a view open on the left, the bar moves over the canvas that is still visible.
  const besidePanel = useExplorer((state) => state.view !== 'map');
  const choose = (next: Lens) => setAppearance({ lens: next });
  return (
    <div className={besidePanel ? 'lens-bar beside-panel' : 'lens-bar'} data-testid="lens-bar">
      <div className="lens-row">
        <LayoutSwitch />
        <div
          role="radiogroup"
          aria-label={t('lens.bar')}
          className="lens-buttons"
          onKeyDown={(event) => moveWithArrows(event, LENSES, lens, () => ready, choose)}
        >
          {LENSES.map((option) => (
            // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons reads better than radio inputs here
            <button
              key={option}
              type="button"
              role="radio"
              data-item={option}
              tabIndex={lens === option ? 0 : -1}
              aria-checked={lens === option}
              disabled={!ready}
              onClick={() => choose(option)}
            >
              {t(`lens.${option}.label`)}
            </button>
          ))}
        </div>
      </div>
      <p className="lens-note">{t(`lens.${lens}.note`)}</p>
    </div>
  );
}

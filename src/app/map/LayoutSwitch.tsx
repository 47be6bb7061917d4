/**
 * Network or map, one click each beside the canvas controls. The map is offered once some actor
 * of the network on screen has a place (coordinates, a town, a region or a country); otherwise
 * the button says why not.
 */
import { useWording } from '../i18n.ts';
import './map.css';
import { useExplorer } from '../store.ts';
import { mapAvailable } from './map-layout.ts';
import { LAYOUT_MODES, type LayoutMode } from './map-settings.ts';

export function LayoutSwitch() {
  const { t } = useWording();
  const mode = useExplorer((state) => state.layoutMode);
  const ready = useExplorer((state) => state.display !== null && state.phase === 'ready');
  const available = useExplorer((state) => mapAvailable(state.display));
  const choose = (next: LayoutMode) => useExplorer.getState().setLayoutMode(next);
  const words: Record<LayoutMode, { label: string; title: string }> = {
    force: { label: t('map.switch.force'), title: t('map.switch.forceTitle') },
    map: {
      label: t('map.switch.map'),
      title: available ? t('map.switch.mapTitle') : t('map.switch.unavailable'),
    },
  };
  return (
    <div
      className="layout-switch"
      role="radiogroup"
      aria-label={t('map.switch.label')}
      data-testid="layout-switch"
    >
      {LAYOUT_MODES.map((option) => (
        // biome-ignore lint/a11y/useSemanticElements: two toggle buttons read better than radio inputs here
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={mode === option}
          disabled={!ready || (option === 'map' && !available)}
          title={words[option].title}
          onClick={() => choose(option)}
        >
          {words[option].label}
        </button>
      ))}
    </div>
  );
}

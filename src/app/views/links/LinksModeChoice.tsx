/** The two questions the view answers, as a radio group: one actor's missing links, or the network's. */
import { useId } from 'react';
import { useWording } from '../../i18n.ts';
import { type LinksMode, useLinksSettings } from './settings.ts';

const MODES: readonly LinksMode[] = ['actor', 'network'];

export function LinksModeChoice() {
  const mode = useLinksSettings((state) => state.mode);
  const set = useLinksSettings((state) => state.set);
  const name = useId();
  const { t } = useWording();
  return (
    <div className="links-mode" role="radiogroup" aria-label={t('links.mode.aria')} data-testid="links-mode">
      {MODES.map((choice) => (
        <label
          key={choice}
          className={mode === choice ? 'links-mode-option links-mode-on' : 'links-mode-option'}
        >
          <input
            type="radio"
            name={name}
            value={choice}
            checked={mode === choice}
            onChange={() => set({ mode: choice })}
          />
          {t(`links.mode.${choice}`)}
        </label>
      ))}
    </div>
  );
}

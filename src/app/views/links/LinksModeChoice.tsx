/** The two questions the view answers, as a radio group: one actor's missing links, or the network's. */
import { useId } from 'react';
import { type LinksMode, useLinksSettings } from './settings.ts';

const MODES: readonly { mode: LinksMode; label: string }[] = [
  { mode: 'actor', label: 'For the selected actor' },
  { mode: 'network', label: 'Across the network' },
];

export function LinksModeChoice() {
  const mode = useLinksSettings((state) => state.mode);
  const set = useLinksSettings((state) => state.set);
  const name = useId();
  return (
    <div className="links-mode" role="radiogroup" aria-label="Suggestions" data-testid="links-mode">
      {MODES.map((choice) => (
        <label
          key={choice.mode}
          className={mode === choice.mode ? 'links-mode-option links-mode-on' : 'links-mode-option'}
        >
          <input
            type="radio"
            name={name}
            value={choice.mode}
            checked={mode === choice.mode}
            onChange={() => set({ mode: choice.mode })}
          />
          {choice.label}
        </label>
      ))}
    </div>
  );
}

/** Pins the actor on show where it is on the canvas, or lets the layout move it again. */
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../store.ts';

export function PinToggle({ actor }: { actor: string }) {
  const { t } = useTranslation();
  const pinned = useExplorer((state) => state.pinned.includes(actor));
  const setPinned = useExplorer((state) => state.setPinned);
  return (
    <button
      type="button"
      className="pin-toggle"
      aria-pressed={pinned}
      title={t('pin.hint')}
      onClick={() => setPinned(actor, !pinned)}
      data-testid="pin-toggle"
    >
      {pinned ? t('pin.unpin') : t('pin.pin')}
    </button>
  );
}

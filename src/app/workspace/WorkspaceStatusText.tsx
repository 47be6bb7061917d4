/**
 * The save status beside the menu: "Saving…", "Saved 12:03", or what went wrong. Errors are
 * announced (role=alert); the routine "Saved" is not, or a screen reader would repeat it
 * after every click. Times follow the language on screen.
 */
import { type Language, say } from '../../i18n/i18n.ts';
import { useWording } from '../i18n.ts';
import { useWorkspaceStatus } from './status.ts';

export function WorkspaceStatusText() {
  const { state, savedAt, error, current } = useWorkspaceStatus();
  const { t, language } = useWording();
  return (
    <>
      <span className="muted small workspace-save-status" data-testid="workspace-save-status">
        {state === 'saving'
          ? t('workspace.saving')
          : savedAt && current
            ? t('workspace.saved', { time: formatTime(savedAt, language) })
            : ''}
      </span>
      {error && (
        <p className="workspace-error" role="alert" data-testid="workspace-error">
          {say(t, error)}
          <button
            type="button"
            className="icon-button"
            aria-label={t('workspace.dismiss')}
            onClick={() => useWorkspaceStatus.setState({ error: null, state: 'idle' })}
          >
            ×
          </button>
        </p>
      )}
    </>
  );
}

const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };

export function formatTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleTimeString(LOCALES[language], { hour: '2-digit', minute: '2-digit' });
}

export function formatSavedAt(iso: string, language: Language): string {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today
    ? formatTime(iso, language)
    : date.toLocaleString(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
}

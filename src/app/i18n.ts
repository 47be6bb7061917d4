/**
 * The explorer's translator: one i18next instance, its language taken from the browser on the
 * first visit, then from the session (the top bar's switch, a workspace, a project file). React
 * components read words through react-i18next's `useTranslation`; other modules of the app
 * take a `t` function, so they stay pure and testable.
 */
import { createI18n, type Language, preferredLanguage } from '../i18n/i18n.ts';
import { useExplorer } from './store.ts';

/** Handed to React by I18nextProvider in main.tsx. */
export const appI18n = createI18n(
  preferredLanguage(typeof navigator === 'undefined' ? undefined : navigator.languages),
);

/** Follows the session's language; returns the unsubscribe function. */
export function keepLanguageInStep(): () => void {
  const apply = (language: Language) => {
    if (appI18n.language !== language) void appI18n.changeLanguage(language);
    document.documentElement.lang = language;
  };
  apply(useExplorer.getState().language);
  return useExplorer.subscribe((state, previous) => {
    if (state.language !== previous.language) apply(state.language);
  });
}

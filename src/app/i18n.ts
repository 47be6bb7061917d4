/**
 * The explorer's translator: one i18next instance, its language taken from the browser on the
 * first visit, then from the session (the top bar's switch, a workspace, a project file).
 * Components read words through `useWording` (a `t` fixed to the language on screen, and that
 * language for numbers); other modules of the app take such a wording, so they stay pure and
 * testable.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createI18n,
  isLanguage,
  type Language,
  preferredLanguage,
  type Translate,
  type Wording,
} from '../i18n/i18n.ts';
import { useExplorer } from './store.ts';

/** Handed to React by I18nextProvider in main.tsx. */
export const appI18n = createI18n(
  preferredLanguage(typeof navigator === 'undefined' ? undefined : navigator.languages),
);

/** The wording of the language on screen; components re-render when it changes. */
export function useWording(): Wording {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => {
    const fixed = i18n.getFixedT(language);
    const t: Translate = (key, values) => fixed(key, values as Record<string, unknown>) as string;
    return { t, language };
  }, [i18n, language]);
}

/**
 * The wording of the session's language, outside React (exports, the legend). Read from the
 * store, not from the i18next instance, so a subscriber that runs before the instance has
 * switched still speaks the new language.
 */
export function currentWording(language: Language = useExplorer.getState().language): Wording {
  const fixed = appI18n.getFixedT(language);
  return { t: (key, values) => fixed(key, values as Record<string, unknown>) as string, language };
}

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

/**
 * Spread onto an element that shows the network's data (actor names, field values, file
 * names): `translate="no"` tells browser translators to leave it, and the Dutch browser journey
 * to skip it when it looks for English on screen.
 */
export const DATA: Readonly<Record<string, string>> = { translate: 'no' };

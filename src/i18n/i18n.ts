/**
 * Words in English and Dutch. Every word the explorer and the command line show comes from a
 * catalog (locales/en.json, locales/nl.json) through i18next with ICU messages, so sentences
 * with numbers use ICU plurals ({count, plural, one {# actor} other {# actors}}) and never
 * string concatenation. Data is never translated; machine-readable outputs (CSV columns, JSON
 * keys) keep their English ids and `.` decimals.
 *
 * Why i18next (with i18next-icu) rather than Lingui: it needs no compile step or Babel macro
 * (the build is Vite with oxc, the CLI runs TypeScript directly through tsx), the same instance
 * type serves React (react-i18next), a worker and Node, and its ICU plugin gives the plural and
 * number rules of `Intl`, so Dutch plurals and decimal commas come from the platform.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import en from './locales/en.json';
import nl from './locales/nl.json';
import { registryResources } from './registry-texts.ts';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Translate = TFunction;

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The first of the person's preferred languages we speak (nl-BE and nl-NL are Dutch); else English. */
export function preferredLanguage(preferences: readonly string[] | undefined): Language {
  for (const tag of preferences ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** A translator for one language (the command line, tests); the explorer keeps one instance. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(ICU).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // Catalogs are bundled: initialisation is synchronous, nothing is fetched.
    initAsync: false,
    resources: {
      en: { translation: en, registry: registryResources('en') },
      nl: { translation: nl, registry: registryResources('nl') },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Numbers as people of the language write them: 1,234.5 in English, 1.234,5 in Dutch. */
export function numberFormat(language: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(language, options);
}

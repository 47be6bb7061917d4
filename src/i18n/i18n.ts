/**
 * Words in English and Dutch. Every word the explorer and the command line show comes from a
 * catalog (locales/en/*.json, locales/nl/*.json) through i18next with ICU messages, so sentences
 * with numbers use ICU plurals ({count, plural, one {# actor} other {# actors}}) and never
 * string concatenation. Data is never translated; machine-readable outputs (CSV columns, JSON
 * keys) keep their English ids and `.` decimals.
 *
 * Why i18next (with i18next-icu) rather than Lingui: it needs no compile step or Babel macro
 * (the build is Vite with oxc, the CLI runs TypeScript directly through tsx), the same instance
 * type serves React (react-i18next), a worker and Node, and its ICU plugin gives the plural and
 * number rules of `Intl`, so Dutch plurals and decimal commas come from the platform.
 */
import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { CATALOGS } from './locales/catalogs.ts';
import type { Phrase } from './phrase.ts';
import { registryResources } from './registry-texts.ts';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
/**
 * A catalog lookup: key and values in, words out. Narrower than i18next's own TFunction on
 * purpose — pure modules and tests need only this. Value names must not be i18next's option
 * names (context, lng, ns, defaultValue, …); `count` is fine and drives no suffix lookup here
 * because plurals are ICU messages.
 */
export type Translate = (key: string, values?: Readonly<Record<string, unknown>>) => string;

/**
 * What a pure module needs to put something into words: the translator, and the language its
 * numbers are written in (decimal comma in Dutch). Components get it from `useWording`.
 */
export interface Wording {
  readonly t: Translate;
  readonly language: Language;
}

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
      en: { translation: CATALOGS.en, registry: registryResources('en') },
      nl: { translation: CATALOGS.nl, registry: registryResources('nl') },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const wordings = new Map<Language, Wording>();

/** A fixed-language wording (the command line, tests, exports); one translator per language. */
export function wordingFor(language: Language): Wording {
  let wording = wordings.get(language);
  if (!wording) {
    wording = { t: translator(createI18n(language)), language };
    wordings.set(language, wording);
  }
  return wording;
}

/** The instance's lookup as a `Translate`, bound to it (it follows the instance's language). */
export function translator(instance: I18n): Translate {
  return (key, values) => instance.t(key, values as Record<string, unknown>) as string;
}

/** A phrase (phrase.ts) in words; values that are phrases themselves are said first. */
export function say(t: Translate, phrase: Phrase): string {
  if (!phrase.values) return t(phrase.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.values))
    values[name] = typeof value === 'object' ? say(t, value) : value;
  return t(phrase.key, values);
}

/** Numbers as people of the language write them: 1,234.5 in English, 1.234,5 in Dutch. */
export function numberFormat(language: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(language, options);
}

/**
 * The language the command line speaks: `--lang en|nl` anywhere on the command line, else the
 * locale of the environment as gettext reads it (LANGUAGE's list unless the locale is C or POSIX,
 * then LC_ALL, LC_MESSAGES, LANG: the first one set decides), the first we speak; else English.
 * Column ids, option values and file contents stay as they are in every language.
 */
import { isLanguage, type Language } from '../i18n/i18n.ts';

type Environment = Readonly<Record<string, string | undefined>>;

export function environmentLanguage(environment: Environment): Language {
  const locale = ['LC_ALL', 'LC_MESSAGES', 'LANG'].map((name) => environment[name]).find(Boolean) ?? '';
  const plain = locale === '' || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.');
  const wishes = [...(plain ? [] : (environment.LANGUAGE ?? '').split(':')), locale];
  for (const wish of wishes) {
    const base = wish.toLowerCase().split(/[_.@-]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export interface LanguageChoice {
  readonly language: Language;
  /** The command line without `--lang`. */
  readonly args: string[];
  /** What followed `--lang` when it is no language we speak. */
  readonly wrong?: string;
}

/**
 * `reproduce --lang r|python` names the language of the script it writes: those values stay on
 * the command line for the command, so one flag name serves people and scripts.
 */
const SCRIPT_LANGUAGES = new Set(['r', 'python']);

/** Takes `--lang X` or `--lang=X` out of the command line; the environment decides without it. */
export function chooseLanguage(argv: readonly string[], environment: Environment): LanguageChoice {
  const args: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && SCRIPT_LANGUAGES.has(value.toLowerCase())) args.push(arg);
    else if (arg === '--lang') asked = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
    else args.push(arg);
  }
  const fallback = environmentLanguage(environment);
  if (asked === undefined) return { language: fallback, args };
  const language = asked.toLowerCase();
  return isLanguage(language) ? { language, args } : { language: fallback, args, wrong: asked };
}

/** "a, b or c" in the language ("a, b of c" in Dutch), for the values a flag takes. */
export function orList(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
}

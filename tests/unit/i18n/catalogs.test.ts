/**
 * The catalogs stay complete and in use: every key exists in English and in Dutch, every message
 * is valid ICU with the same placeholders in both languages, and every key is used somewhere in
 * the code (keys are written as literal strings, or listed in DYNAMIC_KEYS with the values that
 * complete them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import { STATISTICS_MESSAGE_IDS } from '../../../src/analysis/statistics/sentences.ts';
import { CHANGES_SELECTIONS } from '../../../src/analysis/time/changes-table.ts';
import { COMPARISON_MESSAGES } from '../../../src/analysis/time/messages.ts';
import { LENSES } from '../../../src/app/appearance/lenses.ts';
import { SIDE_VIEWS } from '../../../src/app/store.ts';
import { createI18n } from '../../../src/i18n/i18n.ts';
import en from '../../../src/i18n/locales/en.json';
import nl from '../../../src/i18n/locales/nl.json';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text);
  }
  return keys;
}

const english = flatten(en as Catalog);
const dutch = flatten(nl as Catalog);

/** Placeholders of an ICU message: {name}, {count, plural, …}, {value, number}. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:[,}])/g)) names.add(match[1]);
  return [...names].sort();
}

/** Keys built at run time from a known set of values: prefix → the values. */
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'language.': ['en', 'nl'],
  'ties.': ['all', 'disparity', 'simmelian'],
  'lens.': LENSES.flatMap((lens) => [`${lens}.label`, `${lens}.note`]),
  'profile.standing.': ['highest', 'lowest', 'level', 'share'],
  'views.': SIDE_VIEWS,
  'changes.message.': Object.keys(COMPARISON_MESSAGES),
  'changes.export.': CHANGES_SELECTIONS,
  'changes.ties.': ['entered', 'left', 'persisted'],
  'changes.actors.': ['entered', 'left'],
  'changes.detachment.': ['detaching', 'attaching'],
  'statistics.sentence.': STATISTICS_MESSAGE_IDS,
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('catalogs', () => {
  test('English and Dutch have the same keys', () => {
    expect([...dutch.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !dutch.has(key))).toEqual([]);
  });

  test('every message is valid ICU, with the same placeholders in both languages', () => {
    const problems: string[] = [];
    for (const [key, message] of english) {
      for (const [language, text] of [
        ['en', message],
        ['nl', dutch.get(key) ?? ''],
      ] as const) {
        try {
          new IntlMessageFormat(text, language);
        } catch (error) {
          problems.push(`${language} ${key}: ${(error as Error).message}`);
        }
      }
      if (placeholders(message).join() !== placeholders(dutch.get(key) ?? '').join())
        problems.push(`${key}: placeholders differ`);
    }
    expect(problems).toEqual([]);
  });

  test('every key is used in the code, and every key the code uses exists', () => {
    const code = sourceFiles(join(import.meta.dirname, '../../../src'))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const used = new Set<string>();
    for (const match of code.matchAll(/\bt\(\s*['"`]([a-z][\w.-]*)['"`]/g)) used.add(match[1]);
    for (const [prefix, values] of Object.entries(DYNAMIC_KEYS))
      for (const value of values) used.add(prefix + value);
    expect([...english.keys()].filter((key) => !used.has(key))).toEqual([]);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });

  test('plurals and numbers follow the language', () => {
    const dutchTranslator = createI18n('nl');
    expect(dutchTranslator.t('language.label')).toBe('Taal');
    expect(createI18n('en').t('language.label')).toBe('Language');
  });
});

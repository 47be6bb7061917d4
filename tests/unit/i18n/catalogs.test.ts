/**
 * The catalogs stay complete and in use: every key exists in English and in Dutch, every message
 * is valid ICU with the same placeholders in both languages, and every key is used somewhere in
 * the code (keys are written as literal strings in t('…') or phrase('…'), or listed in
 * DYNAMIC_KEYS with the values that complete them). The registry's words (registry-texts.ts)
 * have their Dutch text, keeping the formulas and reference names of the English.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import manifest from '../../../sample-networks/manifest.json' with { type: 'json' };
import { MEASURES } from '../../../src/analysis/registry.ts';
import { STATISTICS_MESSAGE_IDS } from '../../../src/analysis/statistics/sentences.ts';
import { CHANGES_SELECTIONS } from '../../../src/analysis/time/changes-table.ts';
import { COMPARISON_MESSAGES } from '../../../src/analysis/time/messages.ts';
import { LENSES } from '../../../src/app/appearance/lenses.ts';
import { DELIMITER_NAMES } from '../../../src/app/import/ImportDialog.tsx';
import { MECHANISMS } from '../../../src/app/profile/mechanisms.ts';
import { SIDE_VIEWS } from '../../../src/app/store.ts';
import { GIULIANI_BELL_KEYS } from '../../../src/app/views/brokers/quadrants.ts';
import { BROKERAGE_ROLE_INFO } from '../../../src/app/views/brokers/roles.ts';
import { GLOSSARY_TERMS } from '../../../src/app/views/glossary-terms.ts';
import { SUGGESTION_KINDS } from '../../../src/app/views/links/format.ts';
import { DISTRIBUTIONS } from '../../../src/app/views/overview/distributions.ts';
import { KNOWN_FIELD_NAMES } from '../../../src/app/words.ts';
import { COLUMNAR_ISSUES } from '../../../src/cli/columnar-report.ts';
import { PLACEMENT_KEYS } from '../../../src/cli/format-report.ts';
import { COMMAND_NAMES } from '../../../src/cli/main.ts';
import { WRITE_FAILURES } from '../../../src/cli/output-paths.ts';
import { STAGES } from '../../../src/cli/stage-clock.ts';
import { createI18n, LANGUAGES } from '../../../src/i18n/i18n.ts';
import { CATALOGS } from '../../../src/i18n/locales/catalogs.ts';
import nlRegistry from '../../../src/i18n/locales/nl-registry.json' with { type: 'json' };
import { registryKeysInEnglish } from '../../../src/i18n/registry-texts.ts';
import type { MergeBecause } from '../../../src/io/merge-reasons.ts';
import { MESSAGES, REFUSALS } from '../../../src/io/messages.ts';
import type { FileSummary } from '../../../src/io/report.ts';
import { REPORT_NOTE_MESSAGES } from '../../../src/io/report-notes.ts';
import type { FieldType } from '../../../src/model/fields.ts';
import { type IssueSeverity, MODEL_MESSAGES } from '../../../src/model/issues.ts';
import { ACTOR_KINDS, RELATION_KINDS } from '../../../src/model/kinds.ts';

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

const english = flatten(CATALOGS.en as Catalog);
const dutch = flatten(CATALOGS.nl as Catalog);

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };

/** The variables a message reads — arguments, numbers, dates, selects and plurals — from its ICU syntax tree. */
function placeholders(message: string, language: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (0 literal, 7 pound, 8 tag).
      if (node.type >= 1 && node.type <= 6 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  // As i18next-icu reads them: `<gexf>` in a message is text, not a rich-text tag.
  walk(new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).getAst() as Node[]);
  return [...names].sort();
}

/** Keys built at run time from a known set of values: prefix → the values that complete it. */
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'language.': LANGUAGES,
  'explorer.tab.': SIDE_VIEWS,
  'kind.actor.': ACTOR_KINDS,
  'kind.actorCount.': ACTOR_KINDS,
  'kind.peers.': ACTOR_KINDS,
  'kind.relation.': RELATION_KINDS,
  'kind.relationsOfKind.': RELATION_KINDS,
  'field.name.': KNOWN_FIELD_NAMES,
  'field.type.': ['number', 'category', 'boolean', 'date', 'text'] satisfies FieldType[],
  'import.role.': [
    'actors',
    'relations',
    'survey',
    'graph',
    'project',
    'unused',
  ] satisfies FileSummary['role'][],
  'import.delimiterName.': Object.values(DELIMITER_NAMES),
  'import.report.': ['error', 'warning'] satisfies IssueSeverity[],
  'samples.': manifest.flatMap((sample) => [
    `${sample.id}.name`,
    `${sample.id}.description`,
    ...('attribution' in sample ? [`${sample.id}.attribution`] : []),
  ]),
  'charts.': ['median', 'mean'],
  'overview.distributions.': DISTRIBUTIONS.flatMap((spec) => [
    `${spec.column}.axis`,
    `${spec.column}.meaning`,
  ]),
  'brokers.role.': BROKERAGE_ROLE_INFO.flatMap((role) =>
    ['name', 'activity', 'explanation'].map((part) => `${role.id}.${part}`),
  ),
  'brokers.giulianiBell.group.': GIULIANI_BELL_KEYS,
  'brokers.giulianiBell.explanation.': GIULIANI_BELL_KEYS,
  'links.kind.': SUGGESTION_KINDS,
  'links.mode.': ['actor', 'network'],
  'profile.role.': ['supplier', 'client', 'parent', 'subsidiary', 'to', 'from'],
  'profile.mechanism.': MECHANISMS.flatMap((mechanism) => [`${mechanism}.name`, `${mechanism}.question`]),
  'glossary.term.': GLOSSARY_TERMS,
  'glossary.definitionOf.': MEASURES.flatMap((measure) => measure.outputs.map((output) => output.id)),
  'ties.': ['auto', 'all', 'disparity', 'simmelian'],
  'lens.': LENSES.flatMap((lens) => [`${lens}.label`, `${lens}.note`]),
  'profile.standing.': ['highest', 'lowest', 'level', 'share'],
  // Every issue io and the model raise, said by its code (i18n/issues.ts), and the formats io
  // recognises but does not read.
  'issue.': [
    ...Object.keys(MESSAGES),
    ...Object.keys(MODEL_MESSAGES),
    ...Object.keys(REFUSALS).flatMap((id) => [`refusal.${id}.name`, `refusal.${id}.advice`]),
  ],
  'import.merge.': ['normalised', 'words', 'spelled', 'accepted'] satisfies MergeBecause['code'][],
  'import.note.': Object.keys(REPORT_NOTE_MESSAGES),
  'cli.summary.': COMMAND_NAMES,
  'cli.output.': ['isFolder', 'noFolder', 'notFolder', 'fileReadOnly', 'folderReadOnly', 'disk'],
  'cli.output.reason.': Object.values(WRITE_FAILURES),
  'cli.timings.stage.': Object.values(STAGES),
  'report.placement.by.': Object.values(PLACEMENT_KEYS),
  'report.columnar.issue.': COLUMNAR_ISSUES,
  'compare.': Object.keys(COMPARISON_MESSAGES),
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
  test('English and Dutch have the same keys, and no message is empty', () => {
    expect([...dutch.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !dutch.has(key))).toEqual([]);
    expect([...english, ...dutch].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  test('every message is valid ICU, with the same placeholders in both languages', () => {
    const problems: string[] = [];
    for (const [key, message] of english) {
      try {
        if (placeholders(message, 'en').join() !== placeholders(dutch.get(key) ?? '', 'nl').join())
          problems.push(`${key}: placeholders differ`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('no straight apostrophe next to a brace, where ICU would read it as quoting', () => {
    const quoting = [...english, ...dutch].filter(([, text]) => /'[{}#|]/.test(text)).map(([key]) => key);
    expect(quoting).toEqual([]);
  });

  test('every key is used in the code, and every key the code uses exists', () => {
    const code = sourceFiles(join(import.meta.dirname, '../../../src'))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const used = new Set<string>();
    for (const match of code.matchAll(/\b(?:t|phrase)\(\s*['"`]([a-z][\w.-]*)['"`]/g)) used.add(match[1]);
    // The fallback of phraseOfError: what is said when a thrown error brings no phrase of its own.
    for (const match of code.matchAll(/\bphraseOfError\([^,()]+,\s*['"]([a-z][\w.-]*)['"]/g))
      used.add(match[1]);
    // The command line's errors name their key where they are thrown.
    for (const match of code.matchAll(/\bnew (?:UsageError|OutputPathError)\(\s*['"]([a-z][\w.-]*)['"]/g))
      used.add(match[1]);
    for (const [prefix, values] of Object.entries(DYNAMIC_KEYS))
      for (const value of values) used.add(prefix + value);
    expect([...english.keys()].filter((key) => !used.has(key))).toEqual([]);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });

  test('plurals and numbers follow the language', () => {
    const dutchTranslator = createI18n('nl');
    const englishTranslator = createI18n('en');
    expect(dutchTranslator.t('language.label')).toBe('Taal');
    expect(englishTranslator.t('language.label')).toBe('Language');
    expect(dutchTranslator.t('brokers.table.actors', { count: 1 })).toBe('1 actor');
    expect(dutchTranslator.t('brokers.table.actors', { count: 1234 })).toBe('1.234 actoren');
    expect(englishTranslator.t('brokers.table.actors', { count: 1234 })).toBe('1,234 actors');
  });
});

describe('the registry in Dutch', () => {
  const englishRegistry = registryKeysInEnglish();
  const dutchRegistry = nlRegistry as Record<string, string>;

  test('every measure, output, option, choice, category and family has its Dutch text, and nothing else', () => {
    expect(Object.keys(englishRegistry).filter((key) => !dutchRegistry[key]?.trim())).toEqual([]);
    expect(Object.keys(dutchRegistry).filter((key) => !(key in englishRegistry))).toEqual([]);
  });

  test('method texts keep the reference implementations and years they cite', () => {
    const cited = (text: string) =>
      new Set(
        text.match(/networkx\.[\w.]+(?:\([^)]*\))?|sna::\w+|numpy\.\w+|\(\d{4}\)|\b(?:19|20)\d\d\b/g) ?? [],
      );
    const problems: string[] = [];
    for (const [key, text] of Object.entries(englishRegistry)) {
      if (!key.endsWith('.method')) continue;
      for (const token of cited(text))
        if (!(dutchRegistry[key] ?? '').includes(token)) problems.push(`${key}: ${token}`);
    }
    expect(problems).toEqual([]);
  });
});

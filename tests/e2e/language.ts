/**
 * Finding English on a Dutch screen. Every text node and every text attribute a person or a
 * screen reader meets (aria-label, title, placeholder, alt) is collected from the rendered DOM,
 * leaving out what is marked as the network's data (translate="no") or as English on purpose
 * (lang="en": the glossary's English column, the "English" choice of the language switch). A
 * text is English when it holds a word that only the English side of the product uses: a word
 * of the English catalogs (the registry's words included) that no Dutch catalog uses, or a
 * common English word — unless the network's own data (names, field values, file names, which
 * are never translated) contains it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import { MEASURES } from '../../src/analysis/registry.ts';
import { CATALOGS } from '../../src/i18n/locales/catalogs.ts';
import nlRegistry from '../../src/i18n/locales/nl-registry.json' with { type: 'json' };
import { registryKeysInEnglish } from '../../src/i18n/registry-texts.ts';

type Catalog = { [key: string]: string | Catalog };

function texts(catalog: Catalog | string): string[] {
  return typeof catalog === 'string' ? [catalog] : Object.values(catalog).flatMap(texts);
}

/** Words of a text: letters only (ICU syntax and numbers fall away), lower case, three letters or more. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 3);
}

/** ICU messages without their syntax: select and plural keys and argument names are not words on screen. */
function shownParts(message: string): string {
  return message
    .replace(/\{\s*\w+\s*,\s*(?:select|plural|number)\s*,?/g, ' ')
    .replace(/(?:^|\s)(?:=\d+|[\w-]+)\s*\{/g, ' {')
    .replace(/\{\s*\w+\s*\}/g, ' ');
}

/** Common English words a forgotten hard-coded string would hold, none of them also Dutch. */
const COMMON_ENGLISH = `the and with without from this these those which who when where what how not
all each every more less than only also here there their has have are was were will would can could
should open close show hide select search export import save delete rename cancel apply none yes
zoom fit pause resume run layout labels actors relations ties measures network settings file files
view map loading computing reading building filters legend size colour color kind kinds share
partners partner report rows row column columns value values error errors warning warnings`.split(/\s+/);

function vocabulary(entries: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const entry of entries) for (const word of words(shownParts(entry))) found.add(word);
  return found;
}

const dutchWords = vocabulary([
  ...texts(CATALOGS.nl as Catalog),
  ...Object.values(nlRegistry as Record<string, string>),
]);

/** Words only English uses: English catalog words and common English words that Dutch never uses. */
export const ENGLISH_ONLY: ReadonlySet<string> = new Set(
  [
    ...vocabulary([...texts(CATALOGS.en as Catalog), ...Object.values(registryKeysInEnglish())]),
    ...COMMON_ENGLISH,
  ].filter((word) => !dutchWords.has(word)),
);

/** Every word in the files a journey opens, and in their names: the network's own data, never translated. */
export function dataWords(...paths: string[]): Set<string> {
  const found = new Set<string>();
  for (const path of paths) {
    // The file's name is data too: it is shown as it is, in the dialogs and the top bar.
    for (const word of [...words(readFileSync(path, 'utf8')), ...words(basename(path))]) found.add(word);
  }
  return found;
}

/** The texts on the page a person or a screen reader meets, outside data and deliberate English. */
export async function textsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Marks inside the page only: the page's own lang (<html lang="en"> after a switch to English)
    // is what is being checked, not a deliberate English island.
    const skip = (element: Element | null) => {
      const marked = element?.closest('[translate="no"], [lang^="en"], script, style, noscript');
      return marked !== null && (marked === undefined || document.body.contains(marked));
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !skip(node.parentElement)) found.push(text);
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (skip(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  });
}

/**
 * The measure columns' ids (strong_tie_share, efficiency): named as a CSV file spells them, in every
 * language, so they are left out of a text before its words are judged. Lower case and whole
 * only, so an English label ("Efficiency") is still caught.
 */
const COLUMN_IDS = new RegExp(
  `(?<![\\w-])(?:${MEASURES.flatMap((measure) => measure.outputs.map((output) => output.id))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\w-])`,
  'g',
);

/** The texts on screen that hold an English word, each with the words that give it away. */
export async function englishOnScreen(page: Page, data: ReadonlySet<string>): Promise<string[]> {
  const english: string[] = [];
  for (const text of await textsOnScreen(page)) {
    const giveaways = words(text.replace(COLUMN_IDS, ' ')).filter(
      (word) => ENGLISH_ONLY.has(word) && !data.has(word),
    );
    if (giveaways.length > 0) english.push(`${text.slice(0, 120)}  [${giveaways.join(', ')}]`);
  }
  return [...new Set(english)];
}

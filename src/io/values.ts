/**
 * Cell text to typed values, tolerant of Dutch and German spreadsheets (decimal commas,
 * ja/nee) and strict about what it cannot read: callers report the cell instead of guessing.
 */

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'ja', 'j', 'waar', 'wahr', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'nee', 'onwaar', 'falsch', 'nein']);

export function parseBoolean(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Reads `1234.5`, `1234,5`, `1.234,5` and `1,234.5`; undefined when the text is not a number. */
export function parseNumber(cell: string, decimalMark: '.' | ',' = '.'): number | undefined {
  let text = cell.trim().replace(/\s/g, '');
  if (text === '') return undefined;
  if (decimalMark === ',') text = text.replace(/\./g, '').replace(',', '.');
  else text = text.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

/** Contact frequency words (English and Dutch) as tie strength 1–5. */
const FREQUENCY_WORDS = new Map<string, number>(
  Object.entries({
    daily: 5,
    dagelijks: 5,
    weekly: 4,
    wekelijks: 4,
    monthly: 3,
    maandelijks: 3,
    yearly: 2,
    annually: 2,
    jaarlijks: 2,
    rarely: 1,
    zelden: 1,
    rarer: 1,
    'less than yearly': 1,
    'minder dan jaarlijks': 1,
  }),
);

export function parseStrength(cell: string, decimalMark: '.' | ',' = '.'): number | undefined {
  const word = cell.trim().toLowerCase();
  // A Map, not an object: a cell reading "constructor" must not find Object.prototype.
  return FREQUENCY_WORDS.get(word) ?? parseNumber(cell, decimalMark);
}

/**
 * Cell text to typed values, tolerant of Dutch and German spreadsheets (decimal commas,
 * ja/nee) and strict about what it cannot read: callers report the cell instead of guessing.
 */

export type DecimalMark = '.' | ',';

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'ja', 'j', 'waar', 'wahr', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'nee', 'onwaar', 'falsch', 'nein']);

export function parseBoolean(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/**
 * Whether a relation is directed, from a yes/no word or a direction word as Kumu and other
 * tools write it (`directed`, `undirected`, `mutual`).
 */
export function parseDirection(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (word === 'directed' || word === 'gericht' || word === 'gerichtet' || word === 'arc') return true;
  if (['undirected', 'mutual', 'bidirectional', 'ongericht', 'ungerichtet', 'edge'].includes(word))
    return false;
  return parseBoolean(word);
}

/** Words that make a whole column boolean; stricter than parseBoolean so `x`/`1` columns stay what they are. */
export function isBooleanWord(cell: string): boolean {
  return /^(true|false|yes|no|ja|nee|waar|onwaar|wahr|falsch|nein)$/i.test(cell.trim());
}

/**
 * Reads `1234.5`, `1234,5`, `1.234,5`, `1,234.5`, `1 234,5` and `1'234.5`; undefined when the
 * text is not a number. The thousands separator (`.` with a decimal comma, `,` with a decimal
 * point) is dropped only before groups of exactly three digits, so `12.5` in a decimal-comma
 * file still reads as 12.5: there is no other sensible reading of it.
 */
export function parseNumber(cell: string, decimalMark: DecimalMark = '.'): number | undefined {
  let text = cell.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return undefined;
  const thousands = decimalMark === ',' ? /\.(?=\d{3}(\D|$))/g : /,(?=\d{3}(\D|$))/g;
  text = text.replace(thousands, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

/**
 * Decimal mark from a sample of cells. Unambiguous evidence only: `1,5` or `1.234,5` speak for a
 * comma, `1.5` or `1,234.5` for a point; `1,234` and `1.234` (three digits after the mark) say nothing.
 */
export function sniffDecimalMark(cells: Iterable<string>): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const raw of cells) {
    const cell = raw.trim();
    if (!/^[-+]?[\d.,\s]+$/.test(cell) || !/\d/.test(cell)) continue;
    if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(cell) || /^[-+]?\d+,(\d{1,2}|\d{4,})$/.test(cell)) comma++;
    else if (/^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(cell) || /^[-+]?\d+\.(\d{1,2}|\d{4,})$/.test(cell)) point++;
  }
  return comma > point ? ',' : '.';
}

/** The thousands separator that goes with a decimal mark. */
export function thousandsSeparatorOf(decimalMark: DecimalMark): string {
  return decimalMark === ',' ? '.' : ',';
}

/**
 * Dates as ISO `YYYY-MM-DD`: ISO itself (with or without a time), or day-first `31-12-2024`,
 * `31/12/2024`, `31.12.2024` as Dutch, Belgian and German spreadsheets write them.
 */
export function parseDate(cell: string): string | undefined {
  const text = cell.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    text,
  );
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}

/**
 * A whole year from a cell (time fields are years, design guide §4): `2019`, or the year of a date
 * as parseDate reads it (ISO `2019-03-01`, Dutch `1-3-2019`, `01-03-2019`, `1/3/2019`,
 * `1.3.2019`), of `2019/03/01`, or of a month `2019-03` or `03-2019`. `2019.0` (a spreadsheet's
 * whole number) is 2019. Anything else, `2019.5` or `19` meaning 2019 included, is not guessed at.
 */
export function parseYear(cell: string): number | undefined {
  const text = cell.trim();
  if (/^\d{1,4}$/.test(text)) return Number(text);
  if (/^\d{4}[.,]0+$/.test(text)) return Number(text.slice(0, 4));
  const date =
    parseDate(text) ??
    (/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.test(text) ? parseDate(text.replace(/[/.]/g, '-')) : undefined);
  if (date) return Number(date.slice(0, 4));
  const month = /^(\d{4})-(\d{1,2})$/.exec(text) ?? /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!month) return undefined;
  const [year, monthNumber] = month[1].length === 4 ? [month[1], month[2]] : [month[2], month[1]];
  return Number(monthNumber) >= 1 && Number(monthNumber) <= 12 ? Number(year) : undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31 February
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Contact frequency words (English, Dutch, German) as tie strength 1–5 (design guide §4). */
const FREQUENCY_WORDS = new Map<string, number>(
  Object.entries({
    daily: 5,
    dagelijks: 5,
    täglich: 5,
    weekly: 4,
    wekelijks: 4,
    wöchentlich: 4,
    monthly: 3,
    maandelijks: 3,
    monatlich: 3,
    quarterly: 2,
    'per kwartaal': 2,
    yearly: 2,
    annually: 2,
    jaarlijks: 2,
    jährlich: 2,
    rarely: 1,
    rarer: 1,
    seldom: 1,
    zelden: 1,
    selten: 1,
    'less than yearly': 1,
    'less often': 1,
    'minder dan jaarlijks': 1,
    'minder vaak': 1,
  }),
);

export function parseStrength(cell: string, decimalMark: DecimalMark = '.'): number | undefined {
  const word = cell.trim().toLowerCase();
  // A Map, not an object: a cell reading "constructor" must not find Object.prototype.
  return FREQUENCY_WORDS.get(word) ?? parseNumber(cell, decimalMark);
}

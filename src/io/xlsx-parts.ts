/**
 * The parts of an XLSX workbook, read as text: the sheet list (names, visibility, date
 * system), shared strings, the styles that make a number a date, and each sheet's cells.
 *
 * Why our own reader, not read-excel-file (used before): on a sheet of 600,000 rows it took
 * 43 s where this takes a second or two (its chunked parsing grows worse than linearly and
 * recurses once per chunk, which overflows the stack on large sheets), it gave Excel serial
 * date 1 as 1899-12-31, and it did not say which sheets are hidden. A sheet is a flat list of
 * `<row>` and `<c>` elements: one linear scan reads it.
 */
import { decodeCharacterReferences } from './xml.ts';

export interface SheetInfo {
  name: string;
  /** Path of the sheet's part inside the archive. */
  path: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  date1904: boolean;
}

export function workbookInfo(workbook: string, relations: string): WorkbookInfo {
  const targets = new Map<string, string>();
  for (const match of relations.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attributeOf(match[1], 'Id');
    const target = attributeOf(match[1], 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, partPath(target));
  }
  const sheets: SheetInfo[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attributeOf(match[1], 'name');
    const id = /\b(?:\w+:)?id="([^"]*)"/.exec(match[1])?.[1];
    const path = id !== undefined ? targets.get(id) : undefined;
    if (name === undefined || path === undefined) continue;
    const state = attributeOf(match[1], 'state');
    sheets.push({
      name: unescapeExcel(name),
      path,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    });
  }
  const properties = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook)?.[1] ?? '';
  const date1904 = ['1', 'true'].includes(attributeOf(properties, 'date1904') ?? '');
  return { sheets, date1904 };
}

/** `worksheets/sheet1.xml` (relative to xl/) or `/xl/worksheets/sheet1.xml` to an archive path. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

export function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const item of xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g))
    strings.push(textRuns(item[1]));
  return strings;
}

/** The text of a string item: its `<t>` runs, leaving out phonetic runs (`<rPh>`). */
function textRuns(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const run of plain.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    text += run[1] ?? '';
  return unescapeExcel(decodeCharacterReferences(text));
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** For each cell style index, whether it shows a number as a date. */
export function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = Number(attributeOf(match[1], 'numFmtId'));
    const code = attributeOf(match[1], 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, decodeCharacterReferences(code));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const styles: boolean[] = [];
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attributeOf(match[1], 'numFmtId') ?? 0);
    const code = custom.get(id);
    styles.push(code !== undefined ? isDateFormat(code) : DATE_FORMATS.has(id));
  }
  return styles;
}

/** A format code shows a date when, outside quotes and brackets, it has day, month or year parts. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

export interface SheetCells {
  /** Rows as text, row `i` being spreadsheet row `i + 1` (gaps are empty rows). */
  rows: string[][];
}

/**
 * A sheet's cells as the text a CSV export would hold: numbers with `.` decimals, dates as ISO
 * days (or day and time), booleans as true/false, formulas as their cached value.
 */
export function sheetCells(
  xml: string,
  strings: readonly string[],
  dates: readonly boolean[],
  date1904: boolean,
): SheetCells {
  const rows: string[][] = [];
  const cell = /<(?:\w+:)?(row|c)\b([^>]*?)(\/?)>|<\/(?:\w+:)?c>/g;
  let row: string[] = [];
  let rowIndex = -1;
  let column = -1;
  for (let match = cell.exec(xml); match; match = cell.exec(xml)) {
    if (match[1] === 'row') {
      const number = Number(attributeOf(match[2], 'r'));
      rowIndex = Number.isInteger(number) && number > 0 ? number - 1 : rowIndex + 1;
      while (rows.length <= rowIndex) rows.push([]);
      row = rows[rowIndex];
      column = -1;
      continue;
    }
    if (match[1] !== 'c') continue;
    const attributes = match[2];
    const reference = attributeOf(attributes, 'r');
    column = reference !== undefined ? columnIndex(reference) : column + 1;
    if (rowIndex < 0) {
      rowIndex = 0;
      while (rows.length <= rowIndex) rows.push([]);
      row = rows[rowIndex];
    }
    if (match[3] === '/') continue; // an empty cell
    CLOSE_CELL.lastIndex = cell.lastIndex;
    const closing = CLOSE_CELL.exec(xml);
    if (!closing) break;
    const inner = xml.slice(cell.lastIndex, closing.index);
    cell.lastIndex = closing.index + closing[0].length;
    const text = cellText(
      inner,
      attributeOf(attributes, 't') ?? 'n',
      Number(attributeOf(attributes, 's') ?? 0),
      strings,
      dates,
      date1904,
    );
    if (text === '') continue;
    while (row.length < column) row.push('');
    row[column] = text;
  }
  return { rows };
}

function cellText(
  inner: string,
  type: string,
  style: number,
  strings: readonly string[],
  dates: readonly boolean[],
  date1904: boolean,
): string {
  if (type === 'inlineStr') return textRuns(inner);
  const value = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (value === undefined) return '';
  const raw = decodeCharacterReferences(value);
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'b':
      return raw === '1' ? 'true' : 'false';
    case 'str':
    case 'e':
      return unescapeExcel(raw);
    case 'd':
      return raw.replace(/T00:00:00(\.0+)?Z?$/, '');
    default: {
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      return dates[style] ? excelDate(number, date1904) : String(number);
    }
  }
}

const DAY = 24 * 60 * 60 * 1000;
/** Serial 25569 is 1970-01-01 in Excel's 1900 system. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * An Excel serial as an ISO date. Excel's 1900 system counts a 29 February 1900 that never
 * was (serial 60): serials before it are one day further from 1970 than they look, so serial 1
 * is 1900-01-01 and 61 is 1900-03-01. The 1904 system (old Macs) starts at 1904-01-01.
 */
export function excelDate(serial: number, date1904: boolean): string {
  let days = date1904 ? serial + 1462 : serial;
  if (!date1904 && days < 61) days += 1;
  const time = Math.round((days - UNIX_EPOCH_SERIAL) * DAY);
  const iso = new Date(time).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, '');
}

function columnIndex(reference: string): number {
  let number = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    number = number * 26 + (code - 64);
  }
  return number - 1;
}

const CLOSE_CELL = /<\/(?:\w+:)?c>/g;
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attributeOf(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const value = pattern.exec(attributes)?.[1];
  return value === undefined ? undefined : decodeCharacterReferences(value);
}

/** Excel escapes characters XML cannot hold as `_xHHHH_`. */
function unescapeExcel(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

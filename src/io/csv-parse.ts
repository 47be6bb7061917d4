/**
 * Delimited text to records, RFC 4180 with the repairs real files need.
 *
 * Why our own tokenizer rather than Papa Parse (which this project used before): Papa reads an
 * unclosed quote to the end of the file, so one stray `"` in row 10 swallows the next 50,000
 * rows into one cell, and it picks a single line-ending style per file, so a file mixing CR,
 * LF and CRLF loses rows. Both are common in files that passed through several tools. Here:
 * - every line ending (CRLF, LF, CR) ends a record outside quotes, whatever the others are;
 * - a quoted cell may hold line breaks (addresses, notes), but when it never closes, closes
 *   badly, or swallows lines that look like rows of their own, the quote is taken as a
 *   literal character and the record is read from its own line only; each such repair is
 *   returned with its record, so the report can name the row;
 * - `""` inside quotes is a quote; quotes inside an unquoted cell are literal.
 */

export type CsvRepairKind = 'unclosed-quote' | 'text-after-quote';

export interface CsvRepair {
  /** Index of the record the repair concerns. */
  record: number;
  kind: CsvRepairKind;
}

export interface DelimitedRecords {
  records: string[][];
  repairs: CsvRepair[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function parseDelimited(text: string, delimiter: string): DelimitedRecords {
  const records: string[][] = [];
  const repairs: CsvRepair[] = [];
  const separator = delimiter.charCodeAt(0);
  const n = text.length;
  let width = -1;
  let i = 0;
  while (i < n) {
    const start = i;
    const cells: string[] = [];
    let spanned = false; // a quoted cell of this record held a line break
    let broken = false; // a quoted cell never closed, or text followed its closing quote across lines
    let end = -1;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const quoted = readQuoted(text, i + 1);
        if (quoted.end < 0) {
          broken = true;
          break;
        }
        let value = quoted.value;
        i = quoted.end;
        if (value.includes('\n') || value.includes('\r')) spanned = true;
        // Text after the closing quote ("5" inch): kept as written, as spreadsheets do.
        const rest = readUnquoted(text, i, separator);
        if (rest.end > i) {
          if (spanned) {
            broken = true;
            break;
          }
          value = `"${value}"${text.slice(i, rest.end)}`;
          repairs.push({ record: records.length, kind: 'text-after-quote' });
          i = rest.end;
        }
        cells.push(value);
      } else {
        const cell = readUnquoted(text, i, separator);
        cells.push(text.slice(i, cell.end));
        i = cell.end;
      }
      const code = text.charCodeAt(i);
      if (code === separator) {
        i++;
        continue;
      }
      end = i;
      break;
    }
    if (
      !broken &&
      spanned &&
      width >= 0 &&
      (cells.length !== width || swallowsRows(cells, delimiter, width))
    ) {
      broken = true;
    }
    if (broken) {
      // Read the record from its own line, every quote that does not close on it taken literally.
      const lineEnd = nextLineBreak(text, start);
      records.push(splitLine(text.slice(start, lineEnd), separator));
      repairs.push({ record: records.length - 1, kind: 'unclosed-quote' });
      i = skipLineBreak(text, lineEnd);
    } else {
      records.push(cells);
      i = skipLineBreak(text, end);
    }
    if (!broken) width = Math.max(width, cells.length);
  }
  return { records, repairs };
}

/** A quoted cell from just after its opening quote: its value and the index after the closing quote. */
function readQuoted(text: string, from: number): { value: string; end: number } {
  let value = '';
  let at = from;
  for (;;) {
    const close = text.indexOf('"', at);
    if (close < 0) return { value, end: -1 };
    value += text.slice(at, close);
    if (text.charCodeAt(close + 1) === QUOTE) {
      value += '"';
      at = close + 2;
      continue;
    }
    return { value, end: close + 1 };
  }
}

function readUnquoted(text: string, from: number, separator: number): { end: number } {
  let i = from;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === separator || code === LF || code === CR) break;
    i++;
  }
  return { end: i };
}

function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return i;
  }
  return text.length;
}

function skipLineBreak(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF) return at + 2;
  return at + 1;
}

/**
 * A cell that swallowed rows: the whole lines inside it each split into exactly as many cells
 * as the header has, which prose in a notes cell practically never does twice in a row.
 */
function swallowsRows(cells: readonly string[], delimiter: string, width: number): boolean {
  if (width < 2) return false;
  for (const cell of cells) {
    const lines = cell.split(/\r\n|\r|\n/);
    if (lines.length < 4) continue;
    const inner = lines.slice(1, -1);
    if (inner.every((line) => line.split(delimiter).length === width)) return true;
  }
  return false;
}

/** One line split at the separator; a quote pair within the line still protects separators. */
function splitLine(line: string, separator: number): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(line, i + 1);
      const after = quoted.end < 0 ? -1 : line.charCodeAt(quoted.end);
      if (quoted.end >= 0 && (Number.isNaN(after) || after === separator)) {
        cells.push(quoted.value);
        i = quoted.end;
      } else {
        const cell = readUnquoted(line, i, separator);
        cells.push(line.slice(i, cell.end));
        i = cell.end;
      }
    } else {
      const cell = readUnquoted(line, i, separator);
      cells.push(line.slice(i, cell.end));
      i = cell.end;
    }
    if (i >= line.length) return cells;
    i++; // the separator
  }
}

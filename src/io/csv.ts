/**
 * CSV text to a Table, with the delimiter sniffed (`,` `;` tab `|`, or Excel's `sep=;` first
 * line). Records come from csv-parse.ts, which repairs stray quotes and mixed line endings and
 * says where it did.
 */
import { type CsvRepairKind, parseDelimited } from './csv-parse.ts';
import { type Table, tableFromRows } from './table.ts';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvTable extends Table {
  delimiter: Delimiter;
  /** The file declared its delimiter on an Excel `sep=` first line. */
  declaredDelimiter: boolean;
  /** Rows the parser had to repair (a stray quote read literally), by spreadsheet row number. */
  repairs: { row: number; kind: CsvRepairKind }[];
}

export interface CsvOptions {
  delimiter?: Delimiter;
  /** 1-based row of the header (after a `sep=` line, counting it); default: the first non-blank row. */
  headerRow?: number;
}

const SEP_LINE = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i;

export function isDelimiter(value: string): value is Delimiter {
  return (DELIMITERS as readonly string[]).includes(value);
}

export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  let body = text;
  let declared: string | undefined;
  const sepLine = SEP_LINE.exec(body);
  if (sepLine) {
    declared = sepLine[1];
    body = body.slice(sepLine[0].length);
  }
  const sniffed = declared !== undefined && isDelimiter(declared) ? declared : sniffDelimiter(body);
  const delimiter = options.delimiter ?? sniffed;
  const parsed = parseDelimited(body, delimiter);
  const firstRowNumber = sepLine ? 2 : 1;
  const rows = parsed.records.map((row) => row.map(restoreNeutralisedCell));
  const table = tableFromRows(rows, { headerRow: options.headerRow, firstRowNumber });
  const repairs = parsed.repairs.map(({ record, kind }) => ({ row: firstRowNumber + record, kind }));
  return { ...table, delimiter, declaredDelimiter: declared !== undefined, repairs };
}

/**
 * Our CSV writers neutralise cells that a spreadsheet would run as a formula by prefixing `'`
 * (see csv-cell.ts); reading such a cell back removes exactly that prefix, so files round-trip.
 */
function restoreNeutralisedCell(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && '=+-@\t\r'.includes(cell[1]) ? cell.slice(1) : cell;
}

/**
 * Picks the delimiter that splits the first lines into the most equal, largest number of
 * fields. Counting outside quotes matters: Dutch labels like "Janssens, Peeters & Co" hold commas.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = logicalLines(text.slice(0, 64 * 1024)).slice(0, 20);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    if (counts.length === 0 || counts[0] === 0) continue;
    const consistent = counts.filter((count) => count === counts[0]).length / counts.length;
    const score = consistent * counts[0];
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

/** Lines of the text, with quoted newlines kept inside their line; blank lines left out. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (text.slice(start, i).trim() !== '') lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (text.slice(start).trim() !== '') lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

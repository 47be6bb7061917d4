/**
 * CSV text to a table of strings, with the delimiter sniffed (`,` `;` tab `|`, or Excel's
 * `sep=;` first line). Parsing is Papa Parse's: quoting, quoted newlines and odd line ends
 * are a solved problem and not ours to solve again.
 */
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvTable {
  header: string[];
  /** Data rows; `rows[i]` is spreadsheet row `i + firstDataRow`. */
  rows: string[][];
  /** Spreadsheet row number of `rows[0]` (2, or 3 after a `sep=` line). */
  firstDataRow: number;
  delimiter: Delimiter;
}

const SEP_LINE = /^sep=(.)\r?\n/i;

export function parseCsv(text: string, delimiter?: Delimiter): CsvTable {
  let body = text;
  let declared: string | undefined;
  const sepLine = SEP_LINE.exec(body);
  if (sepLine) {
    declared = sepLine[1];
    body = body.slice(sepLine[0].length);
  }
  const chosen = (delimiter ?? declared ?? sniffDelimiter(body)) as Delimiter;
  const parsed = Papa.parse<string[]>(body, { delimiter: chosen, skipEmptyLines: false });
  const all = parsed.data;
  const header = (all[0] ?? []).map((cell) => cell.trim());
  const rows = all.slice(1);
  // Spreadsheets leave trailing empty rows and columns; they carry nothing.
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === '')) rows.pop();
  while (
    header.length > 0 &&
    header[header.length - 1] === '' &&
    rows.every((row) => !row[header.length - 1]?.trim())
  ) {
    header.pop();
  }
  return { header, rows, firstDataRow: sepLine ? 3 : 2, delimiter: chosen };
}

/**
 * Picks the delimiter that splits the first lines into the most equal, largest number of
 * fields. Counting outside quotes matters: Dutch labels like "Janssens, Peeters & Co" hold commas.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  let best: Delimiter = ',';
  let bestScore = -1;
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

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

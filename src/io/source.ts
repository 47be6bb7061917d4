/**
 * One file as read, before interpretation: its detected format and, for tabular files, its
 * tables (one per CSV, one per workbook sheet) with the settings sniffed or chosen for them;
 * for graph files, their records. Shared by the preview (column-mapping step) and the import.
 */
import type { ImportIssue } from '../model/issues.ts';
import type { TableRole } from './columns.ts';
import { detectTableRole } from './columns.ts';
import { type Delimiter, parseCsv } from './csv.ts';
import { decodeText, linesWithReplacement, REPLACEMENT, type TextEncoding } from './decode.ts';
import { detectFormat, type FileFormat, isRefused, UNDERSTOOD } from './detect.ts';
import type { GraphReading } from './graph-records.ts';
import { headerlessEdgeList } from './headerless.ts';
import { describeError, issue } from './issue.ts';
import { REFUSALS } from './messages.ts';
import { readDl } from './read-dl.ts';
import { readEdgeList } from './read-edgelist.ts';
import { readGexf } from './read-gexf.ts';
import { readGml } from './read-gml.ts';
import { readGraphml } from './read-graphml.ts';
import { type JsonReading, readJsonGraph } from './read-json.ts';
import { type PajekReading, readPajek } from './read-pajek.ts';
import { readXgmml } from './read-xgmml.ts';
import { readXlsx } from './read-xlsx.ts';
import { columnLetter, columnSample, type Table } from './table.ts';
import { type DecimalMark, sniffDecimalMark } from './values.ts';
import { gunzip, isGzip } from './zip.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
  /** What the user chose in the column-mapping step, for this file only. */
  overrides?: FileOverrides;
}

export interface FileOverrides {
  format?: FileFormat;
  delimiter?: Delimiter;
  decimalMark?: DecimalMark;
  encoding?: TextEncoding;
  /** 1-based row of the header, when title rows stand above it. */
  headerRow?: number;
  /** What the table (every sheet of a workbook) holds, when its header does not tell. */
  role?: TableRole;
  /** Header → field; '' leaves a column out. */
  columns?: Record<string, string>;
  /** What a workbook or gzip file may unpack to, in bytes (zip bombs stop here). */
  maxUnpackedBytes?: number;
}

export interface SourceTable {
  /** The name issues and reports use: the file name, with the sheet for a workbook. */
  label: string;
  sheet?: string;
  table: Table;
  role: TableRole | undefined;
  decimalMark: DecimalMark;
  delimiter?: Delimiter;
  declaredDelimiter?: boolean;
  /** A sheet hidden in its workbook: its rows are listed as left out, not imported. */
  hidden?: boolean;
}

export interface SourceReading {
  file: SourceFile;
  format: FileFormat;
  encoding?: TextEncoding;
  byteOrderMark?: boolean;
  tables: SourceTable[];
  graph?: GraphReading | JsonReading | PajekReading;
  issues: ImportIssue[];
}

/** Everything but workbooks reads synchronously; importTables relies on that. */
export function readTextSource(file: SourceFile, defaults: FileOverrides = {}): SourceReading {
  const settings = { ...defaults, ...file.overrides };
  const unpacked = unpackGzip(file, settings);
  if ('issue' in unpacked) return { file, format: 'unknown', tables: [], issues: [unpacked.issue] };
  const bytes = unpacked.bytes;
  const name = file.name.replace(/\.gz$/i, '');
  const format = settings.format ?? detectFormat(name, bytes);
  const reading: SourceReading = { file, format, tables: [], issues: [] };
  if (format === 'xlsx') {
    // Only the asynchronous readSource reads workbooks (importTables reads CSV pairs).
    reading.issues.push(
      issue(
        'error',
        'invalid-file',
        {
          format: 'XLSX',
          reason: 'a workbook cannot be read here; open it as it is.',
          reasonCode: 'workbookHere',
        },
        { file: file.name },
      ),
    );
    return reading;
  }
  if (isRefused(format)) {
    reading.issues.push(refusal(format, bytes, file.name));
    return reading;
  }
  const decoded = decodeText(bytes, settings.encoding);
  reading.encoding = decoded.encoding;
  reading.byteOrderMark = decoded.hadByteOrderMark;
  try {
    if (format === 'csv') readDelimited(reading, decoded.text, settings);
    else reading.graph = readGraphFile(format, decoded.text, file.name);
    if (reading.graph && 'format' in reading.graph) reading.format = reading.graph.format;
  } catch (thrown) {
    // A reader refusing input by throwing is a bug to fix, but the user still gets a sentence.
    reading.issues.push(
      issue(
        'error',
        'invalid-file',
        {
          format,
          reason: plainReason(thrown),
          reasonCode: thrown instanceof RangeError ? 'tooLarge' : 'other',
        },
        { file: file.name },
      ),
    );
  }
  if (decoded.invalidBytes > 0 && reading.tables.length === 0)
    for (const line of linesWithReplacement(decoded.text))
      reading.issues.push(
        issue(
          'warning',
          'invalid-bytes',
          { count: decoded.invalidBytes, encoding: decoded.encoding },
          { file: file.name, row: line },
        ),
      );
  if (reading.graph) append(reading.issues, reading.graph.issues);
  return reading;
}

function readGraphFile(
  format: FileFormat,
  text: string,
  name: string,
): GraphReading | JsonReading | PajekReading {
  switch (format) {
    case 'gexf':
      return readGexf(text, name);
    case 'graphml':
      return readGraphml(text, name);
    case 'xgmml':
      return readXgmml(text, name);
    case 'pajek':
      return readPajek(text, name);
    case 'pajek-partition':
      return readPajek(text, name, 'partition');
    case 'pajek-vector':
      return readPajek(text, name, 'vector');
    case 'gml':
      return readGml(text, name);
    case 'ucinet-dl':
      return readDl(text, name);
    case 'edgelist':
      return readEdgeList(text, name);
    default:
      return readJsonGraph(text, name);
  }
}

function readDelimited(reading: SourceReading, text: string, settings: FileOverrides): void {
  const name = reading.file.name;
  const csv = parseCsv(text, { delimiter: settings.delimiter, headerRow: settings.headerRow });
  for (const repair of csv.repairs)
    reading.issues.push(
      issue(
        'warning',
        repair.kind === 'unclosed-quote' ? 'stray-quote' : 'text-after-quote',
        {},
        { file: name, row: repair.row },
      ),
    );
  let table: Table = csv;
  let role = settings.role ?? detectTableRole(csv.header);
  if (!role && !settings.columns) {
    const headerless = headerlessEdgeList(csv);
    if (headerless) {
      table = headerless.table;
      role = 'relations';
      reading.issues.push(
        issue(
          'warning',
          'headerless-edge-list',
          { columns: headerless.fields.length, fields: headerless.fields.join(', ') },
          { file: name, row: table.rowNumbers[0] },
        ),
      );
    }
  }
  reportTableShape(reading.issues, table, name);
  if (text.includes(REPLACEMENT))
    reportReplacements(reading.issues, table, name, reading.encoding ?? 'utf-8');
  reading.tables.push({
    label: name,
    table,
    role,
    decimalMark: settings.decimalMark ?? sniffTableDecimalMark(table),
    delimiter: csv.delimiter,
    declaredDelimiter: csv.declaredDelimiter,
  });
}

/** Rows with cells beyond the last named column: kept under `Column X`, and said. */
function reportTableShape(issues: ImportIssue[], table: Table, file: string): void {
  const named = table.header.length - Math.max(0, ...(table.overflow ?? []).map(({ cells }) => cells));
  for (const { row, cells } of table.overflow ?? []) {
    const columns = Array.from(
      { length: cells },
      (_, k) => `"${table.header[named + k] ?? columnLetter(named + k)}"`,
    );
    issues.push(
      issue('warning', 'extra-cells', { extra: cells, columns: columns.join(', ') }, { file, row }),
    );
  }
}

/** Cells holding bytes the encoding could not read, by row and column. */
function reportReplacements(issues: ImportIssue[], table: Table, file: string, encoding: string): void {
  table.rows.forEach((cells, i) => {
    cells.forEach((cell, c) => {
      if (!cell.includes(REPLACEMENT)) return;
      let count = 0;
      for (const char of cell) if (char === REPLACEMENT) count++;
      issues.push(
        issue(
          'warning',
          'invalid-bytes',
          { count, encoding },
          {
            file,
            row: table.rowNumbers[i],
            column: table.header[c] ?? columnLetter(c),
            value: cell.slice(0, 200),
          },
        ),
      );
    });
  });
  if (table.header.some((cell) => cell.includes(REPLACEMENT)))
    issues.push(
      issue(
        'warning',
        'invalid-bytes',
        { count: 1, encoding },
        { file, row: (table.rowNumbers[0] ?? 2) - 1 },
      ),
    );
}

export async function readSource(file: SourceFile, defaults: FileOverrides = {}): Promise<SourceReading> {
  const settings = { ...defaults, ...file.overrides };
  // A gzipped workbook is unpacked first, like any other gzipped file.
  const unpacked = isGzip(file.bytes) ? unpackGzip(file, settings) : { bytes: file.bytes };
  if ('issue' in unpacked) return { file, format: 'unknown', tables: [], issues: [unpacked.issue] };
  const format = settings.format ?? detectFormat(file.name.replace(/\.gz$/i, ''), unpacked.bytes);
  if (format !== 'xlsx') return readTextSource(file, defaults);
  const reading: SourceReading = { file, format, tables: [], issues: [] };
  const workbook = await readXlsx(unpacked.bytes, {
    headerRow: settings.headerRow,
    maxUnpackedBytes: settings.maxUnpackedBytes,
  });
  if ('problem' in workbook) {
    reading.issues.push(issue('error', workbook.problem.code, workbook.problem.params, { file: file.name }));
    return reading;
  }
  for (const note of workbook.notes)
    reading.issues.push(issue('warning', note.code, note.params, { file: file.name }));
  const { sheets } = workbook;
  for (const { name, table, hidden } of sheets) {
    const label = sheets.length > 1 ? `${file.name} [${name}]` : file.name;
    if (!hidden) reportTableShape(reading.issues, table, label);
    reading.tables.push({
      label,
      sheet: name,
      table,
      role: hidden ? undefined : (settings.role ?? detectTableRole(table.header)),
      decimalMark: settings.decimalMark ?? sniffTableDecimalMark(table),
      ...(hidden ? { hidden } : {}),
    });
  }
  return reading;
}

/** A gzip file (`network.graphml.gz`, as NetworkX writes it) unpacked, within the limit. */
function unpackGzip(
  file: SourceFile,
  settings: FileOverrides,
): { bytes: Uint8Array } | { issue: ImportIssue } {
  if (!isGzip(file.bytes)) return { bytes: file.bytes };
  const unpacked = gunzip(file.bytes, settings.maxUnpackedBytes);
  if (unpacked instanceof Uint8Array) return { bytes: unpacked };
  if (unpacked.code === 'archive-too-large')
    return {
      issue: issue(
        'error',
        'archive-too-large',
        {
          size: Math.round(unpacked.limit / 2 ** 20),
          over: 'yes',
          sizeWords: `more than ${Math.round(unpacked.limit / 2 ** 20)}`,
          limit: Math.round(unpacked.limit / 2 ** 20),
          option: '--max-unpacked MB',
        },
        { file: file.name },
      ),
    };
  return {
    issue: issue(
      'error',
      'invalid-file',
      { format: 'gzip', reason: 'the compressed file is damaged.', reasonCode: 'gzip' },
      { file: file.name },
    ),
  };
}

function refusal(format: FileFormat, bytes: Uint8Array, file: string): ImportIssue {
  const known = REFUSALS[format];
  if (known)
    return issue(
      'error',
      'unsupported-format',
      { format: known.name, advice: known.advice, refusal: format },
      { file },
    );
  return issue('error', 'unknown-format', { seen: describeStart(bytes), understood: UNDERSTOOD }, { file });
}

/** The first bytes of a file in words: printable text quoted, anything else in hex. */
function describeStart(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 16);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: telling text from binary is the point
  if (/^[^\u0000-\u0008\u000e-\u001f\ufffd]+$/.test(text)) return `"${text.trim().slice(0, 16)}"`;
  return [...head.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

function plainReason(thrown: unknown): string {
  if (thrown instanceof RangeError) return 'the file is too large or too deeply nested to read.';
  return describeError(thrown);
}

function sniffTableDecimalMark(table: Table): DecimalMark {
  const cells: string[] = [];
  table.header.forEach((_header, c) => {
    append(cells, columnSample(table, c, 200));
  });
  return sniffDecimalMark(cells);
}

/**
 * Adds every item to the end of a list. `list.push(...items)` passes each item as an argument,
 * and a browser worker's stack overflows at a few tens of thousands of rows.
 */
function append<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}

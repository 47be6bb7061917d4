/**
 * One file as read, before interpretation: its detected format and, for tabular files, its
 * tables (one per CSV, one per workbook sheet) with the settings sniffed or chosen for them;
 * for graph files, their records. Shared by the preview (column-mapping step) and the import.
 */
import type { ImportIssue } from '../model/issues.ts';
import type { TableRole } from './columns.ts';
import { detectTableRole } from './columns.ts';
import { type Delimiter, parseCsv } from './csv.ts';
import { decodeText, type TextEncoding } from './decode.ts';
import { detectFormat, type FileFormat } from './detect.ts';
import type { GraphReading } from './graph-records.ts';
import { describeError, error, warning } from './issue.ts';
import { readGexf } from './read-gexf.ts';
import { readGraphml } from './read-graphml.ts';
import { type JsonReading, readJsonGraph } from './read-json.ts';
import { readXlsx } from './read-xlsx.ts';
import { columnSample, type Table } from './table.ts';
import { type DecimalMark, sniffDecimalMark } from './values.ts';

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
}

export interface SourceReading {
  file: SourceFile;
  format: FileFormat;
  encoding?: TextEncoding;
  byteOrderMark?: boolean;
  tables: SourceTable[];
  graph?: GraphReading | JsonReading;
  issues: ImportIssue[];
}

/** Everything but workbooks reads synchronously; importTables relies on that. */
export function readTextSource(file: SourceFile, defaults: FileOverrides = {}): SourceReading {
  const settings = { ...defaults, ...file.overrides };
  const format = settings.format ?? detectFormat(file.name, file.bytes);
  const reading: SourceReading = { file, format, tables: [], issues: [] };
  if (format === 'xlsx') throw new Error('readTextSource cannot read workbooks; use readSource');
  if (format === 'unknown') {
    reading.issues.push(
      error('unknown-format', 'Cannot tell what this file is: expected CSV, XLSX, GEXF, GraphML or JSON.', {
        file: file.name,
      }),
    );
    return reading;
  }
  const decoded = decodeText(file.bytes, settings.encoding);
  reading.encoding = decoded.encoding;
  reading.byteOrderMark = decoded.hadByteOrderMark;
  try {
    if (format === 'gexf') reading.graph = readGexf(decoded.text, file.name);
    else if (format === 'graphml') reading.graph = readGraphml(decoded.text, file.name);
    else if (format === 'graphology-json' || format === 'project') {
      const json = readJsonGraph(decoded.text, file.name);
      reading.graph = json;
      reading.format = json.format;
    } else {
      const csv = parseCsv(decoded.text, { delimiter: settings.delimiter, headerRow: settings.headerRow });
      for (const problem of csv.problems)
        reading.issues.push(
          warning('csv-syntax', `CSV: ${problem.message}.`, { file: file.name, row: problem.row }),
        );
      reading.tables.push({
        label: file.name,
        table: csv,
        role: settings.role ?? detectTableRole(csv.header),
        decimalMark: settings.decimalMark ?? sniffTableDecimalMark(csv),
        delimiter: csv.delimiter,
        declaredDelimiter: csv.declaredDelimiter,
      });
    }
  } catch (thrown) {
    // Parsers refuse some input by throwing (malformed XML, a reserved element name): report it.
    reading.issues.push(
      error('invalid-file', `Cannot read the file as ${format}: ${describeError(thrown)}`, {
        file: file.name,
      }),
    );
  }
  if (reading.graph) append(reading.issues, reading.graph.issues);
  return reading;
}

export async function readSource(file: SourceFile, defaults: FileOverrides = {}): Promise<SourceReading> {
  const settings = { ...defaults, ...file.overrides };
  const format = settings.format ?? detectFormat(file.name, file.bytes);
  if (format !== 'xlsx') return readTextSource(file, defaults);
  const reading: SourceReading = { file, format, tables: [], issues: [] };
  const sheets = await readXlsx(file.bytes, { headerRow: settings.headerRow });
  if ('error' in sheets) {
    reading.issues.push(error('invalid-file', sheets.error, { file: file.name }));
    return reading;
  }
  for (const { name, table } of sheets) {
    reading.tables.push({
      label: sheets.length > 1 ? `${file.name} [${name}]` : file.name,
      sheet: name,
      table,
      role: settings.role ?? detectTableRole(table.header),
      decimalMark: settings.decimalMark ?? sniffTableDecimalMark(table),
    });
  }
  return reading;
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

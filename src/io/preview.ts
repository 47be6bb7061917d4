/**
 * The column-mapping step's view of a file: detected format and settings, the first rows of
 * each table, what each table seems to hold and the proposed column mapping, so a person can
 * correct any of it (as FileOverrides) before importing.
 */
import type { ImportIssue } from '../model/issues.ts';
import type { TableRole } from './columns.ts';
import type { Delimiter } from './csv.ts';
import type { TextEncoding } from './decode.ts';
import type { FileFormat } from './detect.ts';
import { reportOf } from './import.ts';
import type { ImportOutcome } from './outcome.ts';
import { type FileOverrides, readSource, type SourceFile } from './source.ts';
import { type ColumnMapping, describeColumns } from './tables.ts';
import { type DecimalMark, thousandsSeparatorOf } from './values.ts';

export interface TablePreview {
  sheet?: string;
  role?: TableRole;
  header: string[];
  /** The first rows, as text, with their spreadsheet row numbers. */
  rows: string[][];
  rowNumbers: number[];
  rowCount: number;
  delimiter?: Delimiter;
  declaredDelimiter?: boolean;
  decimalMark: DecimalMark;
  thousandsSeparator: string;
  columns: ColumnMapping[];
}

export interface FilePreview {
  name: string;
  format: FileFormat;
  encoding?: TextEncoding;
  byteOrderMark?: boolean;
  tables: TablePreview[];
  /** Graph and project files: how many actors and relations they hold. */
  actorCount?: number;
  relationCount?: number;
  issues: ImportIssue[];
  /** What importing this file alone would give: rows kept and left out, and whether it fails. */
  outcome: FileOutcome;
}

export interface FileOutcome {
  status: ImportOutcome['status'];
  /** Why nothing usable would come of it, in one sentence. */
  cause?: ImportIssue;
  rows: number;
  kept: number;
  leftOut: number;
  actors: number;
  relations: number;
  /** A Pajek partition or vector: usable only beside its network. */
  needsNetwork: boolean;
}

export async function previewFile(
  file: SourceFile,
  options: { rows?: number; defaults?: FileOverrides } = {},
): Promise<FilePreview> {
  const reading = await readSource(file, options.defaults);
  const limit = options.rows ?? 10;
  const report = reportOf([reading], options.defaults);
  const outcome: FileOutcome = {
    status: report.outcome.status,
    ...(report.outcome.cause ? { cause: report.outcome.cause } : {}),
    rows: report.files.reduce((sum, summary) => sum + summary.rows, 0),
    kept: report.files.reduce((sum, summary) => sum + summary.kept, 0),
    leftOut: report.rejected.length,
    actors: report.actorCount,
    relations: report.relationCount,
    needsNetwork: reading.format === 'pajek-partition' || reading.format === 'pajek-vector',
  };
  return {
    name: file.name,
    format: reading.format,
    ...(reading.encoding ? { encoding: reading.encoding, byteOrderMark: reading.byteOrderMark } : {}),
    tables: reading.tables.map((source) => ({
      ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
      ...(source.role ? { role: source.role } : {}),
      header: source.table.header,
      rows: source.table.rows.slice(0, limit),
      rowNumbers: source.table.rowNumbers.slice(0, limit),
      rowCount: source.table.rows.length,
      ...(source.delimiter
        ? { delimiter: source.delimiter, declaredDelimiter: source.declaredDelimiter }
        : {}),
      decimalMark: source.decimalMark,
      thousandsSeparator: thousandsSeparatorOf(source.decimalMark),
      columns: describeColumns(
        source.table,
        source.role ?? 'actors',
        source.decimalMark,
        file.overrides?.columns,
      ),
    })),
    ...(reading.graph
      ? { actorCount: reading.graph.actors.length, relationCount: reading.graph.relations.length }
      : {}),
    issues: reading.issues,
    outcome,
  };
}

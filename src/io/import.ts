/**
 * Import: one relations file, optionally with an actors file, to an Ecosystem and its report.
 * Used alike by the browser's import worker and the command line.
 */
import { buildEcosystem, type Ecosystem } from '../model/ecosystem.ts';
import type { ImportIssue } from '../model/issues.ts';
import type { ActorRecord, RelationRecord } from '../model/records.ts';
import { parseCsv } from './csv.ts';
import { decodeText } from './decode.ts';
import { type FileSummary, type ImportReport, summariseEcosystem } from './report.ts';
import { readActorTable, readRelationTable, sniffDecimalMark } from './tables.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportResult {
  ecosystem: Ecosystem;
  report: ImportReport;
}

export function importTables(files: { actors?: SourceFile; relations: SourceFile }): ImportResult {
  const summaries: FileSummary[] = [];
  const issues: ImportIssue[] = [];
  let actors: ActorRecord[] = [];
  if (files.actors) {
    const reading = readFile(files.actors, 'actors', summaries);
    actors = reading.records as ActorRecord[];
    issues.push(...reading.issues);
  }
  const relationReading = readFile(files.relations, 'relations', summaries);
  issues.push(...relationReading.issues);
  const built = buildEcosystem({ actors, relations: relationReading.records as RelationRecord[] });
  issues.push(...built.issues);
  return {
    ecosystem: built.ecosystem,
    report: { files: summaries, ...summariseEcosystem(built.ecosystem), issues, merged: built.merged },
  };
}

function readFile(file: SourceFile, role: 'actors' | 'relations', summaries: FileSummary[]) {
  const decoded = decodeText(file.bytes);
  const table = parseCsv(decoded.text);
  const decimalMark = sniffDecimalMark(table);
  const reading =
    role === 'actors'
      ? readActorTable(table, file.name, decimalMark)
      : readRelationTable(table, file.name, decimalMark);
  summaries.push({
    name: file.name,
    role,
    rows: table.rows.length,
    delimiter: table.delimiter,
    decimalMark,
    encoding: decoded.encoding,
    byteOrderMark: decoded.hadByteOrderMark,
    columns: table.header.map((header, i) => ({ header, field: reading.columns[i] })),
  });
  return reading;
}

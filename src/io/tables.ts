/**
 * Tables of cells to model records: the actors table and the relations table.
 * Known fields are typed by the schema; other columns keep a type inferred from their cells.
 * A cell that cannot be read is reported with its file, row and column and left empty.
 */
import { createFields, type FieldValue } from '../model/fields.ts';
import type { ImportIssue } from '../model/issues.ts';
import type { ActorRecord, RelationRecord } from '../model/records.ts';
import { mapColumns } from './columns.ts';
import type { CsvTable } from './csv.ts';
import { parseBoolean, parseNumber, parseStrength } from './values.ts';

export type DecimalMark = '.' | ',';

export interface TableReading<T> {
  records: T[];
  issues: ImportIssue[];
  /** The field each column was mapped to, in column order. */
  columns: string[];
}

const NUMBER_FIELDS = new Set(['lat', 'lon', 'year', 'start', 'end']);
const BOOLEAN_FIELDS = new Set(['frontier', 'respondent', 'formal', 'directed']);
const STRUCTURAL_ACTOR_FIELDS = new Set(['id', 'label', 'kind']);
const STRUCTURAL_RELATION_FIELDS = new Set(['source', 'target', 'kind', 'strength', 'directed']);

/** Decimal comma when a semicolon- or tab-separated file has numbers written like `50,85`. */
export function sniffDecimalMark(table: CsvTable): DecimalMark {
  if (table.delimiter === ',') return '.';
  const sample = table.rows.slice(0, 200).flat();
  const commaNumbers = sample.filter((cell) => /^\s*-?\d+,\d+\s*$/.test(cell)).length;
  const pointNumbers = sample.filter((cell) => /^\s*-?\d+\.\d+\s*$/.test(cell)).length;
  return commaNumbers > pointNumbers ? ',' : '.';
}

export function readActorTable(
  table: CsvTable,
  file: string,
  decimalMark: DecimalMark,
): TableReading<ActorRecord> {
  const columns = mapColumns(table.header, 'actors');
  const issues: ImportIssue[] = [];
  const idColumn = columns.includes('id') ? columns.indexOf('id') : columns.indexOf('label');
  if (idColumn < 0) {
    issues.push({
      severity: 'error',
      code: 'missing-column',
      message: 'No id or name column found.',
      file,
      row: 1,
    });
    return { records: [], issues, columns };
  }
  const customTypes = inferCustomTypes(table, columns, STRUCTURAL_ACTOR_FIELDS, decimalMark);
  const records = table.rows.map((cells, i): ActorRecord => {
    const origin = { file, row: table.firstDataRow + i };
    const fields = createFields();
    columns.forEach((field, c) => {
      if (STRUCTURAL_ACTOR_FIELDS.has(field)) return;
      const value = readCell(cells[c] ?? '', field, customTypes.get(field), decimalMark);
      if (value === undefined) {
        issues.push(unreadable(origin, table.header[c], cells[c]));
        return;
      }
      if (value !== null) fields[field] = value;
    });
    const label = columns.includes('label') ? cells[columns.indexOf('label')] : undefined;
    const kind = columns.includes('kind') ? cells[columns.indexOf('kind')] : undefined;
    return { id: cells[idColumn] ?? '', label, kind, fields, origin };
  });
  return { records, issues, columns };
}

export function readRelationTable(
  table: CsvTable,
  file: string,
  decimalMark: DecimalMark,
): TableReading<RelationRecord> {
  const columns = mapColumns(table.header, 'relations');
  const issues: ImportIssue[] = [];
  for (const required of ['source', 'target']) {
    if (!columns.includes(required)) {
      issues.push({
        severity: 'error',
        code: 'missing-column',
        message: `No ${required} column found.`,
        file,
        row: 1,
      });
    }
  }
  if (issues.length > 0) return { records: [], issues, columns };
  const at = (field: string) => columns.indexOf(field);
  const customTypes = inferCustomTypes(table, columns, STRUCTURAL_RELATION_FIELDS, decimalMark);
  const records = table.rows.map((cells, i): RelationRecord => {
    const origin = { file, row: table.firstDataRow + i };
    const cell = (field: string) => (at(field) >= 0 ? (cells[at(field)] ?? '') : '');
    let strength: number | null = null;
    if (cell('strength').trim() !== '') {
      strength = parseStrength(cell('strength'), decimalMark) ?? null;
      if (strength === null) issues.push(unreadable(origin, table.header[at('strength')], cell('strength')));
    }
    let directed: boolean | null = null;
    if (cell('directed').trim() !== '') {
      directed = parseBoolean(cell('directed')) ?? null;
      if (directed === null) issues.push(unreadable(origin, table.header[at('directed')], cell('directed')));
    }
    const fields = createFields();
    columns.forEach((field, c) => {
      if (STRUCTURAL_RELATION_FIELDS.has(field)) return;
      const value = readCell(cells[c] ?? '', field, customTypes.get(field), decimalMark);
      if (value === undefined) issues.push(unreadable(origin, table.header[c], cells[c]));
      else if (value !== null) fields[field] = value;
    });
    return {
      source: cell('source'),
      target: cell('target'),
      kind: cell('kind'),
      strength,
      directed,
      fields,
      origin,
    };
  });
  return { records, issues, columns };
}

type CustomType = 'number' | 'boolean' | 'text';

/** Columns the schema does not know keep their cells' common type: all numbers, all yes/no, or text. */
function inferCustomTypes(
  table: CsvTable,
  columns: string[],
  structural: ReadonlySet<string>,
  decimalMark: DecimalMark,
): Map<string, CustomType> {
  const types = new Map<string, CustomType>();
  columns.forEach((field, c) => {
    if (structural.has(field) || NUMBER_FIELDS.has(field) || BOOLEAN_FIELDS.has(field)) return;
    const cells = table.rows.map((row) => (row[c] ?? '').trim()).filter((cell) => cell !== '');
    if (cells.length > 0 && cells.every((cell) => parseNumber(cell, decimalMark) !== undefined))
      types.set(field, 'number');
    else if (cells.length > 0 && cells.every((cell) => /^(true|false|yes|no|ja|nee)$/i.test(cell))) {
      types.set(field, 'boolean');
    } else types.set(field, 'text');
  });
  return types;
}

/** The typed value of a cell; null when empty, undefined when it cannot be read as its field's type. */
function readCell(
  cell: string,
  field: string,
  custom: CustomType | undefined,
  decimalMark: DecimalMark,
): FieldValue | undefined {
  const text = cell.trim();
  if (text === '') return null;
  if (NUMBER_FIELDS.has(field) || custom === 'number') return parseNumber(text, decimalMark);
  if (BOOLEAN_FIELDS.has(field) || custom === 'boolean') return parseBoolean(text);
  return text;
}

function unreadable(
  origin: { file: string; row: number },
  column: string,
  value: string | undefined,
): ImportIssue {
  return {
    severity: 'warning',
    code: 'unreadable-cell',
    message: `Cannot read "${value ?? ''}" in column "${column}"; left empty.`,
    ...origin,
    column,
    value: value ?? '',
  };
}

/**
 * Tables of cells to model records: the actors table and the relations table.
 * Known fields are typed by the schema; other columns keep a type inferred from their cells.
 * A cell that cannot be read is reported with its file, row and column and left empty.
 */
import { createFields, type Fields, type FieldType } from '../model/fields.ts';
import type { ImportIssue } from '../model/issues.ts';
import { isTimeField } from '../model/period.ts';
import type { ActorRecord, RelationRecord } from '../model/records.ts';
import { mapColumns, type TableRole } from './columns.ts';
import { inferFieldType, readFieldValue, schemaType } from './field-types.ts';
import { type CellExpectation, missingColumn, unreadableCell } from './issue.ts';
import { actorKindWord, relationKindWord } from './kind-words.ts';
import { columnSample, type Table } from './table.ts';
import { type DecimalMark, parseDirection, parseStrength } from './values.ts';

export interface ColumnMapping {
  header: string;
  /** Field the column feeds; '' when the column is left out. */
  field: string;
  type: FieldType;
}

export interface TableReading<T> {
  records: T[];
  issues: ImportIssue[];
  columns: ColumnMapping[];
  /** The actors are named, not numbered: ids are names, so name reconciliation applies. */
  idsAreNames: boolean;
}

export interface TableOptions {
  file: string;
  decimalMark: DecimalMark;
  /** Header → field, from the column-mapping step. */
  columnOverrides?: Readonly<Record<string, string>>;
}

const ACTOR_STRUCTURE = new Set(['id', 'label', 'kind']);
const RELATION_STRUCTURE = new Set(['source', 'target', 'kind', 'strength', 'directed']);

/** Column mapping with each column's type: structural columns are text, the rest schema or inferred. */
export function describeColumns(
  table: Table,
  role: TableRole,
  decimalMark: DecimalMark,
  overrides?: Readonly<Record<string, string>>,
): ColumnMapping[] {
  const structure =
    role === 'actors' ? ACTOR_STRUCTURE : role === 'relations' ? RELATION_STRUCTURE : new Set<string>();
  return mapColumns(table.header, role, overrides).map((field, c) => ({
    header: table.header[c],
    field,
    type: structure.has(field)
      ? field === 'strength'
        ? 'number'
        : field === 'directed'
          ? 'boolean'
          : 'category'
      : (schemaType(field) ?? inferFieldType(columnSample(table, c), decimalMark)),
  }));
}

/** What a cell of the column should hold, for the message when it does not. */
export function expectedOf(field: string, type: FieldType): CellExpectation {
  return isTimeField(field) ? 'time' : type;
}

/** Field → its first column, looked up once per table rather than once per cell. */
function columnIndex(columns: readonly ColumnMapping[]): Map<string, number> {
  const index = new Map<string, number>();
  columns.forEach(({ field }, c) => {
    if (!index.has(field)) index.set(field, c);
  });
  return index;
}

/** The columns that feed fields of their own (not left out, not the table's structure), with their index. */
function extraFieldColumns(
  columns: readonly ColumnMapping[],
  structure: ReadonlySet<string>,
): (ColumnMapping & { index: number })[] {
  return columns
    .map((column, index) => ({ ...column, index }))
    .filter(({ field }) => field !== '' && !structure.has(field));
}

/** A row's field cells read by their column's type; a cell that cannot be read is reported and left out. */
function readFields(
  cells: readonly string[],
  fieldColumns: readonly (ColumnMapping & { index: number })[],
  origin: { file: string; row: number },
  issues: ImportIssue[],
  decimalMark: DecimalMark,
): Fields {
  const fields = createFields();
  for (const { field, type, header, index } of fieldColumns) {
    const text = (cells[index] ?? '').trim();
    if (text === '') continue;
    const value = readFieldValue(text, field, type, decimalMark);
    if (value === undefined) issues.push(unreadableCell(origin, header, text, expectedOf(field, type)));
    else fields[field] = value;
  }
  return fields;
}

export function readActorTable(table: Table, options: TableOptions): TableReading<ActorRecord> {
  const { file, decimalMark } = options;
  const columns = describeColumns(table, 'actors', decimalMark, options.columnOverrides);
  const at = (field: string) => columns.findIndex((column) => column.field === field);
  const issues: ImportIssue[] = [];
  const idsAreNames = at('id') < 0;
  const idColumn = idsAreNames ? at('label') : at('id');
  if (idColumn < 0) {
    issues.push(missingColumn('name', { file, row: table.rowNumbers[0] - 1 }));
    return { records: [], issues, columns, idsAreNames };
  }
  const labelColumn = at('label');
  const kindColumn = at('kind');
  const fieldColumns = extraFieldColumns(columns, ACTOR_STRUCTURE);
  const records = table.rows.map((cells, i): ActorRecord => {
    const origin = { file, row: table.rowNumbers[i] };
    const fields = readFields(cells, fieldColumns, origin, issues, decimalMark);
    const kind = kindColumn >= 0 ? actorKindWord(cells[kindColumn] ?? '') : undefined;
    const label = labelColumn >= 0 ? cells[labelColumn] : undefined;
    return { id: cells[idColumn] ?? '', label, kind, fields, origin };
  });
  return { records, issues, columns, idsAreNames };
}

export function readRelationTable(table: Table, options: TableOptions): TableReading<RelationRecord> {
  const { file, decimalMark } = options;
  const columns = describeColumns(table, 'relations', decimalMark, options.columnOverrides);
  const index = columnIndex(columns);
  const at = (field: string) => index.get(field) ?? -1;
  const issues: ImportIssue[] = [];
  for (const required of ['source', 'target']) {
    if (at(required) < 0) issues.push(missingColumn(required, { file, row: table.rowNumbers[0] - 1 }));
  }
  if (issues.length > 0) return { records: [], issues, columns, idsAreNames: true };
  const column = {
    source: at('source'),
    target: at('target'),
    kind: at('kind'),
    strength: at('strength'),
    directed: at('directed'),
  };
  const cell = (cells: readonly string[], c: number) => (c >= 0 ? (cells[c] ?? '').trim() : '');
  const fieldColumns = extraFieldColumns(columns, RELATION_STRUCTURE);
  const records = table.rows.map((cells, i): RelationRecord => {
    const origin = { file, row: table.rowNumbers[i] };
    let strength: number | null = null;
    const strengthText = cell(cells, column.strength);
    if (strengthText !== '') {
      strength = parseStrength(strengthText, decimalMark) ?? null;
      if (strength === null)
        issues.push(unreadableCell(origin, columns[column.strength].header, strengthText, 'strength'));
    }
    let directed: boolean | null = null;
    const directedText = cell(cells, column.directed);
    if (directedText !== '') {
      directed = parseDirection(directedText) ?? null;
      if (directed === null)
        issues.push(unreadableCell(origin, columns[column.directed].header, directedText, 'boolean'));
    }
    return {
      source: cell(cells, column.source),
      target: cell(cells, column.target),
      kind: relationKindWord(cell(cells, column.kind)),
      strength,
      directed,
      fields: readFields(cells, fieldColumns, origin, issues, decimalMark),
      origin,
    };
  });
  return { records, issues, columns, idsAreNames: true };
}

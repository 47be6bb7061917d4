/**
 * CSV exports: the nodes table with measure columns (the CLI's `analyze` output and the
 * rankings download), the full actors table with every field, and the relations table.
 * Actors and relations CSVs read back through importFiles into the same ecosystem.
 */
import { actorId, type Ecosystem } from '../model/ecosystem.ts';
import type { FieldValue } from '../model/fields.ts';
import { type CsvWriteOptions, csvCell, csvDocument, numberCell } from './csv-cell.ts';

export interface MeasureColumn {
  name: string;
  values: Float64Array | Int32Array | readonly number[];
}

/**
 * `id,label,kind` and one column per measure, aligned with `ids`; NaN → empty cell. `ids` are the
 * ecosystem's node keys as analysis views hold them; each is written as the actor's own id.
 */
export function writeNodesCsv(
  ids: readonly string[],
  labels: readonly string[],
  kinds: readonly string[],
  columns: readonly MeasureColumn[],
  options: CsvWriteOptions = {},
): string {
  const header = ['id', 'label', 'kind', ...columns.map((column) => column.name)];
  const rows = ids.map((id, i) => [
    csvCell(actorId(id)),
    csvCell(labels[i] ?? actorId(id)),
    csvCell(kinds[i] ?? ''),
    ...columns.map((column) => numberCell(column.values[i] ?? Number.NaN)),
  ]);
  return csvDocument(header, rows, options);
}

/** Every actor with its kind and fields, then any measure columns (aligned with node order). */
export function writeActorsCsv(
  ecosystem: Ecosystem,
  columns: readonly MeasureColumn[] = [],
  options: CsvWriteOptions = {},
): string {
  const fieldNames = fieldNamesOf(ecosystem.mapNodes((_id, attributes) => attributes.fields));
  const header = ['id', 'label', 'kind', ...fieldNames, ...columns.map((column) => column.name)];
  const rows = ecosystem.nodes().map((key, i) => {
    const attributes = ecosystem.getNodeAttributes(key);
    return [
      csvCell(actorId(key)),
      csvCell(attributes.label),
      csvCell(attributes.kind),
      ...fieldNames.map((name) => csvCell(fieldOf(attributes.fields, name))),
      ...columns.map((column) => numberCell(column.values[i] ?? Number.NaN)),
    ];
  });
  return csvDocument(header, rows, options);
}

/** One row per relation: `source,target,kind,strength,directed` and its fields. */
export function writeEdgesCsv(ecosystem: Ecosystem, options: CsvWriteOptions = {}): string {
  const fieldNames = fieldNamesOf(ecosystem.mapEdges((_edge, attributes) => attributes.fields));
  const header = ['source', 'target', 'kind', 'strength', 'directed', ...fieldNames];
  const rows = ecosystem.mapEdges((_edge, attributes, source, target) => [
    csvCell(actorId(source)),
    csvCell(actorId(target)),
    csvCell(attributes.kind),
    numberCell(attributes.strength),
    csvCell(attributes.directed),
    ...fieldNames.map((name) => csvCell(fieldOf(attributes.fields, name))),
  ]);
  return csvDocument(header, rows, options);
}

/** Field names in order of first appearance. */
export function fieldNamesOf(bags: readonly Record<string, FieldValue>[]): string[] {
  const names = new Set<string>();
  for (const bag of bags) for (const name of Object.keys(bag)) names.add(name);
  return [...names];
}

/** Own keys only: fields are prototype-free, but a caller's plain object might not be. */
export function fieldOf(fields: Record<string, FieldValue>, name: string): FieldValue | undefined {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/**
 * Attributes of nodes and edges in graph files (GEXF, GraphML, graphology JSON) to model
 * records. Attribute names go through the same header matching as table columns, so a GEXF
 * attribute "Soort" or a GraphML key "weight" lands where a CSV column of that name would.
 * Positions (`x`, `y`) and colours are layout, not data: they are returned beside the records.
 */
import { createFields, type FieldValue } from '../model/fields.ts';
import type { ImportIssue, Origin } from '../model/issues.ts';
import type { ActorRecord, RelationRecord } from '../model/records.ts';
import { mapColumns } from './columns.ts';
import { readFieldValue, schemaType } from './field-types.ts';
import { actorKindWord, relationKindWord } from './kind-words.ts';
import { parseBoolean, parseDirection, parseStrength } from './values.ts';

export interface Layout {
  positions: Map<string, { x: number; y: number }>;
  colors: Map<string, string>;
}

export interface GraphReading {
  actors: ActorRecord[];
  relations: RelationRecord[];
  issues: ImportIssue[];
  layout: Layout;
  /**
   * Elements of the file that describe an actor or a relation (nodes, edges, vertex and arc
   * lines), read or left out: what the report's counts of kept and left-out rows add up to.
   */
  elements: number;
}

export function emptyGraphReading(): GraphReading {
  return {
    actors: [],
    relations: [],
    issues: [],
    layout: { positions: new Map(), colors: new Map() },
    elements: 0,
  };
}

const fieldNameCache = { actors: new Map<string, string>(), relations: new Map<string, string>() };

function fieldName(name: string, role: 'actors' | 'relations'): string {
  const cache = fieldNameCache[role];
  let field = cache.get(name);
  if (field === undefined) {
    field = mapColumns([name], role)[0];
    cache.set(name, field);
  }
  return field;
}

/**
 * A value from a file, typed by the schema for known fields (a GEXF integer "employees" becomes
 * a size class, a string "51.4" latitude a number); other fields keep the file's own type.
 */
function typed(value: FieldValue, field: string): FieldValue | undefined {
  const type = schemaType(field);
  if (!type || value === null || (type === 'number' && typeof value === 'number')) return value;
  if (type === 'boolean' && typeof value === 'boolean') return value;
  return readFieldValue(String(value), field, type, '.');
}

export function addActor(
  reading: GraphReading,
  id: string,
  attributes: Iterable<[string, FieldValue]>,
  origin: Origin,
): void {
  const record: ActorRecord = { id, fields: createFields(), origin };
  let x: number | undefined;
  let y: number | undefined;
  for (const [name, value] of attributes) {
    if (value === null || value === '') continue;
    const lower = name.toLowerCase();
    if (lower === 'x' || lower === 'y') {
      const number = typeof value === 'number' ? value : Number(value);
      if (Number.isFinite(number) && lower === 'x') x = number;
      else if (Number.isFinite(number)) y = number;
      continue;
    }
    if (lower === 'color' || lower === 'colour') {
      reading.layout.colors.set(id, String(value));
      continue;
    }
    const field = fieldName(name, 'actors');
    if (field === 'id') continue;
    if (field === 'label') record.label = String(value);
    else if (field === 'kind') record.kind = actorKindWord(String(value));
    else if (lower === 'size' && typeof value === 'number')
      continue; // a drawing size (sigma, Gephi), not a size class
    else {
      const fieldValue = typed(value, field);
      if (fieldValue !== undefined) (record.fields as Record<string, FieldValue>)[field] = fieldValue;
    }
  }
  if (x !== undefined && y !== undefined) reading.layout.positions.set(id, { x, y });
  reading.actors.push(record);
}

export function addRelation(
  reading: GraphReading,
  ends: { source: string; target: string; directed: boolean | null },
  attributes: Iterable<[string, FieldValue]>,
  origin: Origin,
): void {
  const record: RelationRecord = { ...ends, fields: createFields(), origin };
  for (const [name, value] of attributes) {
    if (value === null || value === '') continue;
    const field = fieldName(name, 'relations');
    if (field === 'source' || field === 'target' || field === 'id') continue;
    if (field === 'kind') record.kind = relationKindWord(String(value));
    else if (field === 'strength')
      record.strength = typeof value === 'number' ? value : (parseStrength(String(value)) ?? null);
    else if (field === 'directed')
      record.directed =
        typeof value === 'boolean' ? value : (parseDirection(String(value)) ?? record.directed);
    else {
      const fieldValue = typed(value, field);
      if (fieldValue !== undefined) (record.fields as Record<string, FieldValue>)[field] = fieldValue;
    }
  }
  reading.relations.push(record);
}

/** A declared attribute type (GEXF or GraphML) applied to text. */
export function valueOfType(text: string, type: string | undefined): FieldValue {
  switch ((type ?? 'string').toLowerCase()) {
    case 'integer':
    case 'int':
    case 'long':
    case 'float':
    case 'double':
    case 'short':
    case 'byte':
    case 'bigdecimal':
    case 'biginteger': {
      const number = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(number) ? number : text;
    }
    case 'boolean':
      return parseBoolean(text) ?? text;
    default:
      return text;
  }
}

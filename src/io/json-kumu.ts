/**
 * Kumu maps as JSON: a blueprint (`elements` with `label`, `type`, `description`, `tags` and
 * any custom keys; `connections` with `from`, `to`, `type`, `direction`) or a project backup
 * (each element and connection with an `_id` and its fields under `attributes`, such as
 * "element type" and "connection type"; positions in `maps[].elements[].position`).
 * Connections name their ends by id or, in blueprints, by label. Connection types the model
 * does not know ("employee", "investor") stay apart as the field `type`.
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading } from './graph-records.ts';
import { issue } from './issue.ts';
import { entriesOf, isObject } from './json-graph.ts';

const STRUCTURE = new Set(['_id', 'id', 'attributes', 'from', 'to', 'direction', 'reversed', 'delayed']);

/** Kumu's own field names to the names our header matching knows. */
function renamed([name, value]: [string, FieldValue]): [string, FieldValue] {
  const lower = name.toLowerCase();
  if (lower === 'element type' || lower === 'connection type') return ['kind', value];
  if (lower === 'strength' || lower === 'weight') return ['weight', value];
  return [name, value];
}

export function readKumu(parsed: Record<string, unknown>, file: string): GraphReading {
  const reading = emptyGraphReading();
  const elements = parsed.elements as unknown[];
  const connections = parsed.connections as unknown[];
  const byId = new Map<string, string>();
  const byLabel = new Map<string, string>();
  elements.forEach((element, i) => {
    reading.elements++;
    const record = isObject(element) ? element : {};
    const values = [...entriesOf(record, STRUCTURE), ...entriesOf(record.attributes)].map(renamed);
    const label = values.find(([name]) => name.toLowerCase() === 'label')?.[1];
    const id = record._id ?? record.id ?? label;
    if (typeof id !== 'string' && typeof id !== 'number') {
      reading.issues.push(
        issue('error', 'missing-actor-element', { element: 'Element', index: i + 1 }, { file }),
      );
      return;
    }
    byId.set(String(id), String(id));
    if (typeof label === 'string' && !byLabel.has(label)) byLabel.set(label, String(id));
    addActor(reading, String(id), values, { file });
  });
  for (const [id, position] of mapPositions(parsed.maps))
    if (byId.has(id)) reading.layout.positions.set(id, position);
  const end = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number'
      ? (byId.get(String(value)) ?? byLabel.get(String(value)) ?? String(value))
      : undefined;
  connections.forEach((connection, i) => {
    reading.elements++;
    const record = isObject(connection) ? connection : {};
    const from = end(record.from);
    const to = end(record.to);
    if (from === undefined || to === undefined) {
      reading.issues.push(
        issue(
          'error',
          'missing-endpoint-element',
          { element: 'Connection', index: i + 1, missing: from === undefined ? 'from' : 'to' },
          { file },
        ),
      );
      return;
    }
    const direction = String(record.direction ?? 'directed').toLowerCase();
    const reversed = record.reversed === true;
    const values = [...entriesOf(record, STRUCTURE), ...entriesOf(record.attributes)].map(renamed);
    addRelation(
      reading,
      { source: reversed ? to : from, target: reversed ? from : to, directed: direction === 'directed' },
      values,
      { file },
    );
  });
  return reading;
}

/** Element positions from the first map that has them. */
function mapPositions(maps: unknown): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  if (!Array.isArray(maps)) return positions;
  for (const map of maps) {
    if (!isObject(map) || !Array.isArray(map.elements)) continue;
    for (const placed of map.elements) {
      if (!isObject(placed) || !isObject(placed.position)) continue;
      const id = placed.element ?? placed._id;
      const { x, y } = placed.position;
      if (
        (typeof id === 'string' || typeof id === 'number') &&
        typeof x === 'number' &&
        typeof y === 'number'
      )
        positions.set(String(id), { x, y });
    }
    if (positions.size > 0) return positions;
  }
  return positions;
}

/**
 * Cytoscape's JSON files:
 * - Cytoscape.js (`.cyjs`): `elements.nodes[].data` (`id`, `name`, …) with `position`, and
 *   `elements.edges[].data` (`source`, `target`, `interaction`, …); or `elements` as one list
 *   of `{ group: "nodes" | "edges", data }`.
 * - CX (`.cx`, NDEx): a list of aspects; CX 1 keeps nodes (`@id`, `n`), edges (`@id`, `s`, `t`,
 *   `i`), node and edge attributes (`po`, `n`, `v`) and `cartesianLayout` apart; CX 2 keeps
 *   each node's values in `v` (names possibly aliased in `attributeDeclarations`) with `x`, `y`.
 * A node's `name` is its label; an edge's `interaction` is the kind of relation.
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading } from './graph-records.ts';
import { issue } from './issue.ts';
import { entriesOf, fieldValueOf, isObject } from './json-graph.ts';

const BOOKKEEPING = new Set([
  'id',
  'source',
  'target',
  'selected',
  'shared name',
  'shared_name',
  'shared interaction',
  'shared_interaction',
  'SUID',
  'name',
]);

export function readCytoscapeJson(parsed: Record<string, unknown>, file: string): GraphReading {
  const reading = emptyGraphReading();
  const elements = parsed.elements;
  const list = (group: 'nodes' | 'edges'): unknown[] =>
    Array.isArray(elements)
      ? elements.filter((element) => isObject(element) && element.group === group)
      : isObject(elements) && Array.isArray(elements[group])
        ? (elements[group] as unknown[])
        : [];
  list('nodes').forEach((node, i) => {
    reading.elements++;
    const record = isObject(node) ? node : {};
    const data = isObject(record.data) ? record.data : {};
    const id = data.id;
    if (typeof id !== 'string' && typeof id !== 'number') {
      reading.issues.push(
        issue('error', 'missing-actor-element', { element: 'Node', index: i + 1 }, { file }),
      );
      return;
    }
    const values = entriesOf(data, BOOKKEEPING);
    values.unshift(['label', fieldValueOf(data.name ?? data.label ?? id) ?? String(id)]);
    const position = isObject(record.position) ? record.position : {};
    if (typeof position.x === 'number' && typeof position.y === 'number')
      values.push(['x', position.x], ['y', position.y]);
    addActor(reading, String(id), values, { file });
  });
  list('edges').forEach((edge, i) => {
    reading.elements++;
    const data = isObject(edge) && isObject(edge.data) ? edge.data : {};
    addEdge(reading, file, i, data.source, data.target, entriesOf(data, BOOKKEEPING), data.directed);
  });
  return reading;
}

export function readCytoscapeCx(aspects: unknown[], file: string): GraphReading {
  const reading = emptyGraphReading();
  const collected = new Map<string, unknown[]>();
  for (const aspect of aspects) {
    if (!isObject(aspect)) continue;
    for (const [name, value] of Object.entries(aspect)) {
      if (!Array.isArray(value)) continue;
      const list = collected.get(name) ?? [];
      for (const item of value) list.push(item);
      collected.set(name, list);
    }
  }
  const aspect = (name: string) => (collected.get(name) ?? []).filter(isObject);
  const version2 = aspects.some((item) => isObject(item) && item.CXVersion !== undefined);
  const aliases = cx2Aliases(aspect('attributeDeclarations'));
  const nodeValues = new Map<string, [string, FieldValue][]>();
  const edgeValues = new Map<string, [string, FieldValue][]>();
  for (const [target, name] of [
    [nodeValues, 'nodeAttributes'],
    [edgeValues, 'edgeAttributes'],
  ] as const) {
    for (const attribute of aspect(name)) {
      const owner = String(attribute.po);
      const key = String(attribute.n ?? '');
      if (BOOKKEEPING.has(key) && key !== 'name') continue;
      const value = fieldValueOf(cxValue(attribute.v, attribute.d));
      if (value === undefined) continue;
      const values = target.get(owner) ?? [];
      values.push([key, value]);
      target.set(owner, values);
    }
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const place of aspect('cartesianLayout'))
    if (typeof place.x === 'number' && typeof place.y === 'number')
      positions.set(String(place.node), { x: place.x, y: place.y });

  aspect('nodes').forEach((node, i) => {
    reading.elements++;
    const id = node['@id'] ?? node.id;
    if (typeof id !== 'string' && typeof id !== 'number') {
      reading.issues.push(
        issue('error', 'missing-actor-element', { element: 'Node', index: i + 1 }, { file }),
      );
      return;
    }
    const own = version2
      ? renameAliases(entriesOf(node.v), aliases.nodes)
      : (nodeValues.get(String(id)) ?? []);
    const name = own.find(([key]) => key === 'name')?.[1] ?? node.n;
    const values: [string, FieldValue][] = [
      ['label', fieldValueOf(name) ?? String(id)],
      ...own.filter(([key]) => key !== 'name'),
    ];
    if (!version2 && node.r !== undefined) values.push(['represents', String(node.r)]);
    const position =
      version2 && typeof node.x === 'number' && typeof node.y === 'number'
        ? { x: node.x, y: node.y }
        : positions.get(String(id));
    if (position) values.push(['x', position.x], ['y', position.y]);
    addActor(reading, String(id), values, { file });
  });
  aspect('edges').forEach((edge, i) => {
    reading.elements++;
    const id = String(edge['@id'] ?? edge.id);
    const values = version2
      ? renameAliases(entriesOf(edge.v), aliases.edges)
      : [...(edgeValues.get(id) ?? [])];
    if (!version2 && edge.i !== undefined) values.push(['interaction', String(edge.i)]);
    addEdge(
      reading,
      file,
      i,
      edge.s,
      edge.t,
      values.filter(([key]) => key !== 'name'),
      undefined,
    );
  });
  if (collected.size > 0 && !collected.has('nodes'))
    reading.issues.push(
      issue(
        'error',
        'not-a-graph',
        { format: 'CX', reason: 'it has no nodes aspect', reasonCode: 'noNodesAspect', understood: '' },
        { file },
      ),
    );
  return reading;
}

function addEdge(
  reading: GraphReading,
  file: string,
  index: number,
  source: unknown,
  target: unknown,
  values: [string, FieldValue][],
  directed: unknown,
): void {
  const end = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const s = end(source);
  const t = end(target);
  if (s === undefined || t === undefined) {
    reading.issues.push(
      issue(
        'error',
        'missing-endpoint-element',
        { element: 'Edge', index: index + 1, missing: s === undefined ? 'source' : 'target' },
        { file },
      ),
    );
    return;
  }
  addRelation(
    reading,
    { source: s, target: t, directed: typeof directed === 'boolean' ? directed : null },
    values,
    { file },
  );
}

/** CX 1 values are often strings with their type in `d`. */
function cxValue(value: unknown, type: unknown): unknown {
  if (typeof value !== 'string' || typeof type !== 'string') return value;
  if (type === 'double' || type === 'integer' || type === 'long') {
    const number = Number(value);
    return Number.isFinite(number) ? number : value;
  }
  if (type === 'boolean') return value === 'true';
  return value;
}

function cx2Aliases(declarations: Record<string, unknown>[]) {
  const aliases = { nodes: new Map<string, string>(), edges: new Map<string, string>() };
  for (const declaration of declarations) {
    for (const group of ['nodes', 'edges'] as const) {
      const fields = declaration[group];
      if (!isObject(fields)) continue;
      for (const [name, spec] of Object.entries(fields))
        if (isObject(spec) && typeof spec.a === 'string') aliases[group].set(spec.a, name);
    }
  }
  return aliases;
}

function renameAliases(values: [string, FieldValue][], aliases: Map<string, string>): [string, FieldValue][] {
  return values.map(([name, value]) => [aliases.get(name) ?? name, value]);
}

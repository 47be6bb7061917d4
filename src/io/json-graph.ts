/**
 * JSON node and edge lists, in the shapes tools write them:
 * - graphology's `graph.export()`: `nodes: [{key, attributes}]`, `edges: [{key, source, target,
 *   attributes, undirected}]`, `options.type` (sigma.js examples, Gephi Lite's graph);
 * - the sigma.js demo's dataset: flat nodes (`{key, label, x, y, cluster, …}`), edges as
 *   `[source, target]` pairs, and `clusters` whose labels name each node's cluster;
 * - NetworkX node-link data and d3: `nodes: [{id, …}]`, `links` (or `edges`) with `source` and
 *   `target` as ids, or as positions in the node list in older d3 files; `directed` on top;
 * - JSON Graph Format's `graph.nodes` keyed by id, vis.js's `from`/`to`.
 * Values that are lists of words become one text (`a; b`); nested objects are kept as JSON.
 */
import type { FieldValue } from '../model/fields.ts';
import type { FileFormat } from './detect.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading } from './graph-records.ts';
import { issue } from './issue.ts';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value as a field value: scalars as they are, word lists joined, the rest as JSON text. */
export function fieldValueOf(value: unknown): FieldValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return value.join('; ');
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length <= 2000 ? text : undefined;
}

export function entriesOf(value: unknown, skip: ReadonlySet<string> = new Set()): [string, FieldValue][] {
  if (!isObject(value)) return [];
  const entries: [string, FieldValue][] = [];
  for (const name of Object.keys(value)) {
    if (skip.has(name)) continue;
    const field = fieldValueOf(value[name]);
    if (field !== undefined) entries.push([name, field]);
  }
  return entries;
}

const NODE_STRUCTURE = new Set(['key', 'id', 'attributes', 'data', 'metadata']);
const EDGE_STRUCTURE = new Set([
  'key',
  'id',
  'source',
  'target',
  'from',
  'to',
  'attributes',
  'data',
  'metadata',
  'undirected',
  'directed',
]);

export function readNodeEdgeJson(
  graph: Record<string, unknown>,
  file: string,
  producer: string,
): GraphReading & { dialect: FileFormat } {
  const reading = emptyGraphReading();
  const rawNodes: [string | undefined, unknown][] = Array.isArray(graph.nodes)
    ? graph.nodes.map((node) => [undefined, node])
    : Object.entries(graph.nodes as Record<string, unknown>);
  const rawEdges = Array.isArray(graph.edges) ? graph.edges : Array.isArray(graph.links) ? graph.links : [];
  const graphology = rawNodes.some(([, node]) => isObject(node) && isObject(node.attributes));
  const sigmaDemo =
    !graphology &&
    (rawEdges.some(Array.isArray) || rawNodes.some(([, node]) => isObject(node) && 'key' in node));
  const dialect: FileFormat = graphology ? 'graphology-json' : sigmaDemo ? 'sigma-json' : 'node-link-json';
  const clusters = clusterLabels(graph.clusters);

  const ids: string[] = [];
  const known = new Set<string>();
  rawNodes.forEach(([mapKey, node], i) => {
    reading.elements++;
    const record = isObject(node) ? node : {};
    const key = mapKey ?? record.key ?? record.id;
    const positional = key === undefined && isObject(node) && !graphology;
    if (typeof key !== 'string' && typeof key !== 'number' && !positional) {
      reading.issues.push(
        issue('error', 'missing-actor-element', { element: 'Node', index: i + 1 }, { file }),
      );
      ids.push('');
      return;
    }
    const id = positional ? String(i) : String(key);
    ids.push(id);
    known.add(id);
    const values = [
      ...entriesOf(record, NODE_STRUCTURE),
      ...entriesOf(record.attributes),
      ...entriesOf(record.data, new Set(['id'])),
      ...entriesOf(record.metadata),
    ];
    const cluster = values.find(([name]) => name === 'cluster');
    if (cluster && clusters.has(String(cluster[1]))) {
      const { label, color } = clusters.get(String(cluster[1])) ?? {};
      if (label !== undefined) cluster[1] = label;
      if (color !== undefined && !values.some(([name]) => name === 'color')) values.push(['color', color]);
    }
    // d3 and older node-link files name nodes without ids: the name is the label.
    if (positional && !values.some(([name]) => name === 'label')) {
      const name = values.find(([field]) => field === 'name');
      if (name) values.unshift(['label', name[1]]);
    }
    addActor(reading, id, values, { file });
  });

  const options = isObject(graph.options) ? graph.options : {};
  const graphDirected =
    options.type === 'undirected'
      ? false
      : options.type === 'directed'
        ? true
        : typeof graph.directed === 'boolean'
          ? graph.directed
          : undefined;
  const endpoint = (value: unknown): string | undefined => {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const text = String(value);
    if (known.has(text)) return text;
    // Older d3 files give links as positions in the node list.
    if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 0 &&
      value < ids.length &&
      ids[value] !== ''
    )
      return ids[value];
    return text;
  };
  rawEdges.forEach((edge: unknown, i: number) => {
    reading.elements++;
    const pair = Array.isArray(edge);
    const record = isObject(edge) ? edge : {};
    const source = endpoint(pair ? edge[0] : (record.source ?? record.from));
    const target = endpoint(pair ? edge[1] : (record.target ?? record.to));
    if (source === undefined || target === undefined) {
      reading.issues.push(
        issue(
          'error',
          'missing-endpoint-element',
          { element: 'Edge', index: i + 1, missing: source === undefined ? 'source' : 'target' },
          { file },
        ),
      );
      return;
    }
    const directed =
      record.undirected === true
        ? false
        : typeof record.directed === 'boolean'
          ? record.directed
          : (graphDirected ?? (graphology || sigmaDemo));
    const values = [
      ...(pair ? [] : entriesOf(record, EDGE_STRUCTURE)),
      ...entriesOf(record.attributes),
      ...entriesOf(record.data, new Set(['id', 'source', 'target'])),
      ...entriesOf(record.metadata),
    ];
    // d3's links carry their weight as `value`.
    if (dialect === 'node-link-json')
      for (const entry of values) if (entry[0] === 'value') entry[0] = 'weight';
    if (pair && edge.length > 2) {
      const extra = fieldValueOf(edge[2]);
      if (typeof extra === 'number') values.push(['weight', extra]);
      else values.push(...entriesOf(edge[2]));
    }
    addRelation(reading, { source, target, directed }, values, { file });
  });
  if (rawNodes.length === 0 && rawEdges.length === 0)
    reading.issues.push(
      issue(
        'error',
        'not-a-graph',
        {
          format: producer,
          reason: 'its node and edge lists are empty',
          reasonCode: 'emptyLists',
          understood: '',
        },
        { file },
      ),
    );
  return { ...reading, dialect };
}

/** The sigma.js demo's `clusters`: key → label and colour. */
function clusterLabels(value: unknown): Map<string, { label?: string; color?: string }> {
  const clusters = new Map<string, { label?: string; color?: string }>();
  if (!Array.isArray(value)) return clusters;
  for (const cluster of value) {
    if (!isObject(cluster) || cluster.key === undefined) continue;
    clusters.set(String(cluster.key), {
      ...(typeof cluster.clusterLabel === 'string' ? { label: cluster.clusterLabel } : {}),
      ...(typeof cluster.color === 'string' ? { color: cluster.color } : {}),
    });
  }
  return clusters;
}

/**
 * A Gephi Lite workspace's graph as a graphology export: the topology from `fullGraph`, each
 * node's data, layout and (older files) rendering data, each edge's data and rendering data.
 */
export function gephiLiteGraph(file: Record<string, unknown>): Record<string, unknown> {
  const dataset = isObject(file.graphDataset) ? file.graphDataset : {};
  const full = isObject(dataset.fullGraph) ? dataset.fullGraph : {};
  const table = (name: string) => (isObject(dataset[name]) ? (dataset[name] as Record<string, unknown>) : {});
  const nodeData = table('nodeData');
  const nodeRendering = table('nodeRenderingData');
  const layout = table('layout');
  const edgeData = table('edgeData');
  const edgeRendering = table('edgeRenderingData');
  const own = (record: Record<string, unknown>, key: string) =>
    Object.hasOwn(record, key) && isObject(record[key]) ? (record[key] as Record<string, unknown>) : {};
  const nodes = (Array.isArray(full.nodes) ? full.nodes : []).map((node) => {
    const key = isObject(node) ? String(node.key) : '';
    return {
      key: isObject(node) ? node.key : undefined,
      attributes: {
        ...(isObject(node) ? own(node, 'attributes') : {}),
        ...own(nodeRendering, key),
        ...own(nodeData, key),
        ...own(layout, key),
      },
    };
  });
  const edges = (Array.isArray(full.edges) ? full.edges : []).map((edge) => {
    const record = isObject(edge) ? edge : {};
    const key = String(record.key);
    const { size: _size, color: _color, ...rendering } = own(edgeRendering, key);
    return {
      source: record.source,
      target: record.target,
      ...(record.undirected === true ? { undirected: true } : {}),
      attributes: { ...own(record, 'attributes'), ...rendering, ...own(edgeData, key) },
    };
  });
  const metadata = isObject(dataset.metadata) ? dataset.metadata : {};
  const type = isObject(full.options) ? full.options.type : metadata.type;
  return { options: { type }, nodes, edges };
}

/** Gephi Lite serialises filter scripts as `["<<Function", "…", "Function>>"]`; they are never run. */
export function countFunctions(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length > 0 && visited < 1_000_000) {
    const item = stack.pop();
    visited++;
    if (Array.isArray(item)) {
      if (item.length === 3 && item[0] === '<<Function' && item[2] === 'Function>>') count++;
      else for (const inner of item) stack.push(inner);
    } else if (isObject(item)) for (const inner of Object.values(item)) stack.push(inner);
  }
  return count;
}

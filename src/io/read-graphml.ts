/**
 * GraphML: typed `<key>` declarations, `<data>` values, the graph's `edgedefault` and a per-edge
 * `directed` attribute. Keys named x, y, color (or r, g, b as Gephi writes them) become layout.
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading, valueOfType } from './graph-records.ts';
import { error } from './issue.ts';
import { attribute, child, children, parseXml, textOf, type XmlElement } from './xml.ts';

interface KeyDeclaration {
  name: string;
  type: string | undefined;
  fallback: string | undefined;
}

export function readGraphml(text: string, file: string): GraphReading {
  const reading = emptyGraphReading();
  const root = child(parseXml(text), 'graphml');
  const graph = child(root, 'graph');
  if (!root || !graph) {
    reading.issues.push(error('invalid-file', 'Not a GraphML file: no <graphml><graph> element.', { file }));
    return reading;
  }
  const keys = { node: new Map<string, KeyDeclaration>(), edge: new Map<string, KeyDeclaration>() };
  for (const key of children(root, 'key')) {
    const id = attribute(key, 'id') ?? '';
    const declaration = {
      name: attribute(key, 'attr.name') ?? id,
      type: attribute(key, 'attr.type'),
      fallback: child(key, 'default') ? textOf(child(key, 'default')) : undefined,
    };
    const domain = attribute(key, 'for') ?? 'all';
    if (domain === 'node' || domain === 'all') keys.node.set(id, declaration);
    if (domain === 'edge' || domain === 'all') keys.edge.set(id, declaration);
  }

  children(graph, 'node').forEach((node, i) => {
    const id = attribute(node, 'id');
    if (id === undefined) {
      reading.issues.push(error('missing-actor-id', `Node #${i + 1} has no id; left out.`, { file }));
      return;
    }
    addActor(reading, id, withColor(dataValues(node, keys.node)), { file });
  });

  const edgeDefault = attribute(graph, 'edgedefault') ?? 'directed';
  children(graph, 'edge').forEach((edge, i) => {
    const source = attribute(edge, 'source');
    const target = attribute(edge, 'target');
    if (source === undefined || target === undefined) {
      reading.issues.push(
        error('missing-endpoint', `Edge #${i + 1} has no source or target; left out.`, {
          file,
          value: attribute(edge, 'id'),
        }),
      );
      return;
    }
    const directed = (attribute(edge, 'directed') ?? String(edgeDefault === 'directed')) === 'true';
    addRelation(reading, { source, target, directed }, dataValues(edge, keys.edge), { file });
  });
  return reading;
}

function dataValues(element: XmlElement, keys: Map<string, KeyDeclaration>): [string, FieldValue][] {
  const given = new Map<string, string>();
  for (const data of children(element, 'data')) given.set(attribute(data, 'key') ?? '', textOf(data));
  const values: [string, FieldValue][] = [];
  for (const [id, key] of keys) {
    const text = given.get(id) ?? key.fallback;
    if (text !== undefined) values.push([key.name, valueOfType(text, key.type)]);
  }
  return values;
}

/** Gephi writes node colours as three keys r, g, b; one hex colour is easier to carry. */
function withColor(values: [string, FieldValue][]): [string, FieldValue][] {
  const channels = new Map(
    values.filter(([name]) => ['r', 'g', 'b'].includes(name)).map(([name, value]) => [name, Number(value)]),
  );
  if (channels.size !== 3) return values;
  const hex = ['r', 'g', 'b']
    .map((name) =>
      Math.max(0, Math.min(255, channels.get(name) || 0))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
  return [...values.filter(([name]) => !channels.has(name)), ['color', `#${hex}`]];
}

/**
 * graphology JSON export (`graph.export()` shape), as sigma.js and Gephi Lite read it: node
 * attributes flat (`label`, `kind`, every field, and `x`, `y`, `color` when a layout is given),
 * edges with `undirected` set for mutual relations and `strength` as their weight.
 */
import { actorId, type Ecosystem } from '../model/ecosystem.ts';
import type { FieldValue } from '../model/fields.ts';
import type { GraphWriteOptions } from './write-xml.ts';

type Attributes = Record<string, FieldValue>;

export function writeGraphologyJson(ecosystem: Ecosystem, options: GraphWriteOptions = {}): string {
  const nodes = ecosystem.mapNodes((nodeKey, attributes) => {
    const key = actorId(nodeKey);
    // Prototype-free and filled by assignment: a field called `__proto__` stays a plain key.
    const flat: Attributes = Object.create(null);
    for (const [name, value] of Object.entries(attributes.fields)) flat[name] = value;
    flat.label = attributes.label;
    flat.kind = attributes.kind;
    const position = options.positions?.get(key);
    if (position) Object.assign(flat, { x: position.x, y: position.y });
    const color = options.colors?.get(key);
    if (color) flat.color = color;
    return { key, attributes: flat };
  });
  const edges = ecosystem.mapEdges((_edge, attributes, source, target) => {
    const flat: Attributes = Object.create(null);
    for (const [name, value] of Object.entries(attributes.fields)) flat[name] = value;
    flat.kind = attributes.kind;
    flat.strength = attributes.strength;
    return {
      source: actorId(source),
      target: actorId(target),
      ...(attributes.directed ? {} : { undirected: true }),
      attributes: flat,
    };
  });
  return `${JSON.stringify({ options: { type: 'mixed', multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges }, null, 1)}\n`;
}

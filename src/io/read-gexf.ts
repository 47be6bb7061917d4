/**
 * GEXF (Gephi's format, 1.1–1.3): nodes with labels and typed attributes, edges with a weight
 * and a direction (per edge or the graph's default), viz positions and colours.
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading, valueOfType } from './graph-records.ts';
import { error, warning } from './issue.ts';
import { attribute, child, children, parseXml, type XmlElement } from './xml.ts';

interface AttributeDeclaration {
  title: string;
  type: string | undefined;
  fallback: string | undefined;
}

export function readGexf(text: string, file: string): GraphReading {
  const reading = emptyGraphReading();
  const graph = child(child(parseXml(text), 'gexf'), 'graph');
  if (!graph) {
    reading.issues.push(error('invalid-file', 'Not a GEXF file: no <gexf><graph> element.', { file }));
    return reading;
  }
  const declarations = {
    node: new Map<string, AttributeDeclaration>(),
    edge: new Map<string, AttributeDeclaration>(),
  };
  for (const group of children(graph, 'attributes')) {
    const target = attribute(group, 'class') === 'edge' ? declarations.edge : declarations.node;
    for (const declaration of children(group, 'attribute')) {
      const id = attribute(declaration, 'id') ?? '';
      target.set(id, {
        title: attribute(declaration, 'title') ?? id,
        type: attribute(declaration, 'type'),
        fallback: textOfChild(declaration, 'default'),
      });
    }
  }

  children(child(graph, 'nodes'), 'node').forEach((node, i) => {
    const id = attribute(node, 'id');
    if (id === undefined) {
      reading.issues.push(error('missing-actor-id', `Node #${i + 1} has no id; left out.`, { file }));
      return;
    }
    const values = attributeValues(node, declarations.node);
    const label = attribute(node, 'label');
    if (label !== undefined) values.unshift(['label', label]);
    const position = child(node, 'position');
    if (position)
      values.push(['x', Number(attribute(position, 'x'))], ['y', Number(attribute(position, 'y'))]);
    const color = child(node, 'color');
    if (color) values.push(['color', colorOf(color)]);
    addActor(reading, id, values, { file });
  });

  const defaultType = attribute(graph, 'defaultedgetype') ?? 'undirected';
  children(child(graph, 'edges'), 'edge').forEach((edge, i) => {
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
    const type = attribute(edge, 'type') ?? defaultType;
    if (!['directed', 'undirected', 'mutual'].includes(type))
      reading.issues.push(
        warning(
          'unknown-edge-type',
          `Edge type "${type}" is not directed or undirected; read as undirected.`,
          { file, value: type },
        ),
      );
    const values = attributeValues(edge, declarations.edge);
    const weight = attribute(edge, 'weight');
    if (weight !== undefined) values.push(['weight', valueOfType(weight, 'double')]);
    const kind = attribute(edge, 'kind');
    if (kind !== undefined && !values.some(([name]) => name.toLowerCase() === 'kind'))
      values.push(['kind', kind]);
    addRelation(reading, { source, target, directed: type === 'directed' }, values, { file });
  });
  return reading;
}

/** The node's or edge's attribute values by title, declared defaults filled in. */
function attributeValues(
  element: XmlElement,
  declarations: Map<string, AttributeDeclaration>,
): [string, FieldValue][] {
  const given = new Map<string, string>();
  for (const value of children(child(element, 'attvalues'), 'attvalue')) {
    given.set(attribute(value, 'for') ?? attribute(value, 'id') ?? '', attribute(value, 'value') ?? '');
  }
  const values: [string, FieldValue][] = [];
  for (const [id, declaration] of declarations) {
    const text = given.get(id) ?? declaration.fallback;
    if (text !== undefined) values.push([declaration.title, valueOfType(text, declaration.type)]);
  }
  return values;
}

function textOfChild(element: XmlElement, name: string): string | undefined {
  const value = element[name];
  return typeof value === 'string' ? value : undefined;
}

function colorOf(color: XmlElement): string {
  const hex = attribute(color, 'hex');
  if (hex) return hex;
  const channel = (name: string) => Math.max(0, Math.min(255, Number(attribute(color, name) ?? 0) || 0));
  return `#${[channel('r'), channel('g'), channel('b')].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

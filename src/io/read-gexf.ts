/**
 * GEXF (Gephi's format, 1.1–1.3): nodes with labels and typed attributes, edges with a weight
 * and a direction (per edge or the graph's default), viz positions and colours, and the
 * lifetimes of dynamic graphs (./gexf-time.ts). Hierarchies are flattened: nodes nested inside a
 * node's `<nodes>`, or naming a `pid`, are actors like the others, with their parent's label as
 * the field `parent`. A file cut off keeps what came before the cut.
 */
import type { FieldValue } from '../model/fields.ts';
import { edgePieces, type GexfTime, gexfTime, periodFields, type TimedValue, valueAt } from './gexf-time.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading, valueOfType } from './graph-records.ts';
import { issue } from './issue.ts';
import { GROUP_FIELD, PARENT_FIELD } from './read-graphml.ts';
import { attribute, child, children, parseXmlRecovering, type XmlElement } from './xml.ts';
import { xmlDamageIssue } from './xml-damage.ts';

interface AttributeDeclaration {
  title: string;
  type: string | undefined;
  fallback: string | undefined;
}

export function readGexf(text: string, file: string): GraphReading {
  const reading = emptyGraphReading();
  const { document, damage } = parseXmlRecovering(text);
  const graph = child(child(document, 'gexf'), 'graph');
  if (!graph) {
    reading.issues.push(
      damage
        ? xmlDamageIssue(damage, 'GEXF', file, reading)
        : issue(
            'error',
            'invalid-file',
            { format: 'GEXF', reason: 'no <gexf><graph> element', reasonCode: 'noGexf' },
            { file },
          ),
    );
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
  const time = gexfTime(graph, file, reading.issues);

  // Nodes at every depth, breadth first (no recursion: the nesting depth is the file's to choose).
  const nodes: { node: XmlElement; parent?: XmlElement }[] = children(child(graph, 'nodes'), 'node').map(
    (node) => ({ node }),
  );
  const edges: XmlElement[] = [...children(child(graph, 'edges'), 'edge')];
  for (let i = 0; i < nodes.length; i++) {
    const { node } = nodes[i];
    for (const inner of children(child(node, 'nodes'), 'node')) nodes.push({ node: inner, parent: node });
    for (const edge of children(child(node, 'edges'), 'edge')) edges.push(edge);
  }
  const labelOf = new Map<string, string>();
  const parents = new Set<string>();
  for (const { node, parent } of nodes) {
    const id = attribute(node, 'id');
    if (id !== undefined) labelOf.set(id, attribute(node, 'label') ?? id);
    const parentId = (parent ? attribute(parent, 'id') : undefined) ?? attribute(node, 'pid');
    if (parentId !== undefined) parents.add(parentId);
  }
  let nested = 0;
  nodes.forEach(({ node, parent }, i) => {
    reading.elements++;
    const id = attribute(node, 'id');
    if (id === undefined) {
      reading.issues.push(
        issue('error', 'missing-actor-element', { element: 'Node', index: i + 1 }, { file }),
      );
      return;
    }
    const values = attributeValues(timedValues(node, time, id), declarations.node, 'latest');
    // The model gives an actor one period: from its first spell to its last.
    const lifetime = time.periodsOf(node, id);
    if (lifetime.length > 0)
      values.push(...periodFields({ start: lifetime[0].start, end: lifetime[lifetime.length - 1].end }));
    const label = attribute(node, 'label');
    if (label !== undefined) values.unshift(['label', label]);
    const position = child(node, 'position');
    if (position)
      values.push(['x', Number(attribute(position, 'x'))], ['y', Number(attribute(position, 'y'))]);
    const color = child(node, 'color');
    if (color) values.push(['color', colorOf(color)]);
    const parentId =
      (parent ? attribute(parent, 'id') : undefined) ??
      attribute(node, 'pid') ??
      attribute(children(child(node, 'parents'), 'parent')[0], 'for');
    if (parentId !== undefined) {
      values.push([PARENT_FIELD, labelOf.get(parentId) ?? parentId]);
      nested++;
    }
    if (parents.has(id)) values.push([GROUP_FIELD, true]);
    addActor(reading, id, values, { file });
  });
  if (nested > 0)
    reading.issues.push(
      issue('warning', 'flattened-group', { count: nested, field: PARENT_FIELD }, { file }),
    );

  const defaultType = attribute(graph, 'defaultedgetype') ?? 'undirected';
  edges.forEach((edge, i) => {
    reading.elements++;
    const source = attribute(edge, 'source');
    const target = attribute(edge, 'target');
    if (source === undefined || target === undefined) {
      reading.issues.push(
        issue(
          'error',
          'missing-endpoint-element',
          { element: 'Edge', index: i + 1, missing: source === undefined ? 'source' : 'target' },
          { file, value: attribute(edge, 'id') },
        ),
      );
      return;
    }
    const type = attribute(edge, 'type') ?? defaultType;
    if (!['directed', 'undirected', 'mutual'].includes(type))
      reading.issues.push(issue('warning', 'unknown-edge-type', { type }, { file, value: type }));
    const name = attribute(edge, 'id') ?? `#${i + 1}`;
    const given = timedValues(edge, time, name);
    const dynamic = [...given.values()].flat().filter((value) => value.start !== null || value.end !== null);
    for (const piece of edgePieces(time.periodsOf(edge, name), dynamic) ?? [undefined]) {
      const values = attributeValues(given, declarations.edge, piece?.at ?? null);
      const weight = attribute(edge, 'weight');
      if (weight !== undefined && !values.some(([title]) => title === 'weight'))
        values.push(['weight', valueOfType(weight, 'double')]);
      const kind = attribute(edge, 'kind');
      if (kind !== undefined && !values.some(([title]) => title.toLowerCase() === 'kind'))
        values.push(['kind', kind]);
      const label = attribute(edge, 'label');
      if (label !== undefined && !values.some(([title]) => title.toLowerCase() === 'label'))
        values.push(['label', label]);
      if (piece) values.push(...periodFields(piece.period));
      addRelation(reading, { source, target, directed: type === 'directed' }, values, { file });
    }
  });
  if (damage) reading.issues.push(xmlDamageIssue(damage, 'GEXF', file, reading));
  return reading;
}

/** The element's attvalues by attribute id, each with the years it holds (always, when static). */
function timedValues(element: XmlElement, time: GexfTime, id: string): Map<string, TimedValue[]> {
  const given = new Map<string, TimedValue[]>();
  for (const value of children(child(element, 'attvalues'), 'attvalue')) {
    const key = attribute(value, 'for') ?? attribute(value, 'id') ?? '';
    const list = given.get(key) ?? [];
    list.push(time.valueOf(value, id));
    given.set(key, list);
  }
  return given;
}

/**
 * The attribute values by title, declared defaults filled in. A dynamic attribute takes its value
 * at a year (`latest`: the one that began last).
 */
function attributeValues(
  given: Map<string, TimedValue[]>,
  declarations: Map<string, AttributeDeclaration>,
  at: number | null | 'latest',
): [string, FieldValue][] {
  const values: [string, FieldValue][] = [];
  for (const [id, declaration] of declarations) {
    const timed = given.get(id);
    const text = (timed ? valueAt(timed, at) : undefined) ?? declaration.fallback;
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

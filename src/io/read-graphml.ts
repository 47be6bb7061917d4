/**
 * GraphML: typed `<key>` declarations, `<data>` values, the graph's `edgedefault` and a per-edge
 * `directed` attribute, as Gephi, NetworkX, igraph, graph-tool and yEd write it. Keys named x,
 * y, color (or r, g, b as Gephi writes them) become layout.
 *
 * yEd and other yFiles tools keep labels and positions in graphics keys (`yfiles.type=
 * "nodegraphics"`): the first `y:NodeLabel` with text is the label, `y:Geometry` the position,
 * `y:Fill` the colour, a `y:EdgeLabel` the relation's label, and arrows the direction. Groups
 * are nodes holding a nested `<graph>`: every node at every depth is an actor, the group itself
 * too (field `is_group`), and its members name it in the field `parent`. Hyperedges are listed
 * and left out: they join more than two actors.
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading, valueOfType } from './graph-records.ts';
import { issue } from './issue.ts';
import { attribute, child, children, parseXmlRecovering, textOf, type XmlElement } from './xml.ts';
import { xmlDamageIssue } from './xml-damage.ts';

interface KeyDeclaration {
  name: string;
  type: string | undefined;
  fallback: string | undefined;
  /** yFiles graphics keys hold drawing, not text. */
  graphics: boolean;
}

interface Keys {
  node: Map<string, KeyDeclaration>;
  edge: Map<string, KeyDeclaration>;
}

export const PARENT_FIELD = 'parent';
export const GROUP_FIELD = 'is_group';

export function readGraphml(text: string, file: string): GraphReading {
  const reading = emptyGraphReading();
  const { document, damage } = parseXmlRecovering(text);
  const root = child(document, 'graphml');
  const graph = child(root, 'graph');
  if (!root || !graph) {
    if (damage) reading.issues.push(xmlDamageIssue(damage, 'GraphML', file, reading));
    else
      reading.issues.push(
        issue(
          'error',
          'invalid-file',
          { format: 'GraphML', reason: 'no <graphml><graph> element', reasonCode: 'noGraphml' },
          { file },
        ),
      );
    return reading;
  }
  const keys: Keys = { node: new Map(), edge: new Map() };
  for (const key of children(root, 'key')) {
    const id = attribute(key, 'id') ?? '';
    const yfiles = attribute(key, 'yfiles.type') ?? '';
    const declaration = {
      name: attribute(key, 'attr.name') ?? id,
      type: attribute(key, 'attr.type'),
      fallback: child(key, 'default') ? textOf(child(key, 'default')) : undefined,
      graphics: yfiles !== '',
    };
    const domain = attribute(key, 'for') ?? 'all';
    if (domain === 'node' || domain === 'all') keys.node.set(id, declaration);
    if (domain === 'edge' || domain === 'all') keys.edge.set(id, declaration);
  }
  const counter = { node: 0, edge: 0, nested: 0 };
  // Nested graphs (groups) are read one level after another, not by recursion: depth is the file's to choose.
  const pending: Nested[] = [
    { graph, parent: undefined, edgeDefault: attribute(graph, 'edgedefault') ?? 'directed' },
  ];
  for (let next = pending.shift(); next; next = pending.shift())
    readGraph(reading, next, keys, file, counter, pending);
  if (counter.nested > 0)
    reading.issues.push(
      issue('warning', 'flattened-group', { count: counter.nested, field: PARENT_FIELD }, { file }),
    );
  if (damage) reading.issues.push(xmlDamageIssue(damage, 'GraphML', file, reading));
  return reading;
}

interface Nested {
  graph: XmlElement;
  parent: string | undefined;
  edgeDefault: string;
}

function readGraph(
  reading: GraphReading,
  { graph, parent, edgeDefault: inherited }: Nested,
  keys: Keys,
  file: string,
  counter: { node: number; edge: number; nested: number },
  pending: Nested[],
): void {
  const edgeDefault = attribute(graph, 'edgedefault') ?? inherited;
  for (const node of children(graph, 'node')) {
    counter.node++;
    reading.elements++;
    const id = attribute(node, 'id');
    if (id === undefined) {
      reading.issues.push(
        issue('error', 'missing-actor-element', { element: 'Node', index: counter.node }, { file }),
      );
      continue;
    }
    const values = withColor(dataValues(node, keys.node));
    const drawn = yfilesNode(node, keys.node);
    if (drawn.label !== undefined && !values.some(([name]) => name.toLowerCase() === 'label'))
      values.unshift(['label', drawn.label]);
    if (drawn.x !== undefined && drawn.y !== undefined) values.push(['x', drawn.x], ['y', drawn.y]);
    if (drawn.color !== undefined) values.push(['color', drawn.color]);
    const nested = children(node, 'graph');
    if (parent !== undefined) {
      values.push([PARENT_FIELD, parent]);
      counter.nested++;
    }
    if (nested.length > 0 || attribute(node, 'yfiles.foldertype') !== undefined)
      values.push([GROUP_FIELD, true]);
    addActor(reading, id, values, { file });
    const label = values.find(([name]) => name.toLowerCase() === 'label')?.[1];
    for (const inner of nested)
      pending.push({
        graph: inner,
        parent: typeof label === 'string' && label !== '' ? label : id,
        edgeDefault,
      });
  }
  for (const edge of children(graph, 'edge')) {
    counter.edge++;
    reading.elements++;
    const source = attribute(edge, 'source');
    const target = attribute(edge, 'target');
    if (source === undefined || target === undefined) {
      reading.issues.push(
        issue(
          'error',
          'missing-endpoint-element',
          { element: 'Edge', index: counter.edge, missing: source === undefined ? 'source' : 'target' },
          { file, value: attribute(edge, 'id') },
        ),
      );
      continue;
    }
    const values = dataValues(edge, keys.edge);
    const drawn = yfilesEdge(edge, keys.edge);
    if (drawn.label !== undefined) values.push(['label', drawn.label]);
    let directed = (attribute(edge, 'directed') ?? String(edgeDefault === 'directed')) === 'true';
    let ends = { source, target };
    if (drawn.arrows) {
      // yEd writes every graph as directed; its arrows say what the drawing means.
      directed = drawn.arrows.target || drawn.arrows.source;
      if (drawn.arrows.source && !drawn.arrows.target) ends = { source: target, target: source };
    }
    addRelation(reading, { ...ends, directed }, values, { file });
  }
  for (const hyperedge of children(graph, 'hyperedge')) {
    reading.elements++;
    reading.issues.push(
      issue(
        'warning',
        'hyperedge',
        { ends: children(hyperedge, 'endpoint').length },
        { file, value: attribute(hyperedge, 'id') },
      ),
    );
  }
}

function dataValues(element: XmlElement, keys: Map<string, KeyDeclaration>): [string, FieldValue][] {
  const given = new Map<string, string>();
  for (const data of children(element, 'data')) given.set(attribute(data, 'key') ?? '', textOf(data));
  const values: [string, FieldValue][] = [];
  for (const [id, key] of keys) {
    if (key.graphics) continue;
    const text = given.get(id) ?? key.fallback;
    if (text !== undefined) values.push([key.name, valueOfType(text, key.type)]);
  }
  return values;
}

/** The drawing a yFiles graphics key holds for a node: label, top-left corner, fill. */
function yfilesNode(node: XmlElement, keys: Map<string, KeyDeclaration>) {
  const drawn: { label?: string; x?: number; y?: number; color?: string } = {};
  for (const data of children(node, 'data')) {
    if (!keys.get(attribute(data, 'key') ?? '')?.graphics) continue;
    for (const realizer of realizers(data)) {
      drawn.label ??= firstLabel(children(realizer, 'NodeLabel'));
      const geometry = child(realizer, 'Geometry');
      const x = Number(attribute(geometry, 'x'));
      const y = Number(attribute(geometry, 'y'));
      if (geometry && Number.isFinite(x) && Number.isFinite(y) && drawn.x === undefined) {
        drawn.x = x;
        drawn.y = y;
      }
      drawn.color ??= attribute(child(realizer, 'Fill'), 'color');
    }
  }
  return drawn;
}

/**
 * The elements that draw a node: `y:ShapeNode`, `y:GenericNode`, `y:SVGNode`…; for a group
 * (`y:ProxyAutoBoundsNode`), its active `y:GroupNode` first, then the others.
 */
function realizers(data: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (name.startsWith('#') || typeof value !== 'object') continue;
    for (const element of Array.isArray(value) ? value : [value]) {
      if (typeof element !== 'object') continue;
      const group = child(element as XmlElement, 'Realizers');
      if (!group) {
        found.push(element as XmlElement);
        continue;
      }
      const active = Number(attribute(group, 'active') ?? 0);
      const inner = Object.entries(group)
        .filter(([key, v]) => !key.startsWith('#') && typeof v === 'object')
        .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
        .filter((v): v is XmlElement => typeof v === 'object');
      found.push(...inner.slice(active, active + 1), ...inner.filter((_, i) => i !== active));
    }
  }
  return found;
}

function firstLabel(labels: XmlElement[]): string | undefined {
  for (const label of labels) {
    if (attribute(label, 'hasText') === 'false' || attribute(label, 'visible') === 'false') continue;
    const text = textOf(label).trim();
    if (text !== '') return text;
  }
  return undefined;
}

function yfilesEdge(edge: XmlElement, keys: Map<string, KeyDeclaration>) {
  const drawn: { label?: string; arrows?: { source: boolean; target: boolean } } = {};
  for (const data of children(edge, 'data')) {
    if (!keys.get(attribute(data, 'key') ?? '')?.graphics) continue;
    for (const realizer of realizers(data)) {
      drawn.label ??= firstLabel(children(realizer, 'EdgeLabel'));
      const arrows = child(realizer, 'Arrows');
      if (arrows && !drawn.arrows)
        drawn.arrows = {
          source: (attribute(arrows, 'source') ?? 'none') !== 'none',
          target: (attribute(arrows, 'target') ?? 'none') !== 'none',
        };
    }
  }
  return drawn;
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

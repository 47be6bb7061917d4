/**
 * XGMML, as Cytoscape writes it: `<graph directed="1">` with `<node id label>` and `<edge source
 * target>` elements carrying typed `<att name value type>` children (lists as nested `<att>`)
 * and `<graphics x y fill>`. A node's `name` is its label; an edge's `interaction` is the kind
 * of relation. Cytoscape's bookkeeping (`selected`, `shared name`, the edge `name` "A (pp) B")
 * is left aside. A file cut off keeps what came before the cut.
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading, valueOfType } from './graph-records.ts';
import { issue } from './issue.ts';
import { attribute, child, children, parseXmlRecovering, type XmlElement } from './xml.ts';
import { xmlDamageIssue } from './xml-damage.ts';

const BOOKKEEPING = new Set(['selected', 'shared name', 'shared interaction', 'suid', 'hidden']);

export function readXgmml(text: string, file: string): GraphReading {
  const reading = emptyGraphReading();
  const { document, damage } = parseXmlRecovering(text);
  const graph = child(document, 'graph');
  if (!graph) {
    reading.issues.push(
      damage
        ? xmlDamageIssue(damage, 'XGMML', file, reading)
        : issue(
            'error',
            'invalid-file',
            { format: 'XGMML', reason: 'no <graph> element', reasonCode: 'noGraph' },
            { file },
          ),
    );
    return reading;
  }
  const graphDirected = attribute(graph, 'directed');
  children(graph, 'node').forEach((node, i) => {
    reading.elements++;
    const id = attribute(node, 'id');
    if (id === undefined) {
      reading.issues.push(
        issue('error', 'missing-actor-element', { element: 'Node', index: i + 1 }, { file }),
      );
      return;
    }
    const values = attValues(node);
    const name = values.find(([key]) => key === 'name')?.[1];
    const label = attribute(node, 'label');
    const filtered = values.filter(([key]) => key !== 'name');
    filtered.unshift(['label', typeof name === 'string' && name !== '' ? name : (label ?? id)]);
    const graphics = child(node, 'graphics');
    const x = Number(attribute(graphics, 'x'));
    const y = Number(attribute(graphics, 'y'));
    if (graphics && Number.isFinite(x) && Number.isFinite(y)) filtered.push(['x', x], ['y', y]);
    const fill = attribute(graphics, 'fill');
    if (fill) filtered.push(['color', fill]);
    addActor(reading, id, filtered, { file });
  });
  children(graph, 'edge').forEach((edge, i) => {
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
    const values = attValues(edge).filter(([key]) => key !== 'name');
    const flag = attribute(edge, 'directed') ?? graphDirected;
    const directed = flag === undefined ? null : flag === '1' || flag === 'true';
    addRelation(reading, { source, target, directed }, values, { file });
  });
  if (damage) reading.issues.push(xmlDamageIssue(damage, 'XGMML', file, reading));
  return reading;
}

function attValues(element: XmlElement): [string, FieldValue][] {
  const values: [string, FieldValue][] = [];
  for (const att of children(element, 'att')) {
    const name = attribute(att, 'name');
    if (name === undefined || BOOKKEEPING.has(name.toLowerCase())) continue;
    const type = attribute(att, 'type');
    if (type === 'list') {
      const items = children(att, 'att')
        .map((item) => attribute(item, 'value'))
        .filter((value): value is string => value !== undefined);
      if (items.length > 0) values.push([name, items.join('; ')]);
      continue;
    }
    const value = attribute(att, 'value');
    if (value !== undefined) values.push([name, valueOfType(value, type === 'real' ? 'double' : type)]);
  }
  return values;
}

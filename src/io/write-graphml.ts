/**
 * GraphML export (igraph, NetworkX, yEd, Cytoscape): typed keys for label, kind and every field,
 * `weight` for strength, `directed` per edge, and x, y and color keys when a layout is given.
 */
import { actorId, type Ecosystem } from '../model/ecosystem.ts';
import type { FieldValue } from '../model/fields.ts';
import { fieldNamesOf, fieldOf } from './write-csv.ts';
import { type GraphWriteOptions, typeOfField, xmlNumber } from './write-xml.ts';
import { escapeXml as esc } from './xml.ts';

export function writeGraphml(ecosystem: Ecosystem, options: GraphWriteOptions = {}): string {
  const nodeBags = ecosystem.mapNodes((_id, attributes) => attributes.fields);
  const edgeBags = ecosystem.mapEdges((_edge, attributes) => attributes.fields);
  const nodeFields = fieldNamesOf(nodeBags);
  const edgeFields = fieldNamesOf(edgeBags);
  const key = (id: string, domain: string, name: string, type: string) =>
    `  <key id="${id}" for="${domain}" attr.name="${esc(name)}" attr.type="${type}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('label', 'node', 'label', 'string'),
    key('kind', 'node', 'kind', 'string'),
    ...nodeFields.map((name, i) => key(`n${i}`, 'node', name, typeOfField(nodeBags, name))),
    ...(options.positions ? [key('x', 'node', 'x', 'double'), key('y', 'node', 'y', 'double')] : []),
    ...(options.colors ? [key('color', 'node', 'color', 'string')] : []),
    key('relation_kind', 'edge', 'kind', 'string'),
    key('weight', 'edge', 'weight', 'double'),
    ...edgeFields.map((name, i) => key(`e${i}`, 'edge', name, typeOfField(edgeBags, name))),
    '  <graph id="clusterscope" edgedefault="directed">',
  ];
  const data = (keyId: string, value: string) => `      <data key="${keyId}">${esc(value)}</data>`;
  ecosystem.forEachNode((key, attributes) => {
    const id = actorId(key);
    lines.push(`    <node id="${esc(id)}">`, data('label', attributes.label), data('kind', attributes.kind));
    lines.push(...fieldData(attributes.fields, nodeFields, 'n', data));
    const position = options.positions?.get(id);
    if (position) lines.push(data('x', xmlNumber(position.x)), data('y', xmlNumber(position.y)));
    const color = options.colors?.get(id);
    if (color) lines.push(data('color', color));
    lines.push('    </node>');
  });
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    lines.push(
      `    <edge source="${esc(actorId(source))}" target="${esc(actorId(target))}" directed="${attributes.directed}">`,
      data('relation_kind', attributes.kind),
      data('weight', xmlNumber(attributes.strength)),
      ...fieldData(attributes.fields, edgeFields, 'e', data),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function fieldData(
  fields: Record<string, FieldValue>,
  names: readonly string[],
  prefix: string,
  data: (key: string, value: string) => string,
): string[] {
  return names.flatMap((name, i) => {
    const value = fieldOf(fields, name);
    return value === undefined || value === null ? [] : [data(`${prefix}${i}`, String(value))];
  });
}

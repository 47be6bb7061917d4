/**
 * GEXF 1.3 export for Gephi: typed node and edge attributes (kind and every field), edge weights
 * (strength) and direction per edge, and viz positions and colours when given.
 */
import { actorId, type Ecosystem } from '../model/ecosystem.ts';
import type { FieldValue } from '../model/fields.ts';
import { fieldNamesOf, fieldOf } from './write-csv.ts';
import { type GraphWriteOptions, rgbOf, typeOfField, xmlNumber } from './write-xml.ts';
import { escapeXml as esc } from './xml.ts';

export function writeGexf(ecosystem: Ecosystem, options: GraphWriteOptions = {}): string {
  const nodeBags = ecosystem.mapNodes((_id, attributes) => attributes.fields);
  const edgeBags = ecosystem.mapEdges((_edge, attributes) => attributes.fields);
  const nodeFields = fieldNamesOf(nodeBags);
  const edgeFields = fieldNamesOf(edgeBags);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta><creator>Clusterscope</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    ...nodeFields.map(
      (name, i) => `      <attribute id="n${i}" title="${esc(name)}" type="${typeOfField(nodeBags, name)}"/>`,
    ),
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="kind" title="kind" type="string"/>',
    ...edgeFields.map(
      (name, i) => `      <attribute id="e${i}" title="${esc(name)}" type="${typeOfField(edgeBags, name)}"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
  ];
  ecosystem.forEachNode((key, attributes) => {
    const id = actorId(key);
    lines.push(`      <node id="${esc(id)}" label="${esc(attributes.label)}">`);
    lines.push('        <attvalues>', `          <attvalue for="kind" value="${esc(attributes.kind)}"/>`);
    lines.push(...attributeValues(attributes.fields, nodeFields, 'n'), '        </attvalues>');
    const position = options.positions?.get(id);
    if (position)
      lines.push(`        <viz:position x="${xmlNumber(position.x)}" y="${xmlNumber(position.y)}" z="0"/>`);
    const color = options.colors?.get(id);
    const rgb = color ? rgbOf(color) : undefined;
    if (rgb) lines.push(`        <viz:color r="${rgb.r}" g="${rgb.g}" b="${rgb.b}"/>`);
    lines.push('      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  let index = 0;
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    const type = attributes.directed ? 'directed' : 'undirected';
    lines.push(
      `      <edge id="${index++}" source="${esc(actorId(source))}" target="${esc(actorId(target))}" type="${type}" weight="${xmlNumber(attributes.strength)}">`,
      '        <attvalues>',
      `          <attvalue for="kind" value="${esc(attributes.kind)}"/>`,
      ...attributeValues(attributes.fields, edgeFields, 'e'),
      '        </attvalues>',
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function attributeValues(
  fields: Record<string, FieldValue>,
  names: readonly string[],
  prefix: string,
): string[] {
  return names.flatMap((name, i) => {
    const value = fieldOf(fields, name);
    if (value === undefined || value === null) return [];
    return [`          <attvalue for="${prefix}${i}" value="${esc(String(value))}"/>`];
  });
}

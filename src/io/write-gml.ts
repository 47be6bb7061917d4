/**
 * GML export, readable by NetworkX, igraph, Gephi, yEd and Cytoscape: numbered nodes with a
 * `label` (the actor's label, or its id when labels repeat, since NetworkX names nodes by label),
 * `actor_id` (the actor's own id, read back by Clusterscope), `kind` and every field; `graphics [ x y ]` when positions are
 * known; edges with `weight` (strength), `kind` and fields. A network with directed relations is
 * `directed 1`, its mutual relations marked `directed 0` on the edge. Text is ASCII with
 * character references (`&#233;`), as the GML definition asks and NetworkX writes.
 */
import { actorId, type Ecosystem } from '../model/ecosystem.ts';
import type { FieldValue } from '../model/fields.ts';
import type { GraphWriteOptions } from './write-xml.ts';

export function writeGml(ecosystem: Ecosystem, options: GraphWriteOptions = {}): string {
  const keys = ecosystem.nodes();
  const number = new Map(keys.map((key, i) => [key, i]));
  const labelCounts = new Map<string, number>();
  ecosystem.forEachNode((_key, attributes) =>
    labelCounts.set(attributes.label, (labelCounts.get(attributes.label) ?? 0) + 1),
  );
  const uniqueLabels = [...labelCounts.values()].every((count) => count === 1);
  let directed = false;
  ecosystem.forEachEdge((_edge, attributes) => {
    if (attributes.directed) directed = true;
  });
  const lines = ['Creator "Clusterscope"', 'graph [', `  directed ${directed ? 1 : 0}`];
  ecosystem.forEachNode((key, attributes) => {
    const id = actorId(key);
    const label = uniqueLabels ? attributes.label : id;
    lines.push('  node [', `    id ${number.get(key)}`, `    label ${gmlString(label)}`);
    lines.push(`    actor_id ${gmlString(id)}`);
    if (!uniqueLabels && attributes.label !== id) lines.push(`    name ${gmlString(attributes.label)}`);
    lines.push(`    kind ${gmlString(attributes.kind)}`);
    lines.push(
      ...fieldLines(attributes.fields, new Set(['id', 'label', 'kind', 'actor_id', 'name', 'graphics'])),
    );
    const position = options.positions?.get(id);
    if (position && Number.isFinite(position.x) && Number.isFinite(position.y))
      lines.push(
        `    graphics [`,
        `      x ${gmlNumber(position.x)}`,
        `      y ${gmlNumber(position.y)}`,
        '    ]',
      );
    lines.push('  ]');
  });
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    lines.push('  edge [', `    source ${number.get(source)}`, `    target ${number.get(target)}`);
    if (directed && !attributes.directed) lines.push('    directed 0');
    lines.push(`    weight ${gmlNumber(attributes.strength)}`, `    kind ${gmlString(attributes.kind)}`);
    lines.push(
      ...fieldLines(
        attributes.fields,
        new Set(['source', 'target', 'weight', 'kind', 'directed', 'id', 'graphics']),
      ),
    );
    lines.push('  ]');
  });
  lines.push(']');
  return `${lines.join('\n')}\n`;
}

function fieldLines(fields: Record<string, FieldValue>, taken: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  const used = new Set(taken);
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    if (value === null || value === undefined || value === '') continue;
    const key = gmlKey(name, used);
    used.add(key);
    lines.push(
      `    ${key} ${typeof value === 'string' ? gmlString(value) : typeof value === 'boolean' ? (value ? 1 : 0) : gmlNumber(value)}`,
    );
  }
  return lines;
}

/** GML keys are letters, digits and underscores, starting with a letter. */
function gmlKey(name: string, used: ReadonlySet<string>): string {
  let key = name.normalize('NFKD').replace(/[^\w]/g, '_');
  if (!/^[A-Za-z]/.test(key)) key = `f_${key}`;
  let unique = key;
  for (let k = 2; used.has(unique); k++) unique = `${key}_${k}`;
  return unique;
}

/** A quoted GML string: ASCII only, `"`, `&` and anything beyond ASCII as character references. */
function gmlString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += code > 126 || char === '"' || char === '&' || code < 32 ? `&#${code};` : char;
  }
  return `"${out}"`;
}

/** Numbers at full precision; GML has no infinities. */
function gmlNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}

/**
 * Edge lists separated by spaces, as NetworkX (`write_edgelist`, `write_weighted_edgelist`,
 * `write_adjlist`) and igraph (`write_ncol`, `write_edgelist`) write them: `a b`, `a b 2.5`,
 * `a b {'weight': 2.5, 'kind': 'supply'}`, or adjacency lines `a b c d` (a tied to b, c and d)
 * when any line holds more than three names. `#` starts a comment; a line with one name is an
 * actor without ties; a first line naming source and target is a header.
 * Each line is a relation from its first name to the next, as igraph reads them: `a b` and
 * `b a` stay two relations rather than being merged.
 */
import type { FieldValue } from '../model/fields.ts';
import { mapColumns } from './columns.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading } from './graph-records.ts';

export function readEdgeList(text: string, file: string): GraphReading {
  const reading = emptyGraphReading();
  const lines: { tokens: string[]; data: [string, FieldValue][]; line: number }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const dict = /\{.*\}\s*$/.exec(trimmed);
    const tokens = (dict ? trimmed.slice(0, dict.index) : trimmed).trim().split(/\s+/);
    lines.push({ tokens, data: dict ? pythonDict(dict[0]) : [], line: i + 1 });
  });
  let names: string[] = [];
  const header = lines[0] ? mapColumns(lines[0].tokens, 'relations') : [];
  if (header[0] === 'source' && header[1] === 'target') {
    names = lines[0].tokens.slice(2);
    lines.shift();
  }
  const adjacency = names.length === 0 && lines.some(({ tokens }) => tokens.length > 3);
  const seen = new Set<string>();
  const actor = (name: string, line: number) => {
    if (seen.has(name)) return;
    seen.add(name);
    addActor(reading, name, [], { file, row: line });
  };
  for (const { tokens, data, line } of lines) {
    const [source, ...rest] = tokens;
    if (rest.length === 0) {
      reading.elements++;
      actor(source, line);
      continue;
    }
    actor(source, line);
    if (adjacency) {
      for (const target of rest) {
        reading.elements++;
        actor(target, line);
        addRelation(reading, { source, target, directed: true }, [], { file, row: line });
      }
      continue;
    }
    reading.elements++;
    const [target, ...values] = rest;
    actor(target, line);
    const attributes: [string, FieldValue][] = [...data];
    values.forEach((value, k) => {
      const number = Number(value);
      attributes.push([
        names[k] ?? (k === 0 ? 'weight' : `value ${k + 1}`),
        Number.isFinite(number) ? number : value,
      ]);
    });
    addRelation(reading, { source, target, directed: true }, attributes, { file, row: line });
  }
  return reading;
}

/** `{'weight': 2.5, 'kind': 'supply', 'formal': True}`: Python literals of plain values only. */
function pythonDict(text: string): [string, FieldValue][] {
  const values: [string, FieldValue][] = [];
  const entry =
    /['"]([^'"]*)['"]\s*:\s*('([^']*)'|"([^"]*)"|True|False|None|[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)/g;
  for (let match = entry.exec(text); match; match = entry.exec(text)) {
    const raw = match[2];
    const value: FieldValue =
      match[3] !== undefined
        ? match[3]
        : match[4] !== undefined
          ? match[4]
          : raw === 'True'
            ? true
            : raw === 'False'
              ? false
              : raw === 'None'
                ? null
                : Number(raw);
    values.push([match[1], value]);
  }
  return values;
}

/**
 * Pajek export: the network as `.net` (vertices with labels and, when known, positions; `*Arcs`
 * for directed relations and `*Edges` for mutual ones, with strengths as weights; each relation
 * kind its own numbered relation, `*Arcs :2 "supply"`), and per-actor values beside it: a
 * partition (`.clu`, whole numbers, such as communities or the categories of a field) and
 * vectors (`.vec`, numbers, such as a measure). Pajek has no attributes, so other fields stay
 * behind; missing values are written as Pajek's missing code, 9999998.
 */
import { actorId, type Ecosystem, TYPE_FIELD } from '../model/ecosystem.ts';
import type { GraphWriteOptions } from './write-xml.ts';

/** Pajek's code for a missing value in partitions and vectors. */
export const PAJEK_MISSING = 9999998;

export interface PajekValuesToWrite {
  name: string;
  /** By actor id; undefined, null and non-finite values are missing. */
  values: ReadonlyMap<string, number | string | boolean | null | undefined>;
}

export interface PajekFiles {
  net: string;
  partitions: { name: string; text: string }[];
  vectors: { name: string; text: string }[];
}

export function writePajek(
  ecosystem: Ecosystem,
  options: GraphWriteOptions & { partitions?: PajekValuesToWrite[]; vectors?: PajekValuesToWrite[] } = {},
): PajekFiles {
  const ids = ecosystem.nodes().map(actorId);
  const number = new Map(ecosystem.nodes().map((key, i) => [key, i + 1]));
  const lines = [`*Vertices ${ids.length}`];
  const placed = options.positions && ids.every((id) => options.positions?.has(id));
  ecosystem.forEachNode((key, attributes) => {
    const position = placed ? options.positions?.get(actorId(key)) : undefined;
    const where = position ? ` ${pajekNumber(position.x)} ${pajekNumber(position.y)}` : '';
    lines.push(`${number.get(key)} "${pajekLabel(attributes.label)}"${where}`);
  });
  // One numbered relation per kind (and unknown type word), so kinds survive the round trip.
  const groups = new Map<string, { directed: string[]; mutual: string[] }>();
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    const type = attributes.kind === 'other' ? attributes.fields[TYPE_FIELD] : undefined;
    const name = typeof type === 'string' && type !== '' ? type : attributes.kind;
    const group = groups.get(name) ?? { directed: [], mutual: [] };
    groups.set(name, group);
    const line = `${number.get(source)} ${number.get(target)} ${pajekNumber(attributes.strength)}`;
    (attributes.directed ? group.directed : group.mutual).push(line);
  });
  const named = groups.size > 1 || [...groups.keys()].some((name) => name !== 'other');
  [...groups.entries()].forEach(([name, group], k) => {
    const relation = named ? ` :${k + 1} "${pajekLabel(name)}"` : '';
    if (group.directed.length > 0) lines.push(`*Arcs${relation}`, ...group.directed);
    if (group.mutual.length > 0) lines.push(`*Edges${relation}`, ...group.mutual);
  });
  if (groups.size === 0) lines.push('*Edges');
  return {
    net: `${lines.join('\r\n')}\r\n`,
    partitions: (options.partitions ?? []).map(({ name, values }) => ({
      name,
      text: partitionText(ids, values),
    })),
    vectors: (options.vectors ?? []).map(({ name, values }) => ({ name, text: vectorText(ids, values) })),
  };
}

/**
 * A partition: whole numbers as they are; any other values (words such as a kind or region)
 * numbered 1, 2, … in order of first appearance, with the key in `%` comment lines.
 */
function partitionText(ids: readonly string[], values: PajekValuesToWrite['values']): string {
  const missing = (value: unknown) =>
    value === undefined ||
    value === null ||
    value === '' ||
    (typeof value === 'number' && !Number.isFinite(value));
  const numeric = ids.every((id) => {
    const value = values.get(id);
    return missing(value) || (typeof value === 'number' && Number.isInteger(value));
  });
  const codes = new Map<string, number>();
  const lines = ids.map((id) => {
    const value = values.get(id);
    if (missing(value)) return String(PAJEK_MISSING);
    if (numeric) return String(value);
    const word = String(value);
    if (!codes.has(word)) codes.set(word, codes.size + 1);
    return String(codes.get(word));
  });
  const key = [...codes].map(([word, code]) => `% ${code} = ${word.replace(/[\r\n]+/g, ' ')}`);
  return `${[...key, `*Vertices ${ids.length}`, ...lines].join('\r\n')}\r\n`;
}

function vectorText(ids: readonly string[], values: PajekValuesToWrite['values']): string {
  const lines = ids.map((id) => {
    const value = values.get(id);
    const number =
      typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : Number.NaN;
    return Number.isFinite(number) ? pajekNumber(number) : String(PAJEK_MISSING);
  });
  return `${[`*Vertices ${ids.length}`, ...lines].join('\r\n')}\r\n`;
}

/** Labels are quoted in Pajek and cannot hold quotes or line breaks. */
function pajekLabel(label: string): string {
  return label.replace(/"/g, "'").replace(/[\r\n\t]+/g, ' ');
}

function pajekNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}

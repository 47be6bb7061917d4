/**
 * Pajek networks (`.net`) and projects (`.paj`), as Pajek, NetworkX, igraph and UCINET write them.
 *
 * - `*Vertices N` lists vertices `n "label" [x y [z]] [shape] [parameters]`; vertices not listed
 *   are numbered actors. `*Vertices N N1` is two-mode: vertices 1..N1 are the first mode, the
 *   rest the second, kept as the field `mode` (1 or 2).
 * - `*Arcs` are directed, `*Edges` undirected: `i j [weight] [parameters]`; `*Arcslist` and
 *   `*Edgeslist` give `i j k …` (i tied to each of j, k, …); `*Matrix` an adjacency matrix.
 *   `*Arcs :2 "supply"` names a relation: its name becomes the relation kind.
 * - A project holds several `*Network` sections and `*Partition` / `*Vector` sections; a
 *   partition or vector becomes a field of the vertices of the network of its size.
 * Keywords are case-insensitive; `%` starts a comment line. Every vertex and relation line
 * that cannot be read is reported with its line number and left out.
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading } from './graph-records.ts';
import { issue } from './issue.ts';
import { lineReason, type MessageParams } from './messages.ts';
import {
  isNumber,
  isVertexNumber,
  parameterValue,
  relationName,
  relationParameters,
  SHAPES,
  tokens,
  VERTEX_DRAWING,
  vertexTokens,
} from './pajek-lines.ts';

/** A Pajek partition (`.clu`) or vector (`.vec`): one value per vertex. */
export interface PajekValues {
  kind: 'partition' | 'vector';
  name: string;
  values: number[];
  line: number;
}

export interface PajekReading extends GraphReading {
  /** Partitions and vectors that found no network of their size in this file. */
  unattached: PajekValues[];
  /** The vertex count of each network read, so a `.clu` opened beside it can find it. */
  vertexCounts: number[];
}

interface Network {
  name: string;
  size: number;
  /** Vertices 1..firstMode are the first mode of a two-mode network (0 when one-mode). */
  firstMode: number;
  prefix: string;
  labels: Map<number, { label?: string; fields: [string, FieldValue][]; line: number }>;
  relations: {
    from: number;
    to: number;
    directed: boolean;
    weight?: number;
    kind?: string;
    extra: [string, FieldValue][];
    line: number;
    text: string;
  }[];
}

type Section = 'none' | 'vertices' | 'arcs' | 'edges' | 'arcslist' | 'edgeslist' | 'matrix' | 'values';

export function readPajek(
  text: string,
  file: string,
  holds: 'network' | 'partition' | 'vector' = 'network',
): PajekReading {
  const formatName = 'Pajek';
  const reading: PajekReading = { ...emptyGraphReading(), unattached: [], vertexCounts: [] };
  const networks: Network[] = [];
  const values: PajekValues[] = [];
  let network: Network | undefined;
  let section: Section = 'none';
  let relationKind: string | undefined;
  let pendingName = '';
  // A .clu or .vec file is one partition or vector, named after the file.
  let pendingValues: PajekValues | undefined =
    holds === 'network' ? undefined : { kind: holds, name: stem(file), values: [], line: 1 };
  if (pendingValues) values.push(pendingValues);
  let matrixRow = 0;
  let matrixDirected = true;

  const lines = text.split(/\r\n|\n|\r/);
  const leftOut = (line: number, reason: MessageParams, raw: string) => {
    reading.elements++;
    reading.issues.push(
      issue(
        'warning',
        'unreadable-line',
        { format: formatName, ...reason },
        { file, row: line, value: raw.slice(0, 200) },
      ),
    );
  };

  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index];
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('%')) continue;
    if (trimmed.startsWith('*')) {
      const [keyword, ...rest] = tokens(trimmed.slice(1));
      const word = keyword?.toLowerCase() ?? '';
      if (word === 'network') {
        pendingName = rest.join(' ');
        section = 'none';
        network = undefined;
      } else if (word === 'vertices') {
        const size = Number(rest[0]);
        if (pendingValues) {
          pendingValues.values = [];
          section = 'values';
          continue;
        }
        network = {
          name: pendingName,
          size: Number.isInteger(size) && size >= 0 ? size : 0,
          firstMode: Number.isInteger(Number(rest[1])) ? Number(rest[1]) : 0,
          prefix: '',
          labels: new Map(),
          relations: [],
        };
        networks.push(network);
        pendingName = '';
        section = 'vertices';
      } else if (['arcs', 'edges', 'arcslist', 'edgeslist', 'matrix'].includes(word)) {
        section = word as Section;
        relationKind = relationName(rest);
        matrixRow = 0;
        matrixDirected = word !== 'edges';
        if (!network) {
          // A file with relations but no *Vertices line: vertices are numbered on demand.
          network = { name: '', size: 0, firstMode: 0, prefix: '', labels: new Map(), relations: [] };
          networks.push(network);
        }
      } else if (word === 'partition' || word === 'vector') {
        pendingValues = {
          kind: word,
          name: rest.join(' ').replace(/\.(clu|vec)$/i, '') || word,
          values: [],
          line,
        };
        values.push(pendingValues);
        section = 'none';
        network = undefined;
      } else {
        section = 'none';
      }
      if (word !== 'partition' && word !== 'vector' && word !== 'vertices') pendingValues = undefined;
      continue;
    }
    if (section === 'values' && pendingValues) {
      const value = Number(trimmed.split(/\s+/)[0]);
      // 9999998 is Pajek's code for a missing value.
      pendingValues.values.push(Number.isFinite(value) && value !== 9999998 ? value : Number.NaN);
      continue;
    }
    if (!network) {
      leftOut(line, lineReason('outsideSection'), raw);
      continue;
    }
    if (section === 'vertices') readVertex(network, trimmed, line, raw, leftOut);
    else if (section === 'arcs' || section === 'edges') {
      const parts = tokens(trimmed);
      const from = Number(parts[0]);
      const to = Number(parts[1]);
      if (!isVertexNumber(from) || !isVertexNumber(to)) {
        leftOut(line, lineReason('twoVertices'), raw);
        continue;
      }
      const weight = parts[2] !== undefined && isNumber(parts[2]) ? Number(parts[2]) : undefined;
      network.relations.push({
        from,
        to,
        directed: section === 'arcs',
        weight,
        kind: relationKind,
        extra: relationParameters(parts.slice(weight === undefined ? 2 : 3)),
        line,
        text: raw,
      });
    } else if (section === 'arcslist' || section === 'edgeslist') {
      const parts = trimmed.split(/\s+/).map(Number);
      if (parts.length < 1 || !parts.every(isVertexNumber)) {
        leftOut(line, lineReason('listNumbers'), raw);
        continue;
      }
      for (const to of parts.slice(1))
        network.relations.push({
          from: parts[0],
          to,
          directed: section === 'arcslist',
          kind: relationKind,
          extra: [],
          line,
          text: raw,
        });
    } else if (section === 'matrix') {
      matrixRow++;
      const cells = trimmed.split(/\s+/);
      const offset = Math.max(network.firstMode, 0);
      cells.forEach((cell, c) => {
        const weight = Number(cell);
        if (!Number.isFinite(weight) || weight === 0) return;
        network?.relations.push({
          from: matrixRow,
          to: offset + c + 1,
          directed: matrixDirected && offset === 0,
          weight,
          kind: relationKind,
          extra: [],
          line,
          text: raw,
        });
      });
    } else leftOut(line, lineReason('outsideSection'), raw);
  }

  assignPrefixes(networks);
  const multiple = networks.length > 1;
  for (const net of networks) addNetwork(reading, net, file, multiple, leftOut);
  for (const vector of values) {
    const target = networks.find((net) => effectiveSize(net) === vector.values.length);
    if (!target) {
      reading.unattached.push(vector);
      continue;
    }
    attachValues(reading, target, vector);
  }
  reading.vertexCounts = networks.map(effectiveSize);
  return reading;
}

function readVertex(
  network: Network,
  text: string,
  line: number,
  raw: string,
  leftOut: (line: number, reason: MessageParams, raw: string) => void,
): void {
  const parts = vertexTokens(text);
  const number = Number(parts[0]);
  if (!isVertexNumber(number)) {
    leftOut(line, lineReason('vertexNumber'), raw);
    return;
  }
  if (network.labels.has(number)) {
    leftOut(line, lineReason('vertexTwice', { number }), raw);
    return;
  }
  if (network.size > 0 && number > network.size) {
    leftOut(line, lineReason('vertexBeyond', { number, declared: network.size }), raw);
    return;
  }
  const fields: [string, FieldValue][] = [];
  let at = 2;
  const coordinates: number[] = [];
  while (at < parts.length && coordinates.length < 3 && isNumber(parts[at]))
    coordinates.push(Number(parts[at++]));
  if (coordinates.length >= 2) fields.push(['x', coordinates[0]], ['y', coordinates[1]]);
  if (coordinates.length === 3 && coordinates[2] !== 0 && coordinates[2] !== 0.5)
    fields.push(['z', coordinates[2]]);
  if (at < parts.length && SHAPES.has(parts[at].toLowerCase()))
    fields.push(['shape', parts[at++].toLowerCase()]);
  // Then parameter pairs: Pajek's drawing ones, and the attributes NetworkX writes (`kind firm`).
  for (; at + 1 < parts.length; at += 2) {
    const key = parts[at];
    if (VERTEX_DRAWING.has(key.toLowerCase()) || (key === 'label' && parts[at + 1] === parts[1])) continue;
    fields.push([key, parameterValue(parts[at + 1])]);
  }
  network.labels.set(number, { label: parts[1], fields, line });
}

/** Two-mode and multi-network files: vertex ids are numbers, so each network but a shared one gets a prefix. */
function assignPrefixes(networks: Network[]): void {
  const first = networks[0];
  for (const [k, net] of networks.entries()) {
    const sameVertices =
      k > 0 &&
      effectiveSize(net) === effectiveSize(first) &&
      [...net.labels].every(([number, vertex]) => first.labels.get(number)?.label === vertex.label);
    net.prefix = k === 0 || sameVertices ? '' : `${net.name || k + 1}:`;
  }
}

function effectiveSize(net: Network): number {
  if (net.size > 0) return net.size;
  let size = 0;
  for (const number of net.labels.keys()) size = Math.max(size, number);
  for (const { from, to } of net.relations) size = Math.max(size, from, to);
  return size;
}

function addNetwork(
  reading: GraphReading,
  net: Network,
  file: string,
  multiple: boolean,
  leftOut: (line: number, reason: MessageParams, raw: string) => void,
): void {
  const declared = net.size;
  const shared = multiple && net.prefix === '' && reading.actors.length > 0;
  // A later network over the same vertices describes them again: its vertex lines are kept, as one actor each.
  if (shared) reading.elements += net.labels.size;
  if (!shared) {
    const size = effectiveSize(net);
    for (let number = 1; number <= size; number++) {
      const vertex = net.labels.get(number);
      const fields: [string, FieldValue][] = [];
      if (vertex?.label !== undefined) fields.push(['label', vertex.label]);
      if (vertex) for (const field of vertex.fields) fields.push(field);
      if (net.firstMode > 0) fields.push(['mode', number <= net.firstMode ? 1 : 2]);
      if (multiple && net.prefix !== '') fields.push(['network', net.name || net.prefix.slice(0, -1)]);
      reading.elements++;
      addActor(reading, `${net.prefix}${number}`, fields, { file, ...(vertex ? { row: vertex.line } : {}) });
    }
  }
  for (const relation of net.relations) {
    if (declared > 0 && (relation.from > declared || relation.to > declared)) {
      leftOut(
        relation.line,
        lineReason('vertexBeyond', { number: Math.max(relation.from, relation.to), declared }),
        relation.text,
      );
      continue;
    }
    reading.elements++;
    const attributes: [string, FieldValue][] = [...relation.extra];
    if (relation.weight !== undefined) attributes.push(['weight', relation.weight]);
    const kind = relation.kind ?? (multiple && net.name ? net.name : undefined);
    if (kind !== undefined) attributes.push(['kind', kind]);
    addRelation(
      reading,
      {
        source: `${net.prefix}${relation.from}`,
        target: `${net.prefix}${relation.to}`,
        directed: relation.directed,
      },
      attributes,
      { file, row: relation.line },
    );
  }
}

/** A partition or vector as a field of the network's actors. */
export function attachValues(
  reading: GraphReading,
  target: { prefix: string } | undefined,
  vector: PajekValues,
): void {
  const prefix = target?.prefix ?? '';
  const byId = new Map(reading.actors.map((actor) => [actor.id, actor]));
  vector.values.forEach((value, i) => {
    const actor = byId.get(`${prefix}${i + 1}`);
    if (actor?.fields && Number.isFinite(value)) actor.fields[vector.name] = value;
  });
}

function stem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

/**
 * GML (Graph Modelling Language), as NetworkX, igraph, Gephi, yEd and Cytoscape write it:
 * `graph [ directed 1 node [ id 0 label "A" graphics [ x 1.0 y 2.0 ] ] edge [ source 0
 * target 1 value 2.0 ] ]`. Node `id`s are the actors' ids and `label` (igraph: `name`) their
 * labels; `graphics` gives positions and colours; other scalar keys are fields. Repeated edges
 * between one pair are one relation with their strengths summed, and listed as merged.
 * Strings may carry HTML character references, as NetworkX writes them.
 *
 * The parser is iterative (no recursion, a depth limit), so a hostile file of a million `[`
 * is refused, not a stack overflow. A file cut off inside a list keeps what was complete.
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading } from './graph-records.ts';
import { issue } from './issue.ts';
import { decodeCharacterReferences } from './xml.ts';

type GmlValue = string | number | GmlList;
interface GmlList {
  entries: [string, GmlValue][];
  line: number;
}

const MAX_DEPTH = 64;

export function readGml(text: string, file: string): GraphReading {
  const reading = emptyGraphReading();
  const parsed = parseGml(text);
  if (parsed.error) {
    reading.issues.push(
      parsed.error.truncated
        ? issue(
            'error',
            'truncated-file',
            { line: parsed.error.line, element: parsed.error.element, actors: '…', relations: '…' },
            { file, row: parsed.error.line },
          )
        : issue(
            'error',
            'invalid-file',
            {
              format: 'GML',
              reason: `${parsed.error.reason} (line ${parsed.error.line})`,
              reasonCode: 'gmlParse',
              detail: parsed.error.reason,
              line: parsed.error.line,
            },
            { file, row: parsed.error.line },
          ),
    );
  }
  const graph = parsed.root.entries.find(
    ([key, value]) => key.toLowerCase() === 'graph' && typeof value === 'object',
  )?.[1] as GmlList | undefined;
  if (!graph) {
    if (!parsed.error)
      reading.issues.push(
        issue(
          'error',
          'invalid-file',
          { format: 'GML', reason: 'no graph [ … ] list', reasonCode: 'noGmlGraph' },
          { file },
        ),
      );
    return reading;
  }
  const directed = graph.entries.some(([key, value]) => key === 'directed' && Number(value) === 1);
  // GML id → actor id: the GML id, or the `actor_id` Clusterscope writes beside it.
  const ids = new Map<string, string>();
  let nodeIndex = 0;
  let edgeIndex = 0;
  for (const [key, value] of graph.entries) {
    if (typeof value !== 'object') continue;
    if (key === 'node') {
      nodeIndex++;
      reading.elements++;
      const id = scalar(value, 'id');
      if (id === undefined) {
        reading.issues.push(
          issue(
            'error',
            'missing-actor-element',
            { element: 'Node', index: nodeIndex },
            { file, row: value.line },
          ),
        );
        continue;
      }
      const actor = scalar(value, 'actor_id');
      ids.set(String(id), String(actor ?? id));
      addActor(reading, String(actor ?? id), nodeAttributes(value), { file, row: value.line });
    } else if (key === 'edge') {
      edgeIndex++;
      reading.elements++;
      const source = scalar(value, 'source');
      const target = scalar(value, 'target');
      if (source === undefined || target === undefined) {
        reading.issues.push(
          issue(
            'error',
            'missing-endpoint-element',
            { element: 'Edge', index: edgeIndex, missing: source === undefined ? 'source' : 'target' },
            { file, row: value.line },
          ),
        );
        continue;
      }
      const unknown = [source, target].find((end) => !ids.has(String(end)));
      if (unknown !== undefined) {
        reading.issues.push(
          issue(
            'error',
            'unknown-vertex',
            { vertex: String(unknown) },
            { file, row: value.line, value: String(unknown) },
          ),
        );
        continue;
      }
      addRelation(
        reading,
        { source: ids.get(String(source)) ?? '', target: ids.get(String(target)) ?? '', directed },
        edgeAttributes(value),
        {
          file,
          row: value.line,
        },
      );
    }
  }
  if (parsed.error?.truncated) {
    const last = reading.issues.find((found) => found.code === 'truncated-file');
    if (last) {
      last.params = { ...last.params, actors: reading.actors.length, relations: reading.relations.length };
      last.message = issue('error', 'truncated-file', last.params, {}).message;
    }
  }
  return reading;
}

function scalar(list: GmlList, key: string): string | number | undefined {
  const found = list.entries.find(([name, value]) => name === key && typeof value !== 'object');
  return found?.[1] as string | number | undefined;
}

function nodeAttributes(node: GmlList): [string, FieldValue][] {
  const values: [string, FieldValue][] = [];
  for (const [key, value] of node.entries) {
    if (key === 'id' || key === 'actor_id') continue;
    if (key === 'graphics' && typeof value === 'object') {
      for (const [name, v] of value.entries) {
        if ((name === 'x' || name === 'y') && typeof v === 'number') values.push([name, v]);
        if (name === 'fill' && typeof v === 'string') values.push(['color', v]);
      }
      continue;
    }
    if (typeof value === 'object') continue;
    values.push([key === 'name' ? 'label' : key, value]);
  }
  return values;
}

function edgeAttributes(edge: GmlList): [string, FieldValue][] {
  const values: [string, FieldValue][] = [];
  for (const [key, value] of edge.entries) {
    if (key === 'source' || key === 'target' || key === 'id' || key === 'key' || typeof value === 'object')
      continue;
    // Gephi and yEd write an edge's weight as `value`.
    values.push([key === 'value' ? 'weight' : key, value]);
  }
  return values;
}

interface ParseError {
  line: number;
  reason: string;
  truncated: boolean;
  element: string;
}

/** GML text to nested lists, iteratively. */
function parseGml(text: string): { root: GmlList; error?: ParseError } {
  const root: GmlList = { entries: [], line: 1 };
  const stack: { list: GmlList; key: string }[] = [{ list: root, key: '' }];
  const token = /\s*(?:(#[^\n\r]*)|("([^"]*)")|(\[)|(\])|([^\s[\]"]+))/y;
  let line = 1;
  let pendingKey: string | undefined;
  let at = 0;
  const countLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
  };
  while (at < text.length) {
    token.lastIndex = at;
    const match = token.exec(text);
    if (!match) break;
    const start = at;
    at = token.lastIndex;
    const leading = match[0].length - match[0].trimStart().length;
    countLines(start, start + leading);
    const current = stack[stack.length - 1].list;
    const tokenLine = line;
    countLines(start + leading, at);
    if (match[1] !== undefined) continue;
    if (pendingKey === undefined) {
      if (match[5] !== undefined) {
        if (stack.length === 1)
          return {
            root,
            error: { line: tokenLine, reason: 'a "]" closes nothing', truncated: false, element: '' },
          };
        stack.pop();
        continue;
      }
      const key = match[6];
      if (key === undefined || !/^[A-Za-z_][\w.-]*$/.test(key))
        return {
          root,
          error: {
            line: tokenLine,
            reason: `"${(match[2] ?? match[0]).trim().slice(0, 40)}" is not a key`,
            truncated: false,
            element: '',
          },
        };
      pendingKey = key;
      continue;
    }
    const key = pendingKey;
    pendingKey = undefined;
    if (match[4] !== undefined) {
      if (stack.length > MAX_DEPTH)
        return {
          root,
          error: { line: tokenLine, reason: 'lists nested too deeply', truncated: false, element: '' },
        };
      const list: GmlList = { entries: [], line: tokenLine };
      current.entries.push([key, list]);
      stack.push({ list, key });
    } else if (match[2] !== undefined) {
      current.entries.push([key, decodeCharacterReferences(match[3])]);
    } else if (match[6] !== undefined) {
      const number = Number(match[6]);
      current.entries.push([
        key,
        /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(match[6]) ? number : match[6],
      ]);
    } else {
      return {
        root,
        error: { line: tokenLine, reason: `key "${key}" has no value`, truncated: false, element: '' },
      };
    }
  }
  if (stack.length > 1 || pendingKey !== undefined) {
    // Cut off: drop the node or edge that was being written (it is incomplete), keep the rest.
    const open = stack[stack.length - 1];
    if (stack.length > 2) stack[1].list.entries.pop();
    return {
      root,
      error: { line, reason: 'the file ends inside a list', truncated: true, element: open.key },
    };
  }
  return { root };
}

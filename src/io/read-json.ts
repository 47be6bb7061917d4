/**
 * JSON graph files: a serialized graphology graph (`graph.export()`: `nodes` and `edges` with
 * `attributes`, as sigma.js and Gephi Lite save them) or a Clusterscope project file. Parsed with
 * JSON.parse only; nothing in the file is ever run.
 */
import type { FieldValue } from '../model/fields.ts';
import type { ImportIssue } from '../model/issues.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading } from './graph-records.ts';
import { describeError, error } from './issue.ts';
import { type ClusterscopeProject, PROJECT_FORMAT } from './project.ts';
import { validateProject } from './project-schema.ts';

export interface JsonReading extends GraphReading {
  project?: ClusterscopeProject;
  format: 'graphology-json' | 'project';
}

export function readJsonGraph(text: string, file: string): JsonReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (thrown) {
    return {
      ...emptyGraphReading(),
      format: 'graphology-json',
      issues: [error('invalid-file', `Not valid JSON: ${describeError(thrown)}`, { file })],
    };
  }
  if (isObject(parsed) && parsed.format === PROJECT_FORMAT) return readProject(parsed, file);
  return { ...readGraphology(parsed, file), format: 'graphology-json' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entriesOf(value: unknown): [string, FieldValue][] {
  if (!isObject(value)) return [];
  return Object.keys(value).flatMap((name): [string, FieldValue][] => {
    const v = value[name];
    if (
      v === null ||
      typeof v === 'string' ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v))
    )
      return [[name, v]];
    return []; // nested objects and lists are not fields
  });
}

function readGraphology(parsed: unknown, file: string): GraphReading {
  const reading = emptyGraphReading();
  if (!isObject(parsed) || !Array.isArray(parsed.nodes)) {
    reading.issues.push(error('invalid-file', 'Not a graphology JSON graph: no "nodes" list.', { file }));
    return reading;
  }
  const type = isObject(parsed.options) ? parsed.options.type : undefined;
  parsed.nodes.forEach((node: unknown, i: number) => {
    const key = isObject(node) ? node.key : undefined;
    if (typeof key !== 'string' && typeof key !== 'number') {
      reading.issues.push(error('missing-actor-id', `Node #${i + 1} has no key; left out.`, { file }));
      return;
    }
    addActor(reading, String(key), entriesOf((node as Record<string, unknown>).attributes), { file });
  });
  const edges = Array.isArray(parsed.edges) ? parsed.edges : [];
  edges.forEach((edge: unknown, i: number) => {
    const e = isObject(edge) ? edge : {};
    const endpoint = (value: unknown) =>
      typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    const source = endpoint(e.source);
    const target = endpoint(e.target);
    if (source === undefined || target === undefined) {
      reading.issues.push(
        error('missing-endpoint', `Edge #${i + 1} has no source or target; left out.`, { file }),
      );
      return;
    }
    const directed = type === 'undirected' ? false : type === 'directed' ? true : e.undirected !== true;
    addRelation(reading, { source, target, directed }, entriesOf(e.attributes), { file });
  });
  return reading;
}

function readProject(parsed: unknown, file: string): JsonReading {
  const reading: JsonReading = { ...emptyGraphReading(), format: 'project' };
  const validation = validateProject(parsed);
  if (!validation.ok) {
    reading.issues = validation.problems
      .slice(0, 50)
      .map((problem): ImportIssue => error('invalid-project', `Project file: ${problem}.`, { file }));
    return reading;
  }
  const project = validation.value;
  reading.project = project;
  reading.actors = project.data.actors.map(({ id, label, kind, fields }) => ({
    id,
    label,
    kind,
    fields,
    origin: { file },
  }));
  reading.relations = project.data.relations.map(({ source, target, kind, strength, directed, fields }) => ({
    source,
    target,
    kind,
    strength,
    directed,
    fields,
    origin: { file },
  }));
  for (const { id, x, y } of project.view?.positions ?? []) reading.layout.positions.set(id, { x, y });
  for (const { id, color } of project.view?.colors ?? []) reading.layout.colors.set(id, color);
  return reading;
}

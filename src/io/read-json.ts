/**
 * JSON network files, told apart by their shape once parsed:
 * - a Clusterscope project file (`"format": "clusterscope-project"`);
 * - a Gephi Lite workspace (`"type": "gephi-lite"`, the graph in `graphDataset`);
 * - Kumu (`elements` and `connections`), Cytoscape.js (`elements.nodes`), Cytoscape CX (a list
 *   of aspects);
 * - node and edge lists: graphology's `graph.export()` (sigma.js, Gephi Lite), the sigma.js
 *   demo's flat nodes with `[source, target]` edges, NetworkX's node-link data and d3's
 *   `nodes`/`links`.
 * Parsed with JSON.parse only; nothing in the file is ever run (Gephi Lite files can hold
 * filter functions: they are reported and left out).
 */
import type { ImportIssue } from '../model/issues.ts';
import type { FileFormat } from './detect.ts';
import { UNDERSTOOD } from './detect.ts';
import { emptyGraphReading, type GraphReading } from './graph-records.ts';
import { describeError, issue } from './issue.ts';
import { readCytoscapeCx, readCytoscapeJson } from './json-cytoscape.ts';
import { countFunctions, gephiLiteGraph, isObject, readNodeEdgeJson } from './json-graph.ts';
import { readKumu } from './json-kumu.ts';
import { type ClusterscopeProject, PROJECT_FORMAT } from './project.ts';
import { validateProject } from './project-schema.ts';

export interface JsonReading extends GraphReading {
  project?: ClusterscopeProject;
  format: FileFormat;
}

export function readJsonGraph(text: string, file: string): JsonReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (thrown) {
    return {
      ...emptyGraphReading(),
      format: 'json',
      issues: [issue('error', 'invalid-file', { format: 'JSON', reason: describeError(thrown) }, { file })],
    };
  }
  if (isObject(parsed) && parsed.format === PROJECT_FORMAT) return readProject(parsed, file);
  if (isObject(parsed) && (parsed.type === 'gephi-lite' || isObject(parsed.graphDataset))) {
    const reading = readNodeEdgeJson(gephiLiteGraph(parsed), file, 'Gephi Lite');
    const functions = countFunctions(parsed);
    if (functions > 0) reading.issues.push(issue('warning', 'ignored-code', { count: functions }, { file }));
    return { ...reading, format: 'gephi-lite' };
  }
  if (isObject(parsed) && Array.isArray(parsed.elements) && Array.isArray(parsed.connections))
    return { ...readKumu(parsed, file), format: 'kumu-json' };
  if (isObject(parsed) && (isObject(parsed.elements) || Array.isArray(parsed.elements)))
    return { ...readCytoscapeJson(parsed, file), format: 'cytoscape-json' };
  if (Array.isArray(parsed) && parsed.some((aspect) => isObject(aspect) && isCxAspect(aspect)))
    return { ...readCytoscapeCx(parsed, file), format: 'cytoscape-cx' };
  const graph =
    isObject(parsed) && isObject(parsed.graph) && parsed.nodes === undefined ? parsed.graph : parsed;
  if (isObject(graph) && (Array.isArray(graph.nodes) || isObject(graph.nodes))) {
    const reading = readNodeEdgeJson(graph, file, 'JSON');
    return { ...reading, format: reading.dialect };
  }
  return {
    ...emptyGraphReading(),
    format: 'json',
    issues: [
      issue(
        'error',
        'not-a-graph',
        {
          format: 'JSON',
          reason: isObject(parsed)
            ? `no "nodes" list (its keys are ${Object.keys(parsed).slice(0, 8).join(', ') || 'none'})`
            : 'it is not an object with nodes and edges',
          reasonCode: isObject(parsed) ? 'noNodes' : 'notObject',
          keys: isObject(parsed) ? Object.keys(parsed).slice(0, 8).join(', ') || '–' : '',
          understood: UNDERSTOOD,
        },
        { file },
      ),
    ],
  };
}

const CX_ASPECTS = new Set([
  'numberVerification',
  'metaData',
  'CXVersion',
  'nodes',
  'edges',
  'cartesianLayout',
  'attributeDeclarations',
]);

function isCxAspect(aspect: Record<string, unknown>): boolean {
  return Object.keys(aspect).some((key) => CX_ASPECTS.has(key));
}

function readProject(parsed: unknown, file: string): JsonReading {
  const reading: JsonReading = { ...emptyGraphReading(), format: 'project' };
  const validation = validateProject(parsed);
  if (!validation.ok) {
    reading.issues = validation.problems.slice(0, 50).map(
      (problem): ImportIssue => ({
        severity: 'error',
        code: 'invalid-project',
        message: `Project file: ${problem}.`,
        params: { problem },
        file,
      }),
    );
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
  reading.elements = reading.actors.length + reading.relations.length;
  for (const { id, x, y } of project.view?.positions ?? []) reading.layout.positions.set(id, { x, y });
  for (const { id, color } of project.view?.colors ?? []) reading.layout.colors.set(id, color);
  return reading;
}

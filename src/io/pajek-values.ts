/**
 * A Pajek partition (`.clu`) or vector (`.vec`) opened beside its network (`.net`): its values
 * become a field of the network's vertices, named after the file. One that finds no network
 * with as many vertices is reported and left out.
 */
import type { ImportIssue } from '../model/issues.ts';
import { issue } from './issue.ts';
import { attachValues, type PajekReading } from './read-pajek.ts';
import type { SourceReading } from './source.ts';

export function attachPajekValues(readings: readonly SourceReading[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const networks = readings
    .map((reading) => reading.graph)
    .filter(
      (graph): graph is PajekReading =>
        graph !== undefined && 'vertexCounts' in graph && graph.vertexCounts.length > 0,
    );
  for (const reading of readings) {
    const graph = reading.graph;
    if (!graph || !('unattached' in graph)) continue;
    for (const values of graph.unattached) {
      const target = networks.find(
        (network) => network !== graph && network.vertexCounts[0] === values.values.length,
      );
      if (target) {
        attachValues(target, undefined, values);
        graph.elements += values.values.length; // each value found its vertex
        continue;
      }
      const vertices = networks.find((network) => network !== graph)?.vertexCounts[0];
      issues.push(
        issue(
          'error',
          vertices === undefined ? 'partition-without-network' : 'partition-size',
          { kind: values.kind, count: values.values.length, ...(vertices !== undefined ? { vertices } : {}) },
          { file: reading.file.name, row: values.line },
        ),
      );
    }
  }
  return issues;
}

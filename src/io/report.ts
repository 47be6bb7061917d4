/**
 * The import report: what was read, what was changed and what was left out, so that nothing
 * disappears between a user's spreadsheet and the graph without being listed.
 */
import type { Ecosystem, MergedRelation } from '../model/ecosystem.ts';
import type { ImportIssue } from '../model/issues.ts';

export interface FileSummary {
  name: string;
  role: 'actors' | 'relations';
  rows: number;
  delimiter: string;
  decimalMark: string;
  encoding: string;
  byteOrderMark: boolean;
  /** Header → field it was mapped to. */
  columns: { header: string; field: string }[];
}

export interface ImportReport {
  files: FileSummary[];
  actorCount: number;
  relationCount: number;
  actorsByKind: Record<string, number>;
  relationsByKind: Record<string, number>;
  issues: ImportIssue[];
  merged: MergedRelation[];
}

export function summariseEcosystem(
  ecosystem: Ecosystem,
): Pick<ImportReport, 'actorCount' | 'relationCount' | 'actorsByKind' | 'relationsByKind'> {
  const actorsByKind: Record<string, number> = {};
  const relationsByKind: Record<string, number> = {};
  ecosystem.forEachNode((_id, attributes) => {
    actorsByKind[attributes.kind] = (actorsByKind[attributes.kind] ?? 0) + 1;
  });
  ecosystem.forEachEdge((_edge, attributes) => {
    relationsByKind[attributes.kind] = (relationsByKind[attributes.kind] ?? 0) + 1;
  });
  return { actorCount: ecosystem.order, relationCount: ecosystem.size, actorsByKind, relationsByKind };
}

/**
 * The import report: what was read, what was changed and what was left out, so that nothing
 * disappears between a user's spreadsheet and the graph without being listed.
 */
import type { Ecosystem, MergedRelation } from '../model/ecosystem.ts';
import type { ImportIssue } from '../model/issues.ts';
import type { FileFormat } from './detect.ts';
import type { ImportOutcome } from './outcome.ts';
import type { PlacementSummary } from './placement.ts';
import type { MergeCandidate, NameMerge } from './reconcile.ts';
import type { ReportNote, TimeSummary } from './report-notes.ts';
import type { Symmetrisation } from './survey-ties.ts';
import type { ColumnMapping } from './tables.ts';

export interface FileSummary {
  /** The file name, with the sheet in brackets for a workbook with several sheets. */
  name: string;
  format: FileFormat;
  sheet?: string;
  role: 'actors' | 'relations' | 'survey' | 'graph' | 'project' | 'unused';
  /**
   * Rows in the file (data rows of a table; nodes, edges, vertex and arc lines of a graph file),
   * which add up as kept + leftOut. Kept rows reached the graph, possibly merged with others.
   */
  rows: number;
  kept: number;
  leftOut: number;
  /** Blank rows between the header and the last row, skipped. */
  blankRows?: number;
  delimiter?: string;
  decimalMark?: string;
  thousandsSeparator?: string;
  encoding?: string;
  byteOrderMark?: boolean;
  /** Header → field it was mapped to, with the field's type (schema or inferred). */
  columns: ColumnMapping[];
}

/** A row kept out of the graph, with its cells, so it can be fixed and imported again. */
export interface RejectedRow {
  file: string;
  row?: number;
  code: string;
  message: string;
  /** The values the reason names, so a catalog can say it (as an ImportIssue's). */
  params?: Record<string, string | number>;
  column?: string;
  value?: string;
  cells: { header: string; value: string }[];
}

export interface ImportReport {
  /** Complete, partial or failed, with the cause of a failure. */
  outcome: ImportOutcome;
  files: FileSummary[];
  actorCount: number;
  relationCount: number;
  actorsByKind: Record<string, number>;
  relationsByKind: Record<string, number>;
  /** Actors created because a relation named them and no actors row described them. */
  implicitActorCount: number;
  /** Survey imports: who answered and who was only named. */
  respondentCount?: number;
  nonRespondentCount?: number;
  symmetrisation?: Symmetrisation;
  issues: ImportIssue[];
  /** Duplicate relations folded into one, strengths summed. */
  merged: MergedRelation[];
  /** Spellings folded into one actor. */
  nameMerges: NameMerge[];
  /** Probable duplicates not merged, for a person to review. */
  mergeCandidates: MergeCandidate[];
  rejected: RejectedRow[];
  /** How actors got their coordinates (file, gazetteer, centres), and the towns to review. */
  placement?: PlacementSummary;
  /** Time information found: dated and undated relations, the years. */
  time: TimeSummary;
  /** What the import found besides problems (time information), as codes with parameters. */
  notes: ReportNote[];
}

/** Issue codes that mean the row did not reach the graph. */
export const ROW_LEFT_OUT = new Set([
  'missing-actor-id',
  'missing-endpoint',
  'self-loop',
  'duplicate-actor',
  'missing-respondent',
  'unreciprocated',
  'missing-actor-element',
  'missing-endpoint-element',
  'unknown-vertex',
  'unreadable-line',
  'hyperedge',
]);

export function summariseEcosystem(
  ecosystem: Ecosystem,
): Pick<
  ImportReport,
  'actorCount' | 'relationCount' | 'actorsByKind' | 'relationsByKind' | 'implicitActorCount'
> {
  const actorsByKind: Record<string, number> = {};
  const relationsByKind: Record<string, number> = {};
  let implicitActorCount = 0;
  ecosystem.forEachNode((_id, attributes) => {
    actorsByKind[attributes.kind] = (actorsByKind[attributes.kind] ?? 0) + 1;
    if (attributes.implicit) implicitActorCount++;
  });
  ecosystem.forEachEdge((_edge, attributes) => {
    relationsByKind[attributes.kind] = (relationsByKind[attributes.kind] ?? 0) + 1;
  });
  return {
    actorCount: ecosystem.order,
    relationCount: ecosystem.size,
    actorsByKind,
    relationsByKind,
    implicitActorCount,
  };
}

export function countErrors(report: ImportReport): number {
  return report.issues.filter((issue) => issue.severity === 'error').length;
}

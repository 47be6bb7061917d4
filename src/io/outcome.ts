/**
 * Honest results. Every file's rows are accounted for (kept + left out = rows in the file), every
 * row left out is listed with its number and reason, and the import as a whole gets a verdict:
 * complete, partial (something was left out), or failed (nothing usable, or most relation rows
 * unreadable), the failure with its likely cause in one sentence. The CLI turns a failure into
 * exit code 1; the import dialog keeps its Import button off.
 */
import type { ImportIssue } from '../model/issues.ts';
import { issue } from './issue.ts';
import type { FileSummary, ImportReport, RejectedRow } from './report.ts';

export interface ImportOutcome {
  status: 'complete' | 'partial' | 'failed';
  /** Why the import failed, in one sentence. */
  cause?: ImportIssue;
  /** Relation rows (table rows, survey answers, edges of graph files) and how many were left out. */
  relationRows: number;
  relationRowsLeftOut: number;
}

/** Codes of rows left out that were meant as relations. */
const RELATION_LEFT_OUT = new Set([
  'missing-endpoint',
  'missing-endpoint-element',
  'unknown-vertex',
  'self-loop',
  'hyperedge',
  'missing-respondent',
  'unreciprocated',
]);

/** More than this share of relation rows unreadable, and the import has failed. */
const FAILED_SHARE = 0.5;

/** Per-file kept and left-out counts, from the rows each reader saw and the rows left out. */
export function accountRows(files: FileSummary[], rejected: readonly RejectedRow[]): void {
  const leftOut = new Map<string, number>();
  for (const row of rejected) leftOut.set(row.file, (leftOut.get(row.file) ?? 0) + 1);
  for (const file of files) {
    file.leftOut = Math.min(file.rows, leftOut.get(file.name) ?? 0);
    file.kept = file.rows - file.leftOut;
  }
}

export function importOutcome(report: Omit<ImportReport, 'outcome'>, relationRows: number): ImportOutcome {
  const relationLeftOut = report.rejected.filter((row) => RELATION_LEFT_OUT.has(row.code)).length;
  const counts = { relationRows, relationRowsLeftOut: relationLeftOut };
  if (report.actorCount === 0) {
    const cause =
      report.issues.find((found) => found.severity === 'error') ?? mostCommonLeftOut(report.rejected);
    if (!cause) return { status: 'failed', cause: issue('error', 'import-empty', {}, {}), ...counts };
    return {
      status: 'failed',
      cause: {
        ...issue('error', 'import-failed', { cause: cause.message }, { file: cause.file }),
        cause,
      },
      ...counts,
    };
  }
  if (relationRows > 0 && relationLeftOut > relationRows * FAILED_SHARE) {
    const common = mostCommonLeftOut(report.rejected.filter((row) => RELATION_LEFT_OUT.has(row.code)));
    const found = issue(
      'error',
      'relations-unreadable',
      { leftOut: relationLeftOut, rows: relationRows, cause: common?.message ?? '' },
      common?.file ? { file: common.file } : {},
    );
    return { status: 'failed', cause: common ? { ...found, cause: common } : found, ...counts };
  }
  const lost =
    report.rejected.length > 0 ||
    report.files.some((file) => file.role === 'unused') ||
    report.issues.some((found) => found.severity === 'error');
  return { status: lost ? 'partial' : 'complete', ...counts };
}

/** The most frequent reason rows were left out, as the issue of its first row (to quote). */
function mostCommonLeftOut(rows: readonly RejectedRow[]): ImportIssue | undefined {
  const counts = new Map<string, { count: number; first: RejectedRow }>();
  for (const row of rows) {
    const entry = counts.get(row.code) ?? { count: 0, first: row };
    entry.count++;
    counts.set(row.code, entry);
  }
  const first = [...counts.values()].sort((a, b) => b.count - a.count)[0]?.first;
  if (!first) return undefined;
  return {
    severity: 'error',
    code: first.code,
    message: first.message,
    ...(first.params ? { params: first.params } : {}),
    file: first.file,
    ...(first.row !== undefined ? { row: first.row } : {}),
  };
}

/** The import report as plain text for a terminal: counts first, then what a person must check. */

import { knownFields, normaliseHeader } from '../io/columns.ts';
import {
  type FileSummary,
  type ImportReport,
  PLACEMENTS,
  type Placement,
  type PlacementSummary,
  REPORT_NOTE_MESSAGES,
} from '../io/index.ts';
import type { ImportIssue } from '../model/issues.ts';
import { describeOrigin } from '../model/issues.ts';
import { formatMessage } from '../model/messages.ts';

export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  if (report.outcome.status === 'failed' && report.outcome.cause)
    lines.push(`Import failed: ${report.outcome.cause.message}`, '');
  lines.push('Files');
  for (const file of report.files) lines.push(`  ${describeFile(file)}`);
  lines.push('');
  lines.push(`Actors: ${report.actorCount}${byKind(report.actorsByKind)}`);
  if (report.implicitActorCount > 0)
    lines.push(`  ${report.implicitActorCount} named only in relations (flagged as implicit)`);
  if (report.respondentCount !== undefined)
    lines.push(
      `  ${report.respondentCount} respondents, ${report.nonRespondentCount} non-respondents (ties: ${report.symmetrisation})`,
    );
  lines.push(`Relations: ${report.relationCount}${byKind(report.relationsByKind)}`);
  if (report.merged.length > 0)
    lines.push(`  ${report.merged.length} relations appeared more than once; their strengths were summed`);
  if (report.placement) lines.push(...describePlacement(report.placement));
  const notes = (report.notes ?? []).filter((note) => note.code !== 'time-none');
  if (notes.length > 0) {
    lines.push('', 'Time');
    for (const note of notes) lines.push(`  ${formatMessage(REPORT_NOTE_MESSAGES[note.code], note.params)}`);
  }

  if (report.nameMerges.length > 0) {
    lines.push('', `Names merged (${report.nameMerges.length})`);
    for (const merge of report.nameMerges)
      lines.push(`  ${merge.names.map(quote).join(', ')} → ${quote(merge.into)}: ${merge.reason}`);
  }
  if (report.mergeCandidates.length > 0) {
    lines.push(
      '',
      `Possible duplicates, not merged (${report.mergeCandidates.length}; --merge-similar merges them)`,
    );
    for (const candidate of report.mergeCandidates)
      lines.push(
        `  ${quote(candidate.names[0])} ~ ${quote(candidate.names[1])} (score ${candidate.score.toFixed(2)}): ${candidate.reason}`,
      );
  }
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const warnings = report.issues.filter((issue) => issue.severity === 'warning');
  if (errors.length > 0) lines.push('', `Errors (${errors.length})`, ...errors.map(describeIssue));
  if (warnings.length > 0) lines.push('', `Warnings (${warnings.length})`, ...warnings.map(describeIssue));
  if (report.rejected.length > 0)
    lines.push(
      '',
      `${report.rejected.length} rows left out of the graph (--rejected FILE writes them as CSV)`,
    );
  lines.push('');
  return lines.join('\n');
}

/** How many actors are on the map and how they got there; the counts add up to the actors. */
function describePlacement(placement: PlacementSummary): string[] {
  const { placed, unplaced } = placement;
  const total = PLACEMENTS.reduce((sum, how) => sum + placed[how], 0);
  if (total === 0 && placement.review.length === 0) return [`Placed: none (no coordinates or towns)`];
  const how = PLACEMENTS.filter((name) => placed[name] > 0).map(
    (name) => `${PLACEMENT_WORDS[name]} ${placed[name]}`,
  );
  const lines = [`Placed: ${total} of ${total + unplaced}${how.length > 0 ? ` (${how.join(', ')})` : ''}`];
  if (unplaced > 0) {
    const withTown = placement.unplacedWithTown;
    lines.push(
      `  ${unplaced} without coordinates${withTown > 0 ? `, ${withTown} of them with a town to review (ambiguous or not found)` : ''}${placement.atCentres ? ' and no region or country centre' : "; --place-at-centre places them at their region's or country's centre"}`,
    );
  }
  if (placement.attribution) lines.push(`  ${placement.attribution}`);
  return lines;
}

const PLACEMENT_WORDS: Record<Placement, string> = {
  file: 'from the file',
  gazetteer: 'by town (gazetteer)',
  'region centre': 'at their region centre',
  'country centre': 'at their country centre',
};

function describeFile(file: FileSummary): string {
  const unit = file.role === 'graph' || file.role === 'project' ? 'elements' : 'rows';
  const parts = [
    `${file.name}: ${file.role}, ${file.format}`,
    `${file.rows} ${unit} (${file.kept} kept, ${file.leftOut} left out${file.blankRows ? `; ${file.blankRows} blank rows skipped` : ''})`,
  ];
  if (file.delimiter) parts.push(`delimiter ${file.delimiter === '\t' ? 'tab' : `"${file.delimiter}"`}`);
  if (file.decimalMark) parts.push(`decimal mark "${file.decimalMark}"`);
  if (file.encoding) parts.push(`${file.encoding.toUpperCase()}${file.byteOrderMark ? ' with BOM' : ''}`);
  const roles = ['actors', 'relations', 'survey'] as const;
  const role = roles.find((name) => name === file.role);
  const known = new Set(role ? knownFields(role) : []);
  const mapped = file.columns.filter((column) => known.has(column.field));
  const custom = file.columns.filter((column) => column.field !== '' && !known.has(column.field));
  let text = parts.join(', ');
  if (mapped.length > 0) text += `\n    columns: ${mapped.map(describeMapping).join(', ')}`;
  if (custom.length > 0)
    text += `\n    other fields: ${custom.map((column) => `${column.header} (${column.type})`).join(', ')}`;
  return text;
}

function describeMapping(column: { header: string; field: string }): string {
  return normaliseHeader(column.header) === column.field
    ? column.field
    : `${column.header} → ${column.field}`;
}

function byKind(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? '' : ` (${entries.map(([kind, count]) => `${kind} ${count}`).join(', ')})`;
}

function describeIssue(issue: ImportIssue): string {
  const where = describeOrigin(issue);
  const value =
    issue.value !== undefined && !issue.message.includes(issue.value) ? ` [value: "${issue.value}"]` : '';
  return `  ${where ? `${where}: ` : ''}${issue.message}${value} (${issue.code})`;
}

function quote(name: string): string {
  return `"${name}"`;
}

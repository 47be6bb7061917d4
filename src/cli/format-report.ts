/**
 * The import report as plain text for a terminal, in the person's language: counts first, then
 * what a person must check. File names, column headers and values are the files' own; field
 * and column ids stay as the CSV exports write them.
 */

import type { Wording } from '../i18n/i18n.ts';
import { issueOrigin, issueText, mergeReason } from '../i18n/issues.ts';
import { knownFields, normaliseHeader } from '../io/columns.ts';
import {
  type FileSummary,
  type ImportReport,
  PLACEMENTS,
  type Placement,
  type PlacementSummary,
} from '../io/index.ts';
import type { ImportIssue } from '../model/issues.ts';
import { isActorKind, isRelationKind } from '../model/kinds.ts';

export function formatReport(report: ImportReport, wording: Wording): string {
  const { t } = wording;
  const lines: string[] = [];
  if (report.outcome.status === 'failed' && report.outcome.cause)
    lines.push(t('report.failed', { cause: issueText(t, report.outcome.cause) }), '');
  lines.push(t('report.files'));
  for (const file of report.files) lines.push(`  ${describeFile(file, wording)}`);
  lines.push('');
  lines.push(
    t('report.actors', { count: report.actorCount, byKind: byKind(report.actorsByKind, 'actor', wording) }),
  );
  if (report.implicitActorCount > 0)
    lines.push(`  ${t('report.implicit', { count: report.implicitActorCount })}`);
  if (report.respondentCount !== undefined) {
    const { respondentCount: respondents, nonRespondentCount: others, symmetrisation } = report;
    lines.push(`  ${t('report.respondents', { respondents, others, symmetrisation })}`);
  }
  lines.push(
    t('report.relations', {
      count: report.relationCount,
      byKind: byKind(report.relationsByKind, 'relation', wording),
    }),
  );
  if (report.merged.length > 0) lines.push(`  ${t('report.merged', { count: report.merged.length })}`);
  if (report.placement) lines.push(...describePlacement(report.placement, wording));
  const notes = (report.notes ?? []).filter((note) => note.code !== 'time-none');
  if (notes.length > 0) {
    lines.push('', t('report.time'));
    for (const note of notes) lines.push(`  ${t(`import.note.${note.code}`, note.params)}`);
  }

  if (report.nameMerges.length > 0) {
    lines.push('', t('report.namesMerged', { count: report.nameMerges.length }));
    for (const merge of report.nameMerges)
      lines.push(`  ${merge.names.map(quote).join(', ')} → ${quote(merge.into)}: ${mergeReason(t, merge)}`);
  }
  if (report.mergeCandidates.length > 0) {
    lines.push('', t('report.candidates', { count: report.mergeCandidates.length }));
    for (const candidate of report.mergeCandidates) {
      const [a, b] = candidate.names.map(quote);
      const score = t('report.score', { score: candidate.score });
      lines.push(`  ${a} ~ ${b} (${score}): ${mergeReason(t, candidate)}`);
    }
  }
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const warnings = report.issues.filter((issue) => issue.severity === 'warning');
  const describe = (issue: ImportIssue) => describeIssue(issue, wording);
  if (errors.length > 0)
    lines.push('', t('report.errors', { count: errors.length }), ...errors.map(describe));
  if (warnings.length > 0)
    lines.push('', t('report.warnings', { count: warnings.length }), ...warnings.map(describe));
  if (report.rejected.length > 0) lines.push('', t('report.rejected', { count: report.rejected.length }));
  lines.push('');
  return lines.join('\n');
}

/** How many actors are on the map and how they got there; the counts add up to the actors. */
function describePlacement(placement: PlacementSummary, { t }: Wording): string[] {
  const { placed, unplaced } = placement;
  const total = PLACEMENTS.reduce((sum, how) => sum + placed[how], 0);
  if (total === 0 && placement.review.length === 0) return [t('report.placement.none')];
  const how = PLACEMENTS.filter((name) => placed[name] > 0).map(
    (name) => `${t(`report.placement.by.${PLACEMENT_KEYS[name]}`)} ${placed[name]}`,
  );
  const lines = [
    t('report.placement.placed', {
      placed: total,
      actors: total + unplaced,
      how: how.length > 0 ? ` (${how.join(', ')})` : '',
    }),
  ];
  if (unplaced > 0) {
    const values = {
      count: unplaced,
      withTown: placement.unplacedWithTown,
      atCentres: placement.atCentres ? 'yes' : 'no',
    };
    lines.push(`  ${t('report.placement.unplaced', values)}`);
  }
  if (placement.attribution) lines.push(`  ${placement.attribution}`);
  return lines;
}

export const PLACEMENT_KEYS: Record<Placement, string> = {
  file: 'file',
  gazetteer: 'gazetteer',
  'region centre': 'regionCentre',
  'country centre': 'countryCentre',
};

function describeFile(file: FileSummary, { t }: Wording): string {
  const parts = [
    `${file.name}: ${t(`import.role.${file.role}`)}, ${file.format}`,
    t('report.file.rows', {
      rows: file.rows,
      unit: file.role === 'graph' || file.role === 'project' ? 'elements' : 'rows',
      kept: file.kept,
      leftOut: file.leftOut,
      blank: file.blankRows ?? 0,
    }),
  ];
  if (file.delimiter) {
    const delimiter = file.delimiter === '\t' ? t('import.delimiterName.tab') : `"${file.delimiter}"`;
    parts.push(t('report.file.delimiter', { delimiter }));
  }
  if (file.decimalMark) parts.push(t('report.file.decimal', { mark: file.decimalMark }));
  if (file.encoding)
    parts.push(
      t('report.file.encoding', {
        encoding: file.encoding.toUpperCase(),
        bom: file.byteOrderMark ? 'yes' : 'no',
      }),
    );
  const roles = ['actors', 'relations', 'survey'] as const;
  const role = roles.find((name) => name === file.role);
  const known = new Set(role ? knownFields(role) : []);
  const mapped = file.columns.filter((column) => known.has(column.field));
  const custom = file.columns.filter((column) => column.field !== '' && !known.has(column.field));
  let text = parts.join(', ');
  if (mapped.length > 0)
    text += `\n    ${t('report.file.columns', { columns: mapped.map(describeMapping).join(', ') })}`;
  if (custom.length > 0) {
    const fields = custom.map((column) => `${column.header} (${t(`field.type.${column.type}`)})`);
    text += `\n    ${t('report.file.otherFields', { fields: fields.join(', ') })}`;
  }
  return text;
}

function describeMapping(column: { header: string; field: string }): string {
  return normaliseHeader(column.header) === column.field
    ? column.field
    : `${column.header} → ${column.field}`;
}

/** " (firm 5, knowledge institution 2)": the model's kinds in words, most frequent first. */
function byKind(counts: Record<string, number>, of: 'actor' | 'relation', { t, language }: Wording): string {
  const known = of === 'actor' ? isActorKind : isRelationKind;
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const word = (kind: string) => (known(kind) ? t(`kind.${of}.${kind}`).toLocaleLowerCase(language) : kind);
  return entries.length === 0
    ? ''
    : ` (${entries.map(([kind, count]) => `${word(kind)} ${count}`).join(', ')})`;
}

function describeIssue(issue: ImportIssue, { t }: Wording): string {
  const where = issueOrigin(t, issue);
  const message = issueText(t, issue);
  const value =
    issue.value !== undefined && !message.includes(issue.value)
      ? ` ${t('report.value', { value: issue.value })}`
      : '';
  return `  ${where ? `${where}: ` : ''}${message}${value} (${issue.code})`;
}

function quote(name: string): string {
  return `"${name}"`;
}

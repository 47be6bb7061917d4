/**
 * What reading CSV tables as columns found (io/stream-network.ts), as text for a terminal in the
 * person's language: the files, the counts, each kind of problem counted, and its first rows.
 */
import type { Wording } from '../i18n/i18n.ts';
import { issueOrigin } from '../i18n/issues.ts';
import type { StreamReport } from '../io/stream-network.ts';

/** The problems the columnar reader counts, by code (their words are report.columnar.issue.<code>). */
export const COLUMNAR_ISSUES = [
  'missing-end',
  'self-loop',
  'invalid-strength',
  'duplicate-actor',
  'unknown-kind',
  'no-header',
] as const;

export function formatColumnarReport(report: StreamReport, { t }: Wording): string {
  const lines = [t('report.columnar.files')];
  for (const file of report.files) {
    const delimiter = file.delimiter === '\t' ? t('import.delimiterName.tab') : `"${file.delimiter}"`;
    const role = file.role === 'unknown' ? t('import.role.unused') : t(`import.role.${file.role}`);
    lines.push(`  ${t('report.columnar.file', { name: file.name, role, rows: file.rows, delimiter })}`);
  }
  lines.push('', t('report.actors', { count: report.actors, byKind: '' }));
  if (report.implicitActors > 0)
    lines.push(`  ${t('report.columnar.implicit', { count: report.implicitActors })}`);
  lines.push(t('report.columnar.relations', { count: report.relations }));
  for (const [code, count] of Object.entries(report.issueCounts)) {
    const known = (COLUMNAR_ISSUES as readonly string[]).includes(code);
    lines.push(`  ${known ? t(`report.columnar.issue.${code}`, { count }) : `${count} ${code}`}`);
  }
  if (report.examples.length > 0) {
    lines.push('', t('report.columnar.examples'));
    for (const issue of report.examples) {
      const where = issueOrigin(t, issue);
      lines.push(`  ${issue.code}: ${where}${issue.value !== undefined ? `: "${issue.value}"` : ''}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}

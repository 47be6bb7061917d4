/**
 * Import issues in words. io/ gives every issue a stable code and the values its sentence names
 * (counts, kinds, formats); the catalogs say it (import.issue.<code>) in the person's language,
 * for the explorer's report and the command line's alike. The English `message` io writes is
 * kept for logs and as the last resort for a code no catalog knows (a test keeps that from
 * happening for every code io raises).
 */
import type { ImportIssue } from '../model/issues.ts';
import type { Translate } from './i18n.ts';

export function issueText(t: Translate, issue: ImportIssue): string {
  const key = `import.issue.${issue.code}`;
  const values: Record<string, string | number> = {
    ...(issue.params ?? {}),
    file: issue.file ?? '',
    row: issue.row ?? '',
    column: issue.column ?? '',
    value: issue.value ?? '',
  };
  const text = t(key, values);
  return text === key ? issue.message : text;
}

/** Where an issue happened: "actors.csv, row 12, column “kind”" in the person's language. */
export function issueOrigin(t: Translate, issue: { file?: string; row?: number; column?: string }): string {
  const parts: string[] = [];
  if (issue.file) parts.push(issue.file);
  if (issue.row !== undefined) parts.push(t('import.origin.row', { row: issue.row }));
  if (issue.column) parts.push(t('import.origin.column', { column: issue.column }));
  return parts.join(', ');
}

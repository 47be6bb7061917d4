/**
 * Problems found while reading files or building the ecosystem. Every issue says where it
 * happened (file, row, column) and what value caused it, so users can fix their source data.
 */

export type IssueSeverity = 'error' | 'warning';

export interface Origin {
  file?: string;
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row?: number;
}

export interface ImportIssue extends Origin {
  severity: IssueSeverity;
  /** Stable machine-readable code, for example `unknown-actor-kind`. */
  code: string;
  /** The sentence in English; `code` and `params` let a catalog say it in another language. */
  message: string;
  /** The values the message names (counts, kinds, formats), by name. */
  params?: Record<string, string | number>;
  column?: string;
  value?: string;
}

export function describeOrigin(issue: Origin & { column?: string }): string {
  const parts: string[] = [];
  if (issue.file) parts.push(issue.file);
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column) parts.push(`column "${issue.column}"`);
  return parts.join(', ');
}

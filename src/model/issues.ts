/**
 * Problems found while reading files or building the ecosystem. Every issue says where it
 * happened (file, row, column) and what value caused it, so users can fix their source data.
 */
import { formatMessage, type MessageParams } from './messages.ts';

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
  /**
   * The issue this one sums up (the most common reason behind a failed import): its sentence is
   * said inside this one's, as `cause` or `reason`.
   */
  cause?: ImportIssue;
  column?: string;
  value?: string;
}

/**
 * The sentences the model says while building the ecosystem, one template per code (filled in by
 * formatMessage for logs and machine output; the catalogs say them by code and parameters).
 */
export const MODEL_MESSAGES = {
  'missing-actor-id': 'Actor without an id or name; row left out.',
  'duplicate-actor': 'Actor "{id}" appears twice; the first row is kept.',
  'inverted-period': 'Start {start} lies after end {end}; read as undated.',
  'unknown-actor-kind': 'Unknown actor kind "{kind}"; read as "other", the word kept as field "{field}".',
  'unknown-relation-kind':
    'Unknown relation kind "{kind}"; read as "other", the word kept as field "{field}".',
  'invalid-field': '{problem}; value left empty.',
  'missing-endpoint': 'Relation without a source or target; row left out.',
  'self-loop': 'Relation from "{actor}" to itself; row left out.',
  'invalid-strength': 'Strength "{strength}" is not a positive number; read as 1.',
  'implicit-actor': '"{id}" is not in the actors table; added as an actor of kind "other".',
  'duplicate-relation': 'Relation {source} {arrow} {target} ({kind}) appears again; strengths summed.',
} as const;

export type ModelMessageCode = keyof typeof MODEL_MESSAGES;

/** An issue of the model's, its English filled in from its template. */
export function modelIssue(
  severity: IssueSeverity,
  code: ModelMessageCode,
  params: MessageParams,
  at: Origin & { column?: string; value?: string } = {},
): ImportIssue {
  return { severity, code, message: formatMessage(MODEL_MESSAGES[code], params), params, ...at };
}

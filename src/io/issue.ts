/** Small constructors for the import issues io/ raises, so each says file, row, column and value alike. */
import type { ImportIssue, IssueSeverity, Origin } from '../model/issues.ts';
import { type MessageCode, type MessageParams, messageFor } from './messages.ts';

type At = Origin & { column?: string; value?: string };

/** An issue whose sentence comes from the message catalog (messages.ts), by code and parameters. */
export function issue(
  severity: IssueSeverity,
  code: MessageCode,
  params: MessageParams,
  at: At,
): ImportIssue {
  return { severity, code, message: messageFor(code, params), params, ...at };
}

export function warning(
  code: string,
  message: string,
  at: Origin & { column?: string; value?: string },
): ImportIssue {
  return { severity: 'warning', code, message, ...at };
}

export function error(
  code: string,
  message: string,
  at: Origin & { column?: string; value?: string },
): ImportIssue {
  return { severity: 'error', code, message, ...at };
}

export function unreadableCell(origin: Origin, column: string, value: string, expected: string): ImportIssue {
  return warning(
    'unreadable-cell',
    `Cannot read "${value}" in column "${column}" as ${expected}; left empty.`,
    {
      ...origin,
      column,
      value,
    },
  );
}

/** A message for anything thrown by a parser we call: never a stack, never `[object Object]`. */
export function describeError(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return String(thrown);
}

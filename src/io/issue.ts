/** Small constructors for the import issues io/ raises, so each says file, row, column and value alike. */
import type { ImportIssue, Origin } from '../model/issues.ts';

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

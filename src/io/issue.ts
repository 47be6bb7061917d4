/** Small constructors for the import issues io/ raises, so each says file, row, column and value alike. */
import type { FieldType } from '../model/fields.ts';
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

/** A table without a column it needs: `name` is "an id or name", the rest are field names. */
export function missingColumn(column: string, at: At): ImportIssue {
  const columnWords = column === 'name' ? 'id or name' : column;
  return issue('error', 'missing-column', { column, columnWords }, at);
}

/** What a cell should have held: a field type, a year or date, a strength, or yes/no. */
export type CellExpectation = FieldType | 'time' | 'strength' | 'strengthOrFrequency';

const EXPECTED_WORDS: Record<CellExpectation, string> = {
  number: 'a number',
  category: 'a category',
  boolean: 'yes or no',
  date: 'a date',
  text: 'text',
  time: 'a year or a date',
  strength: 'a strength',
  strengthOrFrequency: 'a strength or frequency',
};

export function unreadableCell(
  origin: Origin,
  column: string,
  value: string,
  expected: CellExpectation,
): ImportIssue {
  return issue(
    'warning',
    'unreadable-cell',
    { value, column, expected, expectedWords: EXPECTED_WORDS[expected] },
    { ...origin, column, value },
  );
}

/** A message for anything thrown by a parser we call: never a stack, never `[object Object]`. */
export function describeError(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return String(thrown);
}

/**
 * Measures as fields: a test that groups or compares actors by a field can take a measure
 * column instead (community, core_member, degree, …). The columns are laid over the actor
 * table: a name that is a field of the data stays the field; otherwise it reads the column,
 * NaN as missing.
 */
import type { AnalysisInput, Column } from '../types.ts';

export function withMeasureColumns(
  input: AnalysisInput,
  columns: Readonly<Record<string, Column>>,
): AnalysisInput {
  const known = new Map(Object.entries(columns));
  const cache = new Map<string, readonly (number | null)[]>();
  const { actors } = input;
  return {
    ...input,
    actors: {
      kind: actors.kind,
      field(name) {
        const values = actors.field(name);
        const column = known.get(name);
        if (!column || values.some((value) => value !== null)) return values;
        let read = cache.get(name);
        if (!read) {
          read = Array.from(column, (value) => (Number.isNaN(value) ? null : value));
          cache.set(name, read);
        }
        return read;
      },
    },
  };
}

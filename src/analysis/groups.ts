/**
 * Categorical actor fields as integer codes: the groups of brokerage, locality, E-I and
 * assortativity. Codes follow the order of first appearance in node order (R's `unique`).
 */
import type { ActorTable } from './types.ts';

export interface Grouping {
  /** Group code per node; -1 where the value is missing and missing values are left out. */
  readonly codes: Int32Array;
  /** Group label per code. */
  readonly labels: readonly string[];
  /** Number of nodes per code. */
  readonly sizes: Int32Array;
}

/** The label given to actors without a value when missing values form a group of their own. */
export const MISSING_GROUP = '(missing)';

/**
 * The group a field value puts an actor in: its text, or null when the value is missing —
 * absent, null, or empty or blank text. The one treatment of missing values for grouping and
 * locality, wherever they are decided (measures, the tie colours, filters, views).
 */
export function groupLabel(value: string | number | boolean | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const label = String(value);
  return label.trim() === '' ? null : label;
}

export function groupingOf(
  values: readonly (string | number | boolean | null)[],
  missing: 'own-group' | 'left-out',
): Grouping {
  const codes = new Int32Array(values.length);
  const codeOf = new Map<string, number>();
  const labels: string[] = [];
  const sizes: number[] = [];
  values.forEach((value, i) => {
    const own = groupLabel(value);
    if (own === null && missing === 'left-out') {
      codes[i] = -1;
      return;
    }
    const label = own ?? MISSING_GROUP;
    let code = codeOf.get(label);
    if (code === undefined) {
      code = labels.length;
      codeOf.set(label, code);
      labels.push(label);
      sizes.push(0);
    }
    codes[i] = code;
    sizes[code]++;
  });
  return { codes, labels, sizes: Int32Array.from(sizes) };
}

export function fieldGrouping(
  actors: ActorTable,
  field: string,
  missing: 'own-group' | 'left-out',
): Grouping {
  return groupingOf(field === 'kind' ? actors.kind : actors.field(field), missing);
}

/**
 * Memoises a computation per analysis input and key, so that descriptors which publish
 * different columns of one computation (raw brokerage counts and their z-scores) share it.
 */
export function memoPerInput<Input extends object, Result>(compute: (input: Input, key: string) => Result) {
  const cache = new WeakMap<Input, Map<string, Result>>();
  return (input: Input, key: string): Result => {
    let entries = cache.get(input);
    if (!entries) {
      entries = new Map();
      cache.set(input, entries);
    }
    let result = entries.get(key);
    if (result === undefined) {
      result = compute(input, key);
      entries.set(key, result);
    }
    return result;
  };
}

/**
 * Checks for data read back from a file or from browser storage: each returns the value with
 * its type, or throws a ShapeError naming the path of the fault. Such data is untrusted: it is
 * checked field by field and copied, never evaluated.
 */
import { PhrasedError, type PhraseValues, phrase } from '../../i18n/phrase.ts';
import { copyPlainJson } from '../workspace/plain-json.ts';

/** What is wrong with a stored value, as the catalog's `session.shape` names it. */
export type ShapeProblem =
  | 'object'
  | 'list'
  | 'text'
  | 'flag'
  | 'number'
  | 'count'
  | 'oneOf'
  | 'bytes'
  | 'rowNumber'
  | 'coordinates'
  | 'order'
  | 'positive'
  | 'optionValue'
  | 'depth'
  | 'notNumber'
  | 'notPlain';

/** The problem found in a stored value, with the path to it. */
export class ShapeError extends PhrasedError {
  override name = 'ShapeError';
  constructor(path: string, problem: ShapeProblem, values: PhraseValues = {}) {
    super(phrase('session.shape', { ...values, path, problem }));
  }
}

export type Json = Record<string, unknown>;

/** A checked copy: plain JSON only, with keys like "__proto__" kept as data. */
export function plainObject(value: unknown, path: string): Json {
  object(value, path);
  return json(value, path) as Json;
}

export function json(value: unknown, path: string) {
  return copyPlainJson(value, path);
}

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ShapeError(path, 'object');
  return value as Json;
}

export function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, 'list');
  return value;
}

export function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(path, 'text');
  return value;
}

export function optionalText(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : text(value, path);
}

export function flag(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new ShapeError(path, 'flag');
  return value;
}

export function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(path, 'number');
  return value;
}

export function count(value: unknown, path: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new ShapeError(path, 'count');
  return value as number;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!(allowed as readonly unknown[]).includes(value))
    throw new ShapeError(path, 'oneOf', { allowed: allowed.join(', ') });
  return value as T;
}

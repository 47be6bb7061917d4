/**
 * Filters and appearance belong to other panels; the workspace only stores them. It still
 * insists they are plain JSON data — no functions, class instances, typed arrays, cycles or
 * non-finite numbers — both when saving (so a bug shows at once, not after a reload) and when
 * reading (so a damaged entry is refused instead of handed on).
 */
import type { JsonValue } from '../../io/index.ts';
import { ShapeError } from '../session/checks.ts';

/** Deep enough for any settings object; shallow enough that a cycle or bomb is caught cheaply. */
const MAX_DEPTH = 64;

/** A fresh copy of `value` if it is plain JSON data; otherwise throws a ShapeError naming the offending path. */
export function copyPlainJson(value: unknown, path = '$'): JsonValue {
  return copy(value, path, 0);
}

function copy(value: unknown, path: string, depth: number): JsonValue {
  if (depth > MAX_DEPTH) throw new ShapeError(path, 'depth', { depth: MAX_DEPTH });
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ShapeError(path, 'notNumber', { value: String(value) });
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => copy(item, `${path}[${i}]`, depth + 1));
  if (isPlainObject(value)) {
    // fromEntries defines own properties, so a key named "__proto__" stays a plain key.
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, copy(item, `${path}.${key}`, depth + 1)]),
    );
  }
  throw new ShapeError(path, 'notPlain', { kind: describeKind(value) });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function describeKind(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  return `a ${value.constructor?.name ?? 'non-plain object'}`;
}

/** Which actors are frontier actors (top R&D spenders), read from a boolean-like field. */
import type { ActorTable } from './types.ts';

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'ja', 'j', 'x']);

export function isTruthy(value: string | number | boolean | null): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return typeof value === 'string' && TRUE_WORDS.has(value.trim().toLowerCase());
}

/** Node indices whose `field` (default `frontier`) is true. */
export function frontierActors(actors: ActorTable, field = 'frontier'): Int32Array {
  const values = actors.field(field);
  const indices: number[] = [];
  values.forEach((value, i) => {
    if (isTruthy(value)) indices.push(i);
  });
  return Int32Array.from(indices);
}

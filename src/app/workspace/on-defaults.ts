/**
 * Saved filters and appearance come back as JSON from storage. Before they reach the filter
 * and appearance code, each top-level setting is checked against the default's kind (list,
 * object, number, text, true/false) and replaced by the default when it does not fit — so a
 * setting renamed or retyped in a later version falls back instead of breaking the view.
 */
import type { JsonValue } from '../../io/index.ts';

export function onDefaults<T extends object>(saved: JsonValue | null, defaults: T): T {
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) return defaults;
  const merged = { ...defaults } as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(defaults)) {
    if (!Object.hasOwn(saved, key)) continue;
    // A default of null (no year bound, no ego network) says nothing about the kind when set.
    if (fallback === null || kind(saved[key]) === kind(fallback)) merged[key] = saved[key];
  }
  return merged as T;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

/** What GEXF and GraphML writers share: attribute typing, colours, and layout inputs. */
import type { FieldValue } from '../model/fields.ts';
import { fieldOf } from './write-csv.ts';

export interface GraphWriteOptions {
  /** Keyed by actor id (not graph key). */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** CSS hex colours (`#rgb` or `#rrggbb`) by actor id. */
  colors?: ReadonlyMap<string, string>;
}

export type XmlValueType = 'double' | 'boolean' | 'string';

/** The type every value of a field shares; text when they disagree. */
export function typeOfField(bags: readonly Record<string, FieldValue>[], name: string): XmlValueType {
  let type: XmlValueType | undefined;
  for (const bag of bags) {
    const value = fieldOf(bag, name);
    if (value === undefined || value === null) continue;
    const own: XmlValueType =
      typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
    if (type !== undefined && type !== own) return 'string';
    type = own;
  }
  return type ?? 'string';
}

export function rgbOf(color: string): { r: number; g: number; b: number } | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((digit) => digit + digit) : undefined;
  if (!parts) return undefined;
  const [r, g, b] = parts.map((hex) => Number.parseInt(hex, 16));
  return { r, g, b };
}

export function xmlNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

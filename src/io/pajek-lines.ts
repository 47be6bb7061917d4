/**
 * The lines of a Pajek file, token by token: vertex lines (with the labels NetworkX writes
 * without escaping their quotes), relation parameters, numbers. Pajek's drawing parameters
 * (colours, sizes, fonts) are drawing, not data, and are left aside.
 */
import type { FieldValue } from '../model/fields.ts';

export const SHAPES = new Set(['ellipse', 'box', 'diamond', 'triangle', 'cross', 'empty', 'man', 'woman']);
/** Pajek's drawing parameters (colours, sizes, fonts): drawing, not data. */
export const VERTEX_DRAWING = new Set([
  'ic',
  'bc',
  'bw',
  'x_fact',
  'y_fact',
  'phi',
  'r',
  'q',
  'lc',
  'la',
  'lr',
  'lphi',
  'fos',
  'font',
  's_size',
  'size',
]);
export const EDGE_DRAWING = new Set([
  'w',
  'c',
  'p',
  'a',
  's',
  'a1',
  'k1',
  'a2',
  'k2',
  'ap',
  'lp',
  'lr',
  'lphi',
  'lc',
  'la',
  'fos',
  'font',
  'h1',
  'h2',
  'h',
]);

/**
 * A vertex line's tokens. NetworkX writes a label holding quotes without escaping them
 * (`2 "Müller "Präzision" GmbH" 0.1 0.2`): the label ends at the quote followed by a number,
 * a shape, a parameter or the end of the line.
 */
export function vertexTokens(text: string): string[] {
  const match = /^(\S+)\s+"/.exec(text);
  if (!match) return tokens(text);
  const start = match[0].length;
  const ending =
    /"(?=\s+(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|ellipse|box|diamond|triangle|cross|empty|man|woman|ic|bc)(?:\s|$)|\s*$)/g;
  ending.lastIndex = start;
  const close = ending.exec(text);
  if (!close) return tokens(text);
  const label = text.slice(start, close.index);
  // NetworkX repeats the label as a parameter, with the same unescaped quotes.
  const rest = text.slice(close.index + 1).replace(`label "${label}"`, '');
  return [match[1], label, ...tokens(rest)];
}

export function parameterValue(text: string): FieldValue {
  return isNumber(text) ? Number(text) : text;
}

/** `*Arcs :2 "supply"` → "supply"; `*Arcs` → undefined. */
export function relationName(rest: string[]): string | undefined {
  if (rest.length === 0) return undefined;
  const named = rest.filter((token) => !/^:\d+$/.test(token));
  return named.length > 0 ? named.join(' ') : undefined;
}

/**
 * Relation parameters after the weight: `l "label"` and attributes NetworkX writes (`kind
 * supply`) are kept; colours, widths and line styles are drawing.
 */
export function relationParameters(parts: string[]): [string, FieldValue][] {
  const fields: [string, FieldValue][] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const key = parts[i];
    if (key === 'l') fields.push(['label', parts[i + 1]]);
    else if (!EDGE_DRAWING.has(key.toLowerCase()) && !key.startsWith('['))
      fields.push([key, parameterValue(parts[i + 1])]);
  }
  return fields;
}

export function isVertexNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 10_000_000;
}

export function isNumber(text: string): boolean {
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text);
}

/** Whitespace-separated tokens; "double quoted" tokens may hold spaces. */
export function tokens(text: string): string[] {
  const found: string[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match[1] ?? match[2]);
  return found;
}

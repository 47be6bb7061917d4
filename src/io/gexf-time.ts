/**
 * GEXF dynamics (1.1–1.3) read into the time model (model/period.ts): the lifetime of a node or
 * an edge — its `start`/`end` attributes (1.2's `startopen`/`endopen` too), `<spells>` (1.1's
 * `<slices>`), and 1.3's `timestamp`, `timestamps` and `intervals` — as periods of whole years
 * under the graph's `timeformat` (integer, double, date, dateTime). Bounds `inf`/`-inf` or absent
 * are open. The model holds one period per relation, so an edge with several spells, or with
 * dynamic attribute values (a weight that changes in 2011), becomes one relation per piece, each
 * with the values valid then. An actor has one period: the span of its spells, with the latest
 * value of each dynamic attribute.
 */
import type { FieldValue } from '../model/fields.ts';
import type { ImportIssue } from '../model/issues.ts';
import type { Period } from '../model/period.ts';
import { issue } from './issue.ts';
import { parseYear } from './values.ts';
import { attribute, child, children, type XmlElement } from './xml.ts';

/** A value of an attribute with the years it holds (open bounds null); static values have both null. */
export interface TimedValue {
  readonly text: string;
  readonly start: number | null;
  readonly end: number | null;
}

/** One relation's worth of an edge: its period, and the year whose attribute values it takes. */
export interface EdgePiece {
  readonly period: Period;
  readonly at: number | null;
}

export interface GexfTime {
  /** The element's own periods, merged where they touch; empty when it carries no time. */
  periodsOf(element: XmlElement, id: string): Period[];
  /** An attvalue's years. */
  valueOf(attvalue: XmlElement, id: string): TimedValue;
}

const OPEN = new Set(['', 'inf', '+inf', '-inf', 'infinity', '+infinity', '-infinity']);

export function gexfTime(graph: XmlElement, file: string, issues: ImportIssue[]): GexfTime {
  const format = (attribute(graph, 'timeformat') ?? 'double').toLowerCase();
  const reported = new Set<string>();

  /** A bound as a year: null when open, undefined (reported once per text) when unreadable. */
  function year(text: string | undefined, id: string): number | null | undefined {
    if (text === undefined || OPEN.has(text.trim().toLowerCase())) return null;
    const trimmed = text.trim();
    const number = Number(trimmed);
    const value =
      (format === 'integer' || format === 'double' || format === 'float') &&
      trimmed !== '' &&
      Number.isFinite(number)
        ? Math.floor(number)
        : parseYear(trimmed.slice(0, 10).replace(/T.*$/, ''));
    if (value !== undefined && Math.abs(value) <= 9999) return value;
    if (!reported.has(trimmed)) {
      reported.add(trimmed);
      issues.push(issue('warning', 'unreadable-time', { time: trimmed, format }, { file, value: id }));
    }
    return null;
  }

  function bounds(element: XmlElement, id: string): Period {
    const start = year(attribute(element, 'start') ?? attribute(element, 'startopen'), id) ?? null;
    const end = year(attribute(element, 'end') ?? attribute(element, 'endopen'), id) ?? null;
    return { start, end };
  }

  return {
    periodsOf(element, id) {
      const periods: Period[] = [];
      if (['start', 'end', 'startopen', 'endopen'].some((name) => attribute(element, name) !== undefined))
        periods.push(bounds(element, id));
      const stamp = attribute(element, 'timestamp');
      if (stamp !== undefined) periods.push(point(year(stamp, id) ?? null));
      for (const text of listItems(attribute(element, 'timestamps')))
        periods.push(point(year(text, id) ?? null));
      for (const [start, end] of intervalItems(attribute(element, 'intervals')))
        periods.push({ start: year(start, id) ?? null, end: year(end, id) ?? null });
      const spells = [
        ...children(child(element, 'spells'), 'spell'),
        ...children(child(element, 'slices'), 'slice'),
      ];
      for (const spell of spells) {
        const spellStamp = attribute(spell, 'timestamp');
        periods.push(spellStamp !== undefined ? point(year(spellStamp, id) ?? null) : bounds(spell, id));
      }
      return mergePeriods(periods);
    },
    valueOf(attvalue, id) {
      const text = attribute(attvalue, 'value') ?? '';
      const stamp = attribute(attvalue, 'timestamp');
      if (stamp !== undefined) return { text, ...point(year(stamp, id) ?? null) };
      return { text, ...bounds(attvalue, id) };
    },
  };
}

function point(year: number | null): Period {
  return { start: year, end: year };
}

/** `<[2001, 2004]>` or `<2001, 2004>` (1.3's timestamps): the items. */
function listItems(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .replace(/[<>[\]()]/g, '')
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `<[2001, 2003]; [2005, 2007]>` (1.3's intervals): start and end of each. */
function intervalItems(text: string | undefined): [string, string][] {
  if (text === undefined) return [];
  return [...text.matchAll(/[[(]\s*([^,\])]*?)\s*,\s*([^\])]*?)\s*[\])]/g)].map((match) => [
    match[1],
    match[2],
  ]);
}

/** Periods sorted and joined where they overlap or follow on (2014–2016 and 2017 → 2014–2017). */
export function mergePeriods(periods: readonly Period[]): Period[] {
  const low = (value: number | null) => value ?? Number.NEGATIVE_INFINITY;
  const high = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
  const sorted = [...periods].sort((a, b) => low(a.start) - low(b.start) || high(a.end) - high(b.end));
  const merged: Period[] = [];
  for (const period of sorted) {
    const last = merged[merged.length - 1];
    if (last && low(period.start) <= high(last.end) + 1) {
      merged[merged.length - 1] = {
        start: last.start,
        end: high(period.end) > high(last.end) ? period.end : last.end,
      };
    } else merged.push(period);
  }
  return merged;
}

/**
 * An edge's relations: one per period, cut again where a dynamic value begins, so that each piece
 * has one value per attribute. An edge without time but with dynamic values is cut the same way.
 */
export function edgePieces(
  periods: readonly Period[],
  dynamic: readonly TimedValue[],
): EdgePiece[] | undefined {
  if (periods.length === 0 && dynamic.length === 0) return undefined;
  const lifetimes = periods.length > 0 ? periods : [{ start: null, end: null }];
  const cuts = [...new Set(dynamic.map((value) => value.start).filter((start) => start !== null))].sort(
    (a, b) => a - b,
  );
  const pieces: EdgePiece[] = [];
  for (const lifetime of lifetimes) {
    let start = lifetime.start;
    for (const cut of cuts) {
      if ((start !== null && cut <= start) || (lifetime.end !== null && cut > lifetime.end)) continue;
      pieces.push({ period: { start, end: cut - 1 }, at: start });
      start = cut;
    }
    pieces.push({ period: { start, end: lifetime.end }, at: start });
  }
  return pieces;
}

/**
 * The value of an attribute at a year (null: the start of time): among the values that hold then,
 * the one that began last; `latest` takes the value that began last of all. Static values hold
 * always.
 */
export function valueAt(values: readonly TimedValue[], at: number | null | 'latest'): string | undefined {
  const low = (value: number | null) => value ?? Number.NEGATIVE_INFINITY;
  const high = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
  const holding =
    at === 'latest'
      ? values
      : values.filter((value) => low(value.start) <= low(at) && low(at) <= high(value.end));
  let best: TimedValue | undefined;
  for (const value of holding) if (!best || low(value.start) >= low(best.start)) best = value;
  return best?.text;
}

/** A period as the time fields of a record; nothing for an open bound. */
export function periodFields(period: Period): [string, FieldValue][] {
  const fields: [string, FieldValue][] = [];
  if (period.start !== null) fields.push(['start', period.start]);
  if (period.end !== null) fields.push(['end', period.end]);
  return fields;
}

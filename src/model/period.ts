/**
 * Periods: the years a relation or actor is present, read from its time fields (`year`, `start`,
 * `end`, `wave`; whole years). Pure functions over a field bag, shared by the ecosystem's
 * construction (relations that differ only in time are not duplicates) and the time index.
 */
import type { Fields } from './fields.ts';

/** The time fields of relations and actors; any of them may be missing. */
export const TIME_FIELDS = ['year', 'start', 'end', 'wave'] as const;
export type TimeField = (typeof TIME_FIELDS)[number];

export function isTimeField(name: string): name is TimeField {
  return (TIME_FIELDS as readonly string[]).includes(name);
}

/** Years from..to, both included; a single year is from = to. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** Whole years, both included; null is an open bound. */
export interface Period {
  readonly start: number | null;
  readonly end: number | null;
}

export type PeriodReading =
  | { readonly status: 'dated'; readonly period: Period }
  | { readonly status: 'undated' }
  /** start after end: the fields are kept as written, the item is read as undated. */
  | { readonly status: 'inverted'; readonly start: number; readonly end: number };

/** A time field's year; only whole numbers are years (io/ reads dates and texts into them). */
export function yearIn(fields: Fields, name: TimeField): number | null {
  const value = Object.hasOwn(fields, name) ? fields[name] : undefined;
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** One reading for every undated item: most networks have no dates, and this runs once per relation. */
const UNDATED: PeriodReading = Object.freeze({ status: 'undated' });

/**
 * The period of a relation or actor. An explicit start or end wins (it says more than a year);
 * otherwise the year; otherwise the survey wave, which counts as its year.
 */
export function readPeriod(fields: Fields): PeriodReading {
  const start = yearIn(fields, 'start');
  const end = yearIn(fields, 'end');
  if (start !== null || end !== null) {
    if (start !== null && end !== null && start > end) return { status: 'inverted', start, end };
    return { status: 'dated', period: { start, end } };
  }
  const point = yearIn(fields, 'year') ?? yearIn(fields, 'wave');
  return point === null ? UNDATED : { status: 'dated', period: { start: point, end: point } };
}

/** The period as a key: relations that differ only in time are different relations, not duplicates. */
export function periodKey(fields: Fields): string {
  const reading = readPeriod(fields);
  if (reading.status === 'undated') return '';
  if (reading.status === 'inverted') return `${reading.start}>${reading.end}`;
  return `${reading.period.start ?? ''}..${reading.period.end ?? ''}`;
}

/** Parses `2019` or `2015:2019` (also `2015-2019`, `2015..2019`); undefined when it is neither. */
export function parseTimeWindow(text: string): TimeWindow | undefined {
  const match = /^\s*(\d{1,4})\s*(?:(?::|\.\.|–|-)\s*(\d{1,4}))?\s*$/.exec(text);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to } : undefined;
}

export function formatTimeWindow(window: TimeWindow): string {
  return window.from === window.to ? String(window.from) : `${window.from}–${window.to}`;
}

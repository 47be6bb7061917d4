/**
 * The timeline's arithmetic: the years in which something is active are its stops (a survey's
 * waves, or every year of yearly data), a window is a pair of stops, and playing moves the window
 * one stop at a time. Pure, so the control and the player stay thin. A window of null is the
 * whole network: no time window at all.
 */
import type { TimeWindow } from '../../model/period.ts';

/** A window as positions in the list of years, both ends included. */
export interface StopRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Where a window lies on the stops: its first stop at or after `from` and its last at or before
 * `to`. A window falling between two stops (2020–2022 between waves 2019 and 2023) is shown at
 * the next stop; one beyond the data at the nearest end.
 */
export function rangeOf(years: readonly number[], window: TimeWindow | null): StopRange {
  const last = years.length - 1;
  if (window === null || last < 0) return { from: 0, to: Math.max(0, last) };
  let from = years.findIndex((year) => year >= window.from);
  if (from < 0) from = last;
  let to = last;
  while (to > 0 && years[to] > window.to) to--;
  return from <= to ? { from, to } : { from, to: from };
}

/** The window between two stops; null when it spans every stop (the whole network). */
export function windowOf(years: readonly number[], range: StopRange): TimeWindow | null {
  const from = Math.max(0, Math.min(range.from, range.to));
  const to = Math.min(years.length - 1, Math.max(range.from, range.to));
  if (years.length === 0 || (from === 0 && to === years.length - 1)) return null;
  return { from: years[from], to: years[to] };
}

/**
 * Moves one end of the range to a stop, pushing the other end along when they would cross, so
 * dragging the first year past the last keeps a one-year window rather than an inverted one.
 */
export function moveEnd(range: StopRange, end: 'from' | 'to', stop: number): StopRange {
  if (end === 'from') return { from: stop, to: Math.max(stop, range.to) };
  return { from: Math.min(stop, range.from), to: stop };
}

/** Where playing starts: the window as it is, unless it is the whole network or already at the end. */
export function playStart(years: readonly number[], window: TimeWindow | null): TimeWindow | null {
  if (years.length === 0) return null;
  if (window === null) return { from: years[0], to: years[0] };
  const range = rangeOf(years, window);
  if (range.to < years.length - 1) return { from: years[range.from], to: years[range.to] };
  const width = range.to - range.from;
  return width >= years.length - 1 ? { from: years[0], to: years[0] } : { from: years[0], to: years[width] };
}

/** The window one stop later, as wide in stops; null at the last stop. */
export function nextStep(years: readonly number[], window: TimeWindow): TimeWindow | null {
  const range = rangeOf(years, window);
  if (range.to >= years.length - 1) return null;
  return { from: years[range.from + 1], to: years[range.to + 1] };
}

/** The window one stop earlier, as wide in stops; null at the first stop. */
export function previousStep(years: readonly number[], window: TimeWindow): TimeWindow | null {
  const range = rangeOf(years, window);
  if (range.from <= 0) return null;
  return { from: years[range.from - 1], to: years[range.to - 1] };
}

/** The window spanning both windows: what the canvas must show to draw the ties of either. */
export function spanOf(a: TimeWindow, b: TimeWindow): TimeWindow {
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/** Whether `outer` (null: everything) holds every year of `inner`. */
export function covers(outer: TimeWindow | null, inner: TimeWindow): boolean {
  return outer === null || (outer.from <= inner.from && outer.to >= inner.to);
}

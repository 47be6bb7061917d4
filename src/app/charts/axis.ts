/** Axis helpers shared by the SVG charts: count ticks and how many slot labels fit. */
import { niceStep } from './binning.ts';

/** Tick values 0, step, 2·step, … up to the first tick at or above max, about four of them, whole numbers. */
export function countTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const step = Math.max(1, niceStep(max / target));
  const ticks = [0];
  while (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

/** Label every n-th slot so that labels of about `characters` characters do not overlap. */
export function labelStride(slotWidth: number, characters: number, characterWidth = 6): number {
  return Math.max(1, Math.ceil(((characters + 1) * characterWidth) / Math.max(1, slotWidth)));
}

/** Shortens a label to fit, keeping the start (the distinctive part of most names). */
export function truncateLabel(label: string, maxCharacters: number): string {
  return label.length <= maxCharacters ? label : `${label.slice(0, Math.max(1, maxCharacters - 1))}…`;
}

/**
 * Colour scales for appearance mappings. Categories use a qualitative palette that starts with
 * Okabe–Ito (safe for colour-blind readers) and extends to 12 distinguishable hues; anything
 * past that is grouped as "other". Numbers use a perceptually ordered ramp (viridis stops).
 */

export const CATEGORY_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
  '#7f3c8d',
  '#11a579',
  '#e73f74',
  '#3969ac',
  '#80ba5a',
] as const;

export const OTHER_COLOUR = '#b8bcc4';
export const MISSING_COLOUR = '#d9dce1';

const RAMP = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Colour at position t in [0, 1] of the numeric ramp. */
export function rampColour(t: number): string {
  const clamped = Math.min(Math.max(t, 0), 1) * (RAMP.length - 1);
  const low = Math.floor(clamped);
  const high = Math.min(low + 1, RAMP.length - 1);
  const share = clamped - low;
  const a = hexToRgb(RAMP[low]);
  const b = hexToRgb(RAMP[high]);
  const mix = a.map((channel, i) => Math.round(channel + (b[i] - channel) * share));
  return `#${mix.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

export const RAMP_STOPS = RAMP;

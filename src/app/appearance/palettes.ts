/**
 * Colour scales for appearance mappings. Categories use at most 12 colours, then one grey for
 * "others", so no two entries of a legend share a colour: the seven of Okabe–Ito (chosen to stay
 * apart for the common kinds of colour blindness) and five dark, saturated colours of Paul Tol's
 * schemes, which differ from the first seven in lightness as well as hue (a second signal
 * where hue fails). Numbers use a perceptually ordered ramp (viridis stops).
 */

export const CATEGORY_COLOURS = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#332288', // indigo (Tol)
  '#882255', // wine (Tol)
  '#999933', // olive (Tol)
  '#117733', // dark green (Tol)
  '#AA4499', // purple (Tol)
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

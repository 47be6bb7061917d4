/**
 * Which ties are drawn and how strongly: the backbone choice (analysis/backbone.ts) leaves out
 * the ties that do not matter, and opacity by strength lets strong ties stand out of a dense
 * web. Pure, so the canvas, the legend and the figure caption agree on what is drawn.
 */
import { type BackboneChoice, inBackbone } from '../../analysis/backbone.ts';

/** Opacity of the weakest tie; the strongest is opaque. */
const WEAKEST_OPACITY = 0.25;
/** Opacity in this many steps, so the renderer's colour cache stays small. */
const OPACITY_STEPS = 8;

export interface TieStrengthRange {
  min: number;
  max: number;
}

/**
 * Opacity of a tie between the weakest and the strongest on screen, on a log scale (tie
 * strengths in collaboration data are skewed: most ties are one shared project).
 */
export function opacityByStrength(strength: number, range: TieStrengthRange): number {
  if (!(range.max > range.min) || !(range.min > 0)) return 1;
  const share = Math.log(strength / range.min) / Math.log(range.max / range.min);
  const stepped = Math.round(Math.min(Math.max(share, 0), 1) * OPACITY_STEPS) / OPACITY_STEPS;
  return WEAKEST_OPACITY + (1 - WEAKEST_OPACITY) * stepped;
}

/** `colour` (#rgb, #rrggbb or #rrggbbaa) with its opacity multiplied by `opacity`. */
export function withOpacity(colour: string, opacity: number): string {
  if (opacity >= 1 || !colour.startsWith('#')) return colour;
  const hex =
    colour.length === 4
      ? `#${colour[1]}${colour[1]}${colour[2]}${colour[2]}${colour[3]}${colour[3]}`
      : colour.slice(0, 7);
  const alpha = colour.length === 9 ? Number.parseInt(colour.slice(7), 16) / 255 : 1;
  const combined = Math.round(alpha * opacity * 255);
  return `${hex}${combined.toString(16).padStart(2, '0')}`;
}

export interface TieDrawing {
  backbone: BackboneChoice;
  opacityByStrength: boolean;
}

/** Whether a tie is drawn, and in what colour, given the colour its lens or setting gave it. */
export function drawTie(
  drawing: TieDrawing,
  tie: { strength: number; disparity: number; sharedPartners: number },
  colour: string,
  range: TieStrengthRange,
): { hidden: boolean; colour: string } {
  return {
    hidden: !inBackbone(drawing.backbone, tie.disparity, tie.sharedPartners),
    colour: drawing.opacityByStrength ? withOpacity(colour, opacityByStrength(tie.strength, range)) : colour,
  };
}

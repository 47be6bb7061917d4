/**
 * Which ties are drawn and how strongly: the backbone choice (analysis/backbone.ts) leaves out
 * the ties that do not matter, and opacity by strength lets strong ties stand out of a dense
 * web. Pure, so the canvas, the legend and the figure caption agree on what is drawn.
 */
import {
  BACKBONE_METHODS,
  type BackboneChoice,
  DEFAULT_BACKBONE,
  inBackbone,
} from '../../analysis/backbone.ts';

/**
 * Past this many ties on screen, "automatic" draws a backbone instead of every tie. Nobody reads
 * half a million ties on one canvas, and drawing them is not free: with every tie drawn, the whole
 * Horizon 2020 network (560,965 ties) froze the tab in main-thread tasks of 8, 25 and 14 s after
 * loading in the browser tests' software WebGL (most of it waiting on the GPU process in
 * `bufferData`), where the Dutch network's 65,000 ties draw and move within the long-task budget.
 */
export const DRAW_EVERY_TIE_UP_TO = 100_000;

/** How the ties to draw are chosen: automatically, or by one backbone method (or all ties). */
export const TIE_CHOICES = ['auto', ...BACKBONE_METHODS] as const;
export type TieChoice = (typeof TIE_CHOICES)[number];

export interface TieDrawingChoice extends Omit<BackboneChoice, 'method'> {
  method: TieChoice;
}

export const DEFAULT_TIE_CHOICE: TieDrawingChoice = { ...DEFAULT_BACKBONE, method: 'auto' };

/**
 * The backbone drawn for a choice on a network with `ties` ties on screen. "Automatic" draws
 * every tie up to DRAW_EVERY_TIE_UP_TO; past it, the disparity backbone where strengths differ
 * (on the whole Horizon 2020 network at α = 0.05: 9,397 of 560,965 ties), else the ties whose
 * ends share partners.
 */
export function backboneDrawn(
  choice: TieDrawingChoice,
  network: { ties: number; strengthsDiffer: boolean },
): BackboneChoice {
  const { method, ...levels } = choice;
  if (method !== 'auto') return { ...levels, method };
  if (network.ties <= DRAW_EVERY_TIE_UP_TO) return { ...levels, method: 'all' };
  return { ...levels, method: network.strengthsDiffer ? 'disparity' : 'simmelian' };
}

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
  backbone: TieDrawingChoice;
  opacityByStrength: boolean;
}

/**
 * Whether a tie is drawn, and in what colour, given the colour its lens or setting gave it and
 * the backbone drawn (`backboneDrawn`).
 */
export function drawTie(
  drawing: { backbone: BackboneChoice; opacityByStrength: boolean },
  tie: { strength: number; disparity: number; sharedPartners: number },
  colour: string,
  range: TieStrengthRange,
): { hidden: boolean; colour: string } {
  return {
    hidden: !inBackbone(drawing.backbone, tie.disparity, tie.sharedPartners),
    colour: drawing.opacityByStrength ? withOpacity(colour, opacityByStrength(tie.strength, range)) : colour,
  };
}

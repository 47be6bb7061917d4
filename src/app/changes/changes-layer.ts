/**
 * What the canvas draws of a comparison: ties that entered (solid, bluish green) and ties that
 * were lost (dashed, vermillion — the pair tells apart without colour too), over a veil that fades
 * the rest, with rings on the actors that entered or left. Only ties whose two actors are drawn
 * can be shown; the view says how many that is and offers the span of both windows when the time
 * window on screen leaves some out. Pure: which ties, and the drawing on a 2D context, given
 * where each actor is on screen.
 */
import type { Comparison } from '../../analysis/time/compare.ts';
import { TIE_ENTERED, TIE_LEFT } from '../../analysis/time/tie-changes.ts';

/** Okabe–Ito colours, told apart by people with colour-blindness. */
export const ENTERED_TIE = '#009e73';
export const LEFT_TIE = '#d55e00';
const VEIL = 'rgba(250, 250, 250, 0.6)';
const ENTERED_ACTOR = 3;
const LEFT_ACTOR = 1;

export interface ChangeDrawing {
  /** Pairs of actor keys: [source0, target0, source1, …]. */
  readonly entered: readonly string[];
  readonly left: readonly string[];
  readonly enteredActors: readonly string[];
  readonly leftActors: readonly string[];
}

/** The ties and actors of the comparison that the drawing on screen holds. */
export function changeDrawing(comparison: Comparison, isDrawn: (key: string) => boolean): ChangeDrawing {
  const { ties, keys, actors } = comparison;
  const entered: string[] = [];
  const left: string[] = [];
  for (let k = 0; k < ties.status.length; k++) {
    const status = ties.status[k];
    if (status !== TIE_ENTERED && status !== TIE_LEFT) continue;
    const source = keys[ties.source[k]];
    const target = keys[ties.target[k]];
    if (!isDrawn(source) || !isDrawn(target)) continue;
    (status === TIE_ENTERED ? entered : left).push(source, target);
  }
  const enteredActors: string[] = [];
  const leftActors: string[] = [];
  actors.status.forEach((code, v) => {
    if (code === ENTERED_ACTOR && isDrawn(keys[v])) enteredActors.push(keys[v]);
    else if (code === LEFT_ACTOR && isDrawn(keys[v])) leftActors.push(keys[v]);
  });
  return { entered, left, enteredActors, leftActors };
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/** Draws the changes; `pointOf` gives an actor's place on screen, null when it is hidden. */
export function drawChanges(
  context: CanvasRenderingContext2D,
  drawing: ChangeDrawing,
  pointOf: (key: string) => ScreenPoint | null,
  size: { width: number; height: number },
): void {
  context.clearRect(0, 0, size.width, size.height);
  context.fillStyle = VEIL;
  context.fillRect(0, 0, size.width, size.height);
  context.lineWidth = 1.4;
  strokePairs(context, drawing.left, pointOf, LEFT_TIE, [5, 4]);
  strokePairs(context, drawing.entered, pointOf, ENTERED_TIE, []);
  context.lineWidth = 2;
  ringActors(context, drawing.leftActors, pointOf, LEFT_TIE);
  ringActors(context, drawing.enteredActors, pointOf, ENTERED_TIE);
}

/** One path per colour: thousands of ties cost one stroke. */
function strokePairs(
  context: CanvasRenderingContext2D,
  pairs: readonly string[],
  pointOf: (key: string) => ScreenPoint | null,
  colour: string,
  dash: number[],
) {
  context.strokeStyle = colour;
  context.setLineDash(dash);
  context.beginPath();
  for (let i = 0; i < pairs.length; i += 2) {
    const from = pointOf(pairs[i]);
    const to = pointOf(pairs[i + 1]);
    if (!from || !to) continue;
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
  }
  context.stroke();
  context.setLineDash([]);
}

function ringActors(
  context: CanvasRenderingContext2D,
  keys: readonly string[],
  pointOf: (key: string) => ScreenPoint | null,
  colour: string,
) {
  context.strokeStyle = colour;
  context.beginPath();
  for (const key of keys) {
    const at = pointOf(key);
    if (!at) continue;
    context.moveTo(at.x + 6, at.y);
    context.arc(at.x, at.y, 6, 0, 2 * Math.PI);
  }
  context.stroke();
}
